/**
 * What the checklist reads of the project's other widgets through the hub: the grid's completeness and plans,
 * the questionnaire's section scores (shown under the principles), and the grid's items that proposals answer;
 * and where a link from another widget lands.
 */
import { analyseAtp, buildPlans, type Locale } from '../../core/runtime.js';
import type { ProjectHub } from '../shared/project-link.js';
import type { ProjectLinks } from './principles-view.js';
import type { GridItems } from './register-links-view.js';

/** What the other widgets of the project say about the principles; `undefined` outside a project. */
export function projectLinks(hub: ProjectHub | undefined, locale: Locale): ProjectLinks | undefined {
  const state = hub?.state;
  if (!state) return undefined;
  const atp = state['atp-matrix'];
  const questionnaire = state.questionnaire;
  return {
    atp: atp && {
      complete: analyseAtp(atp.config, atp.data, { locale }).groups.filter((g) => g.complete).length,
      total: atp.data.groups.length,
      plans: buildPlans(atp.config, atp.data, { locale }),
    },
    sections:
      questionnaire &&
      new Map(
        questionnaire.config.sections.map((section) => [
          section.id,
          {
            title: section.title,
            score: questionnaire.result.sections.find((r) => r.id === section.id)?.score ?? null,
          },
        ]),
      ),
  };
}

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
