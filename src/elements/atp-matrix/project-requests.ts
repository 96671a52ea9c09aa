/**
 * What <coop-atp-matrix> does when another widget of its project asks: a group named in the register gets its
 * row in the grid (unless one of that name exists), and a request to show a group moves focus to its name.
 */
import { addGroup, normaliseText, type AtpData } from '../../core/runtime.js';

/** The grid with a group of that name added, and its id; undefined when there is nothing to add. */
export function requestedGroup(data: AtpData, label: string): { data: AtpData; id: string } | undefined {
  const name = label.trim();
  if (!name) return undefined;
  const key = normaliseText(name);
  if (data.groups.some((g) => normaliseText(g.label) === key)) return undefined;
  const added = addGroup(data, name);
  return added.id ? added : undefined;
}

/** Scrolls to the group's name (or the grid's tab) and focuses it. */
export function focusRequested(root: ParentNode, id: string | undefined): void {
  const target = id
    ? root.querySelector<HTMLElement>(`[data-group="${CSS.escape(id)}"] .group-name`)
    : root.querySelector<HTMLElement>('#tab-grid');
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  target?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  target?.focus({ preventScroll: true });
}
