/**
 * The plans' actions (principles 5, 6 and 8): what the project team decides to do about the grid, stored with the
 * grid (`AtpData.actions`). Anyone may add, edit, link, evaluate and remove one. Each action names the grid items it
 * answers (links.ts), so the Plans view can say which items no action answers yet. The entries buildPlans() drafts
 * are suggestions: `draftFromEntry` turns one into an action already linked to its items. Like model.ts, every
 * function returns new data, never changes its input, and returns its input itself when nothing changed.
 */
import * as v from 'valibot';
import type { Evaluation, ItemLink } from './link-schema.js';
import { linkTo, resolveItemLinks, unlinkedItems, type UnlinkedGroup } from './links.js';
import { normaliseText } from './model.js';
import { ATP_PLAN_OF, type AtpPlanKind, type PlanEntry } from './plans.js';
import {
  ATP_PLAN_KINDS,
  PLAN_ACTION_STATES,
  PlanActionSchema,
  type AtpData,
  type PlanAction,
  type PlanActionState,
} from './schema.js';

/** What addAction() takes: an action without its id; the state defaults to `todo`, the links to none. */
export interface PlanActionDraft {
  plan: AtpPlanKind;
  text: string;
  owner?: string;
  due?: string;
  state?: PlanActionState;
  items?: ItemLink[];
  evaluation?: Evaluation;
}

/** What updateAction() takes: any field but the id; `''` (or undefined) for owner or due, undefined for evaluation, removes it. */
export type PlanActionPatch = Partial<Omit<PlanAction, 'id'>>;

/** The grid's actions (none in a grid saved before they existed). */
export const actionsOf = (data: AtpData): readonly PlanAction[] => data.actions ?? [];

/** Every link of every action of the grid, in order. */
export function actionLinks(data: AtpData): ItemLink[] {
  return actionsOf(data).flatMap((a) => a.items);
}

/** An action id the grid has never had (`action-` and the time in base 36, moved on while taken). */
function newActionId(used: ReadonlySet<string>): string {
  for (let n = Date.now(); ; n++) if (!used.has(`action-${n.toString(36)}`)) return `action-${n.toString(36)}`;
}

const valid = (action: PlanAction): boolean => v.is(PlanActionSchema, action);

/** Trims text fields, drops empty optional ones; undefined when the result is not a valid action. */
function tidy(action: PlanAction): PlanAction | undefined {
  const { owner, due, ...rest } = action;
  const next: PlanAction = { ...rest, text: action.text.trim() };
  const ownerText = typeof owner === 'string' ? owner.trim() : '';
  if (ownerText) next.owner = ownerText;
  const dueText = typeof due === 'string' ? due.trim() : '';
  if (dueText) next.due = dueText;
  if (next.evaluation) {
    const evaluation: Evaluation = { effect: next.evaluation.effect };
    const note = next.evaluation.note?.trim();
    if (note) evaluation.note = note;
    if (next.evaluation.date) evaluation.date = next.evaluation.date;
    next.evaluation = evaluation;
  } else delete next.evaluation;
  return valid(next) ? next : undefined;
}

/**
 * Adds an action at the end, with an id the grid has never had. An empty text, an unknown plan or state, a due
 * date that is not YYYY-MM-DD or a malformed link adds nothing: `{ data, id: '' }`.
 */
export function addAction(data: AtpData, draft: PlanActionDraft): { data: AtpData; id: string } {
  const id = newActionId(new Set(actionsOf(data).map((a) => a.id)));
  const action = tidy({
    id,
    plan: draft.plan,
    text: typeof draft.text === 'string' ? draft.text : '',
    ...(draft.owner !== undefined ? { owner: draft.owner } : {}),
    ...(draft.due !== undefined ? { due: draft.due } : {}),
    state: draft.state ?? 'todo',
    items: draft.items ? [...draft.items] : [],
    ...(draft.evaluation ? { evaluation: draft.evaluation } : {}),
  });
  if (!action) return { data, id: '' };
  return { data: { ...data, actions: [...actionsOf(data), action] }, id };
}

