/**
 * buildReport(): the cooperation report of a project file, as data. Each part comes from the same core
 * functions the widgets use (scoreQuestionnaire, analyseAtp, postureForces, buildPlans, assessPrinciples), so
 * the report never says other than the widgets; nothing here touches the DOM, so a back end gets the same
 * report in Node.
 */
import { analyseAtp, formatAtpNumber, postureLabel } from '../atp/analyse.js';
import { postureForces, type AtpForce } from '../atp/forces.js';
import { actionStateText, effectText } from '../atp/export.js';
import { resolveItemLinks } from '../atp/links.js';
import { buildPlans, ATP_PLAN_OF, type AtpPlanKind } from '../atp/plans.js';
import { ATP_CATEGORIES, type AtpConfig, type AtpData, type AtpLevel } from '../atp/schema.js';
import { getStrings, type Locale } from '../i18n/index.js';
import { assessPrinciples, describeCommitment, describeCommitmentHalves } from '../principles/assess.js';
import { statusOf } from '../principles/model.js';
import type { PrinciplesConfig, PrinciplesData } from '../principles/schema.js';
import type { ProjectDocument } from '../project/schema.js';
import { listQuestions } from '../questionnaire/model.js';
import type { QuestionnaireConfig, Responses } from '../questionnaire/schema.js';
import { scoreQuestionnaire } from '../questionnaire/score.js';
import { compareReports } from './changes.js';
import { reportText, type ReportStringOverrides, type ReportText } from './strings.js';
import {
  REPORT_FORMAT,
  type CoopReport,
  type ReportContent,
  type ReportCover,
  type ReportForce,
  type ReportGroup,
  type ReportPrinciples,
  type ReportRepresentation,
  type ReportSelfAssessment,
} from './types.js';

export interface ReportOptions {
  /** The configs the project's parts were filled with (validated); a part whose config is missing or has another id is left out. */
  configs?: { questionnaire?: QuestionnaireConfig; atp?: AtpConfig; principles?: PrinciplesConfig };
  locale?: Locale;
  /** Overrides of the catalog's and the report's strings. */
  strings?: ReportStringOverrides;
  /** When the report is drawn up (ISO 8601); default: the project's `exportedAt`, else now. */
  generatedAt?: string;
  /** The previous report (its JSON), to say what changed since. */
  previous?: CoopReport;
  /** The partner organisations, as the host knows them (the project file has none yet). */
  partners?: string[];
  /** How many took part per stakeholder group in a workshop: group id or name → count. */
  participants?: Record<string, number>;
}

const round = (value: number | null): number | null => (value === null ? null : Math.round(value));
const round1 = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

/** A level's label, or, for a figure between levels (a merged grid's mean), the figure in the locale (`2,5`). */
function levelLabel(levels: readonly AtpLevel[], value: number | null, locale: Locale): string | undefined {
  if (value === null) return undefined;
  return levels.find((level) => level.value === value)?.label ?? formatAtpNumber(value, locale);
}

function selfAssessment(config: QuestionnaireConfig, responses: Responses, s: ReportText): ReportSelfAssessment {
  const result = scoreQuestionnaire(config, responses);
  const { global } = result;
  const titles = new Map(config.sections.map((section, i) => [section.id, `${i + 1}. ${section.title}`]));
  const title = (id: string) => titles.get(id) ?? id;
  const questions = new Map(listQuestions(config).map((ref) => [ref.question.id, ref]));
  const by = [responses.validatedBy?.name, responses.validatedBy?.role].filter(Boolean).join(', ');
  const validated = responses.status === 'validated';
  const part: ReportSelfAssessment = {
    title: config.title,
    score: round(global.score),
    provisional: global.provisional,
    scoredAnswers: global.scoredAnswers,
    answered: global.answered,
    total: global.total,
    caps: global.provisional
      ? []
      : (global.cappedBy ?? []).map((hit) =>
          hit.rule === 'sectionBelow'
            ? s.capSectionBelow(hit.sectionIds.map(title).join(', '), hit.threshold)
            : s.capPrerequisiteNotMet,
        ),
    sections: result.sections.map((section) => ({
      id: section.id,
      title: title(section.id),
      score: round(section.score),
      ...(!global.provisional && section.band ? { band: section.band.label } : {}),
      completion: Math.round(section.completion),
    })),
    recommendations: global.provisional
      ? []
      : result.recommendations.map((r) => ({
          sectionId: r.sectionId,
          section: title(r.sectionId),
          score: Math.round(r.score),
          band: r.band.label,
          text: r.band.recommendation ?? '',
        })),
    unanswered: result.unanswered.map((id) => {
      const ref = questions.get(id);
      return { id, label: ref?.question.label ?? id, section: ref ? title(ref.section.id) : '' };
    }),
    validation: {
      status: responses.status,
      ...(validated && responses.validatedAt ? { at: responses.validatedAt } : {}),
      ...(validated && by ? { by } : {}),
      frozen: validated,
    },
  };
  if (!global.provisional && global.band) {
    const { id, label, recommendation } = global.band;
    part.band = recommendation === undefined ? { id, label } : { id, label, recommendation };
  }
  return part;
}

