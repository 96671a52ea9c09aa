/**
 * The facilitator's view: whether the live stream is up, who joined and how far each has got (with each one's
 * access buttons), the access panel, where the common representation is, and the collective outputs. Texts
 * from the server and the participants are bound as text.
 */
import { html, type TemplateResult } from 'lit';
import type { WorkshopStrings as Strings } from '../../core/workshop.js';
import { cellLabel } from '../shared/cell-label.js';
import { renderAccess, renderRowAccess, type AccessViewState } from './workshop-access-view.js';

/** One participant's row in the facilitator's view; `undefined` progress: that document does not exist yet. */
export interface ParticipantRow {
  id: string;
  name: string;
  group: string;
  /** Revoked, as the server's overview says (it survives a reload). */
  revoked?: boolean;
  grid?: { items: number; complete: number; total: number } | 'unreadable';
  answers?: number | 'unreadable';
}

export interface FacilitatorViewContext {
  s: Strings;
  kind: 'facilitator';
  workshop: string;
  live: boolean;
  rows: ParticipantRow[];
  grids: number;
  access: AccessViewState;
  /** The collective outputs' section (workshop-outputs.ts). */
  outputs: TemplateResult;
}

function gridCell(s: Strings, row: ParticipantRow): string {
  if (row.grid === undefined) return s.wsNotStarted;
  if (row.grid === 'unreadable') return s.wsUnreadable;
  return s.wsGridProgress(row.grid.items, row.grid.complete, row.grid.total);
}

function answersCell(s: Strings, row: ParticipantRow): string {
  if (row.answers === undefined) return s.wsNotStarted;
  return row.answers === 'unreadable' ? s.wsUnreadable : s.wsAnswers(row.answers);
}

export function renderFacilitator(ctx: FacilitatorViewContext): TemplateResult {
  const { s, rows } = ctx;
  return html`<section class="workshop-facilitator" part="workshop" aria-labelledby="ws-title">
      <h2 id="ws-title">${s.wsFacilitatorTitle(ctx.workshop)}</h2>
      <p class="notice" role="status">${ctx.live ? s.wsLive : s.wsReconnecting}</p>
      ${
        rows.length
          ? html`<div class="table-scroll" role="region" aria-labelledby="ws-caption" tabindex="0">
              <table class="cards-when-narrow" part="participants">
                <caption id="ws-caption">
                  ${s.wsParticipantsCaption(rows.length)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${s.wsColName}</th>
                    <th scope="col">${s.wsColGroup}</th>
                    <th scope="col">${s.wsColGrid}</th>
                    <th scope="col">${s.wsColQuestionnaire}</th>
                    <th scope="col">${s.wsColAccess}</th>
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(
                    (row) =>
                      html`<tr data-participant=${row.id}>
                        <th scope="row">${row.name}</th>
                        <td>${cellLabel(s.wsColGroup)}${row.group}</td>
                        <td>${cellLabel(s.wsColGrid)}${gridCell(s, row)}</td>
                        <td>${cellLabel(s.wsColQuestionnaire)}${answersCell(s, row)}</td>
                        <td>${cellLabel(s.wsColAccess)}${renderRowAccess(s, ctx.access, row)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p>${s.wsNoParticipants}</p>`
      }
      <p>${ctx.grids >= 2 ? s.wsSynthesis(ctx.grids) : s.wsSynthesisWaiting}</p>
      ${renderAccess(s, ctx.access)}
    </section>
    ${ctx.outputs}`;
}
