/**
 * One question of the fill step: its fieldset and legend (numbered the way progress counts, 1 to N), its help,
 * its answers as option tiles (answer-options.ts), "clear the answer" and its comment field. Built by one directive
 * per question, not by Lit templates: a 500-question page then holds one part a question instead of about twenty
 * (child, attribute and property parts, template instances, marker comments and the JS wrappers of the nodes they
 * point at), which is most of what its heap held (issue 22; docs/performance.md). The directive keeps the
 * fieldset and what it drew, and changes in place only what differs: the answer, the lock, the comment, the mark
 * of the target of "next unanswered", the interface's strings and the config's language, so that focus and
 * what a user typed stay. A question changed in the config (its text, help, scale or comment field) is built anew.
 * Config text is set as text, never as HTML.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type Part, type PartInfo } from 'lit/directive.js';
import { appendTiles, markTile, showAnswer } from './answer-options.js';
import { scaleOf, type Answer, type Question, type QuestionnaireConfig, type Strings } from '../../core/runtime.js';

export interface QuestionViewContext {
  model: QuestionnaireConfig;
  s: Strings;
  /** The config's language when it differs from the interface's. */
  contentLang: string | undefined;
  /** The interface's language (the mark of the target question is in it, inside the config's text). */
  locale: string;
  onClear(questionId: string): void;
}

type Scale = ReturnType<typeof scaleOf>;

/** What a question is drawn from: the directive compares it with what it drew last. */
interface Drawn {
  question: Question;
  scale: Scale;
  number: number;
  value: Answer['value'];
  comment: string;
  ro: boolean;
  target: boolean;
  /** The interface's strings a question shows (compared by value: a site's overrides make a new object each time). */
  targetText: string;
  notScoredText: string;
  clearText: string;
  commentText: string;
  cl: string | undefined;
  locale: string;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
};
const setLang = (node: Element | null, lang: string | undefined) => {
  if (!node) return;
  if (lang === undefined) node.removeAttribute('lang');
  else node.setAttribute('lang', lang);
};
const classOf = (target: boolean) => (target ? 'question question--target' : 'question');

function targetMark(d: Drawn): HTMLSpanElement {
  const mark = el('span', 'target-mark');
  mark.lang = d.locale;
  mark.textContent = d.targetText;
  return mark;
}

function clearButton(d: Drawn, listener: EventListenerObject): HTMLButtonElement {
  const button = el('button');
  button.type = 'button';
  button.className = 'link';
  const hidden = el('span', 'visually-hidden');
  hidden.textContent = ` — ${d.question.label}`;
  button.append(d.clearText, hidden);
  button.addEventListener('click', listener);
  return button;
}

/**
 * The model every question of a shape is cloned from: its scale's tiles, with or without help and comment field,
 * in the interface's strings and the config's language; only what is the question's own is left to fill in.
 */
const models = new WeakMap<Scale, Map<string, HTMLFieldSetElement>>();
function modelOf(d: Drawn): HTMLFieldSetElement {
  const { scale, question, cl } = d;
  let byShape = models.get(scale);
  if (!byShape) models.set(scale, (byShape = new Map()));
  const key = [!!question.help, !!question.allowComment, cl, d.notScoredText, d.commentText].join('\n');
  let model = byShape.get(key);
  if (model) return model;
  model = el('fieldset', 'question');
  model.setAttribute('part', 'question');
  const legend = el('legend');
  setLang(legend, cl);
  legend.append(el('span', 'question-number'));
  model.append(legend);
  if (question.help) model.append(el('p', 'help'));
  const levels = el('div', 'options');
  setLang(levels, cl);
  appendTiles(levels, scale.levels);
  model.append(levels);
  if (scale.nonScored.length) {
    const other = el('div', 'options options--other');
    other.setAttribute('role', 'group');
    other.setAttribute('aria-label', d.notScoredText);
    setLang(other, cl);
    appendTiles(other, scale.nonScored);
    model.append(other);
  }
  if (question.allowComment) {
    const box = el('div', 'comment');
    box.setAttribute('part', 'comment');
    const label = el('label');
    label.textContent = d.commentText;
    const area = el('textarea');
    area.rows = 2;
    box.append(label, area);
    model.append(box);
  }
  byShape.set(key, model);
  return model;
}

/**
 * The whole question, as the templates before drew it (test/elements/question-markup.test.ts holds it): a clone of
 * its shape's model, with only what is its own filled in. Each node touched here gets a JS wrapper for as long as
 * the page shows it (about 75 bytes each), so only those are: the fieldset, the legend and its number, the help,
 * the radios (named after the question) and the comment's label and field.
 */