function reportForce(
  force: AtpForce | null,
  config: AtpConfig,
  s: ReportText,
  locale: Locale,
): ReportForce | undefined {
  if (!force) return undefined;
  const trust = force.category === 'trust';
  const level =
    levelLabel(trust ? config.trust.levels : config.intensity.levels, force.value, locale) ??
    (trust ? s.reportTrustNotRated : undefined);
  return { label: force.label, ...(force.item ? { item: force.item.text } : {}), ...(level ? { level } : {}) };
}

function representation(config: AtpConfig, data: AtpData, locale: Locale, strings?: ReportStringOverrides) {
  const s = reportText(locale, strings);
  const options = { locale, ...(strings ? { strings } : {}) };
  const analysis = analyseAtp(config, data, options);
  const forces = postureForces(data, analysis, options);
  const plans = buildPlans(config, data, options);
  const ui = getStrings(locale, strings);
  const order = (category: string) => ATP_CATEGORIES.indexOf(category as never);
  const part: ReportRepresentation = {
    title: config.title,
    groups: data.groups.flatMap((group, i) => {
      const a = analysis.groups[i];
      const f = forces[i];
      if (!a) return []; // analyseAtp gives one analysis per group
      const trust = levelLabel(config.trust.levels, group.trust, locale);
      const pushing = reportForce(f?.pushing ?? null, config, s, locale);
      const restraining = reportForce(f?.restraining ?? null, config, s, locale);
      return {
        id: group.id,
        label: group.label,
        ...(trust ? { trust } : {}),
        items: [...group.items]
          .sort((x, y) => order(x.category) - order(y.category))
          .map((item) => ({
            id: item.id,
            category: item.category,
            column: config.categories[item.category].label,
            text: item.text,
            intensity: item.intensity,
            level: levelLabel(config.intensity.levels, item.intensity, locale) ?? String(item.intensity),
            ...(item.note ? { note: item.note } : {}),
          })),
        posture: a.posture,
        postureLabel: postureLabel(a.posture, a.qualifier, s),
        explanation: a.explanation,
        ...(pushing ? { pushing } : {}),
        ...(restraining ? { restraining } : {}),
      } satisfies ReportGroup;
    }),
    plans: ATP_CATEGORIES.map((category) => {
      const kind: AtpPlanKind = ATP_PLAN_OF[category];
      return {
        kind,
        title: config.categories[category].plan.title,
        actions: (data.actions ?? [])
          .filter((a) => a.plan === kind)
          .map((a) => {
            const answers = resolveItemLinks(data, a.items).map((r) =>
              r.status === 'found'
                ? `${r.group.label} › ${r.item.text}`
                : ui.amItemRemoved(`${r.group?.label ?? r.link.group} › ${r.text}`),
            );
            const result = a.evaluation
              ? [effectText(a.evaluation.effect, ui), a.evaluation.note].filter(Boolean).join(' — ')
              : undefined;
            return {
              text: a.text,
              ...(a.owner ? { owner: a.owner } : {}),
              ...(a.due ? { due: a.due } : {}),
              state: actionStateText(a.state, ui),
              answers,
              ...(result ? { result } : {}),
            };
          }),
        entries: plans[kind].map((entry) => ({
          text: entry.text,
          raisedBy: entry.groups.map((g) => g.label).join(', '),
          intensity: entry.intensity,
          action: entry.action,
        })),
      };
    }),
  };
  return part;
}

