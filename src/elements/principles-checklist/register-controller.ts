/**
 * The register's behaviour: recording a proposal (the form and its errors), editing a row, deciding (a
 * rejection asks for its reason first), marking one done, removing one (confirmed), and where focus goes after
 * each; the grid items a proposal answers and the evaluation of a carried-out one (principle 5); and the groups
 * a proposal can come from.
 */
import {
  addProposal,
  decideProposal,
  evaluateProposal,
  normaliseText,
  removeProposal,
  setProposalDone,
  updateProposal,
  type AtpData,
  type Decision,
  type EvaluationEffect,
  type ItemLink,
  type PrinciplesConfig,
  type PrinciplesData,
  type PrinciplesGroup,
  type Proposal,
  type Strings,
} from '../../core/runtime.js';
import type { PrinciplesChangeAction } from '../events.js';
import type { ProjectHub } from '../shared/project-link.js';
import { DECISION_LABEL, OTHER, today } from './register-parts.js';
import { StateController, type StateHost } from './state-controller.js';

export interface FormErrors {
  text?: string;
  group?: string;
}

export interface RegisterState {
  /** The id of the proposal whose row is being edited. */
  editing: string | undefined;
  formErrors: FormErrors;
  /** The add form's "proposed by" is "another group", typed in. */
  otherGroup: boolean;
  /** The proposal the reject dialog asks a reason for. */
  rejecting: Proposal | undefined;
  reasonMissing: boolean;
  /** The proposal the remove dialog asks about. */
  removing: Proposal | undefined;
  /** The id of the proposal whose evaluation was submitted without its effect. */
  evaluationMissing: string | undefined;
}

/** What the register needs of its element (protected there, hence handed over as functions). */
export interface RegisterBindings {
  data(): PrinciplesData | undefined;
  model(): PrinciplesConfig | undefined;
  locked(): boolean;
  strings(): Strings;
  hub(): ProjectHub | undefined;
  /** The project's grid, whose items proposals answer; `undefined` standalone. */
  grid(): AtpData | undefined;
  /** Commits the new data, fires the change event and announces `announcement`. */
  change(data: PrinciplesData, action: PrinciplesChangeAction, id: string, announcement?: string): void;
}

export class RegisterController extends StateController<RegisterState> {
  constructor(
    host: StateHost,
    private readonly bind: RegisterBindings,
  ) {
    super(host, {
      editing: undefined,
      formErrors: {},
      otherGroup: false,
      rejecting: undefined,
      reasonMissing: false,
      removing: undefined,
      evaluationMissing: undefined,
    });
  }

  /**
   * The links a form's item checkboxes make (`items`: `group/item`), each with the item's wording today; one the
   * grid no longer has keeps the link it was (`kept`: the proposal's links). `undefined` when the form offers no
   * item to pick (standalone): the proposal's links then stay as they are.
   */
  private links(values: FormData, kept: readonly ItemLink[] = []): ItemLink[] | undefined {
    if (!values.has('itemsOffered')) return undefined;
    const grid = this.bind.grid();
    return values.getAll('items').flatMap((value) => {
      const [group, item] = String(value).split('/');
      const found = grid?.groups.find((g) => g.id === group)?.items.find((i) => i.id === item);
      if (found && group) return [{ group, item: found.id, text: found.text }];
      const old = kept.find((l) => l.group === group && l.item === item);
      return old ? [old] : [];
    });
  }

  /**
   * The groups a proposal can come from: in a project, the ATP grid's groups (renamed or added there), then
   * the config's groups the grid does not have; alone, the config's.
   */
  groups(model: PrinciplesConfig): PrinciplesGroup[] {
    const shared = this.bind.hub()?.groups ?? [];
    return [...shared, ...model.groups.filter((g) => !shared.some((s) => s.id === g.id))];
  }

  groupLabel = (proposedBy: string): string => {
    const model = this.bind.model();
    return (model && this.groups(model).find((g) => g.id === proposedBy)?.label) ?? proposedBy;
  };