function build(d: Drawn, onClear: EventListenerObject): HTMLFieldSetElement {
  const { question, cl } = d;
  const id = question.id;
  const fieldset = modelOf(d).cloneNode(true) as HTMLFieldSetElement;
  if (d.target) {
    fieldset.className = classOf(true);
    fieldset.setAttribute('part', classOf(true));
  }
  fieldset.id = `q-${id}`;
  if (question.help) fieldset.setAttribute('aria-describedby', `help-${id}`);
  // The model's order: legend (its number first), help, options, other options, comment.
  const legend = fieldset.firstElementChild as HTMLLegendElement;
  (legend.firstElementChild as HTMLSpanElement).textContent = `${d.number}.`;
  legend.append(` ${question.label}`);
  if (d.target) legend.prepend(targetMark(d));
  if (question.help) {
    const help = legend.nextElementSibling as HTMLParagraphElement;
    help.id = `help-${id}`;
    setLang(help, cl);
    help.textContent = question.help;
  }
  const radios = fieldset.getElementsByTagName('input');
  const options = [...d.scale.levels, ...d.scale.nonScored];
  for (const [i, radio] of [...radios].entries()) {
    radio.name = id;
    if (d.ro) radio.disabled = true;
    if (options[i]?.value === d.value) {
      radio.checked = true;
      markTile(radio, true);
    }
  }
  const comment = question.allowComment ? (fieldset.lastElementChild as HTMLDivElement) : null;
  if (d.value !== null && !d.ro) fieldset.insertBefore(clearButton(d, onClear), comment);
  if (comment) {
    (comment.firstElementChild as HTMLLabelElement).htmlFor = `c-${id}`;
    const area = comment.lastElementChild as HTMLTextAreaElement;
    area.id = `c-${id}`;
    area.setAttribute('data-question', id);
    if (d.comment) area.value = d.comment;
    if (d.ro) area.readOnly = true;
  }
  return fieldset;
}

/** Changes what differs between `was` and `now` in a fieldset that `build` made (same question, same scale). */
function patch(fieldset: HTMLFieldSetElement, was: Drawn, now: Drawn, onClear: EventListenerObject): void {
  const legend = fieldset.querySelector(':scope > legend') as HTMLLegendElement;
  if (now.cl !== was.cl)
    for (const node of fieldset.querySelectorAll(':scope > legend, .help, .options')) setLang(node, now.cl);
  if (now.target !== was.target) {
    fieldset.className = classOf(now.target);
    fieldset.setAttribute('part', classOf(now.target));
    if (now.target) legend.prepend(targetMark(now));
    else legend.querySelector('.target-mark')?.remove();
  } else if (now.target && (now.locale !== was.locale || now.targetText !== was.targetText)) {
    legend.querySelector('.target-mark')?.replaceWith(targetMark(now));
  }
  const number = legend.querySelector('.question-number');
  if (number && now.number !== was.number) number.textContent = `${now.number}.`;
  if (now.notScoredText !== was.notScoredText) {
    fieldset.querySelector('.options--other')?.setAttribute('aria-label', now.notScoredText);
  }
  if (now.commentText !== was.commentText) {
    const label = fieldset.querySelector('.comment > label');
    if (label) label.textContent = now.commentText;
  }
  if (now.value !== was.value || now.ro !== was.ro) {
    showAnswer(fieldset, [...now.scale.levels, ...now.scale.nonScored], now.value, now.ro);
  }
  // "Clear the answer": there while an answer can be cleared, its text in the interface's language.
  const clear = fieldset.querySelector<HTMLButtonElement>(':scope > .link');
  const wanted = now.value !== null && !now.ro;
  if (clear && !wanted) clear.remove();
  else if (clear?.firstChild && now.clearText !== was.clearText) clear.firstChild.textContent = now.clearText;
  else if (!clear && wanted) {
    const button = clearButton(now, onClear);
    const comment = fieldset.querySelector(':scope > .comment');
    if (comment) comment.before(button);
    else fieldset.append(button);
  }
  const area = fieldset.querySelector('textarea');
  if (area) {
    // As Lit's live(): compared with what the field holds, which the user may have changed since.
    if (area.value !== now.comment) area.value = now.comment;
    area.readOnly = now.ro;
  }
}

/** Whether anything a question shows differs between two renders. */
const changed = (was: Drawn, now: Drawn) => (Object.keys(now) as (keyof Drawn)[]).some((key) => now[key] !== was[key]);

/** The directive keeps the fieldset, what it drew, and the callback of the last render for its clear button. */
class QuestionDirective extends Directive implements EventListenerObject {
  private fieldset?: HTMLFieldSetElement;
  private drawn?: Drawn;
  private onClear?: (questionId: string) => void;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('renderQuestion() belongs in a child position: ${…}');
  }

  /** The clear button's click (the directive is its listener: no function made per question). */
  handleEvent(): void {
    if (this.drawn) this.onClear?.(this.drawn.question.id);
  }

  render(
    _ctx: QuestionViewContext,
    _question: Question,
    _number: number,
    _answer: Answer | undefined,
    _ro: boolean,
    _target: boolean,
  ): unknown {
    return noChange;
  }

  override update(_part: Part, [ctx, question, number, answer, ro, target]: Parameters<this['render']>): unknown {
    this.onClear = ctx.onClear;
    const now: Drawn = {
      question,
      scale: scaleOf(ctx.model, question),
      number,
      value: answer?.value ?? null,
      comment: answer?.comment ?? '',
      ro,
      target,
      targetText: ctx.s.targetQuestion,
      notScoredText: ctx.s.notScoredGroup,
      clearText: ctx.s.clearAnswer,
      commentText: ctx.s.comment,
      cl: ctx.contentLang,
      locale: ctx.locale,
    };
    const was = this.drawn;
    this.drawn = now;
    if (!this.fieldset || !was || was.question !== question || was.scale !== now.scale) {
      this.fieldset = build(now, this);
      return this.fieldset;
    }
    if (changed(was, now)) patch(this.fieldset, was, now, this);
    return noChange;
  }
}

/**
 * One question, in a child position of the fill step's template: `${renderQuestion(ctx, question, number, answer,
 * ro, target)}`. Cheap to call again: only what changed since the last call is changed in the page.
 */
export const renderQuestion = directive(QuestionDirective);
