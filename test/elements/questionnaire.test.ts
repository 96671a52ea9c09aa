/**
 * <coop-questionnaire> through a user's actions: clicks, keys, reloads, other tabs, broken storage and
 * broken configs. Each state is checked with axe-core.
 */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../src/define/questionnaire.js';
import {
  StorageError,
  createMemoryStorage,
  createResponses,
  parseQuestionnaireConfig,
  questionnaireStorageKey,
  serializeSaved,
  setAnswer,
  setComment,
  validateResponses,
  type QuestionnaireConfig,
  type QuestionnaireConfigInput,
  type StorageAdapter,
} from '../../src/core/index.js';
import type { CoopQuestionnaire } from '../../src/elements/questionnaire/questionnaire.js';
import type {
  CoopAnswerChangeEvent,
  CoopConfigErrorEvent,
  CoopStepChangeEvent,
  CoopStorageErrorEvent,
  CoopValidateEvent,
} from '../../src/elements/events.js';
import minimalJson from '../fixtures/questionnaire.minimal.json';
import {
  $,
  $$,
  button,
  captureDownloads,
  deniedStorage,
  fullStorage,
  root,
  startsWithBom,
  text,
  mount as mountWidget,
  ready,
} from './helpers.js';

const minimal = minimalJson as QuestionnaireConfigInput;
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const parsed = (input: object): QuestionnaireConfig => {
  const r = parseQuestionnaireConfig(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.config;
};
const KEY = questionnaireStorageKey('minimal');

const mount = (storage?: StorageAdapter, config: object = minimal, attrs: { locale?: string } = { locale: 'en' }) =>
  mountWidget('coop-questionnaire', storage, { config, locale: attrs.locale });

const radio = (el: Element, questionId: string, value: string | number) =>
  $<HTMLInputElement>(el, `#q-${questionId} input[value="${value}"]`)!;

/**
 * Shows the page that holds a question, as a user would: through the summary (paged, one section per page, is the
 * default). Does nothing when the question is on screen already.
 */
async function show(el: CoopQuestionnaire, questionId: string) {
  if ($(el, `#q-${questionId}`)) return;
  const contents = $<HTMLDetailsElement>(el, '.summary details');
  if (contents && !contents.open) {
    contents.querySelector('summary')!.click();
    await waitUntil(() => contents.open);
  }
  const sections = $$<HTMLAnchorElement>(el, '.summary > details > ol > li > .summary-entry > a');
  for (const link of sections) {
    link.click();
    await el.updateComplete;
    if ($(el, `#q-${questionId}`)) return;
  }
  throw new Error(`Question ${questionId} is on no page`);
}

async function answer(el: CoopQuestionnaire, questionId: string, value: string | number) {
  await show(el, questionId);
  radio(el, questionId, value).click();
  await el.updateComplete;
}

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  history.replaceState(null, '', location.pathname + location.search);
});