const sameAction = (a: PlanAction, b: PlanAction): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes some fields of an action, whole or not at all (an empty text, an invalid date, state or link changes
 * nothing). Moving an action back from `done` keeps its evaluation: nothing is lost.
 */
export function updateAction(data: AtpData, actionId: string, patch: PlanActionPatch): AtpData {
  const actions = actionsOf(data);
  const index = actions.findIndex((a) => a.id === actionId);
  const action = actions[index];
  if (!action) return data;
  // A key given as undefined removes the field: the entries are rebuilt without it.
  const entries = Object.entries({ ...action, ...patch, id: action.id }).filter(([, value]) => value !== undefined);
  const next = tidy(Object.fromEntries(entries) as PlanAction);
  if (!next || sameAction(next, action)) return data;
  const list = [...actions];
  list[index] = next;
  return { ...data, actions: list };
}

/** Removes an action; `removed` (the action and where it was) lets restoreAction() put it back. */
export function removeAction(
  data: AtpData,
  actionId: string,
): { data: AtpData; removed?: { action: PlanAction; index: number } } {
  const actions = actionsOf(data);
  const index = actions.findIndex((a) => a.id === actionId);
  const action = actions[index];
  if (!action) return { data };
  return { data: { ...data, actions: actions.filter((a) => a.id !== actionId) }, removed: { action, index } };
}

/** Puts a removed action back at `index` (clamped), same id; nothing when an action with its id is there. */
export function restoreAction(data: AtpData, action: PlanAction, index: number): AtpData {
  const actions = actionsOf(data);
  if (actions.some((a) => a.id === action.id)) return data;
  const list = [...actions];
  list.splice(Math.min(Math.max(0, Math.trunc(index)), list.length), 0, action);
  return { ...data, actions: list };
}

/** The grid items a drafted plan entry was made from: the same wording in the same column, in each of its groups. */
export function entryLinks(data: AtpData, entry: PlanEntry): ItemLink[] {
  const links: ItemLink[] = [];
  for (const raised of entry.groups) {
    const group = data.groups.find((g) => g.id === raised.id);
    if (!group) continue;
    for (const item of group.items) {
      if (item.category === entry.category && normaliseText(item.text) === entry.key)
        links.push(linkTo(group.id, item));
    }
  }
  return links;
}

/** An action drafted from a plan entry: its plan, its suggested wording, linked to the items it came from. */
export function draftFromEntry(data: AtpData, entry: PlanEntry): PlanActionDraft {
  return { plan: ATP_PLAN_OF[entry.category], text: entry.action, state: 'todo', items: entryLinks(data, entry) };
}

/** True when every item of the entry is already answered by one of the grid's actions (or of `extraLinks`). */
export function entryAnswered(data: AtpData, entry: PlanEntry, extraLinks: readonly ItemLink[] = []): boolean {
  const links = entryLinks(data, entry);
  if (!links.length) return false;
  const reached = new Set<unknown>();
  for (const r of resolveItemLinks(data, [...actionLinks(data), ...extraLinks]))
    if (r.status === 'found') reached.add(r.item);
  return resolveItemLinks(data, links).every((r) => r.status === 'found' && reached.has(r.item));
}

/**
 * Per group, the items that neither the grid's actions nor `extraLinks` (in a project: the register's proposals)
 * answer yet.
 */
export function unansweredItems(data: AtpData, extraLinks: readonly ItemLink[] = []): UnlinkedGroup[] {
  return unlinkedItems(data, [...actionLinks(data), ...extraLinks]);
}

/** The actions of one plan, in entry order. */
export function actionsOfPlan(data: AtpData, plan: AtpPlanKind): PlanAction[] {
  return actionsOf(data).filter((a) => a.plan === plan);
}

export { ATP_PLAN_KINDS, PLAN_ACTION_STATES };
