/** What changed since the previous report: a table of the figures that moved, before and now. */
import { html, nothing, type TemplateResult } from 'lit';
import { PART_IDS, type ReportViewContext } from './context.js';

export function renderChanges({ report, s, date }: ReportViewContext): TemplateResult | typeof nothing {
  const ch = report.changes;
  if (!ch) return nothing;
  return html`<section class="part" aria-labelledby=${PART_IDS.changes}>
    <h2 id=${PART_IDS.changes}>${s.reportChanges}</h2>
    <p>${s.reportChangesSince(date(ch.since))}</p>
    ${
      ch.items.length
        ? html`<div class="table-scroll" role="region" tabindex="0" aria-label=${s.reportChangesCaption}>
            <table>
              <caption>
                ${s.reportChangesCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${s.reportColumnWhat}</th>
                  <th scope="col">${s.reportColumnBefore}</th>
                  <th scope="col">${s.reportColumnAfter}</th>
                </tr>
              </thead>
              <tbody>
                ${ch.items.map(
                  (x) =>
                    html`<tr>
                      <th scope="row">${x.label}</th>
                      <td>${x.before}</td>
                      <td>${x.after}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${s.reportChangesNone}</p>`
    }
  </section>`;
}
