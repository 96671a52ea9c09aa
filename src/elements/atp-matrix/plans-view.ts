/**
 * The Plans view of <coop-atp-matrix>: the three plans the grid feeds, one table each — attractions become
 * objectives, fears risks, temptations the relational charter.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ATP_CATEGORIES, type AtpCategory, type AtpConfig, type AtpPlans, type Strings } from '../../core/runtime.js';

export interface PlansViewContext {
  model: AtpConfig;
  plans: AtpPlans;
  s: Strings;
  /** An intensity as its level's name. */
  intensityLabel: (value: number) => string;
}

const PLAN_OF: Record<AtpCategory, keyof AtpPlans> = {
  attractions: 'objectives',
  fears: 'risks',
  temptations: 'charter',
};

export function renderPlans(ctx: PlansViewContext): TemplateResult {
  const { model, plans, s } = ctx;
  return html`
    <h3>${s.amPlansHeading}</h3>
    ${ATP_CATEGORIES.map((category) => {
      const plan = model.categories[category].plan;
      const entries = plans[PLAN_OF[category]];
      return html`<section class="plan plan--${category}" part="plan" aria-labelledby="plan-${category}">
        <h4 id="plan-${category}">${plan.title}</h4>
        ${plan.description ? html`<p class="help">${plan.description}</p>` : nothing}
        ${
          entries.length
            ? html`<div class="table-scroll">
                <table>
                  <caption class="visually-hidden">
                    ${plan.title}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${s.amColumnItem}</th>
                      <th scope="col">${s.amColumnGroups}</th>
                      <th scope="col">${s.amColumnIntensity}</th>
                      <th scope="col">${s.amColumnAction}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${entries.map(
                      (e) =>
                        html`<tr>
                          <th scope="row">${e.text}</th>
                          <td>${e.groups.map((g) => g.label).join(', ')}</td>
                          <td class="nowrap">${ctx.intensityLabel(e.intensity)}</td>
                          <td>${e.action}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
            : html`<p class="notice">${s.amPlanEmpty}</p>`
        }
      </section>`;
    })}
  `;
}
