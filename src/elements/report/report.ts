/**
 * The report's entry, loaded with import() by <coop-project> the first time a report is asked for (the
 * views, the stylesheet and the core's report builder never weigh on the first paint). It gathers what the
 * core needs: the project file, and each part's config — the live widget's, or the default content when the
 * part was filled with it and its widget is not on the page.
 */
import {
  buildReport,
  type AtpConfig,
  type CoopReport,
  type Locale,
  type PrinciplesConfig,
  type ProjectDocument,
  type QuestionnaireConfig,
  type ReportOptions,
  type ReportStringOverrides,
} from '../../core/index.js';
import type { ProjectState } from '../shared/project-link.js';
import { downloadFile } from '../shared/feedback.js';
import { printReport, reportArchive, reportJson } from './archive.js';
import { addProjectPartsStrings } from '../../core/catalogs/project-parts.js';

// The principles' and ATP analysis' words, which the provider's first paint leaves out.
addProjectPartsStrings();

/** What a host may add to a report: the previous one, the partners, the participants per group. */
export type CoopReportOptions = Pick<ReportOptions, 'previous' | 'partners' | 'participants' | 'generatedAt'>;

export type ReportAction = 'print' | 'html' | 'json';

async function orDefault<T extends { id: string }>(
  live: T | undefined,
  configId: string | undefined,
  load: () => Promise<T>,
): Promise<T | undefined> {
  if (live || configId === undefined) return live;
  const fallback = await load();
  return fallback.id === configId ? fallback : undefined;
}

/** What the report reads of <coop-project>. */
export interface ReportHost {
  getProject(): ProjectDocument;
  readonly hub: { readonly state: Readonly<ProjectState> };
  strings?: ReportStringOverrides | undefined;
  readonly renderRoot: Node & ParentNode;
}

/** The report of the host's project, each part read with its live widget's config or, failing that, the default content. */
export async function projectReport(
  host: ReportHost,
  locale: Locale,
  options: CoopReportOptions = {},
): Promise<CoopReport> {
  const project = host.getProject();
  const state = host.hub.state;
  const [questionnaire, atp, principles] = await Promise.all([
    orDefault<QuestionnaireConfig>(state.questionnaire?.config, project.questionnaire?.configId, async () =>
      (await import('../questionnaire/default-content.js')).defaultQuestionnaire(locale),
    ),
    orDefault<AtpConfig>(state['atp-matrix']?.config, project.atp?.configId, async () =>
      (await import('../atp-matrix/default-content.js')).defaultAtpConfig(locale),
    ),
    orDefault<PrinciplesConfig>(state['principles-checklist']?.config, project.principles?.configId, async () =>
      (await import('../principles-checklist/default-content.js')).defaultPrinciplesConfig(locale),
    ),
  ]);
  const configs = {
    ...(questionnaire ? { questionnaire } : {}),
    ...(atp ? { atp } : {}),
    ...(principles ? { principles } : {}),
  };
  return buildReport(project, { ...options, locale, configs, ...(host.strings ? { strings: host.strings } : {}) });
}

/** The host's report as a self-contained HTML file. */
export async function projectReportHtml(
  host: ReportHost,
  locale: Locale,
  options?: CoopReportOptions,
): Promise<string> {
  return reportArchive(await projectReport(host, locale, options), host.strings);
}

/** The file name of a report: the project's id and the report's date. */
const fileName = (report: CoopReport, ext: string) =>
  `${report.cover.projectId}.report-${report.generatedAt.slice(0, 10)}.${ext}`;

/** Prints the host's report, or downloads it as HTML or JSON, from the host's shadow root. */
export async function runReportAction(
  host: ReportHost & { reportOptions?: CoopReportOptions | undefined },
  locale: Locale,
  action: ReportAction,
): Promise<void> {
  const report = await projectReport(host, locale, host.reportOptions);
  const root = host.renderRoot;
  if (action === 'print') return printReport(report, host.strings, root);
  if (action === 'html') {
    return downloadFile(root, fileName(report, 'html'), 'text/html', reportArchive(report, host.strings));
  }
  return downloadFile(root, fileName(report, 'json'), 'application/json', reportJson(report));
}

export { reportArchive, reportJson };
