/**
 * The workshop's collective outputs in the facilitator's view, built live from the participants' documents:
 * the common representation (their grids merged) with its postures, trust beside each, and the three plans of
 * principle 6; the register of proposals — the facilitator's, where the promoter decides, and the
 * participants' still to decide — with both halves of the 60 % commitment. The data comes from the core's
 * buildReport and is drawn by the report's own views, so the workshop never says other than the report.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  buildReport,
  fitAtpData,
  mergeAtp,
  reportText,
  type AtpConfig,
  type AtpData,
  type CoopReport,
  type Locale,
  type PrinciplesConfig,
  type PrinciplesData,
  type ProjectDocument,
  type ReportStringOverrides,
} from '../../core/index.js';
import { workshopRegister, type ParticipantRegister, type WorkshopStrings } from '../../core/workshop.js';
import { reportContext } from '../report/context.js';
import { renderPrinciples } from '../report/principles-view.js';
import { renderRepresentation } from '../report/representation-view.js';

export interface OutputsInput {
  project: ProjectDocument;
  atp: AtpConfig | undefined;
  grids: readonly AtpData[];
  principles: { config: PrinciplesConfig; data: PrinciplesData } | undefined;
  registers: readonly ParticipantRegister[];
  locale: Locale;
  strings: ReportStringOverrides | undefined;
}

/** The report of the workshop's collective work; `undefined` until there is a grid to merge. */
export function workshopReport(input: OutputsInput): CoopReport | undefined {
  const { atp, grids, principles, locale, strings } = input;
  if (!atp || !grids.length) return undefined;
  const merged = mergeAtp(
    atp,
    grids.map((g) => fitAtpData(atp, g)),
    { locale, strings },
  );
  const project: ProjectDocument = { ...input.project, atp: { configId: atp.id, data: merged.data } };
  delete project.questionnaire;
  delete project.principles;
  if (principles) {
    project.principles = {
      configId: principles.config.id,
      data: workshopRegister(principles.data, input.registers),
    };
  }
  return buildReport(project, {
    locale,
    configs: { atp, ...(principles ? { principles: principles.config } : {}) },
    ...(strings ? { strings } : {}),
  });
}

/** The outputs' section: what they are built from, then the report's representation and register parts. */
export function renderOutputs(
  s: WorkshopStrings,
  report: CoopReport | undefined,
  grids: number,
  strings: ReportStringOverrides | undefined,
): TemplateResult {
  const ctx = report ? reportContext(report, reportText(report.locale, strings)) : undefined;
  // A disclosure, closed at first: the outputs are long (every group's grid, three plans, the register) and the
  // participants' table and the grid below are what the facilitator watches most; opened, it stays open.
  return html`<details class="ws-outputs" part="workshop-outputs">
    <summary><h2 id="ws-outputs-title">${s.wsOutputsTitle}</h2></summary>
    ${
      ctx
        ? html`<p>${s.wsOutputsIntro(grids)}</p>
            ${renderRepresentation(ctx)} ${ctx.report.principles ? renderPrinciples(ctx) : nothing}`
        : html`<p>${s.wsOutputsWaiting}</p>`
    }
  </details>`;
}
