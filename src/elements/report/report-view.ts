/** The whole report: the cover, then one view per part, in the order a committee reads them. */
import { html, type TemplateResult } from 'lit';
import type { CoopReport, ReportText } from '../../core/index.js';
import { renderChanges } from './changes-view.js';
import { reportContext } from './context.js';
import { renderCover } from './cover-view.js';
import { renderPrinciples } from './principles-view.js';
import { renderRepresentation } from './representation-view.js';
import { renderSelfAssessment } from './self-assessment-view.js';

export function renderReport(report: CoopReport, s: ReportText): TemplateResult {
  const ctx = reportContext(report, s);
  return html`<div class="coop-report">
    ${renderCover(ctx)}
    <main>
      ${renderSelfAssessment(ctx)} ${renderRepresentation(ctx)} ${renderPrinciples(ctx)} ${renderChanges(ctx)}
    </main>
  </div>`;
}