describe('coop-questionnaire: fill', () => {
  it('is accessible on the fill step', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('shows the stepper, title, instructions, summary and the first section’s questions as fieldsets with a legend', async () => {
    const el = await mount();
    expect($(el, '.title')!.textContent).to.equal('Minimal questionnaire');
    expect($(el, '[aria-current="step"]')!.textContent).to.contain('1. Fill in the questionnaire');
    expect($(el, '.stepper-count')!.textContent).to.equal('Step 1 of 3');
    expect($(el, '.stepper-next')!.textContent).to.equal('Next step: See my result');
    expect($$(el, 'fieldset.question').map((f) => f.id)).to.deep.equal(['q-q1', 'q-q2', 'q-q3']);
    expect($$(el, 'fieldset.question legend').length).to.equal(3);
    expect($$(el, '.summary progress').length).to.equal(3 + 4);
    expect($(el, '#q-q2')!.getAttribute('aria-describedby')).to.equal('help-q2');
    expect($(el, '#help-q2')!.textContent).to.contain('Responsibilities');
    await show(el, 'q6');
    expect($$(el, '#q-q6 input[type=radio]').length).to.equal(2, 'the prerequisite uses its yes/no scale');
    expect(text(el)).to.contain('No answer saved yet');
  });

  it('records a click: event, summary, progress, and the form value', async () => {
    const el = await mount();
    const fired = oneEvent(el, 'coop-answer-change') as Promise<CoopAnswerChangeEvent>;
    radio(el, 'q1', 3).click();
    const event = await fired;
    expect(event.detail).to.deep.include({ questionId: 'q1', value: 3 });
    expect(event.detail.completion).to.be.closeTo(100 / 6, 1e-6);
    await el.updateComplete;
    expect($<HTMLProgressElement>(el, '#global-progress')!.value).to.equal(1);
    expect($(el, '.progress-text')!.textContent).to.equal('1 of 6 questions answered');
    expect($(el, '.summary-entry .summary-percent')!.textContent).to.equal('33%');
    expect(radio(el, 'q1', 3).closest('label')!.getAttribute('part')).to.contain('option--selected');
    expect(el.getResponses()!.answers.q1!.value).to.equal(3);
  });

  it('works with the keyboard alone: arrow keys move between answers', async () => {
    const el = await mount();
    radio(el, 'q1', 0).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.getResponses()!.answers.q1!.value).to.equal(1);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.getResponses()!.answers.q1!.value).to.equal(2);
  });

  it('keeps comments and lets an answer be cleared', async () => {
    const el = await mount();
    const comment = $<HTMLTextAreaElement>(el, '#c-q1')!;
    comment.focus();
    await sendKeys({ type: 'To discuss' });
    await el.updateComplete;
    expect(el.getResponses()!.answers.q1!.comment).to.equal('To discuss');
    await answer(el, 'q1', 2);
    expect($(el, '#q-q1 .link')!.textContent).to.contain('Clear the answer');
    $<HTMLButtonElement>(el, '#q-q1 .link')!.click();
    await el.updateComplete;
    expect(el.getResponses()!.answers.q1).to.deep.include({ value: null, comment: 'To discuss' });
    expect(radio(el, 'q1', 2).checked).to.equal(false);
  });

  it('"next unanswered" moves focus to the next question without an answer', async () => {
    const el = await mount();
    await answer(el, 'q1', 3);
    button(el, 'Go to the next unanswered question').click();
    await el.updateComplete;
    expect(root(el).activeElement?.closest('fieldset')?.id).to.equal('q-q2');
  });

  it('the summary moves focus to a section, on its page', async () => {
    const el = await mount();
    $<HTMLAnchorElement>(el, '.summary a[href="#h-purpose"]')!.click();
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('h-purpose');
    expect($(el, '#q-q1')).to.equal(null);
  });

  it('fires coop-complete once the last question is answered', async () => {
    const el = await mount();
    for (const [id, v] of [
      ['q1', 3],
      ['q2', 3],
      ['q3', 'dont-know'],
      ['q4', 2],
      ['q5', 1],
    ] as const) {
      await answer(el, id, v);
    }
    await show(el, 'q6');
    const complete = oneEvent(el, 'coop-complete');
    radio(el, 'q6', 1).click();
    const event = (await complete) as CustomEvent & { detail: { result: { complete: boolean } } };
    expect(event.detail.result.complete).to.equal(true);
  });

  it('opens the question named in the page address', async () => {
    history.replaceState(null, '', '#q4');
    const el = await mount();
    await waitUntil(() => root(el).activeElement?.closest('fieldset')?.id === 'q-q4', 'q4 not focused');
  });

  it('writes the answered question into the address only with sync-hash', async () => {
    const el = await mount();
    await answer(el, 'q2', 1);
    expect(location.hash).to.equal('');
    el.syncHash = true;
    await answer(el, 'q3', 1);
    expect(location.hash).to.equal('#q3');
  });

  it('renders config text as text, never as HTML', async () => {
    const config = copy(minimal);
    const vector = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    config.title = vector;
    config.sections[0]!.subsections[0]!.questions[0]!.label = vector;
    config.scale.levels[0]!.label = vector;
    const el = await mount(createMemoryStorage(), config);
    expect($$(el, 'img, script').length).to.equal(0);
    expect($(el, '.title')!.textContent).to.equal(vector);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('reflows at 320 px with no horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount();
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('readonly disables every answer', async () => {
    const el = await mount();
    el.readonly = true;
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, '.question input').every((i) => i.disabled)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens the instructions in a modal dialog from the later steps, at its title', async () => {
    const el = await mount();
    button(el, '2. See my result').click();
    await waitUntil(() => $(el, '.result-global'), 'no result step');
    button(el, 'Instructions').click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.instructions')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('Rate each statement.');
    expect(root(el).activeElement?.id).to.equal('instructions-title');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
  });

  it('speaks French by default with the default questionnaire when given no config', async () => {
    const el = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire .storage=${createMemoryStorage()}></coop-questionnaire>`,
    );
    await ready(el);
    expect($(el, '.title')!.textContent).to.equal('Prêts pour une coopération');
    expect($(el, '.stepper-count')!.textContent).to.equal('Étape 1 sur 3');
    expect($(el, '.page-count')!.textContent).to.equal('Section 1 sur 7');
    expect($$(el, 'fieldset.question').length).to.be.within(2, 8);
  });
});

describe('coop-questionnaire: persistence', () => {
  it('restores answers, comments and the step when re-created', async () => {
    const storage = createMemoryStorage();
    const first = await mount(storage);
    await answer(first, 'q1', 2);
    $<HTMLTextAreaElement>(first, '#c-q1')!.focus();
    await sendKeys({ type: 'Noted' });
    button(first, 'See my result').click();
    await first.updateComplete;
    first.remove(); // flushes the pending write

    const second = await mount(storage);
    expect(second.step).to.equal('result');
    expect(second.getResponses()!.answers.q1).to.deep.include({ value: 2, comment: 'Noted' });
    expect(text(second)).to.match(/Saved on \d\d\/\d\d\/\d{4} at \d\d:\d\d/);
  });

  it('writes within ~300 ms and at once on pagehide, to localStorage by default', async () => {
    const storageKey = `t${Math.random().toString(36).slice(2)}`;
    const el = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire locale="en" storage-key=${storageKey} .config=${minimal}></coop-questionnaire>`,
    );
    await ready(el);
    const key = questionnaireStorageKey('minimal', storageKey);
    await answer(el, 'q1', 1);
    await aTimeout(350);
    expect(JSON.parse(localStorage.getItem(key)!).responses.answers.q1.value).to.equal(1);
    await answer(el, 'q1', 3);
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem(key)!).responses.answers.q1.value).to.equal(3);
    localStorage.removeItem(key);
  });

  it('merges a change made in another tab without losing local answers', async () => {
    const storage = createMemoryStorage();
    const el = await mount(storage);
    await answer(el, 'q1', 3);
    const config = parsed(minimal);
    const later = new Date(Date.now() + 1000);
    const remote = setAnswer(config, createResponses(config), 'q2', 2, later);
    storage.simulateExternalChange(KEY, serializeSaved('fill', remote));
    await el.updateComplete;
    expect(el.getResponses()!.answers.q1!.value).to.equal(3);
    expect(el.getResponses()!.answers.q2!.value).to.equal(2);
    expect(radio(el, 'q2', 2).checked).to.equal(true);
  });

  it('keeps working in memory, warns and fires coop-storage-error when writing fails', async () => {
    const storage = fullStorage();
    const el = await mount(storage);
    const fired = oneEvent(el, 'coop-storage-error') as Promise<CoopStorageErrorEvent>;
    await answer(el, 'q1', 2);
    window.dispatchEvent(new Event('pagehide'));
    const event = await fired;
    expect(event.detail).to.deep.include({ reason: 'quota', operation: 'write' });
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('storage is full');
    expect(el.getResponses()!.answers.q1!.value).to.equal(2);
    await answer(el, 'q2', 1);
    expect(el.getResponses()!.answers.q2!.value).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('keeps working when storage cannot even be read (a sandboxed iframe)', async () => {
    const storage = deniedStorage();
    const el = await mount(storage);
    expect($(el, '[role="alert"]')!.textContent).to.contain('Saving your answers is refused, by your browser');
    await answer(el, 'q1', 1);
    expect(el.getResponses()!.answers.q1!.value).to.equal(1);
  });

  it('sets corrupt stored data aside instead of overwriting it', async () => {
    const storage = createMemoryStorage({ [KEY]: '{"format": "coop-questionnaire/1", "respo' });
    const events: CoopStorageErrorEvent[] = [];
    const el = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire
        locale="en"
        .storage=${storage}
        .config=${minimal}
        @coop-storage-error=${(e: CoopStorageErrorEvent) => events.push(e)}
      ></coop-questionnaire>`,
    );
    await ready(el);
    const aside = [...storage.data.keys()].find((k) => k.startsWith(`${KEY}:corrupt:`));
    expect(aside).to.exist;
    expect(storage.data.get(aside!)).to.equal('{"format": "coop-questionnaire/1", "respo');
    expect(events[0]!.detail).to.deep.include({ reason: 'corrupt', quarantineKey: aside });
    expect($(el, '[role="alert"]')!.textContent).to.contain(aside!);
    await answer(el, 'q1', 1);
    expect(el.getResponses()!.answers.q1!.value).to.equal(1);
  });

  it('migrates saved answers to a new config version and keeps answers to removed questions', async () => {
    const v1 = parsed(minimal);
    let saved = setAnswer(v1, createResponses(v1), 'q2', 2);
    saved = setAnswer(v1, saved, 'q1', 3);
    saved = setComment(v1, saved, 'q2', 'why');
    const storage = createMemoryStorage({ [KEY]: serializeSaved('fill', saved) });
    const v2 = copy(minimal);
    v2.version = '2';
    v2.sections[0]!.subsections[0]!.questions.splice(1, 1);
    const el = await mount(storage, v2);
    const responses = el.getResponses()!;
    expect(responses.questionnaireVersion).to.equal('2');
    expect(responses.answers.q1!.value).to.equal(3);
    expect(responses.orphans.map((o) => [o.questionId, o.answer.comment])).to.deep.equal([['q2', 'why']]);
  });

  it('erases the answers after a confirmation', async () => {
    const storage = createMemoryStorage();
    const el = await mount(storage);
    await answer(el, 'q1', 1);
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.data.has(KEY)).to.equal(true);
    button(el, 'Erase my answers').click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.erase')!;
    expect(dialog.open).to.equal(true);
    await expect(el).to.be.accessible();
    button(el, 'Erase').click();
    await waitUntil(() => !storage.data.has(KEY));
    await waitUntil(() => Object.keys(el.getResponses()!.answers).length === 0, 'the answers stayed on screen');
    await el.updateComplete;
    expect(el.getResponses()!.answers).to.deep.equal({});
    expect(radio(el, 'q1', 1).checked).to.equal(false);
  });
});

describe('coop-questionnaire: host choices', () => {
  it('says why answers are read-only: a host choice, or a validated result', async () => {
    const el = await mount();
    el.readonly = true;
    await el.updateComplete;
    expect($(el, '.notice')!.textContent).to.contain('shown read-only');
    el.step = 'validate';
    await el.updateComplete;
    expect($(el, '.notice')!.textContent).to.contain('shown read-only');
    expect($(el, '.validate-form')).to.equal(null);
  });

  it('opens another namespace when storage-key is set after loading', async () => {
    const config = parsed(minimal);
    const storage = createMemoryStorage({
      [questionnaireStorageKey('minimal', 'team-a')]: serializeSaved(
        'fill',
        setAnswer(config, createResponses(config), 'q1', 2),
      ),
    });
    const el = await mount(storage);
    expect(el.getResponses()!.answers).to.deep.equal({});
    el.storageKey = 'team-a';
    await el.updateComplete;
    await ready(el);
    expect(el.getResponses()!.answers.q1!.value).to.equal(2);
  });

  it('a step set in the markup wins over the saved step', async () => {
    const config = parsed(minimal);
    const storage = createMemoryStorage({ [KEY]: serializeSaved('fill', createResponses(config)) });
    const el = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire step="result" locale="en" .storage=${storage} .config=${minimal}></coop-questionnaire>`,
    );
    await ready(el);
    expect(el.step).to.equal('result');
    expect($(el, '.step-heading')!.textContent).to.equal('My result');
  });

  it('marks config text with the config’s language when it differs from the interface’s', async () => {
    const el = await mount(createMemoryStorage(), minimal, { locale: 'fr' });
    expect($(el, '#q-q1 legend')!.getAttribute('lang')).to.equal('en');
    expect($(el, '.title')!.getAttribute('lang')).to.equal('en');
    expect($(el, '.stepper')!.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    const same = await mount(createMemoryStorage(), minimal, { locale: 'en' });
    expect($(same, '#q-q1 legend')!.hasAttribute('lang')).to.equal(false);
  });
});

