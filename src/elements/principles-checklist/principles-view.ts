/**
 * The principles side of the checklist: the progress summary, the nine principles (status, evidence, owner,
 * due date) with their links to the project's other widgets, and the commitment panel around the register.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  type CommitmentHalf,
  type CommitmentSentences,
  principleStatus,
  type PrinciplesAssessment,
  type PrinciplesConfig,
  type PrinciplesData,
  type Strings,
} from '../../core/runtime.js';
import { renderLegend } from '../shared/legend.js';

export type PrincipleField = 'evidence' | 'owner' | 'dueDate';

/**
 * The value of the "not assessed yet" choice, as a status filter: no status id of a config can take it (ids are
 * letters, digits and dashes). As a status choice, the radio's value is '' (the status cleared).
 */
export const NOT_ASSESSED = '__not-assessed';

export interface PrinciplesViewContext {
  model: PrinciplesConfig;
  data: PrinciplesData;
  assessment: PrinciplesAssessment;
  s: Strings;
  /** The config's language when it differs from the widget's. */
  lang: string | undefined;
  locked: boolean;
  /** The status the principles are filtered by ('' for all, NOT_ASSESSED for those nobody has assessed). */
  statusFilter: string;
  /**
   * In a project, what the other widgets say about a principle (project-links.ts, loaded once the checklist is in
   * one); `undefined` alone, and while that part loads.
   */
  links: ((principle: Principle) => TemplateResult | typeof nothing) | undefined;
  /** Each half of the commitment (made, kept) in words; `null` while no proposal is recorded. */
  commitment: CommitmentSentences | null;
  percent(value: number): string;
  onStatusFilter(status: string): void;
  /** A status chosen; `statusId` '' takes the principle back to "not assessed yet". */
  onStatus(principleId: string, number: number, statusId: string, label: string): void;
  onField(principleId: string, field: PrincipleField, event: Event): void;
}

export type Principle = PrinciplesConfig['principles'][number];

export function renderSummary(ctx: PrinciplesViewContext): TemplateResult {
  const { s } = ctx;
  const p = ctx.assessment.progress;
  return html`<section class="summary" part="summary" aria-labelledby="progress-heading">
    <h3 id="progress-heading">${s.pcProgressHeading}</h3>
    <p id="progress-text">${s.pcProgressText(p.inPlace, p.total, p.inProgress, p.notStarted, p.notAssessed)}</p>
    <progress max=${p.total} .value=${p.inPlace} aria-labelledby="progress-heading" aria-describedby="progress-text">
      ${ctx.percent(p.percentInPlace)}
    </progress>
  </section>`;
}

export function renderPrinciples(ctx: PrinciplesViewContext): TemplateResult {
  const { model, data, s, lang, statusFilter } = ctx;
  const shown = model.principles.filter(
    (p) => !statusFilter || (principleStatus(model, data, p.id)?.id ?? NOT_ASSESSED) === statusFilter,
  );
  return html`<section class="principles" aria-labelledby="principles-heading">
    <h3 id="principles-heading">${s.pcPrinciplesHeading(model.principles.length)}</h3>
    <p class="field field--inline screen-only">
      <label for="status-filter">${s.pcFilterStatus}</label>
      <select id="status-filter" @change=${(e: Event) => ctx.onStatusFilter((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!statusFilter}>${s.pcAllStatuses}</option>
        <option value=${NOT_ASSESSED} ?selected=${statusFilter === NOT_ASSESSED}>
          ${s.principlesStatusNotAssessed}
        </option>
        ${model.statuses.map(
          (st) => html`<option value=${st.id} ?selected=${statusFilter === st.id}>${st.label}</option>`,
        )}
      </select>
    </p>
    ${renderLegend(s.pcStatusesHelp, [{ levels: model.statuses }], lang)}
    ${
      shown.length
        ? html`<ol class="principle-list">
            ${repeat(
              shown,
              (p) => p.id,
              (p) => renderPrinciple(ctx, p),
            )}
          </ol>`
        : html`<p class="notice">${s.pcNoPrincipleMatch}</p>`
    }
  </section>`;
}

