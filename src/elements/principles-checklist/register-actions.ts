/**
 * What the register's actions do once the user acts: record a proposal from the form (its errors first), save a
 * row's edit, decide, mark done, evaluate a carried-out proposal, confirm a rejection or a removal, and where
 * focus goes after each. A part loaded on first use (prefetched when the browser is idle, see the element's
 * `parts`): the controller keeps the state the first paint draws, and reads what the event carried before it
 * hands over (a form, a value), since an event's target is gone once it has been dispatched.
 */
import {
  addProposal,
  decideProposal,
  evaluateProposal,
  normaliseText,
  removeProposal,
  setProposalDone,
  updateProposal,
  type Decision,
  type EvaluationEffect,
  type ItemLink,
  type Proposal,
} from '../../core/runtime.js';
import type { FormErrors, RegisterBindings, RegisterState } from './register-controller.js';
import { DECISION_LABEL, OTHER, today } from './register-parts.js';
import { addPrinciplesChecklistPartsStrings } from '../../core/catalogs/principles-checklist-parts.js';

addPrinciplesChecklistPartsStrings(); // the French these parts show (src/core/catalogs/)

/** What the actions read and change of the register's controller. */
export interface ActionsHost {
  readonly bind: RegisterBindings;
  state(): Readonly<RegisterState>;
  set(patch: Partial<RegisterState>): void;
  focusAfterUpdate(focus: () => void): void;
  /** Focuses what `selector` finds in the row of the proposal `id`. */
  focusRow(id: string, selector: string): void;
  /** The element's shadow root. */
  readonly root: ParentNode;
  /** Draws the element again, though no state changed. */
  redraw(): void;
}

/**
 * The links a form's item checkboxes make (`items`: `group/item`), each with the item's wording today; one the
 * grid no longer has keeps the link it was (`kept`: the proposal's links). `undefined` when the form offers no
 * item to pick (standalone): the proposal's links then stay as they are.
 */
function links(host: ActionsHost, values: FormData, kept: readonly ItemLink[] = []): ItemLink[] | undefined {
  if (!values.has('itemsOffered')) return undefined;
  const grid = host.bind.grid();
  return values.getAll('items').flatMap((value) => {
    const [group, item] = String(value).split('/');
    const found = grid?.groups.find((g) => g.id === group)?.items.find((i) => i.id === item);
    if (found && group) return [{ group, item: found.id, text: found.text }];
    const old = kept.find((l) => l.group === group && l.item === item);
    return old ? [old] : [];
  });
}

/** The add form submitted: its errors, or the proposal recorded and the form emptied for the next one. */
export function add(host: ActionsHost, form: HTMLFormElement): void {
  const current = host.bind.data();
  if (!current || host.bind.locked()) return;
  const values = new FormData(form);
  const text = String(values.get('text') ?? '').trim();
  const choice = String(values.get('group') ?? '');
  let proposedBy = choice === OTHER ? String(values.get('otherGroup') ?? '').trim() : choice;
  const s = host.bind.strings();
  const errors: FormErrors = {};
  if (!text) errors.text = s.pcTextRequired;
  if (!proposedBy) errors.group = s.pcGroupRequired;
  host.set({ formErrors: errors });
  if (errors.text || errors.group) {
    host.focusAfterUpdate(() =>
      form
        .querySelector<HTMLElement>(
          errors.text ? '[name="text"]' : host.state().otherGroup ? '[name="otherGroup"]' : '[name="group"]',
        )
        ?.focus(),
    );
    return;
  }
  const hub = host.bind.hub();
  if (choice === OTHER && hub) {
    // A group the grid does not have yet: the grid adds it, and the proposal keeps its id.
    hub.requestGroup(proposedBy);
    const key = normaliseText(proposedBy);
    proposedBy = hub.groups.find((g) => normaliseText(g.label) === key)?.id ?? proposedBy;
  }
  const date = String(values.get('date') ?? '') || today();
  const items = links(host, values) ?? [];
  const { data, id } = addProposal(current, { text, proposedBy, date, items });
  host.bind.change(data, 'add-proposal', id, s.pcAnnounceAdded);
  (form.querySelector('[name="text"]') as HTMLTextAreaElement).value = '';
  form.querySelectorAll<HTMLInputElement>('[name="items"]').forEach((box) => (box.checked = false));
  host.focusAfterUpdate(() => form.querySelector<HTMLElement>('[name="text"]')?.focus());
}

