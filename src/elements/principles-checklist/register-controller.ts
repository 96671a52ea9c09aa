/**
 * The register's state and the handlers its views call: the form's errors and "other group", the row being
 * edited, the dialogs asked for (a rejection asks for its reason first, a removal is confirmed), the evaluation
 * submitted without its effect; and the groups a proposal can come from. What an action does (record, save an
 * edit, decide, mark done, evaluate, remove) is in register-actions.ts, loaded on first use; what the dialogs'
 * buttons do is in register-dialogs-view.ts, loaded with them.
 */
import type {
  AtpData,
  Decision,
  PrinciplesConfig,
  PrinciplesData,
  PrinciplesGroup,
  Proposal,
  Strings,
} from '../../core/runtime.js';
import type { PrinciplesChangeAction } from '../events.js';
import type { ProjectHub } from '../shared/project-link.js';
import type { ActionsHost, RegisterActions } from './register-actions.js';
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
  /**
   * Runs `run` with the register's actions (register-actions.ts, a part loaded on first use): at once when they
   * are here, else once they are.
   */
  actions(run: (actions: RegisterActions) => void): void;
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

  private actions?: ActionsHost;

  /** What the actions (register-actions.ts) and the dialogs (register-dialogs-view.ts) read and change here. */
  get actionsHost(): ActionsHost {
    return (this.actions ??= {
      bind: this.bind,
      state: () => this.state,
      set: (patch) => this.set(patch),
      focusAfterUpdate: (focus) => this.focusAfterUpdate(focus),
      focusRow: (id, selector) => this.focusRow(id, selector),
      root: this.host.renderRoot,
      redraw: () => this.host.requestUpdate(),
    });
  }

  /** Runs an action with the register's actions module; what the event carried was read before. */
  private act(run: (actions: RegisterActions, host: ActionsHost) => void): void {
    const host = this.actionsHost;
    this.bind.actions((actions) => run(actions, host));
  }

  onAdd = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.act((a, host) => a.add(host, form));
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
    this.act((a, host) => a.decide(host, proposal.id, decision));
  };

  onDone = (proposal: Proposal, event: Event): void => {
    const done = (event.target as HTMLInputElement).checked;
    this.act((a, host) => a.markDone(host, proposal, done));
  };

  startEdit = (proposal: Proposal): void => {
    this.set({ editing: proposal.id });
    // Once drawn, which may wait for the edit view's module (the host's updateComplete waits for it).
    void this.host.updateComplete.then(() => {
      if (this.state.editing === proposal.id) this.focusRow(proposal.id, '[name="text"]');
    });
  };

  cancelEdit = (proposal: Proposal): void => {
    this.set({ editing: undefined });
    this.focusAfterUpdate(() => this.focusRow(proposal.id, '.edit'));
  };

  onEditSubmit = (proposal: Proposal, event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.act((a, host) => a.saveEdit(host, proposal, form));
  };

  /** Records how a carried-out proposal worked; without an effect chosen, says so and keeps the form open. */
  onEvaluate = (proposal: Proposal, event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.act((a, host) => a.evaluate(host, proposal, form));
  };

  askRemove = (proposal: Proposal): void => {
    this.set({ removing: proposal });
    void this.host.updateComplete.then(() => this.dialog('remove')?.showModal());
  };

  // ---------------------------------------------------------------- the dialogs

  private dialog(name: 'reject' | 'remove'): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>(`dialog.${name}`);
  }

  private focusRow(id: string, selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"] ${selector}`)?.focus();
  }
}
