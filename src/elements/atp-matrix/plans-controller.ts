/**
 * The plans' actions in <coop-atp-matrix> (principles 5, 6, 8): which action form is open (a new action in a plan,
 * or an existing one), a missing text, the state chosen in the form (the result's fields show once it is "done"),
 * and what each button does — add, "add to the plan" from a suggestion, save, remove (with undo) — and where focus
 * goes after each. Every change goes through the core (actions.ts) and the element's `changeAction()`.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import {
  EVALUATION_EFFECTS,
  PLAN_ACTION_STATES,
  addAction,
  draftFromEntry,
  linkTo,
  removeAction,
  restoreAction,
  updateAction,
  type AtpData,
  type AtpPlanKind,
  type Evaluation,
  type EvaluationEffect,
  type ItemLink,
  type PlanAction,
  type PlanActionState,
  type PlanEntry,
  type Strings,
} from '../../core/runtime.js';
import type { UndoOffer } from './undo-controller.js';

/** The action form open: a new action of `plan`, or the action `actionId`. */
export interface ActionEditor {
  plan: AtpPlanKind;
  actionId?: string;
}

export interface PlansState {
  editor: ActionEditor | undefined;
  textMissing: boolean;
  /** The state picked in the open form (the result's fields show when it is `done`). */
  formState: PlanActionState;
}

export interface PlansSource {
  data: () => AtpData | undefined;
  readonly: () => boolean;
  strings: () => Strings;
  /** Commits `data`, fires `coop-atp-change` for the action and announces `message`. */
  changeAction: (
    data: AtpData,
    action: 'add-action' | 'update-action' | 'remove-action',
    actionId: string,
    message: string,
  ) => void;
  focusAfterUpdate: (focus: () => void) => void;
  offerUndo: (offer: UndoOffer) => void;
  /** Today as YYYY-MM-DD: the date of a first evaluation. */
  today: () => string;
}

/** A checkbox's value for a link: `/` occurs in no id. */
export const linkValue = (link: Pick<ItemLink, 'group' | 'item'>): string => `${link.group}/${link.item}`;

const isState = (x: unknown): x is PlanActionState => (PLAN_ACTION_STATES as readonly unknown[]).includes(x);
const isEffect = (x: unknown): x is EvaluationEffect => (EVALUATION_EFFECTS as readonly unknown[]).includes(x);

export class PlansController implements ReactiveController {
  private current: PlansState = { editor: undefined, textMissing: false, formState: 'todo' };

  constructor(
    private readonly host: ReactiveElement,
    private readonly source: PlansSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get state(): Readonly<PlansState> {
    return this.current;
  }

  private patch(next: Partial<PlansState>): void {
    this.current = { ...this.current, ...next };
    this.host.requestUpdate();
  }

  private editable(): AtpData | undefined {
    return this.source.readonly() ? undefined : this.source.data();
  }

  private focus(selector: string): void {
    this.source.focusAfterUpdate(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private find(actionId: string): PlanAction | undefined {
    return this.source.data()?.actions?.find((a) => a.id === actionId);
  }

  openNew = (plan: AtpPlanKind): void => {
    this.patch({ editor: { plan }, textMissing: false, formState: 'todo' });
    this.focus(`#action-text-new-${plan}`);
  };

  openEdit = (action: PlanAction): void => {
    this.patch({ editor: { plan: action.plan, actionId: action.id }, textMissing: false, formState: action.state });
    this.focus(`#action-text-${CSS.escape(action.id)}`);
  };

  close = (): void => {
    const editor = this.current.editor;
    this.patch({ editor: undefined, textMissing: false });
    if (!editor) return;
    this.focus(
      editor.actionId
        ? `[data-action="${CSS.escape(editor.actionId)}"] .edit-action`
        : `[data-plan="${editor.plan}"] .new-action`,
    );
  };

  onFormKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.close();
  };

  onStateInput = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    if (isState(value)) this.patch({ formState: value });
  };

  /** "Add to the plan": the suggestion becomes an action linked to its items, its form open to rework it. */
  addFromSuggestion = (entry: PlanEntry): void => {
    const current = this.editable();
    if (!current) return;
    const { data, id } = addAction(current, draftFromEntry(current, entry));
    if (!id) return;
    const plan = data.actions?.find((a) => a.id === id)?.plan ?? 'objectives';
    this.source.changeAction(data, 'add-action', id, this.source.strings().amAnnounceActionAdded);
    this.patch({ editor: { plan, actionId: id }, textMissing: false, formState: 'todo' });
    this.focus(`#action-text-${CSS.escape(id)}`);
  };

  onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const editor = this.current.editor;
    const current = this.editable();
    if (!editor || !current) return;
    const form = new FormData(event.target as HTMLFormElement);
    const field = (name: string) => String(form.get(name) ?? '').trim();
    const text = field('text');
    const key = editor.actionId ?? `new-${editor.plan}`;
    if (!text) {
      this.patch({ textMissing: true });
      this.focus(`#action-text-${CSS.escape(key)}`);
      return;
    }
    const existing = editor.actionId ? this.find(editor.actionId) : undefined;
    const state = isState(form.get('state')) ? (form.get('state') as PlanActionState) : 'todo';
    const items = this.links(current, existing, form.getAll('link').map(String));
    const effect = form.get('effect');
    const evaluation: Evaluation | undefined = isEffect(effect)
      ? {
          effect,
          ...(field('evaluationNote') ? { note: field('evaluationNote') } : {}),
          date: existing?.evaluation?.date ?? this.source.today(),
        }
      : state === 'done'
        ? undefined
        : existing?.evaluation; // the result's fields are hidden: what was recorded stays
    const s = this.source.strings();
    const fields = { text, owner: field('owner'), due: field('due'), state, items, evaluation };
    if (existing) {
      const data = updateAction(current, existing.id, fields);
      this.close();
      if (data !== current) this.source.changeAction(data, 'update-action', existing.id, s.amAnnounceActionUpdated);
      return;
    }
    const { data, id } = addAction(current, { plan: editor.plan, ...fields });
    if (!id) return;
    this.patch({ editor: undefined, textMissing: false });
    this.focus(`[data-action="${CSS.escape(id)}"] .edit-action`);
    this.source.changeAction(data, 'add-action', id, s.amAnnounceActionAdded);
  };

  /** The links ticked: those the action had keep their wording; new ones take the item's wording now. */
  private links(data: AtpData, existing: PlanAction | undefined, values: string[]): ItemLink[] {
    const out: ItemLink[] = [];
    for (const value of values) {
      const had = existing?.items.find((l) => linkValue(l) === value);
      if (had) {
        out.push(had);
        continue;
      }
      const [groupId, itemId] = value.split('/');
      const group = data.groups.find((g) => g.id === groupId);
      const item = group?.items.find((i) => i.id === itemId);
      if (group && item) out.push(linkTo(group.id, item));
    }
    return out;
  }

  remove = (action: PlanAction): void => {
    const current = this.editable();
    if (!current) return;
    const { data, removed } = removeAction(current, action.id);
    if (!removed) return;
    const s = this.source.strings();
    if (this.current.editor?.actionId === action.id) this.patch({ editor: undefined });
    this.source.changeAction(data, 'remove-action', action.id, s.amAnnounceActionRemoved);
    this.source.offerUndo({
      message: s.amActionRemovedNotice(action.text),
      restore: (now) => restoreAction(now, removed.action, removed.index),
      action: 'add-action',
      groupId: '',
      itemId: action.id,
      focus: `[data-action="${CSS.escape(action.id)}"] .edit-action`,
    });
  };
}
