/**
 * The validated versions reopened since (the responses' `history`), newest first: when each was validated and by
 * whom, and when it was reopened. Shown on the validate step; the exports carry their answers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionnaireValidateStrings, Responses } from '../../core/index.js';

export interface HistoryViewContext {
  responses: Responses;
  s: QuestionnaireValidateStrings;
  /** A date as the interface's language writes it. */
  format(date: Date): { date: string; time: string };
}

/** Who signed a result off, as the validation sentence says it: "Anne Martin (directrice)". */
export const signer = (by: { name?: string; role?: string } | undefined): string =>
  [by?.name, by?.role && `(${by.role})`].filter(Boolean).join(' ');

export function renderHistory({ responses, s, format }: HistoryViewContext): TemplateResult | typeof nothing {
  const history = responses.history ?? [];
  if (!history.length) return nothing;
  return html`<section class="history" aria-labelledby="history-heading">
    <h4 id="history-heading">${s.historyHeading}</h4>
    <ul>
      ${[...history].reverse().map((record) => {
        const at = format(new Date(record.validatedAt));
        const reopened = format(new Date(record.reopenedAt));
        return html`<li>${s.historyEntry(at.date, at.time, signer(record.validatedBy), reopened.date)}</li>`;
      })}
    </ul>
    <p class="help">${s.historyKept}</p>
  </section>`;
}
