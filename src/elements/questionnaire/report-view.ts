/**
 * The print report: what the browser prints instead of the screen view (title, date, the global result, the
 * section table and every answer with its comment), with no controls.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { answerLabel, scaleOf, type AnswerValue, type Question, type Responses } from '../../core/runtime.js';
import { renderResultSummary, renderResultTable, type ResultSummaryContext } from './result-view.js';

/** The styles of this part, adopted by the element when it first renders it. */
export { resultStyles } from './result.styles.js';

export interface ReportViewContext extends ResultSummaryContext {
  responses: Responses;
  /** A date as the interface's language writes it. */
  format(date: Date): { date: string; time: string };
}

export function renderReport(ctx: ReportViewContext): TemplateResult {
  const { model, responses, s } = ctx;
  const saved = ctx.format(new Date(responses.validatedAt ?? responses.updatedAt));
  const labelOf = (question: Question, value: AnswerValue) => answerLabel(scaleOf(model, question), value) || '—';
  return html`<article class="report" lang=${ctx.locale}>
    <h2 class="title">${model.title}</h2>
    <p>${s.savedAt(saved.date, saved.time)}</p>
    ${renderResultSummary(ctx)} ${renderResultTable(ctx)}
    ${model.sections.map(
      (section, si) =>
        html`<section>
          <h3>${si + 1}. ${section.title}</h3>
          <dl>
            ${section.subsections.flatMap((sub) =>
              sub.questions.map((q) => {
                const answer = responses.answers[q.id];
                return html`<dt>${q.label}</dt>
                  <dd>
                    ${answer ? labelOf(q, answer.value) : '—'}${
                      answer?.comment ? html`<br /><em>${answer.comment}</em>` : nothing
                    }
                  </dd>`;
              }),
            )}
          </dl>
        </section>`,
    )}
  </article>`;
}
