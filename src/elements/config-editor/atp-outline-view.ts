/**
 * The ATP grid's outline: its title, id and introduction; the stakeholder groups; each column's heading, plan
 * and suggestions; the intensity and trust scales; the posture rule's thresholds (ours, not ANAP's) and the
 * levers of each posture. Built of list-view.ts's parts.
 */
import { html, type TemplateResult } from 'lit';
import {
  ATP_CATEGORIES,
  ATP_LEVER_LISTS,
  atpGroupsList,
  atpLevelsList,
  atpLeversList,
  atpSuggestionsList,
  atpThreshold,
  atpThresholdChoices,
  valueAt,
} from '../../core/index.js';
import { renderList, renderValue, type ListDef, type ListViewContext } from './list-view.js';

type Json = Record<string, unknown>;
const labelOf = (key: string) => (entry: unknown) =>
  typeof entry === 'string' ? entry : String((entry as Json | undefined)?.[key] ?? '');

export function renderAtpOutline(ctx: ListViewContext): TemplateResult {
  const s = ctx.strings;
  const groups: ListDef = {
    spec: atpGroupsList,
    title: s.ceGroups,
    noun: s.ceNounGroup,
    newText: s.ceNew,
    label: labelOf('label'),
    fields: () => [
      { key: 'label', label: s.ceFieldLabel },
      { key: 'id', label: s.ceFieldId },
      { key: 'description', label: s.ceFieldDescription, multiline: true },
    ],
  };
  const texts = (spec: ListDef['spec'], title: string, noun: string): ListDef => ({
    spec,
    title,
    noun,
    newText: s.ceNew,
    label: labelOf(''),
    fields: () => [{ key: undefined, label: s.ceFieldText, multiline: true }],
  });
  const levels = (scale: 'intensity' | 'trust', title: string): ListDef => ({
    spec: atpLevelsList(scale),
    title,
    noun: s.ceNounLevel,
    newText: s.ceNew,
    label: (entry) => `${String((entry as Json | undefined)?.value ?? '')} — ${labelOf('label')(entry)}`,
    fields: () => [
      { key: 'label', label: s.ceFieldLabel },
      { key: 'description', label: s.ceFieldDescription, multiline: true },
    ],
  });
  const threshold = (key: string) =>
    renderValue(ctx, ['postures', key], s.ceThreshold(key), {
      type: 'number',
      value: atpThreshold(ctx.doc, key),
      options: atpThresholdChoices(ctx.doc, key).map((v) => ({ value: String(v), label: String(v) })),
    });
  return html`<div class="root-fields">
      ${renderValue(ctx, ['title'], s.ceFieldTitle)} ${renderValue(ctx, ['id'], s.ceFieldId)}
      ${renderValue(ctx, ['description'], s.ceFieldDescription, { multiline: true, optional: true })}
    </div>
    <p class="hint">${s.ceMoveHint}</p>
    ${renderList(ctx, groups)}
    <details class="part">
      <summary>${s.ceColumns}</summary>
      ${ATP_CATEGORIES.map((category) => {
        const heading = String(valueAt(ctx.doc, ['categories', category, 'label']) ?? category);
        return html`<fieldset class="column">
          <legend>${heading}</legend>
          ${renderValue(ctx, ['categories', category, 'label'], s.ceColumnLabel)}
          ${renderValue(ctx, ['categories', category, 'description'], s.ceFieldDescription, { multiline: true })}
          ${renderValue(ctx, ['categories', category, 'plan', 'title'], s.cePlanTitle)}
          ${renderList(ctx, texts(atpSuggestionsList(category), s.ceSuggestions(heading), s.ceNounSuggestion))}
        </fieldset>`;
      })}
    </details>
    <details class="part">
      <summary>${s.ceScales}</summary>
      ${renderList(ctx, levels('intensity', s.ceIntensity), s.ceLevelsHint)}
      ${renderList(ctx, levels('trust', s.ceTrust))}
    </details>
    <details class="part">
      <summary>${s.cePostures}</summary>
      <p class="hint">${s.cePosturesOurs}</p>
      ${['undeterminedBelow', 'heldBackFrom', 'recoverableFrom', 'stableTrustFrom'].map(threshold)}
      ${renderValue(ctx, ['divergenceSpread'], s.ceDivergence, { type: 'number', value: valueAt(ctx.doc, ['divergenceSpread']) ?? 2 })}
      <label class="choice"
        ><input
          type="checkbox"
          id="v-allowGroupEditing"
          .checked=${valueAt(ctx.doc, ['allowGroupEditing']) !== false}
          @change=${(e: Event) => ctx.edits.onValue(['allowGroupEditing'], (e.target as HTMLInputElement).checked)}
        />${s.ceAllowGroupEditing}</label
      >
    </details>
    <details class="part">
      <summary>${s.ceLevers}</summary>
      ${ATP_LEVER_LISTS.map((keys) =>
        renderList(ctx, texts(atpLeversList(keys), s.ceLeversOf(keys.join('.')), s.ceNounLever)),
      )}
    </details>`;
}
