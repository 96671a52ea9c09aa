/**
 * The lists of a principles checklist config that the config editor's outline edits (principles, statuses,
 * stakeholder groups), as ListSpecs for the shared list edits (shared/list-edit.ts). Starting from a valid
 * config, every edit gives a valid config: one principle at least, new principles get an id and a number no
 * other has, a status goes only while another of its kind is left, new ids are unique in their list.
 */
import { freeListId, isJsonObject, type ListSpec } from '../shared/list-edit.js';

/** The smallest whole number above every principle's number. */
function nextNumber(list: readonly unknown[]): number {
  const numbers = list.map((p) => (isJsonObject(p) && typeof p.number === 'number' ? p.number : 0));
  return Math.floor(Math.max(0, ...numbers)) + 1;
}

export const principlesList: ListSpec = {
  at: ['principles'],
  min: 1,
  create: (list, text) => ({ id: freeListId(list, 'p'), number: nextNumber(list), text }),
  copy: (entry, list) =>
    isJsonObject(entry)
      ? {
          ...entry,
          id: freeListId(list, typeof entry.id === 'string' ? `${entry.id}-copy` : 'p'),
          number: nextNumber(list),
        }
      : entry,
  optional: ['explanation'],
};

const kindOf = (entry: unknown): unknown => (isJsonObject(entry) ? entry.kind : undefined);

export const principlesStatusesList: ListSpec = {
  at: ['statuses'],
  min: 3,
  create: (list, text) => ({ id: freeListId(list, 'status'), label: text, kind: 'in-progress' }),
  copy: (entry, list) =>
    isJsonObject(entry)
      ? { ...entry, id: freeListId(list, typeof entry.id === 'string' ? `${entry.id}-copy` : 'status') }
      : entry,
  // A config has a status of each kind: the last one of its kind stays.
  removable: (list, index) => list.filter((s) => kindOf(s) === kindOf(list[index])).length > 1,
  optional: ['description'],
};

export const principlesGroupsList: ListSpec = {
  at: ['groups'],
  min: 0,
  create: (list, text) => ({ id: freeListId(list, 'group'), label: text }),
  copy: (entry, list) =>
    isJsonObject(entry)
      ? { ...entry, id: freeListId(list, typeof entry.id === 'string' ? `${entry.id}-copy` : 'group') }
      : entry,
};

/** Whether a status may change kind: not while it is the last of its kind. */
export function canChangeStatusKind(list: readonly unknown[], index: number): boolean {
  return principlesStatusesList.removable?.(list, index) ?? true;
}

/** The two parts of a principle's `relatesTo`: the widgets that help with it, the questionnaire's sections. */
export type PrincipleRelation = 'widgets' | 'sections';

/**
 * A principle's `relatesTo` with `part` set to `values` (each once, in the order given); a part left empty is
 * left out, and so is a `relatesTo` left with no part (undefined: the key goes), as a config written by hand
 * would say it. Another key already there is kept for the core to report.
 */
export function setPrincipleRelation(
  relatesTo: unknown,
  part: PrincipleRelation,
  values: readonly string[],
): Record<string, unknown> | undefined {
  const next: Record<string, unknown> = isJsonObject(relatesTo) ? { ...relatesTo } : {};
  const unique = [...new Set(values)];
  if (unique.length) next[part] = unique;
  else Reflect.deleteProperty(next, part);
  return Object.keys(next).length ? next : undefined;
}

/** Ids typed in one field: separated by commas, semicolons or spaces, blanks dropped. */
export function readIdList(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}