describe('coop-questionnaire: no answer lost (review findings)', () => {
  const config = () => parsed(minimal);
  const savedWith = (values: Record<string, number>) => {
    let r = createResponses(config());
    for (const [id, v] of Object.entries(values)) r = setAnswer(config(), r, id, v);
    return serializeSaved('fill', r);
  };

  it('reads from a storage adapter the host sets after the first render, and writes only there', async () => {
    const local = createMemoryStorage({ [KEY]: savedWith({ q1: 1 }) });
    const backend = createMemoryStorage({ [KEY]: savedWith({ q2: 3 }) });
    const el = await mount(local);
    expect(el.getResponses()!.answers.q1!.value).to.equal(1);
    el.storage = backend;
    await el.updateComplete;
    await ready(el);
    expect(el.getResponses()!.answers.q2!.value).to.equal(3);
    await answer(el, 'q4', 2);
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(backend.data.get(KEY)!).responses.answers.q2.value).to.equal(3);
    expect(JSON.parse(backend.data.get(KEY)!).responses.answers.q4.value).to.equal(2);
    expect(JSON.parse(local.data.get(KEY)!).responses.answers.q4).to.equal(undefined);
  });

  it('never writes over data it could not read', async () => {
    let writes = 0;
    const storage: StorageAdapter = {
      load: async () => {
        throw new StorageError('unknown', 'network down');
      },
      save: async () => {
        writes++;
      },
      remove: async () => undefined,
    };
    const el = await mount(storage);
    await answer(el, 'q1', 2);
    window.dispatchEvent(new Event('pagehide'));
    await aTimeout(0);
    expect(writes).to.equal(0);
    expect($(el, '[role="alert"]')).to.exist;
    expect(el.getResponses()!.answers.q1!.value).to.equal(2);
  });

  it('a write scheduled before another tab’s change writes the merged answers', async () => {
    const storage = createMemoryStorage();
    const el = await mount(storage);
    await answer(el, 'q1', 3); // pending write
    const later = new Date(Date.now() + 1000);
    const remote = setAnswer(config(), createResponses(config()), 'q2', 2, later);
    storage.simulateExternalChange(KEY, serializeSaved('fill', remote));
    window.dispatchEvent(new Event('pagehide'));
    const stored = JSON.parse(storage.data.get(KEY)!).responses.answers;
    expect(stored.q1.value).to.equal(3);
    expect(stored.q2.value).to.equal(2);
  });

  it('still follows other tabs after being moved in the page', async () => {
    const storage = createMemoryStorage();
    const el = await mount(storage);
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await el.updateComplete;
    const remote = setAnswer(config(), createResponses(config()), 'q5', 1, new Date(Date.now() + 1000));
    storage.simulateExternalChange(KEY, serializeSaved('fill', remote));
    await el.updateComplete;
    expect(el.getResponses()!.answers.q5!.value).to.equal(1);
    other.remove();
  });

  it('a mistyped step shows the first step and keeps the saved answers readable', async () => {
    const storage = createMemoryStorage();
    const warn = console.warn;
    console.warn = () => undefined;
    const el = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire step="results" locale="en" .storage=${storage} .config=${minimal}></coop-questionnaire>`,
    );
    await ready(el);
    console.warn = warn;
    expect(el.step).to.equal('fill');
    await answer(el, 'q1', 1);
    el.remove();
    const again = await mount(storage);
    expect(again.getResponses()!.answers.q1!.value).to.equal(1);
  });

  it('responses the host sets while the saved copy loads are not replaced by it', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const stored = savedWith({ q1: 1 });
    const storage: StorageAdapter = {
      load: async () => {
        await gate;
        return stored;
      },
      save: async () => undefined,
      remove: async () => undefined,
    };
    const el = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire locale="en" .storage=${storage} .config=${minimal}></coop-questionnaire>`,
    );
    el.setResponses(setAnswer(config(), createResponses(config()), 'q3', 2));
    release();
    await aTimeout(10);
    await el.updateComplete;
    expect(el.getResponses()!.answers.q3!.value).to.equal(2);
    expect(el.getResponses()!.answers.q1).to.equal(undefined);
  });

  it('an erase in another tab is not undone by this tab’s pending write', async () => {
    const storage = createMemoryStorage();
    const el = await mount(storage);
    await answer(el, 'q1', 3);
    window.dispatchEvent(new Event('pagehide')); // written
    await answer(el, 'q2', 1); // pending
    storage.simulateExternalChange(KEY, null);
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.data.has(KEY)).to.equal(false);
    expect(el.getResponses()!.answers).to.deep.equal({});
  });

  it('reset() says when the saved copy could not be erased', async () => {
    const storage: StorageAdapter = {
      load: async () => null,
      save: async () => undefined,
      remove: async () => {
        throw new StorageError('denied', 'no');
      },
    };
    const el = await mount(storage);
    expect(await el.reset()).to.equal(false);
  });

  it('clearing an answer moves focus to the question, not to the page', async () => {
    const el = await mount();
    await answer(el, 'q1', 2);
    $<HTMLButtonElement>(el, '#q-q1 .link')!.click();
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(radio(el, 'q1', 0));
  });
});