  setOtherGroup = (otherGroup: boolean): void => this.set({ otherGroup });

  onAdd = (event: SubmitEvent): void => {
    event.preventDefault();
    const current = this.bind.data();
    if (!current || this.bind.locked()) return;
    const form = event.target as HTMLFormElement;
    const values = new FormData(form);
    const text = String(values.get('text') ?? '').trim();
    const choice = String(values.get('group') ?? '');
    let proposedBy = choice === OTHER ? String(values.get('otherGroup') ?? '').trim() : choice;
    const s = this.bind.strings();
    const errors: FormErrors = {};
    if (!text) errors.text = s.pcTextRequired;
    if (!proposedBy) errors.group = s.pcGroupRequired;
    this.set({ formErrors: errors });
    if (errors.text || errors.group) {
      this.focusAfterUpdate(() =>
        form
          .querySelector<HTMLElement>(
            errors.text ? '[name="text"]' : this.state.otherGroup ? '[name="otherGroup"]' : '[name="group"]',
          )
          ?.focus(),
      );
      return;
    }
    const hub = this.bind.hub();
    if (choice === OTHER && hub) {
      // A group the grid does not have yet: the grid adds it, and the proposal keeps its id.
      hub.requestGroup(proposedBy);
      const key = normaliseText(proposedBy);
      proposedBy = hub.groups.find((g) => normaliseText(g.label) === key)?.id ?? proposedBy;
    }
    const date = String(values.get('date') ?? '') || today();
    const items = this.links(values) ?? [];
    const { data, id } = addProposal(current, { text, proposedBy, date, items });
    this.bind.change(data, 'add-proposal', id, s.pcAnnounceAdded);
    (form.querySelector('[name="text"]') as HTMLTextAreaElement).value = '';
    form.querySelectorAll<HTMLInputElement>('[name="items"]').forEach((box) => (box.checked = false));
    this.focusAfterUpdate(() => form.querySelector<HTMLElement>('[name="text"]')?.focus());
  };

  // ---------------------------------------------------------------- a row

  onDecision = (proposal: Proposal, event: Event): void => {
    if (!this.bind.data() || this.bind.locked()) return;
    const decision = (event.target as HTMLSelectElement).value as Decision;
    if (decision === 'rejected') {
      // A rejection needs its reason: asked for before anything changes.
      this.set({ rejecting: proposal, reasonMissing: false });
      void this.host.updateComplete.then(() => this.dialog('reject')?.showModal());
      return;
    }
    this.decide(proposal.id, decision);
  };

  private decide(id: string, decision: Decision, reason?: string): void {
    const data = this.bind.data();
    if (!data) return;
    const s = this.bind.strings();
    const label = s[DECISION_LABEL[decision]] as string;
    this.bind.change(decideProposal(data, id, decision, reason), 'decide-proposal', id, s.pcAnnounceDecided(label));
  }

  onDone = (proposal: Proposal, event: Event): void => {
    const data = this.bind.data();
    if (!data || this.bind.locked()) return;
    const done = (event.target as HTMLInputElement).checked;
    this.bind.change(
      setProposalDone(data, proposal.id, done),
      'set-done',
      proposal.id,
      this.bind.strings().pcAnnounceDone(done),
    );
  };

  startEdit = (proposal: Proposal): void => {
    this.set({ editing: proposal.id });
    this.focusAfterUpdate(() => this.focusRow(proposal.id, '[name="text"]'));
  };

  cancelEdit = (proposal: Proposal): void => {
    this.set({ editing: undefined });
    this.focusAfterUpdate(() => this.focusRow(proposal.id, '.edit'));
  };

