/**
 * What the workshop mode of <coop-project> shows above the project's widgets: the connection under way, a link
 * that does not work, the participant's join form, the participant's status line, and the facilitator's view
 * (workshop-facilitator-view.ts). Texts from the server and the participants are bound as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WorkshopStrings as Strings } from '../../core/workshop.js';
import { renderFacilitator, type FacilitatorViewContext } from './workshop-facilitator-view.js';

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
  | { s: Strings; kind: 'participant'; workshop: string; name: string; group: string; outputs: TemplateResult }
  | FacilitatorViewContext;

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
        </p>
        ${ctx.outputs}`;
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
