/**
 * What publishing does to the grids and checklists already stored: the reports of atpChanges() and
 * principlesChanges() (the core runs the widgets' own readings), with the offer to keep an id that looks
 * renamed. These configs have no version number: the stored data is read with the new one at once. Each kind
 * says which lines its report has (atpReport, principlesReport); one view draws them and counts what they affect.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AtpChanges, ConfigEditorStrings, PrinciplesChanges } from '../../core/index.js';

interface Named {
  id: string;
  label: string;
}

/** One line of a report: a sentence, what it names, and how many things it counts as affecting stored data. */
type ReportLine =
  | { text: string; items?: Named[]; problem: boolean; affects: number }
  /** A renamed id, with the button that gives it back. */
  | { text: string; keep: string; onKeep: () => void; affects: number };

/** A report's lines that apply, in the order they are read, and whether anything affects stored data. */
export interface DataReport {
  affectsData: boolean;
  lines: ReportLine[];
}

/** The line `line(count)`, shown only when `count` things changed. */
const when = (count: number, line: (n: number) => ReportLine): ReportLine[] => (count > 0 ? [line(count)] : []);

const idLine = (s: ConfigEditorStrings, changed: boolean) =>
  when(changed ? 1 : 0, () => ({ text: s.ceIdChanged, problem: true, affects: 1 }));

export function atpReport(
  s: ConfigEditorStrings,
  c: AtpChanges,
  onKeep: (from: string, to: string) => void,
): DataReport {
  return {
    affectsData: c.affectsData,
    lines: [
      ...idLine(s, c.idChanged),
      ...when(c.removedGroups.length, (n) => ({
        text: s.ceGroupsRemovedAtp(n),
        items: c.removedGroups,
        problem: false,
        affects: 0,
      })),
      ...c.renamedGroups.map((r) => ({
        text: s.ceGroupsRenamed(r.from, r.to),
        keep: s.ceKeepGroupId(r.from),
        onKeep: () => onKeep(r.from, r.to),
        affects: 1,
      })),
      ...when(c.loweredIntensity.length, (n) => ({
        text: s.ceLowered(s.ceIntensity, n),
        items: c.loweredIntensity,
        problem: true,
        affects: n,
      })),
      ...when(c.loweredTrust.length, (n) => ({
        text: s.ceLowered(s.ceTrust, n),
        items: c.loweredTrust,
        problem: true,
        affects: n,
      })),
      ...when(c.unlabelled.length, (n) => ({
        text: s.ceUnlabelled(n),
        items: c.unlabelled,
        problem: true,
        affects: n,
      })),
      ...when(c.thresholds.length, (n) => ({
        text: s.ceThresholdsChanged(n),
        items: c.thresholds.map((key) => ({ id: key, label: s.ceThreshold(key) })),
        problem: false,
        affects: 0,
      })),
      ...when(c.addedGroups.length, (n) => ({ text: s.ceGroupsAdded(n), problem: false, affects: 0 })),
    ],
  };
}

export function principlesReport(
  s: ConfigEditorStrings,
  c: PrinciplesChanges,
  onKeep: (from: string, to: string) => void,
): DataReport {
  const removed = (text: (n: number) => string, items: Named[]) =>
    when(items.length, (n) => ({ text: text(n), items, problem: true, affects: n }));
  return {
    affectsData: c.affectsData,
    lines: [
      ...idLine(s, c.idChanged),
      ...removed(s.cePrinciplesRemoved, c.removedPrinciples),
      ...c.renamedPrinciples.map((r) => ({
        text: s.cePrincipleRenamed(r.from, r.to),
        keep: s.ceKeepPrincipleId(r.from),
        onKeep: () => onKeep(r.from, r.to),
        affects: 0,
      })),
      ...removed(s.ceStatusesRemoved, c.removedStatuses),
      ...removed(s.ceStatusesRekinded, c.rekindedStatuses),
      ...removed(s.ceGroupsRemovedChecklist, c.removedGroups),
      ...when(c.thresholdChanged ? 1 : 0, () => ({ text: s.cePromoterThresholdChanged, problem: false, affects: 0 })),
      ...when(c.addedPrinciples.length, (n) => ({ text: s.cePrinciplesAdded(n), problem: false, affects: 0 })),
    ],
  };
}

/** How many things a report names as affecting stored data (the confirmation's count). */
export function affectedBy(report: DataReport): number {
  return report.lines.reduce((n, line) => n + line.affects, 0);
}

const renderLine = (line: ReportLine): TemplateResult =>
  'keep' in line
    ? html`<p>
        ${line.text}
        <button type="button" class="button" part="button" data-action="keep" @click=${line.onKeep}>
          ${line.keep}
        </button>
      </p>`
    : html`<p class=${line.problem ? 'problem' : ''}>${line.text}</p>
        ${
          line.items?.length
            ? html`<ul>
                ${line.items.map((x) => html`<li><code>${x.id}</code>${` — ${x.label}`}</li>`)}
              </ul>`
            : nothing
        }`;

export function renderDataReport(s: ConfigEditorStrings, report: DataReport): TemplateResult {
  return html`<div class="report" part="report">
    <p>${s.ceNoVersionField}</p>
    ${[report.affectsData ? nothing : html`<p>${s.ceNoChange}</p>`, ...report.lines.map(renderLine)]}
  </div>`;
}