function principles(
  config: PrinciplesConfig,
  data: PrinciplesData,
  groupLabel: (id: string) => string,
  locale: Locale,
  strings?: ReportStringOverrides,
): ReportPrinciples {
  const s = getStrings(locale, strings);
  const options = { locale, ...(strings ? { strings } : {}) };
  const assessment = assessPrinciples(config, data);
  const c = assessment.commitment;
  const sentences = describeCommitmentHalves(assessment, options);
  const decisions = {
    proposed: s.principlesDecisionProposed,
    accepted: s.principlesDecisionAccepted,
    rejected: s.principlesDecisionRejected,
  };
  return {
    title: config.title,
    items: config.principles.map((principle) => {
      const state = Object.hasOwn(data.principles, principle.id) ? data.principles[principle.id] : undefined;
      const status = statusOf(config, data, principle.id);
      return {
        id: principle.id,
        number: principle.number,
        text: principle.text,
        status: status.label,
        kind: status.kind,
        ...(state?.evidence ? { evidence: state.evidence } : {}),
        ...(state?.owner ? { owner: state.owner } : {}),
        ...(state?.dueDate ? { dueDate: state.dueDate } : {}),
      };
    }),
    inPlace: assessment.progress.inPlace,
    total: assessment.progress.total,
    commitment: {
      threshold: c.threshold,
      proposals: c.proposals,
      accepted: c.accepted,
      rejected: c.rejected,
      pending: c.pending,
      done: c.done,
      made: {
        count: c.made.count,
        rate: round1(c.made.rate),
        met: c.made.met,
        missing: c.made.missing,
        ...(sentences ? { sentence: sentences.made } : {}),
      },
      kept: {
        count: c.kept.count,
        rate: round1(c.kept.rate),
        met: c.kept.met,
        missing: c.kept.missing,
        ...(sentences ? { sentence: sentences.kept } : {}),
      },
      summary: describeCommitment(assessment, options),
    },
    proposals: data.proposals.map((p) => ({
      id: p.id,
      text: p.text,
      proposedBy: groupLabel(p.proposedBy),
      ...(p.date ? { date: p.date } : {}),
      decision: p.decision,
      decisionLabel: decisions[p.decision],
      done: p.decision === 'accepted' && p.done,
      ...(p.decision === 'accepted' && p.done && p.doneDate ? { doneDate: p.doneDate } : {}),
      ...(p.decision === 'rejected' && p.rejectionReason ? { reason: p.rejectionReason } : {}),
    })),
  };
}

function cover(
  project: ProjectDocument,
  options: ReportOptions,
  s: ReportText,
  groups: Map<string, string>,
): ReportCover {
  const { questionnaire: q, atp, principles: pc } = options.configs ?? {};
  const contents: ReportContent[] = [];
  if (project.questionnaire && q?.id === project.questionnaire.configId) {
    contents.push({
      part: 'questionnaire',
      id: q.id,
      title: q.title,
      version: project.questionnaire.responses.questionnaireVersion,
    });
  }
  if (project.atp && atp?.id === project.atp.configId) contents.push({ part: 'atp', id: atp.id, title: atp.title });
  if (project.principles && pc?.id === project.principles.configId) {
    contents.push({ part: 'principles', id: pc.id, title: pc.title });
  }
  const responses = project.questionnaire?.responses;
  const by =
    responses?.status === 'validated'
      ? [responses.validatedBy?.name, responses.validatedBy?.role].filter(Boolean).join(', ')
      : '';
  return {
    title: project.title?.trim() || s.reportUntitled(project.id),
    projectId: project.id,
    partners: [...(options.partners ?? [])],
    groups: [...groups].map(([id, label]) => ({ id, label })),
    participants: Object.entries(options.participants ?? {}).map(([group, count]) => ({
      group: groups.get(group) ?? group,
      count,
    })),
    ...(by ? { validatedBy: by } : {}),
    contents,
    ...(project.library ? { library: project.library } : {}),
  };
}

/**
 * The cooperation report of `project` in `options.locale` (French by default). A part is included when the
 * project has it and its config is given with the same id; the changes when `options.previous` is given.
 * Pure: the same inputs give the same report (pass `generatedAt` to fix its date).
 */
export function buildReport(project: ProjectDocument, options: ReportOptions = {}): CoopReport {
  const locale = options.locale ?? 'fr';
  const s = reportText(locale, options.strings);
  const configs = options.configs ?? {};
  const groups = new Map<string, string>();
  for (const g of project.groups ?? []) groups.set(g.id, g.label);
  for (const g of project.atp?.data.groups ?? []) if (!groups.has(g.id)) groups.set(g.id, g.label);
  for (const g of configs.principles?.groups ?? []) if (!groups.has(g.id)) groups.set(g.id, g.label);
  const report: CoopReport = {
    format: REPORT_FORMAT,
    locale,
    generatedAt: options.generatedAt ?? project.exportedAt ?? new Date().toISOString(),
    cover: cover(project, options, s, groups),
  };
  const q = project.questionnaire;
  if (q && configs.questionnaire?.id === q.configId) {
    report.selfAssessment = selfAssessment(configs.questionnaire, q.responses, s);
  }
  const atp = project.atp;
  if (atp && configs.atp?.id === atp.configId) {
    report.representation = representation(configs.atp, atp.data, locale, options.strings);
  }
  const pc = project.principles;
  if (pc && configs.principles?.id === pc.configId) {
    report.principles = principles(configs.principles, pc.data, (id) => groups.get(id) ?? id, locale, options.strings);
  }
  if (options.previous) report.changes = compareReports(options.previous, report, s);
  return report;
}
