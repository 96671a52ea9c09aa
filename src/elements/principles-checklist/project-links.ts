/**
 * The links under the principles to the project's other widgets: the grid's completeness and plans (its
 * analysis), and the questionnaire's section scores, each with a link that moves focus there; and where a link of
 * another widget lands here. A part loaded only
 * once the checklist is in a project (see the element's `projectParts`), with the ATP analysis' French strings,
 * so that a checklist alone never downloads the grid's analysis.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { analyseAtp, buildPlans, type AtpPlans, type Locale, type Strings } from '../../core/runtime.js';
import { addPrinciplesChecklistLinksStrings } from '../../core/catalogs/principles-checklist-links.js';
import type { FocusRequest, ProjectHub } from '../shared/project-link.js';
import type { Principle } from './principles-view.js';

addPrinciplesChecklistLinksStrings();

/** What the project's other widgets say about a principle, each with its link: adopted when this part loads. */
export const styles = css`
  .links {
    margin-block: 0.5rem;
    padding-inline-start: 1.25rem;
    font-size: 0.875em;
  }
  .links li + li {
    margin-block-start: 0.25rem;
  }
  .links .link {
    display: block;
    text-align: start;
  }
`;

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Where a link of another widget of the project lands: the principle's title (or the principles' heading),
 * scrolled to and focused.
 */
export function showPrinciple(root: ParentNode, id: string | undefined): void {
  const target = id
    ? root.querySelector<HTMLElement>(`#principle-${CSS.escape(id)} .principle-title`)
    : root.querySelector<HTMLElement>('#principles-heading');
  target?.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
  target?.focus({ preventScroll: true });
}

/** What the other widgets of the project say about the principles. */
export interface ProjectLinks {
  atp?: { complete: number; total: number; plans: AtpPlans } | undefined;
  sections?: Map<string, { title: string; score: number | null }> | undefined;
}

/** What the links read, and what they call. */
export interface ProjectLinksContext {
  links: ProjectLinks;
  s: Strings;
  percent(value: number): string;
  /** Moves focus to another widget of the project. */
  focusWidget(request: FocusRequest): void;
}

/** What the other widgets of the project say about the principles. */
export function projectLinks(hub: ProjectHub, locale: Locale): ProjectLinks {
  const state = hub.state;
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

/**
 * Under a principle: the ATP grid's completeness (principles that relate to the grid) or its three plans
 * (principle 6, which asks for them), and the scores of the questionnaire sections that cover it; each with
 * a link that moves focus there.
 */
export function renderLinks(ctx: ProjectLinksContext, p: Principle): TemplateResult | typeof nothing {
  const { links, s } = ctx;
  const items: TemplateResult[] = [];
  if (links.atp && p.relatesTo?.widgets?.includes('atp-matrix')) {
    const { plans, complete, total } = links.atp;
    const line =
      p.number === 6
        ? s.cpPlans(plans.objectives.length, plans.risks.length, plans.charter.length)
        : s.cpAtpCompleteness(complete, total);
    items.push(
      html`<li>
        ${line}
        <button type="button" class="link" @click=${() => ctx.focusWidget({ widget: 'atp-matrix' })}>
          ${s.cpOpenGrid}
        </button>
      </li>`,
    );
  }
  for (const id of p.relatesTo?.sections ?? []) {
    const section = links.sections?.get(id);
    if (!section) continue;
    items.push(
      html`<li>
        ${
          section.score === null
            ? s.cpSectionNoScore(section.title)
            : s.cpSectionScore(section.title, ctx.percent(section.score))
        }
        <button type="button" class="link" @click=${() => ctx.focusWidget({ widget: 'questionnaire', id })}>
          ${s.cpSeeSection(section.title)}
        </button>
      </li>`,
    );
  }
  return items.length
    ? html`<ul class="links">
        ${items}
      </ul>`
    : nothing;
}

/** This module as the element receives it, once loaded (its `projectParts`). */
export interface ProjectLinksView {
  styles: typeof styles;
  showPrinciple: typeof showPrinciple;
  projectLinks: typeof projectLinks;
  renderLinks: typeof renderLinks;
}
