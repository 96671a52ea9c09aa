/** The cooperation report: the whole project as one document's data, for print, archive and back ends. */
export { buildReport } from './build.js';
export type { ReportOptions } from './build.js';
export { compareReports } from './changes.js';
export { getReportStrings, reportText } from './strings.js';
export type { ReportStringOverrides, ReportText } from './strings.js';
export type { ReportStrings } from '../i18n/report.js';
export { REPORT_FORMAT } from './types.js';
export type {
  CoopReport,
  ReportChange,
  ReportChanges,
  ReportCommitmentHalf,
  ReportContent,
  ReportCover,
  ReportForce,
  ReportGroup,
  ReportPlan,
  ReportPrinciples,
  ReportRepresentation,
  ReportSection,
  ReportSelfAssessment,
} from './types.js';
