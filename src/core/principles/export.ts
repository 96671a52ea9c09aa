/** The proposals register and the principles as spreadsheets (CSV), in the user's language. */
import { getStrings, type Locale, type Strings } from '../i18n/index.js';
import { toCsv, type CsvCell } from '../shared/csv.js';
import { principleStatus } from './model.js';
import { isDone } from './register.js';
import type { PrinciplesConfig, PrinciplesData } from './schema.js';
import { decisionLabel } from './semantic.js';

export interface PrinciplesCsvOptions {
  locale: Locale;
  /** A site's string overrides (headings, decision words, yes/no). */
  strings?: Partial<Strings>;
}

/**
 * The proposals, one row each in register order: id, text, proposed by (the group's label when the id is a
 * group of the config, else the text as stored), date, decision (its word), rejection reason, carried out
 * (yes/no, yes only for an accepted proposal) and the date carried out. The CSV dialect is toCsv's: a BOM,
 * `;` in French, CRLF, and a guard against cells a spreadsheet would run as formulas.
 */
export function proposalsToCsv(config: PrinciplesConfig, data: PrinciplesData, options: PrinciplesCsvOptions): string {
  const s = getStrings(options.locale, options.strings);
  const labels = new Map(config.groups.map((g) => [g.id, g.label]));
  const rows: CsvCell[][] = [
    [
      s.principlesCsvId,
      s.principlesCsvText,
      s.principlesCsvProposedBy,
      s.principlesCsvDate,
      s.principlesCsvDecision,
      s.principlesCsvRejectionReason,
      s.principlesCsvDone,
      s.principlesCsvDoneDate,
    ],
  ];
  for (const p of data.proposals) {
    const done = isDone(p);
    rows.push([
      p.id,
      p.text,
      labels.get(p.proposedBy) ?? p.proposedBy,
      p.date,
      decisionLabel(p.decision, s),
      p.decision === 'rejected' ? (p.rejectionReason ?? '') : '',
      done ? s.principlesYes : s.principlesNo,
      done ? (p.doneDate ?? '') : '',
    ]);
  }
  return toCsv(rows, options.locale);
}

/**
 * The principles, one row each in config order: number, text, status label ("not assessed yet" while no
 * status is stored, or the stored one is not in the config), evidence, owner, due date.
 */
export function principlesToCsv(config: PrinciplesConfig, data: PrinciplesData, options: PrinciplesCsvOptions): string {
  const s = getStrings(options.locale, options.strings);
  const rows: CsvCell[][] = [
    [
      s.principlesCsvNumber,
      s.principlesCsvPrinciple,
      s.principlesCsvStatus,
      s.principlesCsvEvidence,
      s.principlesCsvOwner,
      s.principlesCsvDueDate,
    ],
  ];
  for (const principle of config.principles) {
    const state = Object.hasOwn(data.principles, principle.id) ? data.principles[principle.id] : undefined;
    rows.push([
      principle.number,
      principle.text,
      principleStatus(config, data, principle.id)?.label ?? s.principlesStatusNotAssessed,
      state?.evidence,
      state?.owner,
      state?.dueDate,
    ]);
  }
  return toCsv(rows, options.locale);
}
