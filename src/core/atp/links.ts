/**
 * Principle 5 as a tool: « utiliser cette représentation commune comme outil d'évaluation des actions à engager et
 * de leurs résultats ». An action (a proposal of the register, an entry of one of the three plans) names the grid
 * items it answers — the attraction it serves, the fear it reduces, the temptation it curbs — and, once carried
 * out, records how it worked. This module owns the link's data shape and the questions asked of it:
 *
 * - `resolveItemLinks`: what each link points at today. A link is the item's group id and item id, plus the item's
 *   wording when the link was made, so a renamed item is still found (same id, new text), an item re-created in a
 *   merged or re-imported grid is found again by its wording within its group, and a deleted item leaves a
 *   visible "removed" link that still names it: nothing is lost.
 * - `unlinkedItems`: per group, the items no action answers yet.
 */
import type { ItemLink } from './link-schema.js';
import { normaliseText } from './model.js';
import type { AtpCategory, AtpData, AtpItem } from './schema.js';

export { EVALUATION_EFFECTS, EvaluationSchema, ItemLinkSchema } from './link-schema.js';
export type { Evaluation, EvaluationEffect, ItemLink } from './link-schema.js';

/** A link as it stands in a grid: `found` (by id, or by its wording in its group) or `removed`. */
export type ResolvedItemLink =
  | {
      link: ItemLink;
      status: 'found';
      /** True when the id was not in the group and the item was found again by its wording. */
      byText: boolean;
      group: { id: string; label: string };
      item: AtpItem;
    }
  | {
      link: ItemLink;
      status: 'removed';
      /** The group when it still exists. */
      group: { id: string; label: string } | null;
      /** What to call it: the wording kept in the link, else its id. */
      text: string;
    };

/** The link to an item as it is now (its current wording kept for later). */
export function linkTo(groupId: string, item: Pick<AtpItem, 'id' | 'text'>): ItemLink {
  return { group: groupId, item: item.id, text: item.text };
}

/** What each link points at in `data`, in the links' order. */
export function resolveItemLinks(data: AtpData, links: readonly ItemLink[]): ResolvedItemLink[] {
  return links.map((link) => {
    const group = data.groups.find((g) => g.id === link.group);
    if (group) {
      const named = { id: group.id, label: group.label };
      const byId = group.items.find((i) => i.id === link.item);
      if (byId) return { link, status: 'found', byText: false, group: named, item: byId };
      const wording = link.text === undefined ? '' : normaliseText(link.text);
      const byText = wording ? group.items.find((i) => normaliseText(i.text) === wording) : undefined;
      if (byText) return { link, status: 'found', byText: true, group: named, item: byText };
      return { link, status: 'removed', group: named, text: link.text ?? link.item };
    }
    return { link, status: 'removed', group: null, text: link.text ?? link.item };
  });
}

/** True when the two links point at the same item of `data` (or, unresolved, are the same link). */
export function sameItem(data: AtpData, a: ItemLink, b: ItemLink): boolean {
  const [ra, rb] = resolveItemLinks(data, [a, b]);
  if (ra?.status === 'found' && rb?.status === 'found') return ra.group.id === rb.group.id && ra.item === rb.item;
  return a.group === b.group && a.item === b.item;
}

export interface UnlinkedGroup {
  group: { id: string; label: string };
  /** The group's items that no link reaches, in grid order, per column. */
  items: Record<AtpCategory, AtpItem[]>;
  /** How many items the group has in all, and how many no action answers. */
  total: number;
  unlinked: number;
}

/**
 * Per group of `data`, the items that no link of `links` reaches (by id or, failing that, by wording). Every group
 * is listed, in grid order, even when all its items are answered (`unlinked: 0`).
 */
export function unlinkedItems(data: AtpData, links: readonly ItemLink[]): UnlinkedGroup[] {
  const reached = new Set<AtpItem>();
  for (const r of resolveItemLinks(data, links)) if (r.status === 'found') reached.add(r.item);
  return data.groups.map((group) => {
    const items: Record<AtpCategory, AtpItem[]> = { attractions: [], fears: [], temptations: [] };
    let unlinked = 0;
    for (const item of group.items) {
      if (reached.has(item)) continue;
      items[item.category].push(item);
      unlinked++;
    }
    return { group: { id: group.id, label: group.label }, items, total: group.items.length, unlinked };
  });
}
