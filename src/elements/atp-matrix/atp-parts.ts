/**
 * <coop-atp-matrix>'s lazy parts (lazy-parts.ts): the views after the grid, loaded when first shown and prefetched
 * when the browser is idle, and what a user reaches after a first action, fetched right after the first paint —
 * the CSV exports, what each edit does to the data, the undo after a deletion.
 */
import { LazyParts } from '../shared/lazy-parts.js';

const loaders = {
  postures: () => import('./postures-view.js'),
  plans: () => import('./plans-view.js'),
  participants: () => import('./participants-view.js'),
  synthesis: () => import('./synthesis-view.js'),
  // The dialog asking before a group with items goes: drawn once asked for (the controller opens it once
  // `updateComplete`, which waits for it) or once prefetched.
  groupDialog: () => import('./group-dialog-view.js'),
  // The CSV exports with the plans' builder they need, what each edit of the grid does to the data, the undo.
  exports: () => import('./exports.js'),
  edits: () => import('./grid-edits.js'),
  undo: () => import('./undo-controller.js'),
};

type Loaders = typeof loaders;
export type AtpParts = LazyParts<Loaders>;
export type AtpPartName = keyof Loaders;
export type AtpPart<K extends AtpPartName> = Awaited<ReturnType<Loaders[K]>>;

export function atpParts(host: ConstructorParameters<typeof LazyParts>[0]): AtpParts {
  return new LazyParts(host, loaders, ['exports', 'edits', 'undo']);
}
