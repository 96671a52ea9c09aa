import { createContext } from '@lit/context';
import type { StorageAdapter, Strings } from '../../core/runtime.js';
import type { ProjectHub } from './hub.js';

/**
 * What <coop-project> gives every widget inside it. A new object whenever one of its parts changes, so that
 * subscribed widgets update; a widget outside any provider gets `undefined` and works alone.
 */
export interface ProjectLink {
  /** The project's id (`project-id`). */
  readonly id: string;
  /** The project's string overrides; a widget's own `strings` win. */
  readonly strings?: Partial<Strings> | undefined;
  /** The project's storage, namespaced by project id; a widget's own `storage` wins. */
  readonly storage: StorageAdapter;
  /** Where the widgets meet: shared groups, each other's state, focus requests. */
  readonly hub: ProjectHub;
}

export const projectContext = createContext<ProjectLink | undefined>(Symbol.for('coop-widgets.project'));
