/** The principles with their status and evidence; both halves of the promoter's commitment; the register of proposals. */
import { html, type TemplateResult } from 'lit';
import type { ReportCommitmentHalf } from '../../core/index.js';
import { labelledCell, PART_IDS, type ReportViewContext } from './context.js';

function half(label: string, h: ReportCommitmentHalf): TemplateResult {
  return html`<dt>${label}</dt>
    <dd>${h.sentence ?? '—'}</dd>`;
}

export function renderPrinciples({ report, s, date }: ReportViewContext): TemplateResult {
  /** Whether an accepted proposal was carried out (when, if known); nothing for one not accepted. */
  const done = (p: { done: boolean; doneDate?: string | undefined; decision: string }): string =>
    p.done ? (p.doneDate ? date(p.doneDate) : s.principlesYes) : p.decision === 'accepted' ? s.principlesNo : '';
  const pr = report.principles;
  const heading = html`<h2 id=${PART_IDS.principles}>${s.reportPrinciples}</h2>`;
  if (!pr)
    return html`<section class="part">
      ${heading}
      <p>${s.reportPartMissing}</p>
    </section>`;
  const c = pr.commitment;
  return html`<section class="part" aria-labelledby=${PART_IDS.principles}>
    ${heading}
    <p class="subtitle">${pr.title}</p>
    <p>${s.reportProgress(pr.inPlace, pr.total)}</p>
    <div class="table-scroll" role="region" tabindex="0" aria-label=${s.reportPrinciplesCaption}>
      <table class="wide cards-when-narrow">
        <caption>
          ${s.reportPrinciplesCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.reportColumnPrinciple}</th>
            <th scope="col">${s.reportColumnStatus}</th>
            <th scope="col">${s.reportColumnEvidence}</th>
            <th scope="col">${s.reportColumnOwner}</th>
            <th scope="col">${s.reportColumnDue}</th>
          </tr>
        </thead>
        <tbody>
          ${pr.items.map(
            (p) =>
              html`<tr class=${`status status--${p.kind}`}>
                <th scope="row">${p.number}. ${p.text}</th>
                ${labelledCell(s.reportColumnStatus, p.status)} ${labelledCell(s.reportColumnEvidence, p.evidence)}
                ${labelledCell(s.reportColumnOwner, p.owner)}
                ${labelledCell(s.reportColumnDue, p.dueDate ? date(p.dueDate) : '')}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>

    <h3>${s.reportCommitment}</h3>
    ${
      c.proposals
        ? html`<dl class="commitment">
            ${half(s.reportCommitmentMade, c.made)} ${half(s.reportCommitmentKept, c.kept)}
          </dl>`
        : html`<p>${c.summary}</p>`
    }

    <h3>${s.reportRegister}</h3>
    ${
      pr.proposals.length
        ? html`<div class="table-scroll" role="region" tabindex="0" aria-label=${s.reportRegisterCaption}>
            <table class="wide cards-when-narrow">
              <caption>
                ${s.reportRegisterCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${s.reportColumnProposal}</th>
                  <th scope="col">${s.reportColumnProposedBy}</th>
                  <th scope="col">${s.reportColumnDate}</th>
                  <th scope="col">${s.reportColumnDecision}</th>
                  <th scope="col">${s.reportColumnDone}</th>
                  <th scope="col">${s.reportColumnReason}</th>
                </tr>
              </thead>
              <tbody>
                ${pr.proposals.map(
                  (p) =>
                    html`<tr>
                      <th scope="row">${p.text}</th>
                      ${labelledCell(s.reportColumnProposedBy, p.proposedBy)}
                      ${labelledCell(s.reportColumnDate, p.date ? date(p.date) : '')}
                      ${labelledCell(s.reportColumnDecision, p.decisionLabel)}
                      ${labelledCell(s.reportColumnDone, done(p))} ${labelledCell(s.reportColumnReason, p.reason)}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${s.reportRegisterEmpty}</p>`
    }
  </section>`;
}
