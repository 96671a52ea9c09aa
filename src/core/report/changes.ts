/**
 * What changed since the previous report: the global and section scores, each group's posture, and both
 * halves of the promoter's commitment. Compared on the reports' own figures, so a report made by an older
 * version of the library still compares; a figure absent from one side shows as absent, never as zero.
 */
import type { ReportText as Strings } from './strings.js';
import type { CoopReport, ReportChange, ReportChanges } from './types.js';

const score = (value: number | null | undefined, s: Strings): string =>
  value === null || value === undefined ? s.reportChangeAbsent : s.reportScoreOutOf(value);

function half(report: CoopReport, which: 'made' | 'kept', s: Strings): string {
  const c = report.principles?.commitment;
  if (!c) return s.reportChangeAbsent;
  return `${c[which].count} / ${c.proposals}`;
}

/** The figures of `current` that differ from `previous`, in the report's order. */
export function compareReports(previous: CoopReport, current: CoopReport, s: Strings): ReportChanges {
  const items: ReportChange[] = [];
  const add = (key: string, label: string, before: string, after: string) => {
    if (before !== after) items.push({ key, label, before, after });
  };
  const pa = previous.selfAssessment;
  const ca = current.selfAssessment;
  if (pa || ca) {
    add('score', s.reportChangeGlobal, score(pa?.score, s), score(ca?.score, s));
    const ids = new Set([...(pa?.sections ?? []), ...(ca?.sections ?? [])].map((x) => x.id));
    for (const id of ids) {
      const before = pa?.sections.find((x) => x.id === id);
      const after = ca?.sections.find((x) => x.id === id);
      const title = after?.title ?? before?.title ?? id;
      add(`section:${id}`, s.reportChangeSection(title), score(before?.score, s), score(after?.score, s));
    }
  }
  const pr = previous.representation;
  const cr = current.representation;
  if (pr || cr) {
    const ids = new Set([...(pr?.groups ?? []), ...(cr?.groups ?? [])].map((g) => g.id));
    for (const id of ids) {
      const before = pr?.groups.find((g) => g.id === id);
      const after = cr?.groups.find((g) => g.id === id);
      const label = after?.label ?? before?.label ?? id;
      add(
        `posture:${id}`,
        s.reportChangePosture(label),
        before?.postureLabel ?? s.reportChangeAbsent,
        after?.postureLabel ?? s.reportChangeAbsent,
      );
    }
  }
  if (previous.principles || current.principles) {
    add('commitment:made', s.reportChangeMade, half(previous, 'made', s), half(current, 'made', s));
    add('commitment:kept', s.reportChangeKept, half(previous, 'kept', s), half(current, 'kept', s));
  }
  return { since: previous.generatedAt, items };
}
