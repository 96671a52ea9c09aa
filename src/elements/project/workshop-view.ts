/**
 * What the workshop mode of <coop-project> shows above the project's widgets: the connection under way, a link
 * that does not work, the participant's join form, the participant's status line, and the facilitator's view
 * (who joined and how far each has got, and where the common representation is). Texts from the server and
 * the participants are bound as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WorkshopStrings as Strings } from '../../core/workshop.js';

/** One participant's row in the facilitator's view; `undefined` progress: that document does not exist yet. */
export interface ParticipantRow {
  id: string;
  name: string;
  group: string;
  grid?: { items: number; complete: number; total: number } | 'unreadable';
  answers?: number | 'unreadable';
}

export type WorkshopViewContext =
  | { s: Strings; kind: 'connecting' }
  | { s: Strings; kind: 'error'; message: string }
  | {
      s: Strings;
      kind: 'join';
      workshop: string;
      /** The grid's stakeholder groups; none: the group is typed. */
      groups: string[];
      busy: boolean;
      error?: string;
      onJoin(name: string, group: string): void;
    }
  | { s: Strings; kind: 'participant'; workshop: string; name: string; group: string }
  | { s: Strings; kind: 'facilitator'; workshop: string; live: boolean; rows: ParticipantRow[]; grids: number };

export function renderWorkshop(ctx: WorkshopViewContext): TemplateResult {
  const { s } = ctx;
  switch (ctx.kind) {
    case 'connecting':
      return html`<p class="notice" part="workshop" role="status">${s.wsConnecting}</p>`;
    case 'error':
      return html`<div class="error-panel" part="workshop error" role="alert">
        <p class="error-title" tabindex="-1">${ctx.message}</p>
      </div>`;
    case 'join':
      return renderJoin(ctx);
    case 'participant':
      return html`<p class="notice workshop-status" part="workshop" tabindex="-1">
        ${s.wsParticipantStatus(ctx.workshop, ctx.name, ctx.group)}
      </p>`;
    case 'facilitator':
      return renderFacilitator(ctx);
  }
}

function renderJoin(ctx: Extract<WorkshopViewContext, { kind: 'join' }>): TemplateResult {
  const { s } = ctx;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    ctx.onJoin(String(data.get('name') ?? ''), String(data.get('group') ?? ''));
  };
  return html`<form class="workshop-join" part="workshop join" aria-labelledby="ws-join-title" @submit=${submit}>
    <h2 id="ws-join-title">${s.wsJoinTitle(ctx.workshop)}</h2>
    <p>${s.wsJoinIntro}</p>
    ${
      ctx.error
        ? html`<div class="error-panel" part="error" role="alert"><p class="error-title">${ctx.error}</p></div>`
        : nothing
    }
    <p class="field">
      <label for="ws-name">${s.wsName}</label>
      <input id="ws-name" name="name" required maxlength="80" autocomplete="name" />
    </p>
    <p class="field">
      <label for="ws-group">${s.wsGroup}</label>
      ${
        ctx.groups.length
          ? html`<select id="ws-group" name="group" required>
              ${ctx.groups.map((g) => html`<option value=${g}>${g}</option>`)}
            </select>`
          : html`<input id="ws-group" name="group" required maxlength="80" />`
      }
    </p>
    <p>
      <button type="submit" class="button button--primary" part="button" ?disabled=${ctx.busy}>${s.wsJoin}</button>
    </p>
  </form>`;
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

function renderFacilitator(ctx: Extract<WorkshopViewContext, { kind: 'facilitator' }>): TemplateResult {
  const { s, rows } = ctx;
  return html`<section class="workshop-facilitator" part="workshop" aria-labelledby="ws-title">
    <h2 id="ws-title">${s.wsFacilitatorTitle(ctx.workshop)}</h2>
    <p class="notice" role="status">${ctx.live ? s.wsLive : s.wsReconnecting}</p>
    ${
      rows.length
        ? html`<div class="table-scroll" role="region" aria-labelledby="ws-caption" tabindex="0">
            <table part="participants">
              <caption id="ws-caption">
                ${s.wsParticipantsCaption(rows.length)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${s.wsColName}</th>
                  <th scope="col">${s.wsColGroup}</th>
                  <th scope="col">${s.wsColGrid}</th>
                  <th scope="col">${s.wsColQuestionnaire}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (row) =>
                    html`<tr data-participant=${row.id}>
                      <th scope="row">${row.name}</th>
                      <td>${row.group}</td>
                      <td>${gridCell(s, row)}</td>
                      <td>${answersCell(s, row)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${s.wsNoParticipants}</p>`
    }
    <p>${ctx.grids >= 2 ? s.wsSynthesis(ctx.grids) : s.wsSynthesisWaiting}</p>
  </section>`;
}
