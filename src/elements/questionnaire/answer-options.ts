/**
 * A question's answer options (radio tiles), for question-view.ts: each option is its label, its radio and its
 * text (set as text, never as HTML), made once per scale in the model each question is cloned from, then updated
 * in place when the answer or the lock changes: the selected class and part, `checked`, `disabled`. Scored levels
 * carry `data-kind="level"` (their value is read back as a number, see fill-view.ts). Nothing here keeps a tile:
 * a node a script touches gets a JS wrapper that lives as long as the node, so tiles are looked up on an update.
 */
import type { AnswerValue } from '../../core/runtime.js';

/** One answer: a level of the scale (a number) or a non-scored option (a string), and its label. */
export interface AnswerOption {
  readonly value: number | string;
  readonly label: string;
}

const OFF = 'option';
const ON = 'option option--selected';

/**
 * Appends to `box` the tiles of `options`, none selected and their radios unnamed (`name=""`, named after the
 * question when a question is cloned from them: see question-view.ts).
 */
export function appendTiles(box: HTMLElement, options: readonly AnswerOption[]): void {
  for (const option of options) {
    const label = document.createElement('label');
    label.className = OFF;
    label.setAttribute('part', OFF);
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = '';
    radio.value = String(option.value);
    if (typeof option.value === 'number') radio.setAttribute('data-kind', 'level');
    label.append(radio, option.label);
    box.append(label);
  }
}

/** Marks the tile of `radio` selected or not (its class and part). */
export function markTile(radio: HTMLInputElement, selected: boolean): void {
  const label = radio.parentElement;
  if (!label) return;
  const state = selected ? ON : OFF;
  if (label.className !== state) {
    label.className = state;
    label.setAttribute('part', state);
  }
}

/**
 * Shows the answer `value` on the tiles of `options` inside `fieldset` (both boxes, in order). `checked` is set
 * every time, as Lit's live() would: the user may have checked another radio than the answer shown.
 */
export function showAnswer(
  fieldset: HTMLElement,
  options: readonly AnswerOption[],
  value: AnswerValue,
  disabled: boolean,
): void {
  const radios = fieldset.querySelectorAll<HTMLInputElement>('.options input[type=radio]');
  for (const [i, option] of options.entries()) {
    const radio = radios[i];
    if (!radio) break;
    const selected = option.value === value;
    markTile(radio, selected);
    radio.checked = selected;
    radio.disabled = disabled;
  }
}
