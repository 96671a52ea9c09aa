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
  type Strings,
} from '../../core/index.js';
import type { ProjectState } from '../shared/project-link.js';
import { downloadFile } from '../shared/feedback.js';
import { printReport, reportArchive, reportJson } from './archive.js';

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

/** The report of `project`, each part read with its live widget's config or, failing that, the default content. */
export async function projectReport(
  project: ProjectDocument,
  state: Readonly<ProjectState>,
  locale: Locale,
  strings: Partial<Strings> | undefined,
  options: CoopReportOptions = {},
): Promise<CoopReport> {
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
  return buildReport(project, { ...options, locale, configs, ...(strings ? { strings } : {}) });
}

/** The file name of a report: the project's id and the report's date. */
const fileName = (report: CoopReport, ext: string) =>
  `${report.cover.projectId}.report-${report.generatedAt.slice(0, 10)}.${ext}`;

/** Prints the report, or downloads it as HTML or JSON, from `root` (the provider's shadow root). */
export async function runReportAction(
  action: ReportAction,
  report: CoopReport,
  s: Strings,
  root: Node & ParentNode,
): Promise<void> {
  if (action === 'print') return printReport(report, s, root);
  if (action === 'html') return downloadFile(root, fileName(report, 'html'), 'text/html', reportArchive(report, s));
  return downloadFile(root, fileName(report, 'json'), 'application/json', reportJson(report));
}

export { reportArchive, reportJson };
