/**
 * What publishing does to the grids and checklists already stored: the reports of atpChanges() and
 * principlesChanges() (the core runs the widgets' own readings), with the offer to keep an id that looks
 * renamed. These configs have no version number: the stored data is read with the new one at once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AtpChanges, ConfigEditorStrings, PrinciplesChanges } from '../../core/index.js';

interface Named {
  id: string;
  label: string;
}

const list = (items: Named[]) =>
  html`<ul>
    ${items.map((x) => html`<li><code>${x.id}</code>${` — ${x.label}`}</li>`)}
  </ul>`;

const line = (shown: boolean, text: string, items: Named[] | undefined, problem: boolean) =>
  shown
    ? html`<p class=${problem ? 'problem' : ''}>${text}</p>
        ${items?.length ? list(items) : nothing}`
    : nothing;

const keep = (text: string, label: string, onKeep: () => void) =>
  html`<p>
    ${text}
    <button type="button" class="button" part="button" data-action="keep" @click=${onKeep}>${label}</button>
  </p>`;

export function renderAtpReport(
  s: ConfigEditorStrings,
  changes: AtpChanges,
  onKeep: (from: string, to: string) => void,
): TemplateResult {
  return html`<div class="report" part="report">
    <p>${s.ceNoVersionField}</p>
    ${!changes.affectsData ? html`<p>${s.ceNoChange}</p>` : nothing}
    ${line(changes.idChanged, s.ceIdChanged, undefined, true)}
    ${line(changes.removedGroups.length > 0, s.ceGroupsRemovedAtp(changes.removedGroups.length), changes.removedGroups, false)}
    ${changes.renamedGroups.map((r) =>
      keep(s.ceGroupsRenamed(r.from, r.to), s.ceKeepGroupId(r.from), () => onKeep(r.from, r.to)),
    )}
    ${line(changes.loweredIntensity.length > 0, s.ceLowered(s.ceIntensity, changes.loweredIntensity.length), changes.loweredIntensity, true)}
    ${line(changes.loweredTrust.length > 0, s.ceLowered(s.ceTrust, changes.loweredTrust.length), changes.loweredTrust, true)}
    ${line(changes.unlabelled.length > 0, s.ceUnlabelled(changes.unlabelled.length), changes.unlabelled, true)}
    ${line(
      changes.thresholds.length > 0,
      s.ceThresholdsChanged(changes.thresholds.length),
      changes.thresholds.map((key) => ({ id: key, label: s.ceThreshold(key) })),
      false,
    )}
    ${line(changes.addedGroups.length > 0, s.ceGroupsAdded(changes.addedGroups.length), undefined, false)}
  </div>`;
}

export function renderPrinciplesReport(
  s: ConfigEditorStrings,
  changes: PrinciplesChanges,
  onKeep: (from: string, to: string) => void,
): TemplateResult {
  return html`<div class="report" part="report">
    <p>${s.ceNoVersionField}</p>
    ${!changes.affectsData ? html`<p>${s.ceNoChange}</p>` : nothing}
    ${line(changes.idChanged, s.ceIdChanged, undefined, true)}
    ${line(changes.removedPrinciples.length > 0, s.cePrinciplesRemoved(changes.removedPrinciples.length), changes.removedPrinciples, true)}
    ${changes.renamedPrinciples.map((r) =>
      keep(s.cePrincipleRenamed(r.from, r.to), s.ceKeepPrincipleId(r.from), () => onKeep(r.from, r.to)),
    )}
    ${line(changes.removedStatuses.length > 0, s.ceStatusesRemoved(changes.removedStatuses.length), changes.removedStatuses, true)}
    ${line(changes.rekindedStatuses.length > 0, s.ceStatusesRekinded(changes.rekindedStatuses.length), changes.rekindedStatuses, true)}
    ${line(changes.removedGroups.length > 0, s.ceGroupsRemovedChecklist(changes.removedGroups.length), changes.removedGroups, true)}
    ${line(changes.thresholdChanged, s.cePromoterThresholdChanged, undefined, false)}
    ${line(changes.addedPrinciples.length > 0, s.cePrinciplesAdded(changes.addedPrinciples.length), undefined, false)}
  </div>`;
}

/** How many things a data-affecting report names (the confirmation's count). */
export function atpAffected(c: AtpChanges): number {
  return (
    (c.idChanged ? 1 : 0) +
    c.renamedGroups.length +
    c.loweredIntensity.length +
    c.loweredTrust.length +
    c.unlabelled.length
  );
}

export function principlesAffected(c: PrinciplesChanges): number {
  return (
    (c.idChanged ? 1 : 0) +
    c.removedPrinciples.length +
    c.removedStatuses.length +
    c.rekindedStatuses.length +
    c.removedGroups.length
  );
}