/** A decision made (a rejection with its reason, asked for first). */
export function decide(host: ActionsHost, id: string, decision: Decision, reason?: string): void {
  const data = host.bind.data();
  if (!data) return;
  const s = host.bind.strings();
  const label = s[DECISION_LABEL[decision]] as string;
  host.bind.change(decideProposal(data, id, decision, reason), 'decide-proposal', id, s.pcAnnounceDecided(label));
}

/** An accepted proposal marked carried out, or not. */
export function markDone(host: ActionsHost, proposal: Proposal, done: boolean): void {
  const data = host.bind.data();
  if (!data || host.bind.locked()) return;
  host.bind.change(
    setProposalDone(data, proposal.id, done),
    'set-done',
    proposal.id,
    host.bind.strings().pcAnnounceDone(done),
  );
}

/** A row's edit form submitted: the proposal changed, the row drawn again, focus back on its "Edit". */
export function saveEdit(host: ActionsHost, proposal: Proposal, form: HTMLFormElement): void {
  const data = host.bind.data();
  if (!data || host.bind.locked()) return;
  const values = new FormData(form);
  const text = String(values.get('text') ?? '').trim();
  const proposedBy = String(values.get('proposedBy') ?? '').trim();
  const date = String(values.get('date') ?? '');
  if (!text || !proposedBy) return;
  const items = links(host, values, proposal.items);
  host.set({ editing: undefined });
  host.bind.change(
    updateProposal(data, proposal.id, { text, proposedBy, ...(date ? { date } : {}), ...(items ? { items } : {}) }),
    'update-proposal',
    proposal.id,
  );
  host.focusAfterUpdate(() => host.focusRow(proposal.id, '.edit'));
}

/** Records how a carried-out proposal worked; without an effect chosen, says so and keeps the form open. */
export function evaluate(host: ActionsHost, proposal: Proposal, form: HTMLFormElement): void {
  const data = host.bind.data();
  if (!data || host.bind.locked()) return;
  const values = new FormData(form);
  const effect = values.get('effect') as EvaluationEffect | null;
  if (!effect) {
    host.set({ evaluationMissing: proposal.id });
    host.focusAfterUpdate(() => form.querySelector<HTMLInputElement>('[name="effect"]')?.focus());
    return;
  }
  const note = String(values.get('note') ?? '').trim();
  const date = String(values.get('date') ?? '');
  host.set({ evaluationMissing: undefined });
  host.bind.change(
    evaluateProposal(data, proposal.id, { effect, ...(note ? { note } : {}), ...(date ? { date } : {}) }),
    'evaluate-proposal',
    proposal.id,
    host.bind.strings().pcAnnounceEvaluated,
  );
  form.closest('details')?.removeAttribute('open');
  host.focusAfterUpdate(() => host.focusRow(proposal.id, '.evaluate summary'));
}

/** The removal confirmed: the proposal gone, focus on the register's heading. */
export function remove(host: ActionsHost, proposal: Proposal): void {
  const data = host.bind.data();
  if (!data) return;
  host.bind.change(
    removeProposal(data, proposal.id),
    'remove-proposal',
    proposal.id,
    host.bind.strings().pcAnnounceRemoved,
  );
  host.focusAfterUpdate(() => host.root.querySelector<HTMLElement>('#register-heading')?.focus());
}

/** This module as the controller receives it, once loaded (the element's `parts`). */
export interface RegisterActions {
  add: typeof add;
  decide: typeof decide;
  markDone: typeof markDone;
  saveEdit: typeof saveEdit;
  evaluate: typeof evaluate;
  remove: typeof remove;
}