function renderPrinciple(ctx: PrinciplesViewContext, p: Principle): TemplateResult {
  const { model, data, s, lang } = ctx;
  const state = data.principles[p.id];
  const status = principleStatus(model, data, p.id);
  const kind = status?.kind ?? 'not-assessed';
  const ro = ctx.locked;
  // The library's "not assessed yet" first, then the config's statuses: a principle starts unassessed, and can
  // be taken back there.
  const choices = [{ id: '', label: s.principlesStatusNotAssessed }, ...model.statuses];
  const current = status?.id ?? '';
  const hasDetails = !!(state?.evidence || state?.owner || state?.dueDate);
  return html`<li class="principle principle--${kind}" part="principle principle--${kind}" id="principle-${p.id}">
    <h4 class="principle-title" tabindex="-1" lang=${ifDefined(lang)}>
      <span class="principle-number">${s.pcPrincipleNumber(p.number)}</span>
      <span class="principle-text">${p.text}</span>
    </h4>
    ${p.explanation ? html`<p class="help" lang=${ifDefined(lang)}>${p.explanation}</p>` : nothing}
    ${ctx.links ? ctx.links(p) : nothing}
    <fieldset class="statuses" part="status">
      <legend>${s.pcStatusLegend(p.number)}</legend>
      <div class="status-options">
        ${choices.map(
          (st) =>
            html`<label class=${st.id === current ? 'option option--selected' : 'option'}>
              <input
                type="radio"
                name="status-${p.id}"
                .value=${st.id}
                .checked=${live(st.id === current)}
                ?disabled=${ro}
                @change=${() => ctx.onStatus(p.id, p.number, st.id, st.label)}
              />
              <span>${st.label}</span>
            </label>`,
        )}
      </div>
    </fieldset>
    <details class="principle-details" ?open=${hasDetails}>
      <summary>${s.pcDetails}</summary>
      <div class="details-grid">
        <p class="field field--wide">
          <label for="evidence-${p.id}">${s.pcEvidence}</label>
          <textarea
            id="evidence-${p.id}"
            rows="2"
            .value=${live(state?.evidence ?? '')}
            ?readonly=${ro}
            @input=${(e: Event) => ctx.onField(p.id, 'evidence', e)}
          ></textarea>
        </p>
        <p class="field">
          <label for="owner-${p.id}">${s.pcOwner}</label>
          <input
            id="owner-${p.id}"
            class="input"
            type="text"
            autocomplete="off"
            .value=${live(state?.owner ?? '')}
            ?readonly=${ro}
            @input=${(e: Event) => ctx.onField(p.id, 'owner', e)}
          />
        </p>
        <p class="field">
          <label for="due-${p.id}">${s.pcDueDate}</label>
          <input
            id="due-${p.id}"
            class="input"
            type="date"
            .value=${live(state?.dueDate ?? '')}
            ?readonly=${ro}
            @change=${(e: Event) => ctx.onField(p.id, 'dueDate', e)}
          />
        </p>
      </div>
    </details>
  </li>`;
}

/** One half of the commitment: its gauge against the threshold, and its sentence. */
function renderHalf(
  ctx: PrinciplesViewContext,
  half: CommitmentHalf,
  id: 'commitment' | 'commitment-kept',
  label: string,
  sentence: string,
): TemplateResult {
  const { s } = ctx;
  const c = ctx.assessment.commitment;
  // The threshold mark's position is a custom property set through the CSSOM: a strict CSP blocks style=.
  const markThreshold = (el?: Element) => {
    if (el instanceof HTMLElement) el.style.setProperty('--_threshold', `${c.threshold}%`);
  };
  const state = half.met === null ? 'none' : half.met ? 'met' : 'not-met';
  // Rounded down when not met: 59.99 % must never read "60 %" beside "not met".
  const shown = half.rate !== null && half.met === false ? Math.floor(half.rate * 10) / 10 : half.rate;
  const rateText = shown === null ? s.pcNoRate : ctx.percent(shown);
  // Not made is the promoter's warning; not kept yet is where the project stands while it carries them out.
  const warn = id === 'commitment' && half.met === false;
  return html`<div class="gauge gauge--${state}" part="gauge">
      <label for="${id}-meter">${label}</label>
      <div class="gauge-track" ${ref(markThreshold)}>
        <meter
          id="${id}-meter"
          min="0"
          max="100"
          low=${c.threshold}
          high=${c.threshold}
          optimum="100"
          .value=${half.rate ?? 0}
          aria-valuetext=${rateText}
          aria-describedby="${id}-sentence"
        >
          ${rateText}
        </meter>
        <span class="gauge-mark" aria-hidden="true"></span>
      </div>
      <p class="gauge-legend">
        <span class="gauge-value">${rateText}</span>
        <span>${s.pcThreshold(ctx.percent(c.threshold))}</span>
      </p>
    </div>
    <p
      id="${id}-sentence"
      class=${warn ? `${id} ${id}--not-met warning` : `${id} ${id}--${state}`}
      part=${ifDefined(warn ? 'commitment-warning' : undefined)}
    >
      ${sentence}
    </p>`;
}

/**
 * The prerequisite: the promoter's commitment to carry out at least the threshold's share of the proposals the
 * stakeholders state, in two halves — made (proposals retained for implementation) and kept (carried out) —
 * each with its gauge and its sentence, then the register.
 */
export function renderPrerequisite(ctx: PrinciplesViewContext, register: TemplateResult): TemplateResult {
  const { model, s, lang } = ctx;
  const c = ctx.assessment.commitment;
  const words = ctx.commitment;
  return html`<section class="prerequisite" part="prerequisite" aria-labelledby="prerequisite-heading">
    <h3 id="prerequisite-heading">${s.pcPrerequisiteHeading(ctx.percent(c.threshold))}</h3>
    <p lang=${ifDefined(lang)}>${model.prerequisite.text}</p>
    ${
      model.prerequisite.explanation
        ? html`<p class="help" lang=${ifDefined(lang)}>${model.prerequisite.explanation}</p>`
        : nothing
    }
    ${renderHalf(ctx, c.made, 'commitment', s.pcGaugeLabel, words?.made ?? s.principlesCommitmentNone)}
    ${words ? renderHalf(ctx, c.kept, 'commitment-kept', s.pcGaugeKeptLabel, words.kept) : nothing} ${register}
  </section>`;
}
