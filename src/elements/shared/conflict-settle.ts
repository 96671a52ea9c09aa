/**
 * The code that settles a conflict once a policy (conflict-policy.ts) has begun a try: rare, so it is loaded
 * after the first paint. "Keep my version" and "Load the saved version" for the widgets that ask the user; the
 * merge for the questionnaire.
 */
import { addStorageFaultStrings } from '../../core/catalogs/storage-faults.js';
import type { MergePolicy } from './merge-policy.js';
import type { DocumentController } from './document-controller.js';
import type { Resolution } from './persistence.js';

addStorageFaultStrings(); // what it announces (kept mine, loaded, merged, not settled)

/**
 * The user keeps this page's version after a conflict: the saved one is read again (an adapter that
 * checks versions takes it as seen) and this one is written over it; unreadable data is set aside first.
 */
export async function keepMine<C, D, S>(doc: DocumentController<C, D, S>, era: number): Promise<void> {
  const result = await doc.resolve(() => (doc.data === undefined ? undefined : doc.kind.serialize(doc.data)));
  // Erased or another document meanwhile: this try stood down, and there is nothing to say about it.
  if (era === doc.persistence.era) afterResolve(doc, result, doc.options.i18n.strings.widgetKeptMine);
}

/**
 * The user loads the saved version after a conflict (confirmed in a dialog): it replaces this page's
 * (unreadable saved data is set aside, and the widget starts afresh).
 */
export async function loadSaved<C, D, S>(doc: DocumentController<C, D, S>): Promise<void> {
  const { kind, options } = doc;
  const token = doc.overtake();
  let loaded: D | undefined;
  const result = await doc.resolve((stored) => {
    if (token !== doc.token) return undefined; // the host gave data meanwhile: still to settle
    const parsed = stored === null ? undefined : doc.parse(stored);
    if (parsed?.ok) loaded = kind.document(parsed.data);
    return null;
  });
  const model = options.model();
  if (token !== doc.token || !model) return; // overtaken: the conflict stands (see StorageStatus.shown())
  if (result.ok) {
    doc.show(loaded ? kind.fit(model, loaded) : kind.create(model), !!loaded);
    doc.status.savedAt = undefined; // "Saved" (elsewhere), not when this page last saved
  }
  afterResolve(doc, result, options.i18n.strings.widgetLoadedSaved);
}

/**
 * How a try at settling a conflict ended. Settled: the warning goes, the choice is announced, focus moves
 * to the heading (the button pressed is gone). Settled but not written (the network): the warning says so,
 * and the write is tried again as any other. Not settled: the conflict stands, and the user hears it
 * (focus goes to the heading only if the button pressed is gone, replaced by a set-aside warning).
 */
function afterResolve<C, D, S>(doc: DocumentController<C, D, S>, result: Resolution, settled: string): void {
  const { host, options } = doc;
  const outcome = doc.status.settle(result);
  if (outcome === 'standing') {
    options.announce(options.i18n.strings.storageNotSettled);
    options.focusAfterUpdate(() => void ((host.renderRoot as ShadowRoot).activeElement || doc.focusHeading()));
  } else {
    if (outcome === 'settled') options.announce(settled);
    options.focusAfterUpdate(() => doc.focusHeading());
  }
  host.requestUpdate();
}

/**
 * Merges the stored document with this page's and saves the merge; `token` is the document's when the merge
 * was asked for. `retry`: the user asked ("Merge again"), and hears how it went; focus leaves the vanished
 * button. Resolves to a new try when the host gave other data meanwhile.
 */
export async function merge<C, D, S>(
  policy: MergePolicy<C, D, S>,
  doc: DocumentController<C, D, S>,
  era: number,
  token: number,
  retry: boolean,
): Promise<(() => void) | undefined> {
  const { persistence, kind, options } = doc;
  let changedHere = false;
  const result = await doc.resolve((stored) => {
    const model = options.model();
    const mine = doc.data;
    if (!model || mine === undefined || token !== doc.token) return undefined;
    const parsed = stored === null ? undefined : doc.parse(stored);
    let next: D = mine;
    if (parsed?.ok) {
      next = policy.mergeDocs(model, mine, kind.document(parsed.data));
      changedHere = JSON.stringify(next) !== JSON.stringify(mine);
      doc.data = next;
    }
    return kind.serialize(next);
  });
  if (token !== doc.token || era !== persistence.era) {
    const held = persistence.inConflict && doc.status.problem?.reason !== 'conflict';
    // The host gave other data meanwhile: merge that (unless the conflict is shown: the user has "Merge
    // again"). Erased (failing) or another document: this merge stood down; writes still held are shown
    // as the conflict this merge took over, and reported now (they never were).
    if (era === persistence.era) return held ? () => void policy.merge(retry) : undefined;
    if (held && !policy.settling) doc.status.failed({ reason: 'conflict', operation: 'write' });
    return undefined;
  }
  const outcome = doc.status.settle(result);
  if (outcome === 'settled' && changedHere) options.announce(options.i18n.strings.storageMerged);
  if (!retry) return undefined;
  if (outcome === 'standing') {
    options.announce(options.i18n.strings.storageNotSettled);
    return undefined;
  }
  options.focusAfterUpdate(() => doc.focusHeading());
  doc.host.requestUpdate();
  return undefined;
}
