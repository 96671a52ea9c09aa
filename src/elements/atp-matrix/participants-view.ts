/**
 * The participants' grids of <coop-atp-matrix>: the "Add participants' grids" file control (several files at once),
 * a clear error per file that could not be added, and who is included, each with a button to remove them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { addAtpMatrixPartsStrings } from '../../core/catalogs/atp-matrix-parts.js';
import { addParticipantFilesStrings } from '../../core/catalogs/participant-files.js';
import { addConfigIssueWording } from '../../core/catalogs/config-issues.js';
import type { Strings } from '../../core/runtime.js';
import type { ParticipantsController } from './participants-controller.js';

// Its French strings, with it: out of the first paint. And the words of a grid's problems, which it shows.
addAtpMatrixPartsStrings();
addParticipantFilesStrings();
addConfigIssueWording();

/** Its styles, adopted when it loads (lazy-styles.ts). */
export { plansStyles as styles } from './plans.styles.js';

/** Loaded after the first paint with its view: the element makes it once this module loads. */
export { ParticipantsController } from './participants-controller.js';

export interface ParticipantsViewContext {
  s: Strings;
  participants: Pick<ParticipantsController, 'errors' | 'names' | 'onFiles' | 'remove'>;
}

export function renderParticipants(ctx: ParticipantsViewContext): TemplateResult {
  const { s, participants } = ctx;
  const names = participants.names();
  return html`<section class="participants screen-only" part="participants" aria-labelledby="participants-heading">
    <h3 id="participants-heading">${s.amParticipantsHeading}</h3>
    <p class="help" id="participants-help">${s.amParticipantsHelp}</p>
    <p class="field">
      <label for="participant-files">${s.amAddParticipants}</label>
      <input
        id="participant-files"
        class="input"
        type="file"
        accept=".json,application/json"
        multiple
        aria-describedby="participants-help"
        @change=${participants.onFiles}
      />
    </p>
    ${
      participants.errors.length
        ? html`<div class="warning" role="alert">
            <ul>
              ${participants.errors.map((e) => html`<li>${e}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    ${
      names.length
        ? html`<ul class="participants-list">
              ${names.map(
                (name, i) =>
                  html`<li class="participant">
                    <span id="participant-${i}">${name}</span>
                    <button
                      type="button"
                      class="link remove-participant"
                      id="remove-participant-${i}"
                      aria-labelledby="remove-participant-${i} participant-${i}"
                      @click=${() => participants.remove(i)}
                    >
                      ${s.amRemoveGroup}
                    </button>
                  </li>`,
              )}
            </ul>
            ${names.length < 2 ? html`<p class="muted">${s.amParticipantsNeedTwo}</p>` : nothing}`
        : html`<p class="muted">${s.amParticipantsNone}</p>`
    }
  </section>`;
}
