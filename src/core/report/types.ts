/**
 * The cooperation report as data (`coop-report/1`): what a directors' committee takes away, in the project's
 * language. Every text is ready to show (labels resolved from the configs and the strings), every figure is a
 * number; the elements render it, a back end stores or mails it, and the next report compares itself with it.
 */
import type { Locale } from '../i18n/index.js';
import type { AtpCategory } from '../atp/schema.js';
import type { AtpPlanKind } from '../atp/plans.js';
import type { AtpPosture } from '../atp/analyse.js';
import type { Decision, StatusKind } from '../principles/schema.js';

/** The format tag of a report; a later layout gets `coop-report/2`. */
export const REPORT_FORMAT = 'coop-report/1';

export interface ReportContent {
  part: 'questionnaire' | 'atp' | 'principles';
  id: string;
  title: string;
  version?: string;
}

export interface ReportCover {
  /** The project's title, or a name made from its id. */
  title: string;
  projectId: string;
  /** As given by the caller (the project file has no partners yet). */
  partners: string[];
  groups: { id: string; label: string }[];
  /** How many took part per stakeholder group, in a workshop; empty when not given. */
  participants: { group: string; count: number }[];
  /** Who validated the self-assessment, as typed; absent when nobody is named. */
  validatedBy?: string;
  /** The configs the report read: which content, which version. */
  contents: ReportContent[];
  library?: string;
}

export interface ReportSection {
  id: string;
  title: string;
  /** 0–100 rounded to a whole number; `null` while nothing scored is answered. */
  score: number | null;
  /** The section's band label; absent on a provisional result. */
  band?: string;
  /** 0–100, rounded. */
  completion: number;
}

export interface ReportSelfAssessment {
  title: string;
  /** 0–100 rounded; `null` while nothing scored is answered. */
  score: number | null;
  /** The global band's label and recommendation; absent while provisional. */
  band?: { id: string; label: string; recommendation?: string };
  provisional: boolean;
  scoredAnswers: number;
  answered: number;
  total: number;
  /** Each cap that lowered the band, as the sentence the widget shows. */
  caps: string[];
  sections: ReportSection[];
  /** Weakest first; empty while provisional. */
  recommendations: { sectionId: string; section: string; score: number; band: string; text: string }[];
  unanswered: { id: string; label: string; section: string }[];
  validation: { status: 'draft' | 'validated'; at?: string; by?: string; frozen: boolean };
}

export interface ReportForce {
  label: string;
  /** The grid's item that gives the force (absent for trust or an empty column). */
  item?: string;
  /** The item's intensity label, or the trust's. */
  level?: string;
}

export interface ReportGroup {
  id: string;
  label: string;
  trust?: string;
  items: {
    id: string;
    category: AtpCategory;
    column: string;
    text: string;
    intensity: number;
    level: string;
    note?: string;
  }[];
  posture: AtpPosture;
  postureLabel: string;
  explanation: string;
  pushing?: ReportForce;
  restraining?: ReportForce;
}

/** An action the project team decided for a plan (stored with the grid), as the committee reads it. */
export interface ReportPlanAction {
  text: string;
  owner?: string;
  due?: string;
  /** Its state in words (to do, in progress, done). */
  state: string;
  /** The grid items it answers (principle 5), "group › item"; a removed item keeps its wording, marked. */
  answers: string[];
  /** Once done and assessed: the effect in words, then what was observed. */
  result?: string;
}

export interface ReportPlan {
  kind: AtpPlanKind;
  title: string;
  /** The actions decided for this plan, in the grid's order (none when the grid has none). */
  actions: ReportPlanAction[];
  entries: {
    text: string;
    raisedBy: string;
    intensity: number;
    action: string;
    /** Where a plan entry carries them (a later grid format may). */
    owner?: string;
    dueDate?: string;
  }[];
}

export interface ReportRepresentation {
  title: string;
  groups: ReportGroup[];
  plans: ReportPlan[];
}

export interface ReportCommitmentHalf {
  count: number;
  /** Rounded to one decimal; `null` with no proposal. */
  rate: number | null;
  met: boolean | null;
  missing: number;
  /** The sentence the checklist shows. */
  sentence?: string;
}

export interface ReportPrinciples {
  title: string;
  items: {
    id: string;
    number: number;
    text: string;
    status: string;
    kind: StatusKind;
    evidence?: string;
    owner?: string;
    dueDate?: string;
  }[];
  inPlace: number;
  total: number;
  commitment: {
    threshold: number;
    proposals: number;
    accepted: number;
    rejected: number;
    pending: number;
    done: number;
    made: ReportCommitmentHalf;
    kept: ReportCommitmentHalf;
    /** The sentence with both halves, or that no proposal is recorded. */
    summary: string;
  };
  proposals: {
    id: string;
    text: string;
    proposedBy: string;
    date?: string;
    decision: Decision;
    decisionLabel: string;
    done: boolean;
    doneDate?: string;
    reason?: string;
  }[];
}

export interface ReportChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

export interface ReportChanges {
  /** When the previous report was drawn up. */
  since: string;
  items: ReportChange[];
}

export interface CoopReport {
  format: typeof REPORT_FORMAT;
  locale: Locale;
  /** When the report was drawn up (ISO 8601). */
  generatedAt: string;
  cover: ReportCover;
  /** Absent when the project has no such part, or its config was not given. */
  selfAssessment?: ReportSelfAssessment;
  representation?: ReportRepresentation;
  principles?: ReportPrinciples;
  /** Present when a previous report was given. */
  changes?: ReportChanges;
}
