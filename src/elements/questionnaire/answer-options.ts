/**
 * A question's answer options (radio tiles), drawn by an element directive on their box:
 * `<div class="options" ${answerOptions(name, options, value, disabled)}></div>`. A 500-question page has 3,000
 * options; as a Lit template, each cost two marker comments for its place in the list, one for its text and six
 * bindings (parts, with the JS objects behind them): a third of the page's nodes and much of its heap. Here each
 * option is its label, its radio and its text, cloned once from a model tile (text set as text, never as HTML),
 * then updated in place when the answer or the lock changes: the selected class and part, `checked`, `disabled`.
 * Scored levels carry `data-kind="level"` (their value is read back as a number, see fill-view.ts).
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { AnswerValue } from '../../core/runtime.js';

/** One answer: a level of the scale (a number) or a non-scored option (a string), and its label. */
export interface AnswerOption {
  readonly value: number | string;
  readonly label: string;
}

/** The tile every option is cloned from (made on first use: this module also loads where there is no DOM). */
let model: HTMLLabelElement | undefined;
function tile(): HTMLLabelElement {
  if (!model) {
    model = document.createElement('label');
    const radio = document.createElement('input');
    radio.type = 'radio';
    model.append(radio);
  }
  return model.cloneNode(true) as HTMLLabelElement;
}

const OFF = 'option';
const ON = 'option option--selected';

class AnswerOptionsDirective extends Directive {
  /** What the tiles were built for, and the tiles: rebuilt only when the question or its options change. */
  private name?: string;
  private options?: readonly AnswerOption[];
  private labels: HTMLLabelElement[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('answerOptions() belongs on an element: <div ${…}>');
  }

  render(_name: string, _options: readonly AnswerOption[], _value: AnswerValue, _disabled: boolean): unknown {
    return noChange;
  }

  override update(part: ElementPart, [name, options, value, disabled]: Parameters<this['render']>): unknown {
    if (name !== this.name || options !== this.options) {
      this.name = name;
      this.options = options;
      this.labels = options.map((option) => {
        const label = tile();
        const radio = label.firstChild as HTMLInputElement;
        radio.name = name;
        radio.value = String(option.value);
        if (typeof option.value === 'number') radio.dataset.kind = 'level';
        label.append(option.label);
        return label;
      });
      part.element.replaceChildren(...this.labels);
    }
    for (const [i, option] of options.entries()) {
      const label = this.labels[i];
      if (!label) break;
      const selected = option.value === value;
      const state = selected ? ON : OFF;
      if (label.className !== state) {
        label.className = state;
        label.setAttribute('part', state);
      }
      const radio = label.firstChild as HTMLInputElement;
      // Set every time, as Lit's live() would: the user may have checked another radio than the answer shown.
      radio.checked = selected;
      radio.disabled = disabled;
    }
    return noChange;
  }
}

/** The answer options of one question, in the element it is placed on. */
export const answerOptions = directive(AnswerOptionsDirective);