describe('coop-questionnaire: result', () => {
  async function atResult() {
    const el = await mount();
    await answer(el, 'q1', 3);
    await answer(el, 'q2', 2);
    await answer(el, 'q4', 1);
    const fired = oneEvent(el, 'coop-step-change') as Promise<CoopStepChangeEvent>;
    button(el, 'See my result').click();
    const event = await fired;
    expect(event.detail).to.deep.equal({ step: 'result', previous: 'fill' });
    await el.updateComplete;
    return el;
  }

  it('moves focus to the step heading and is accessible', async () => {
    const el = await atResult();
    expect(root(el).activeElement?.textContent).to.equal('My result');
    expect(el.getAttribute('step')).to.equal('result');
    await expect(el).to.be.accessible();
  });

  it('shows the global score, band, section table and recommendations', async () => {
    const el = await atResult();
    const global = $(el, '.result-global')!.textContent!;
    // governance (3/3 + 2/3)/2 = 83.3; purpose 1/3 = 33.3 → 58.3 → prerequisites to consolidate
    expect(global).to.contain('58 / 100');
    expect(global).to.contain('Prerequisites to consolidate');
    // Cell by cell: the shipped markup has no whitespace between cells (a table reads them apart).
    const rows = $$<HTMLTableRowElement>(el, '.result-table tbody tr').map((r) =>
      [...r.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()).join(' '),
    );
    expect(rows[0]).to.contain('1. Governance 83 Ready 67%');
    expect(rows[2]).to.contain('not scored');
    expect($$(el, '.recommendations li')[0]!.textContent).to.contain('Purpose');
    // Ranked by order, under "weakest sections first": no rank number beside the section's own ("1. 2. Purpose").
    expect(getComputedStyle($(el, '.recommendations')!).listStyleType).to.equal('none');
  });

  it('draws the chart lazily, with the table as its text alternative', async () => {
    const el = await atResult();
    const canvas = $<HTMLCanvasElement>(el, 'canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    await waitUntil(() => canvas.width > 0 && canvas.getContext('2d') !== null, 'chart not drawn');
  });

  it('links unanswered questions back to the fill step', async () => {
    const el = await atResult();
    const link = $$<HTMLAnchorElement>(el, '.unanswered a').find((a) => a.textContent!.includes('named a contact'))!;
    link.click();
    await el.updateComplete;
    await waitUntil(() => root(el).activeElement?.closest('fieldset')?.id === 'q-q3');
    expect(el.step).to.equal('fill');
  });

  it('explains a capped result', async () => {
    const el = await mount();
    for (const id of ['q1', 'q2', 'q3', 'q4', 'q5']) await answer(el, id, 3);
    await answer(el, 'q6', 0);
    el.step = 'result';
    await el.updateComplete;
    expect($(el, '.result-global')!.textContent).to.contain('the prerequisite asked of the project sponsor is not met');
  });

  it('brings the result’s styles with the result step, once, and keeps them for the other steps', async () => {
    const el = await mount();
    await answer(el, 'q1', 3);
    const sheets = () => root(el).adoptedStyleSheets.length;
    const onFill = sheets();
    el.step = 'result';
    await el.updateComplete;
    expect(sheets()).to.equal(onFill + 1);
    // The global box's accent border (0.375rem) comes from the result's styles.
    expect(getComputedStyle($(el, '.result-global')!).borderInlineStartWidth).to.equal('6px');
    el.step = 'validate';
    await el.updateComplete;
    expect(sheets()).to.equal(onFill + 1);
    expect(getComputedStyle($(el, '.result-global')!).borderInlineStartWidth).to.equal('6px');
  });
});

describe('coop-questionnaire: validate', () => {
  it('takes a site’s overrides of the result’s and validate step’s own strings from the strings property', async () => {
    const el = await mount();
    el.strings = {
      validateSubmit: 'Sign off',
      resultCompletion: (percent: number) => `${percent} % done`,
      stepResult: 'My score',
    }; // no cast: the property is typed CoopStringOverrides (catalog, result and validate keys alike)
    el.step = 'validate';
    await el.updateComplete;
    expect(button(el, 'Sign off')).to.exist;
    expect($(el, '.result-global')!.textContent).to.contain('% done');
    expect(button(el, 'My score')).to.exist;
    expect($(el, '#step-heading')!.textContent!.trim()).to.equal('Validate my result');
  });

  it('needs the confirmation, then freezes the answers and fires coop-validate', async () => {
    const el = await mount();
    await answer(el, 'q1', 3);
    el.step = 'validate';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    button(el, 'Validate').click();
    await el.updateComplete;
    const box = $<HTMLInputElement>(el, '#confirm')!;
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement).to.equal(box);
    expect($(el, '#confirm-error')!.textContent).to.contain('Tick the confirmation box');
    await expect(el).to.be.accessible();

    box.click();
    $<HTMLInputElement>(el, '#validator-name')!.value = 'Marie Dupont';
    $<HTMLInputElement>(el, '#validator-role')!.value = 'Director';
    const fired = oneEvent(el, 'coop-validate') as Promise<CoopValidateEvent>;
    button(el, 'Validate').click();
    const event = await fired;
    expect(event.detail.responses.status).to.equal('validated');
    expect(event.detail.responses.validatedBy).to.deep.equal({ name: 'Marie Dupont', role: 'Director' });
    expect(event.detail.result.global.answered).to.equal(1);
    await el.updateComplete;
    expect($(el, '.validated')!.textContent).to.contain('by Marie Dupont (Director)');
    expect(button(el, 'Reopen as a new draft')).to.exist;
    await expect(el).to.be.accessible();

    el.step = 'fill';
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, '.question input').every((i) => i.disabled)).to.equal(true);
  });

  it('cannot be reopened when the config says so (allowReopen: false)', async () => {
    const el = await mount(createMemoryStorage(), { ...copy(minimal), allowReopen: false });
    el.step = 'validate';
    await el.updateComplete;
    $<HTMLInputElement>(el, '#confirm')!.click();
    button(el, 'Validate').click();
    await el.updateComplete;
    expect(text(el)).not.to.contain('Reopen');
  });

  it('reviews what is unanswered before validating, each a link to its question, and says what validation freezes', async () => {
    const el = await mount();
    await answer(el, 'q1', 3);
    el.step = 'validate';
    await el.updateComplete;
    expect($(el, '.freeze')!.textContent).to.contain('can no longer be changed');
    expect($(el, '.freeze')!.textContent).to.contain('reopen a new draft');
    const links = $$<HTMLAnchorElement>(el, '.review .unanswered a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#q2', '#q3', '#q4', '#q5', '#q6']);
    await expect(el).to.be.accessible();
    links[3]!.click();
    await waitUntil(() => root(el).activeElement?.closest('fieldset')?.id === 'q-q5', 'q5 not focused');
    expect(el.step).to.equal('fill');
  });

  it('folds a long review of unanswered questions, so that the form stays near', async () => {
    const el = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire locale="en" step="validate" .storage=${createMemoryStorage()}></coop-questionnaire>`,
    );
    await ready(el);
    await waitUntil(() => $(el, '.validate-form'), 'no validate step');
    const fold = $<HTMLDetailsElement>(el, '.review details.review-list')!;
    const total = el.getResult()!.global.total;
    expect(fold.open).to.equal(false);
    expect(fold.querySelector('summary')!.textContent).to.contain(`${total} unanswered questions`);
    expect(fold.querySelectorAll('.unanswered a').length).to.equal(total);
    await expect(el).to.be.accessible();
  });

  it('reopens a new draft from a validated result, the validated version kept in the history and the exports', async () => {
    const config = parsed(minimal);
    // A document of today's saved format (no history): validated, with q1 answered.
    const validatedDoc = validateResponses(setAnswer(config, createResponses(config), 'q1', 3), { name: 'Anne' });
    const storage = createMemoryStorage({ [KEY]: serializeSaved('validate', validatedDoc) });
    const el = await mount(storage);
    expect(el.step).to.equal('validate');
    expect(button(el, 'Reopen as a new draft')).to.exist;
    expect($(el, '.validated')!.nextElementSibling!.textContent).to.contain('validated version stays on record');
    button(el, 'Reopen as a new draft').click();
    await el.updateComplete;
    expect(el.step).to.equal('fill');
    expect(el.getResponses()!.status).to.equal('draft');
    expect($(el, '.notice')!.textContent).to.contain('New draft reopened from a validated result');
    await answer(el, 'q1', 0);
    expect(el.getResponses()!.history![0]!.answers.q1!.value).to.equal(3, 'the validated answer kept');
    expect(el.getResponses()!.history![0]!.validatedBy).to.deep.equal({ name: 'Anne' });
    await waitUntil(() => (storage.data.get(KEY) ?? '').includes('"history"'), 'history not saved');

    el.step = 'validate';
    await el.updateComplete;
    expect($(el, '#history-heading')!.textContent).to.equal('Earlier validated versions');
    expect($(el, '.history li')!.textContent).to.contain('by Anne');
    await expect(el).to.be.accessible();
    const [csv] = captureDownloads(() => button(el, 'Export the answers (CSV)').click());
    const csvText = await csv!.text();
    expect(csvText.split('\r\n')[0]).to.contain('Answer validated on');
    expect(csvText).to.contain('Done, written and shared');
    const [json] = captureDownloads(() => button(el, 'Export the result (JSON)').click());
    const exported = JSON.parse(await json!.text()) as { responses: { history: unknown[] } };
    expect(exported.responses.history.length).to.equal(1);

    // Reloaded, the history is still there.
    const again = await mount(storage);
    expect(again.getResponses()!.history!.length).to.equal(1);
  });

  it('exports the answers as CSV with a BOM and the result as JSON', async () => {
    const el = await mount();
    await answer(el, 'q1', 3);
    el.step = 'validate';
    await el.updateComplete;
    const blobs = captureDownloads(() => {
      button(el, 'Export the answers (CSV)').click();
      button(el, 'Export the result (JSON)').click();
    });
    expect(await startsWithBom(blobs[0]!)).to.equal(true);
    expect(await blobs[0]!.text()).to.contain('Done, written and shared');
    const json = JSON.parse(await blobs[1]!.text()) as { result: { global: { answered: number } } };
    expect(json.result.global.answered).to.equal(1);
  });
});

describe('coop-questionnaire: print', () => {
  it('prints a report with the scores and every answer, then comes back', async () => {
    const el = await mount();
    await answer(el, 'q1', 3);
    $<HTMLTextAreaElement>(el, '#c-q1')!.focus();
    await sendKeys({ type: 'Signed in March' });
    window.dispatchEvent(new Event('beforeprint'));
    // The browser lays out for print right after the event: the report must already be there.
    const report = $(el, '.report')!;
    expect(report).to.exist;
    expect(report.textContent).to.contain('Done, written and shared');
    expect(report.textContent).to.contain('Signed in March');
    expect(report.querySelector('table')).to.exist;
    expect(report.querySelectorAll('button').length).to.equal(0);
    // The page stays (focus and form state with it); print CSS shows the report instead.
    expect($(el, '.base')!.classList.contains('screen-only')).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($(el, '.report')).to.equal(null);
    expect($$(el, 'fieldset.question').length).to.equal(3, 'the page the user was on');
  });
});

describe('coop-questionnaire: API, forms and bad input', () => {
  it('submits the responses with its form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <coop-questionnaire
          name="assessment"
          locale="en"
          .storage=${createMemoryStorage()}
          .config=${minimal}
        ></coop-questionnaire>
      </form>`,
    );
    const el = form.querySelector('coop-questionnaire')!;
    await ready(el);
    await answer(el, 'q1', 2);
    const value = new FormData(form).get('assessment');
    expect(JSON.parse(String(value)).answers.q1.value).to.equal(2);
  });

  it('answered outside a form, then joined to one, submits the responses with it', async () => {
    const el = await mount();
    await answer(el, 'q1', 3);
    const form = await fixture<HTMLFormElement>(html`<form id="late-form"></form>`);
    el.setAttribute('name', 'assessment');
    el.setAttribute('form', 'late-form'); // associated without moving: the answers stay on screen
    const value = new FormData(form).get('assessment');
    expect(JSON.parse(String(value)).answers.q1.value).to.equal(3);
  });

  it('setResponses, getResult and reset', async () => {
    const el = await mount();
    const config = parsed(minimal);
    el.setResponses(setAnswer(config, createResponses(config), 'q5', 3));
    await el.updateComplete;
    await show(el, 'q5');
    expect(radio(el, 'q5', 3).checked).to.equal(true);
    expect(el.getResult()!.sections[1]!.score).to.equal(100);
    expect(() => el.setResponses('{"answers": 3}')).to.throw(TypeError, /answers/);
    await el.reset();
    await el.updateComplete;
    expect(el.getResponses()!.answers).to.deep.equal({});
  });

  it('shows config problems with their paths and keeps the saved answers', async () => {
    const storage = createMemoryStorage();
    const el = await mount(storage);
    await answer(el, 'q1', 3);
    el.showConfigErrors = true;
    const fired = oneEvent(el, 'coop-config-error') as Promise<CoopConfigErrorEvent>;
    const warn = console.warn;
    console.warn = () => undefined;
    el.config = { ...copy(minimal), sections: [{ id: 's', title: 'S', subsections: [] }] };
    const event = await fired;
    console.warn = warn;
    await el.updateComplete;
    expect(event.detail.issues[0]!.path).to.equal('sections[0].subsections');
    expect($(el, '[role="alert"]')!.textContent).to.contain('sections[0].subsections');
    await expect(el).to.be.accessible();
    el.config = minimal;
    await el.updateComplete;
    await ready(el);
    expect(el.getResponses()!.answers.q1!.value).to.equal(3);
  });

  it('reads its config from an inline script, and reports a src that cannot be fetched', async () => {
    const inline = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire locale="en" .storage=${createMemoryStorage()}>
        <script type="application/json">
          ${JSON.stringify({ ...copy(minimal), title: 'Inline title' })}
        </script>
      </coop-questionnaire>`,
    );
    await ready(inline);
    expect($(inline, '.title')!.textContent).to.equal('Inline title');

    const warn = console.warn;
    console.warn = () => undefined;
    const missing = await fixture<CoopQuestionnaire>(
      html`<coop-questionnaire locale="en" show-config-errors src="/no/such/config.json"></coop-questionnaire>`,
    );
    await waitUntil(() => $(missing, '[role="alert"]'), 'no alert for a failed fetch');
    console.warn = warn;
    expect($(missing, '[role="alert"]')!.textContent).to.contain('could not be loaded from /no/such/config.json');
  });
});

describe('coop-questionnaire: provisional result and section chart (issue 17)', () => {
  async function resultAfter(values: Record<string, number | string>, config: object = minimal) {
    const el = await mount(undefined, config);
    for (const [id, value] of Object.entries(values)) await answer(el, id, value);
    el.step = 'result';
    await el.updateComplete;
    return el;
  }

  /** The chart.js chart drawn in the result step, once drawn. */
  async function drawnChart(el: CoopQuestionnaire) {
    const canvas = $<HTMLCanvasElement>(el, '.chart canvas')!;
    await waitUntil(() => Chart.getChart(canvas), 'chart not drawn');
    return Chart.getChart(canvas)!;
  }

  it('below the threshold, says first that the result is provisional, with no band or recommendation', async () => {
    // 2 scored answers of 6 (33 %) are below the default 50 %.
    const el = await resultAfter({ q1: 3, q4: 0 });
    const global = $(el, '.result-global')!;
    expect(global.firstElementChild!.classList.contains('provisional')).to.equal(true);
    expect(global.firstElementChild!.textContent).to.contain('Provisional result — 2 answers out of 6');
    expect(global.textContent).to.contain('Provisional score: 50 / 100');
    expect($(el, '.band')).to.equal(null);
    expect($(el, '.recommendations')).to.equal(null);
    for (const band of ['Not ready', 'Prerequisites to consolidate', 'Ready']) expect(text(el)).not.to.contain(band);
    // The unanswered questions come straight after, before the chart and the table.
    const list = $(el, '.unanswered')!;
    expect(list.compareDocumentPosition($(el, '.chart')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect($$(el, '.unanswered a').length).to.equal(4);
    await drawnChart(el);
    await expect(el).to.be.accessible();
  });

  it('with no answer, is provisional, has no score and draws no chart', async () => {
    const el = await resultAfter({});
    expect($(el, '.provisional')!.textContent).to.contain('0 answers out of 6');
    expect($(el, '.result-global')!.textContent).to.contain('No score yet');
    expect($(el, '.chart')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('at the threshold, shows the band and the recommendations', async () => {
    const el = await resultAfter({ q1: 3, q2: 2, q4: 1 }); // 3 of 6 = 50 %
    expect($(el, '.provisional')).to.equal(null);
    expect($(el, '.band')!.textContent).to.contain('Prerequisites to consolidate');
    expect($(el, '.recommendations')).to.exist;
    await drawnChart(el);
    await expect(el).to.be.accessible();
  });

  it('follows a threshold set in the config (0: never provisional)', async () => {
    const el = await resultAfter({ q1: 3 }, { ...copy(minimal), provisionalBelow: 0 });
    expect($(el, '.provisional')).to.equal(null);
    expect($(el, '.band')!.textContent).to.contain('Ready');
  });

  it('draws one labelled horizontal bar per scored section, none for an unscored one, as in the table', async () => {
    const el = await resultAfter({ q1: 3, q2: 2, q4: 1 });
    const chart = await drawnChart(el);
    expect((chart.config as { type: string }).type).to.equal('bar');
    expect(chart.options.indexAxis).to.equal('y');
    const labels = (chart.data.labels as string[][]).map((l) => l.join(' '));
    expect(labels).to.deep.equal(['1. Governance', '2. Purpose']); // "3. Prerequisite" has no score
    expect(chart.data.datasets[0]!.data).to.deep.equal([83, 33]);
    // Cell by cell: the shipped markup has no whitespace between cells (a table reads them apart).
    const rows = $$<HTMLTableRowElement>(el, '.result-table tbody tr').map((r) =>
      [...r.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()).join(' '),
    );
    expect(rows[0]).to.contain('83');
    expect(rows[1]).to.contain('33');
    expect(rows[2]).to.contain('not scored');
  });
});

describe('coop-questionnaire: the paged journey (issue 17)', () => {
  /** The minimal questionnaire with what each level means, as the default content has. */
  const described = () => {
    const config = copy(minimal);
    config.scale.levels.forEach((l, i) => (l.description = `Meaning of level ${i}`));
    return config;
  };
  const clearIntroMemory = () => localStorage.removeItem('coop-widgets:questionnaire-intro:minimal');
  beforeEach(clearIntroMemory);
  afterEach(clearIntroMemory);

  it('shows one section per page; Continue and Back move between them and focus the section heading', async () => {
    const el = await mount();
    expect($(el, '.page-count')!.textContent).to.equal('Section 1 of 3');
    expect(() => button(el, 'Previous section')).to.throw();
    button(el, 'Continue').click();
    await el.updateComplete;
    expect($(el, '.page-count')!.textContent).to.equal('Section 2 of 3');
    expect($$(el, 'fieldset.question').map((f) => f.id)).to.deep.equal(['q-q4', 'q-q5']);
    expect(root(el).activeElement?.id).to.equal('h-purpose');
    await expect(el).to.be.accessible();
    button(el, 'Continue').click();
    await el.updateComplete;
    expect($$(el, 'fieldset.question').map((f) => f.id)).to.deep.equal(['q-q6']);
    expect(() => button(el, 'Continue')).to.throw('No button', 'the last page leads to the result instead');
    expect($(el, '.pager .button--primary')!.textContent!.trim()).to.equal('See my result');
    button(el, 'Previous section').click();
    await el.updateComplete;
    expect($(el, '.page-count')!.textContent).to.equal('Section 2 of 3');
    expect($(el, '.summary a[aria-current="page"]')!.getAttribute('href')).to.equal('#h-purpose');
  });

  it('numbers questions 1 to N across sections, as progress counts them', async () => {
    const el = await mount();
    expect($$(el, '.question-number').map((n) => n.textContent)).to.deep.equal(['1.', '2.', '3.']);
    button(el, 'Continue').click();
    await el.updateComplete;
    expect($$(el, '.question-number').map((n) => n.textContent)).to.deep.equal(['4.', '5.']);
  });

  it('layout="single" keeps every section on one long page', async () => {
    const el = await mountWidget('coop-questionnaire', createMemoryStorage(), { config: minimal, locale: 'en' });
    el.setAttribute('layout', 'single');
    await el.updateComplete;
    expect($$(el, 'fieldset.question').length).to.equal(6);
    expect($(el, '.pager')).to.equal(null);
    expect($$(el, '.question-number').map((n) => n.textContent)).to.deep.equal(['1.', '2.', '3.', '4.', '5.', '6.']);
    await expect(el).to.be.accessible();
  });

  it('reaches the first answer in at most 5 Tab stops from the widget’s start', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const el = await mount();
    before.focus();
    let stops = 0;
    while (stops < 8 && document.activeElement !== el) {
      await sendKeys({ press: 'Tab' });
      stops += 1;
    }
    for (;;) {
      const active = root(el).activeElement;
      if (active instanceof HTMLInputElement && active.type === 'radio') break;
      if (stops >= 8) break;
      await sendKeys({ press: 'Tab' });
      stops += 1;
    }
    expect(root(el).activeElement?.closest('fieldset')?.id).to.equal('q-q1');
    expect(stops).to.be.at.most(5);
  });

  it('names the fill step once in the stepper and once as its heading, not three times', async () => {
    const el = await mount();
    const beforeQuestions = text(el).split('The directors’ committee')[0]!;
    expect(beforeQuestions.split('Fill in the questionnaire').length - 1).to.be.at.most(2);
  });

  it('shows the instructions as an introduction, folded once closed and still folded on the next visit', async () => {
    const el = await mount();
    const intro = $<HTMLDetailsElement>(el, '.intro')!;
    expect(intro.open).to.equal(true);
    expect(intro.textContent).to.contain('Rate each statement.');
    expect(() => button(el, 'Instructions')).to.throw('No button', 'the fill step shows them already');
    intro.querySelector('summary')!.click();
    await waitUntil(() => !intro.open);
    await expect(el).to.be.accessible();
    const again = await mount();
    expect($<HTMLDetailsElement>(again, '.intro')!.open).to.equal(false);
    $<HTMLElement>(again, '.intro summary')!.click();
    await waitUntil(() => $<HTMLDetailsElement>(again, '.intro')!.open);
    const third = await mount();
    expect($<HTMLDetailsElement>(third, '.intro')!.open).to.equal(true);
  });

  it('says what each answer level means above the questions', async () => {
    const el = await mount(createMemoryStorage(), described());
    const legend = $(el, '.scale-key')!;
    expect(legend.textContent).to.contain('What each answer means');
    expect(legend.textContent).to.contain('Meaning of level 2');
    expect(legend.compareDocumentPosition($(el, '#q-q1')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();
  });

  it('opens the erase dialog at its title', async () => {
    const el = await mount();
    button(el, 'Erase my answers').click();
    expect($<HTMLDialogElement>(el, 'dialog.erase')!.open).to.equal(true);
    expect(root(el).activeElement?.id).to.equal('erase-title');
    await sendKeys({ press: 'Escape' });
  });

  it('"next unanswered" opens the page of the question and marks it', async () => {
    const el = await mount();
    await answer(el, 'q1', 3);
    await answer(el, 'q2', 3);
    await answer(el, 'q3', 3);
    radio(el, 'q3', 3).focus();
    button(el, 'Go to the next unanswered question').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).activeElement?.closest('fieldset')?.id).to.equal('q-q4');
    const target = $(el, '#q-q4')!;
    expect(target.getAttribute('part')).to.contain('question--target');
    expect(target.querySelector('legend')!.textContent).to.contain('Next unanswered question');
    expect(getComputedStyle(target).scrollMarginTop).to.not.equal('0px');
    await expect(el).to.be.accessible();
    await answer(el, 'q4', 1);
    expect($(el, '#q-q4')!.getAttribute('part')).to.not.contain('question--target');
  });

  it('outlines the whole option tile, 2 px off it, when its answer has the focus', async () => {
    const el = await mount();
    radio(el, 'q1', 0).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const tile = radio(el, 'q1', 1).closest('label')!;
    const style = getComputedStyle(tile);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('2px');
    expect(style.outlineOffset).to.equal('2px');
  });
});

describe('coop-questionnaire: at 320 px (issue 17, item 3)', () => {
  /**
   * The elements of the widget wider than their box: each scrolls sideways (or spills out of it). Text for screen
   * readers only is clipped to a 1 px box by design, and shows nowhere.
   */
  const overflowing = (el: Element) =>
    $$(el, '*')
      .filter((e) => !e.classList.contains('visually-hidden'))
      .filter((e) => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);

  async function everyAnswered(width: number) {
    await setViewport({ width, height: 800 });
    const el = await mount();
    const config = parsed(minimal);
    let r = createResponses(config);
    for (const [id, v] of [
      ['q1', 3],
      ['q2', 2],
      ['q3', 1],
      ['q4', 2],
      ['q5', 0],
      ['q6', 1],
    ] as const)
      r = setAnswer(config, r, id, v);
    el.setResponses(r);
    el.step = 'result';
    await el.updateComplete;
    await waitUntil(() => $(el, '.result-global') && $(el, 'canvas'), 'no result step or chart');
    await aTimeout(50);
    return el;
  }

  it('shows each section’s result as a summary list, with nothing scrolling sideways', async () => {
    const el = await everyAnswered(320);
    expect(el.getResult()!.sections.every((s) => s.score !== null)).to.equal(true, 'every section scored');
    const cards = $$(el, '.result-cards > li');
    expect(cards.length).to.equal(3);
    expect(cards.every((c) => c.getBoundingClientRect().width > 0)).to.equal(true, 'the cards show');
    expect($(el, '.result-table')!.getBoundingClientRect().width).to.equal(0, 'the table does not');
    expect(cards[0]!.textContent).to.contain('Governance');
    expect(cards[0]!.textContent).to.contain('Score');
    expect(overflowing(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    for (const step of ['fill', 'validate'] as const) {
      el.step = step;
      await el.updateComplete;
      await waitUntil(() => $(el, `.step.${step}`), `no ${step} step`);
      expect(overflowing(el), step).to.deep.equal([]);
    }
  });

  it('keeps the table where it fits', async () => {
    const el = await everyAnswered(1000);
    expect($(el, '.result-table')!.getBoundingClientRect().width).to.be.above(0);
    expect($(el, '.result-cards')!.getBoundingClientRect().width).to.equal(0);
  });
});
