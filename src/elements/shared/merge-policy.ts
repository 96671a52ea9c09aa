/**
 * The questionnaire's way of settling a conflict (see ConflictPolicy in conflict-policy.ts): both versions merged
 * at once, without asking. Its own module, imported by the questionnaire's document only (the grid and the
 * checklist ask the user), and the merge itself is the widget's code, loaded after the first paint.
 */
import { loadSettleCode, Settler, type ConflictPolicy, type SettleCode } from './conflict-policy.js';
import type { DocumentController } from './document-controller.js';
import { LazyParts } from './lazy-parts.js';

/** The widget's merge of two versions of its document (see ConflictKind). */
type MergeDocs<Config, Data> = (model: Config, mine: Data, stored: Data) => Data;

/**
 * Both versions are merged (nothing is lost), whether the conflict came from a write or another tab's change,
 * and the merge is saved. When it cannot be (the stored version could not be read, or changed once more), the
 * conflict is shown, with "Merge again" ({@link MergePolicy.merge} with `retry`).
 *
 * The merge's code is the widget's, a lazy part fetched right after the first paint (the host's `updateComplete`
 * waits for it): only another tab or device makes a page merge. Each try at settling loads it first, and tries
 * again if it could not be loaded.
 */
export class MergePolicy<Config, Data, Stored>
  extends Settler<Config, Data, Stored>
  implements ConflictPolicy<Config, Data>
{
  private readonly code: LazyParts<{ merge: () => Promise<MergeDocs<Config, Data>> }>;

  constructor(doc: DocumentController<Config, Data, Stored>, merge: () => Promise<MergeDocs<Config, Data>>) {
    super(doc);
    this.code = new LazyParts(doc.host, { merge }, ['merge']);
  }

  protected override load(): Promise<SettleCode> {
    const merge = new Promise<unknown>((resolve, reject) => this.code.use('merge', resolve, reject));
    return Promise.all([loadSettleCode(), merge]).then(([code]) => code);
  }

  /** Both versions merged: called by a try at settling, which loaded the merge first (see load). */
  mergeDocs(model: Config, mine: Data, stored: Data): Data {
    const merge = this.code.loaded('merge');
    if (!merge) throw new Error('coop-widgets: merge not loaded');
    return merge(model, mine, stored);
  }

  /**
   * The stored document changed elsewhere (or was there all along, unread): merged at once, as another tab's
   * change is. A conflict while a merge is under way is that merge's to settle (its read comes after the
   * write that conflicted). An erase that conflicts is not merged (the erased data would come back): it is
   * shown, and `reset()` says it failed.
   */
  onConflict(operation: 'read' | 'write' | 'remove'): boolean {
    if (operation === 'remove') return false;
    if (this.settling) return true;
    if (!this.doc.options.model() || this.doc.data === undefined) return false;
    void this.merge();
    return true;
  }

  followsOutside(): boolean {
    return true;
  }

  takeOutside(model: Config, mine: Data, stored: Data): boolean {
    const { doc } = this;
    const merge = this.code.loaded('merge');
    if (!merge) {
      // Another version came before the merge's code: nothing is written over it meanwhile, and it is merged as a
      // conflict is, once the code is there (or the conflict is shown, with "Merge again", if it cannot load). A
      // try under way reads the stored version after its code has loaded: this one with it.
      if (!this.settling && !doc.persistence.erasing) {
        doc.persistence.hold(true);
        void this.merge();
      }
      return false;
    }
    const merged: Data = merge(model, mine, stored);
    // Stored must become the merge whenever it differs from it, even if nothing changes on this screen.
    const changedHere = JSON.stringify(merged) !== JSON.stringify(mine);
    doc.data = merged;
    if (JSON.stringify(merged) !== JSON.stringify(stored)) doc.save();
    if (!changedHere) return false;
    if (doc.kind.savedAt) doc.status.savedAt = doc.kind.savedAt(merged);
    return true;
  }

  /**
   * Merges the stored document with this page's and saves the merge (see conflict-settle.ts). `retry`: the
   * user asked ("Merge again"), and hears how it went. Without the code to merge (offline before it loaded),
   * the conflict is shown, with "Merge again".
   */
  merge(retry = false): Promise<void> {
    const token = this.doc.token;
    return this.attempt(
      (code, era) => code.merge(this, this.doc, era, token, retry),
      () => this.doc.status.failed({ reason: 'conflict', operation: 'write' }),
    );
  }
}
