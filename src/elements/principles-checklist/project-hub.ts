/**
 * What the checklist reads of the project's hub at first paint: the grid's items that the register's proposals
 * answer (its data and column names, no analysis), and where a link from another widget lands. The links under
 * the principles, which analyse the grid, come with project-links.ts, loaded once the checklist is in a project.
 */
import type { ProjectHub } from '../shared/project-link.js';
import type { GridItems } from './register-links-view.js';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Where a link of another widget lands: the principle's title (or the principles' heading), scrolled to and focused. */
export function showPrinciple(root: ParentNode, id: string | undefined): void {
  const target = id
    ? root.querySelector<HTMLElement>(`#principle-${CSS.escape(id)} .principle-title`)
    : root.querySelector<HTMLElement>('#principles-heading');
  target?.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
  target?.focus({ preventScroll: true });
}

/** The project's grid, whose items the register's proposals answer; `undefined` without one. */
export function gridItems(hub: ProjectHub | undefined): GridItems | undefined {
  const atp = hub?.state['atp-matrix'];
  if (!atp) return undefined;
  const { attractions, fears, temptations } = atp.config.categories;
  return {
    data: atp.data,
    categories: { attractions: attractions.label, fears: fears.label, temptations: temptations.label },
  };
}
