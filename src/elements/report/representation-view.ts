/** The common representation: each group's ATP grid, the postures with their forces and trust, the three plans of principle 6. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ReportForce, ReportGroup, ReportPlan } from '../../core/index.js';
import { cellLabel } from '../shared/cell-label.js';
import { labelledCell, PART_IDS, type ReportViewContext } from './context.js';

function force(f: ReportForce | undefined, s: ReportViewContext['s']): TemplateResult | string {
  if (!f) return '—';
  const what = f.item ? `${f.item}${f.level ? ` (${f.level})` : ''}` : (f.level ?? s.reportForceNone);
  return html`${f.label}<br /><span class="small">${what}</span>`;
}

function grid(group: ReportGroup, { s }: ReportViewContext): TemplateResult {
  return html`<h4>${s.reportGridOf(group.label)}</h4>
    <p class="small">${group.trust ? s.reportTrust(group.trust) : s.reportTrustNotRated}</p>
    ${
      group.items.length
        ? html`<div class="table-scroll" role="region" tabindex="0" aria-label=${s.reportGridOf(group.label)}>
            <table class="wide cards-when-narrow">
              <caption class="visually-hidden">
                ${s.reportGridOf(group.label)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${s.reportColumnCategory}</th>
                  <th scope="col">${s.reportColumnItem}</th>
                  <th scope="col">${s.reportColumnIntensity}</th>
                  <th scope="col">${s.reportColumnNote}</th>
                </tr>
              </thead>
              <tbody>
                ${group.items.map(
                  (item) =>
                    html`<tr>
                      ${labelledCell(s.reportColumnCategory, item.column)}
                      <th scope="row">${cellLabel(s.reportColumnItem)}${item.text}</th>
                      ${labelledCell(s.reportColumnIntensity, item.level)}
                      ${labelledCell(s.reportColumnNote, item.note)}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${s.reportNoItem}</p>`
    }`;
}

/** The actions the project team decided for a plan: who, when, where it stands, what it answers, how it worked. */
function decided(p: ReportPlan, { s }: ReportViewContext): TemplateResult | typeof nothing {
  if (!p.actions.length) return nothing;
  const label = `${p.title} — ${s.reportPlanDecided}`;
  return html`<h5>${s.reportPlanDecided}</h5>
    <div class="table-scroll" role="region" tabindex="0" aria-label=${label}>
      <table class="wide cards-when-narrow">
        <caption class="visually-hidden">
          ${label}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.reportColumnDecidedAction}</th>
            <th scope="col">${s.reportColumnOwner}</th>
            <th scope="col">${s.reportColumnDue}</th>
            <th scope="col">${s.reportColumnState}</th>
            <th scope="col">${s.reportColumnAnswers}</th>
            <th scope="col">${s.reportColumnResult}</th>
          </tr>
        </thead>
        <tbody>
          ${p.actions.map(
            (a) =>
              html`<tr>
                <th scope="row">${a.text}</th>
                ${labelledCell(s.reportColumnOwner, a.owner)} ${labelledCell(s.reportColumnDue, a.due)}
                ${labelledCell(s.reportColumnState, a.state)}
                <td>
                  ${cellLabel(s.reportColumnAnswers)}${a.answers.map((line) => html`<span class="answer">${line}</span>`)}
                </td>
                ${labelledCell(s.reportColumnResult, a.result)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function plan(p: ReportPlan, ctx: ReportViewContext): TemplateResult {
  const { s } = ctx;
  const owners = p.entries.some((e) => e.owner || e.dueDate);
  return html`<h4>${p.title}</h4>
    ${decided(p, ctx)} ${p.actions.length && p.entries.length ? html`<h5>${s.reportPlanSuggested}</h5>` : nothing}
    ${
      p.entries.length
        ? html`<div class="table-scroll" role="region" tabindex="0" aria-label=${p.title}>
            <table class="wide cards-when-narrow">
              <caption class="visually-hidden">
                ${p.title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${s.reportColumnEntry}</th>
                  <th scope="col">${s.reportColumnRaisedBy}</th>
                  <th scope="col">${s.reportColumnAction}</th>
                  ${
                    owners
                      ? html`<th scope="col">${s.reportColumnOwner}</th>
                          <th scope="col">${s.reportColumnDue}</th>`
                      : nothing
                  }
                </tr>
              </thead>
              <tbody>
                ${p.entries.map(
                  (e) =>
                    html`<tr>
                      <th scope="row">${e.text}</th>
                      ${labelledCell(s.reportColumnRaisedBy, e.raisedBy)}
                      ${labelledCell(s.reportColumnAction, e.action)}
                      ${
                        owners
                          ? html`${labelledCell(s.reportColumnOwner, e.owner)}
                            ${labelledCell(s.reportColumnDue, e.dueDate)}`
                          : nothing
                      }
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${s.reportPlanEmpty}</p>`
    }`;
}

export function renderRepresentation(ctx: ReportViewContext): TemplateResult {
  const { report, s } = ctx;
  const rep = report.representation;
  const heading = html`<h2 id=${PART_IDS.representation}>${s.reportRepresentation}</h2>`;
  if (!rep)
    return html`<section class="part">
      ${heading}
      <p>${s.reportPartMissing}</p>
    </section>`;
  return html`<section class="part" aria-labelledby=${PART_IDS.representation}>
    ${heading}
    <p class="subtitle">${rep.title}</p>
    <h3>${s.reportPostures}</h3>
    <div class="table-scroll" role="region" tabindex="0" aria-label=${s.reportPosturesCaption}>
      <table class="wide cards-when-narrow">
        <caption>
          ${s.reportPosturesCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.reportColumnGroup}</th>
            <th scope="col">${s.reportColumnPosture}</th>
            <th scope="col">${s.reportColumnPushing}</th>
            <th scope="col">${s.reportColumnRestraining}</th>
          </tr>
        </thead>
        <tbody>
          ${rep.groups.map(
            (g) =>
              html`<tr>
                <th scope="row">${g.label}</th>
                <td>
                  ${cellLabel(s.reportColumnPosture)}${g.postureLabel}<br /><span class="small">${g.explanation}</span
                  ><br /><span class="small">${g.trust ? s.reportTrust(g.trust) : s.reportTrustNotRated}</span>
                </td>
                ${labelledCell(s.reportColumnPushing, force(g.pushing, s))}
                ${labelledCell(s.reportColumnRestraining, force(g.restraining, s))}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <h3>${s.reportGrids}</h3>
    ${rep.groups.map((g) => grid(g, ctx))}
    <h3>${s.reportPlans}</h3>
    ${rep.plans.map((p) => plan(p, ctx))}
  </section>`;
}
