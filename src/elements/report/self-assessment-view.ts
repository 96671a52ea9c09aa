/** The self-assessment: score, level and caps, the sections as a chart and a table, recommendations, unanswered questions, validation. */
import { html, nothing, type TemplateResult } from 'lit';
import { PART_IDS, type ReportViewContext } from './context.js';
import { renderSectionsChart } from './chart-view.js';

export function renderSelfAssessment({ report, s, date }: ReportViewContext): TemplateResult {
  const sa = report.selfAssessment;
  const heading = html`<h2 id=${PART_IDS.selfAssessment}>${s.reportSelfAssessment}</h2>`;
  if (!sa)
    return html`<section class="part">
      ${heading}
      <p>${s.reportPartMissing}</p>
    </section>`;
  const v = sa.validation;
  return html`<section class="part" aria-labelledby=${PART_IDS.selfAssessment}>
    ${heading}
    <p class="subtitle">${sa.title}</p>
    <dl class="score">
      <dt>${s.reportGlobalScore}</dt>
      <dd><strong>${sa.score === null ? s.reportNoScore : s.reportScoreOutOf(sa.score)}</strong></dd>
      ${
        sa.band
          ? html`<dt>${s.reportBand}</dt>
              <dd><strong>${sa.band.label}</strong></dd>`
          : nothing
      }
    </dl>
    ${sa.provisional ? html`<p class="note">${s.reportProvisional(sa.scoredAnswers, sa.total)}</p>` : nothing}
    ${sa.band?.recommendation ? html`<p>${sa.band.recommendation}</p>` : nothing}
    ${sa.caps.map((cap) => html`<p class="note">${cap}</p>`)}
    <p>${s.reportCompletion(sa.answered, sa.total)}</p>

    <h3>${s.reportSections}</h3>
    ${renderSectionsChart(sa.sections, s.reportChartCaption, 'report-chart-caption')}
    <div class="table-scroll" role="region" tabindex="0" aria-label=${s.reportTableCaption}>
      <table>
        <caption>
          ${s.reportTableCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.columnSection}</th>
            <th scope="col">${s.columnScore}</th>
            <th scope="col">${s.columnBand}</th>
            <th scope="col">${s.columnCompletion}</th>
          </tr>
        </thead>
        <tbody>
          ${sa.sections.map(
            (x) =>
              html`<tr>
                <th scope="row">${x.title}</th>
                <td class="num">${x.score === null ? s.notScored : x.score}</td>
                <td>${x.band ?? '—'}</td>
                <td class="num">${s.percent(x.completion)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>

    <h3>${s.reportRecommendations}</h3>
    ${
      sa.recommendations.length
        ? html`<ol class="recommendations">
            ${sa.recommendations.map(
              (r) =>
                html`<li>
                  <strong>${r.section}</strong> — ${s.reportScoreOutOf(r.score)},
                  ${r.band}${r.text ? html`<br />${r.text}` : nothing}
                </li>`,
            )}
          </ol>`
        : html`<p>${s.reportNoRecommendation}</p>`
    }

    <h3>${sa.unanswered.length ? s.reportUnanswered(sa.unanswered.length) : s.reportAllAnswered}</h3>
    ${
      sa.unanswered.length
        ? html`<ul>
            ${sa.unanswered.map((q) => html`<li>${q.label} <span class="small">(${q.section})</span></li>`)}
          </ul>`
        : nothing
    }

    <h3>${s.reportValidation}</h3>
    <p>${v.status === 'validated' ? s.reportValidated(v.at ? date(v.at) : '', v.by) : s.reportNotValidated}</p>
    ${v.frozen ? html`<p>${s.reportFrozen}</p>` : nothing}
  </section>`;
}