  onEditSubmit = (proposal: Proposal, event: SubmitEvent): void => {
    event.preventDefault();
    const data = this.bind.data();
    if (!data || this.bind.locked()) return;
    const values = new FormData(event.target as HTMLFormElement);
    const text = String(values.get('text') ?? '').trim();
    const proposedBy = String(values.get('proposedBy') ?? '').trim();
    const date = String(values.get('date') ?? '');
    if (!text || !proposedBy) return;
    const items = this.links(values, proposal.items);
    this.set({ editing: undefined });
    this.bind.change(
      updateProposal(data, proposal.id, { text, proposedBy, ...(date ? { date } : {}), ...(items ? { items } : {}) }),
      'update-proposal',
      proposal.id,
    );
    this.focusAfterUpdate(() => this.focusRow(proposal.id, '.edit'));
  };

  /** Records how a carried-out proposal worked; without an effect chosen, says so and keeps the form open. */
  onEvaluate = (proposal: Proposal, event: SubmitEvent): void => {
    event.preventDefault();
    const data = this.bind.data();
    if (!data || this.bind.locked()) return;
    const form = event.target as HTMLFormElement;
    const values = new FormData(form);
    const effect = values.get('effect') as EvaluationEffect | null;
    if (!effect) {
      this.set({ evaluationMissing: proposal.id });
      this.focusAfterUpdate(() => form.querySelector<HTMLInputElement>('[name="effect"]')?.focus());
      return;
    }
    const note = String(values.get('note') ?? '').trim();
    const date = String(values.get('date') ?? '');
    this.set({ evaluationMissing: undefined });
    this.bind.change(
      evaluateProposal(data, proposal.id, { effect, ...(note ? { note } : {}), ...(date ? { date } : {}) }),
      'evaluate-proposal',
      proposal.id,
      this.bind.strings().pcAnnounceEvaluated,
    );
    form.closest('details')?.removeAttribute('open');
    this.focusAfterUpdate(() => this.focusRow(proposal.id, '.evaluate summary'));
  };

  askRemove = (proposal: Proposal): void => {
    this.set({ removing: proposal });
    void this.host.updateComplete.then(() => this.dialog('remove')?.showModal());
  };

  // ---------------------------------------------------------------- the dialogs

  onReject = (event: SubmitEvent): void => {
    const form = event.target as HTMLFormElement;
    const submitter = event.submitter as HTMLButtonElement | null;
    const { rejecting } = this.state;
    if (submitter?.value !== 'reject' || !rejecting) {
      this.set({ rejecting: undefined });
      return; // cancelled: the dialog closes, the select shows the decision as it was
    }
    const reason = String(new FormData(form).get('reason') ?? '').trim();
    if (!reason) {
      event.preventDefault();
      this.set({ reasonMissing: true });
      form.querySelector<HTMLTextAreaElement>('[name="reason"]')?.focus();
      return;
    }
    const { id } = rejecting;
    this.set({ rejecting: undefined });
    form.reset();
    this.decide(id, 'rejected', reason);
    this.focusAfterUpdate(() => this.focusRow(id, 'select'));
  };

  onRejectClose = (): void => {
    const id = this.state.rejecting?.id;
    this.set({ rejecting: undefined, reasonMissing: false });
    if (id) this.focusAfterUpdate(() => this.focusRow(id, 'select'));
    this.host.requestUpdate();
  };

  onRemove = (event: SubmitEvent): void => {
    const submitter = event.submitter as HTMLButtonElement | null;
    const proposal = this.state.removing;
    this.set({ removing: undefined });
    const data = this.bind.data();
    if (submitter?.value !== 'remove' || !proposal || !data) return;
    this.bind.change(
      removeProposal(data, proposal.id),
      'remove-proposal',
      proposal.id,
      this.bind.strings().pcAnnounceRemoved,
    );
    this.focusAfterUpdate(() => this.host.renderRoot.querySelector<HTMLElement>('#register-heading')?.focus());
  };

  private dialog(name: 'reject' | 'remove'): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>(`dialog.${name}`);
  }

  private focusRow(id: string, selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"] ${selector}`)?.focus();
  }
}
