/** The report's cover: the project, its partners and groups, who took part, the contents used, the contents. */
import { html, nothing, type TemplateResult } from 'lit';
import { PART_IDS, type ReportViewContext } from './context.js';

function fact(term: string, value: TemplateResult | string): TemplateResult {
  return html`<dt>${term}</dt>
    <dd>${value}</dd>`;
}

export function renderCover({ report, s, date }: ReportViewContext): TemplateResult {
  const c = report.cover;
  const parts: [string, string, boolean][] = [
    [PART_IDS.selfAssessment, s.reportSelfAssessment, true],
    [PART_IDS.representation, s.reportRepresentation, true],
    [PART_IDS.principles, s.reportPrinciples, true],
    [PART_IDS.changes, s.reportChanges, report.changes !== undefined],
  ];
  return html`<header class="cover">
    <p class="kind">${s.reportTitle}</p>
    <h1>${c.title}</h1>
    <p class="date">${s.reportGeneratedOn(date(report.generatedAt))}</p>
    <dl class="facts" aria-label=${s.reportCoverFacts}>
      ${c.partners.length ? fact(s.reportPartners, c.partners.join(', ')) : nothing}
      ${c.groups.length ? fact(s.reportGroups, c.groups.map((g) => g.label).join(', ')) : nothing}
      ${
        c.participants.length
          ? fact(
              s.reportParticipants,
              html`<ul>
                ${c.participants.map((p) => html`<li>${s.reportParticipantsOf(p.group, p.count)}</li>`)}
              </ul>`,
            )
          : nothing
      }
      ${c.validatedBy ? fact(s.reportValidatedBy, c.validatedBy) : nothing}
      ${
        c.contents.length
          ? fact(
              s.reportContents,
              html`<ul>
                ${c.contents.map((x) => html`<li>${s.reportContentVersion(x.title, x.id, x.version)}</li>`)}
              </ul>`,
            )
          : nothing
      }
    </dl>
    ${c.library ? html`<p class="small">${s.reportLibrary(c.library)}</p>` : nothing}
    <p class="ours">${s.reportOurs}</p>
    <nav aria-labelledby="report-toc">
      <h2 id="report-toc" class="toc-title">${s.reportToc}</h2>
      <ol>
        ${parts.filter(([, , shown]) => shown).map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}
      </ol>
    </nav>
  </header>`;
}
