/** The proposals register and the principles as spreadsheets (CSV), in the user's language. */
import { getStrings, type Locale, type Strings } from '../i18n/index.js';
import { resolveItemLinks, type EvaluationEffect, type ItemLink } from '../atp/links.js';
import type { AtpData } from '../atp/schema.js';
import { toCsv, type CsvCell } from '../shared/csv.js';
import { isDone, principleStatus } from './model.js';
import type { PrinciplesConfig, PrinciplesData } from './schema.js';
import { decisionLabel } from './semantic.js';

export interface PrinciplesCsvOptions {
  locale: Locale;
  /** A site's string overrides (headings, decision words, yes/no). */
  strings?: Partial<Strings>;
  /**
   * The project's ATP grid, when there is one: links then read the items' current wording and say which were
   * removed. Without it, each link reads as the wording it kept.
   */
  atp?: AtpData;
}

/** The word for an evaluation's effect in the user's language. */
export function effectLabel(effect: EvaluationEffect, s: Strings): string {
  return effect === 'better'
    ? s.principlesEvaluationBetter
    : effect === 'worse'
      ? s.principlesEvaluationWorse
      : s.principlesEvaluationUnchanged;
}

/**
 * Each link of a proposal in words: "group › item", its group named by the grid (else the config's groups, else
 * its id), its item by its current wording, or, removed from the grid, by the wording it had, marked as removed.
 */
export function describeItemLinks(
  links: readonly ItemLink[],
  groups: ReadonlyMap<string, string>,
  s: Strings,
  atp?: AtpData,
): string[] {
  if (!atp) return links.map((l) => s.principlesItemLink(groups.get(l.group) ?? l.group, l.text ?? l.item));
  return resolveItemLinks(atp, links).map((r) =>
    r.status === 'found'
      ? s.principlesItemLink(r.group.label, r.item.text)
      : s.principlesItemLink(
          r.group?.label ?? groups.get(r.link.group) ?? r.link.group,
          s.principlesItemRemoved(r.text),
        ),
  );
}

/**
 * The proposals, one row each in register order: id, text, proposed by (the group's label when the id is a
 * group of the config, else the text as stored), date, decision (its word), rejection reason, carried out
 * (yes/no, yes only for an accepted proposal), the date carried out, the grid items it answers (one a line,
 * see describeItemLinks) and, carried out, the evaluation of its result (effect, note, date). The CSV dialect is toCsv's: a BOM,
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
      s.principlesCsvItems,
      s.principlesCsvEvaluation,
      s.principlesCsvEvaluationNote,
      s.principlesCsvEvaluationDate,
    ],
  ];
  for (const p of data.proposals) {
    const done = isDone(p);
    // An evaluation kept from before a proposal was reopened is in the JSON, not in the sheet of results.
    const evaluation = done ? p.evaluation : undefined;
    rows.push([
      p.id,
      p.text,
      labels.get(p.proposedBy) ?? p.proposedBy,
      p.date,
      decisionLabel(p.decision, s),
      p.decision === 'rejected' ? (p.rejectionReason ?? '') : '',
      done ? s.principlesYes : s.principlesNo,
      done ? (p.doneDate ?? '') : '',
      describeItemLinks(p.items ?? [], labels, s, options.atp).join('\n'),
      evaluation ? effectLabel(evaluation.effect, s) : '',
      evaluation?.note ?? '',
      evaluation?.date ?? '',
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
