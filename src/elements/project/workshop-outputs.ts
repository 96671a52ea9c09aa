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
  parseProjectDocument,
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
import { workshopRegister, type ParticipantRegister } from '../../core/workshop.js';
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

/** The key under which the facilitator shares the outputs with the participants (a coop-project/1 file). */
export const SHARED_OUTPUTS_KEY = 'coop-widgets:workshop:outputs';

/** The project file of the workshop's collective work (the merged grid, the workshop's register); `undefined` until there is a grid to merge. */
export function workshopProject(input: OutputsInput): ProjectDocument | undefined {
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
  return project;
}

/** The report of a workshop's project file, with the page's configs (a part whose config differs is left out). */
export function outputsReport(
  project: ProjectDocument,
  configs: { atp?: AtpConfig | undefined; principles?: PrinciplesConfig | undefined },
  locale: Locale,
  strings: ReportStringOverrides | undefined,
): CoopReport {
  return buildReport(project, {
    locale,
    configs: {
      ...(configs.atp ? { atp: configs.atp } : {}),
      ...(configs.principles ? { principles: configs.principles } : {}),
    },
    ...(strings ? { strings } : {}),
  });
}

/** What the facilitator shares: the outputs' project file, checked as any imported project file. */
export function readShared(text: string | null, locale: Locale): ProjectDocument | undefined {
  if (!text) return undefined;
  const parsed = parseProjectDocument(text, { locale });
  return parsed.ok ? parsed.project : undefined;
}

/** How the outputs' section is drawn: the facilitator's (with the share button) or a participant's (shared). */
export interface OutputsView {
  title: string;
  intro: string;
  /** Said while there is nothing to show. */
  waiting: string;
  /** The facilitator's share button and what sharing said; none in a participant's view. */
  share?: { label: string; busy: boolean; status: string; error: string; onShare(): void };
}

/** The outputs' section: what they are built from, then the report's representation and register parts. */
export function renderOutputs(
  report: CoopReport | undefined,
  view: OutputsView,
  strings: ReportStringOverrides | undefined,
): TemplateResult {
  const ctx = report ? reportContext(report, reportText(report.locale, strings)) : undefined;
  const share = view.share;
  // A disclosure, closed at first: the outputs are long (every group's grid, three plans, the register) and the
  // participants' table and the grid below are what the facilitator watches most; opened, it stays open.
  return html`<details class="ws-outputs" part="workshop-outputs">
    <summary><h2 id="ws-outputs-title">${view.title}</h2></summary>
    ${
      ctx
        ? html`<p>${view.intro}</p>
            ${
              share
                ? html`<p>
                      <button
                        type="button"
                        class="button ws-share"
                        part="button"
                        ?disabled=${share.busy}
                        @click=${share.onShare}
                      >
                        ${share.label}
                      </button>
                    </p>
                    ${share.status ? html`<p class="notice ws-share-status" tabindex="-1">${share.status}</p>` : nothing}
                    ${
                      share.error
                        ? html`<div class="error-panel" part="error" role="alert">
                            <p class="error-title ws-share-error" tabindex="-1">${share.error}</p>
                          </div>`
                        : nothing
                    }`
                : nothing
            }
            ${renderRepresentation(ctx)} ${ctx.report.principles ? renderPrinciples(ctx) : nothing}`
        : html`<p>${view.waiting}</p>`
    }
  </details>`;
}
