/**
 * Fuzzing the three widgets in the browser (issue 8): fast-check generates and mutates configs and stored
 * data, and each case is checked against the core's own verdict on the same input.
 * - An invalid config shows a visible role="alert" panel listing exactly the core's issues with their JSON
 *   paths, fires one coop-config-error and warns once; a valid one renders its content, without any alert.
 * - Any text in the `config` attribute: an alert or a render, as the core decides.
 * - Any stored text: the widget always renders; it loads what the core reads, and sets everything else aside
 *   with a visible warning naming where, never overwriting it.
 * - Any text stored elsewhere while the user edits (a conflict): the questionnaire merges it, the other widgets
 *   keep the user's version or load that one, as the user chooses; what the core cannot read is set aside
 *   before anything is written, and what is stored is what is shown.
 * No case may end in an uncaught exception or an unhandled rejection.
 */
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/all.js';
import {
  QUESTIONNAIRE_STEPS,
  atpStorageKey,
  createAtpData,
  createMemoryStorage,
  createPrinciplesData,
  createResponses,
  defaultQuestionnaire,
  fitAtpData,
  getStrings,
  listQuestions,
  migrateResponses,
  parseAtpConfig,
  parsePrinciplesConfig,
  parseQuestionnaireConfig,
  parseSaved,
  parseSavedAtp,
  parseSavedPrinciples,
  principlesStorageKey,
  questionnaireStorageKey,
  scaleOf,
  serializeSaved,
  serializeSavedAtp,
  serializeSavedPrinciples,
  setAnswer,
  setComment,
  validateResponses,
  StorageError,
  type AtpConfig,
  type AtpData,
  type ConfigIssue,
  type MemoryStorage,
  type ParseResult,
  type PrinciplesConfig,
  type PrinciplesData,
  type QuestionnaireConfig,
  type StorageAdapter,
} from '../../src/core/index.js';
import type { CoopAtpMatrix } from '../../src/elements/atp-matrix/atp-matrix.js';
import type { CoopPrinciplesChecklist } from '../../src/elements/principles-checklist/principles-checklist.js';
import type { CoopQuestionnaire } from '../../src/elements/questionnaire/questionnaire.js';
import type { CoopConfigErrorEvent } from '../../src/elements/events.js';
import questionnaireContent from '../../src/content/questionnaire.en.json';
import atpContent from '../../src/content/atp.en.json';
import principlesContent from '../../src/content/principles.en.json';
import atpDataFixture from '../fixtures/atp.data.json';
import principlesDataFixture from '../fixtures/principles.data.json';
import { $, $$, alertText, button, text } from './helpers.js';

/** Cases per property: 3 widgets × 4 properties, 645 cases in all (plus the regressions). */
const RUNS = { mutatedConfig: 80, attribute: 50, stored: 60, conflict: 25 };
/** Every few cases of a property that reuses one element, a fresh element instead. */
const FRESH_EVERY = 10;

const EN = getStrings('en');
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const NOW = new Date('2026-03-01T10:00:00.000Z');

// ------------------------------------------------------------------ mutations of a JSON document

type Key = string | number;
type Path = Key[];
const DELETE = Symbol('delete');
type Mutation = [path: Path, value: unknown];

/** Every path of a JSON document but its root, with the value found there. */
function pathsOf(doc: unknown): { path: Path; old: unknown }[] {
  const out: { path: Path; old: unknown }[] = [];
  const walk = (x: unknown, at: Path) => {
    if (at.length) out.push({ path: at, old: x });
    if (x && typeof x === 'object')
      for (const [k, v] of Object.entries(x)) walk(v, [...at, Array.isArray(x) ? Number(k) : k]);
  };
  walk(doc, []);
  return out;
}

/** Any JSON value, with the small and extreme ones that break validators most often. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 16 }) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 200 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, '', ' ', [], {}, 0, -1, 1e308, 'x', [1], { x: 1 }) },
);

/** A value of the same kind as `old` two times out of three (what gets past a schema and reaches the renderer). */
function valueLike(old: unknown): fc.Arbitrary<unknown> {
  if (typeof old === 'string')
    return fc.oneof(
      anyValue,
      fc.string({ maxLength: 16 }),
      fc.constantFrom('', ' ', 'x', 'not-a-date', '2026-02-30', '2026-01-10T25:61:00Z', `${old} `, old.toUpperCase()),
    );
  if (typeof old === 'number')
    return fc.oneof(anyValue, fc.integer({ min: -2, max: 150 }), fc.constantFrom(old + 1, old - 1, -old, old + 0.5));
  if (typeof old === 'boolean') return fc.oneof(anyValue, fc.boolean());
  return anyValue;
}

/** One to three changes at existing paths: a value replaced (by anything, or by something alike) or removed. */
function mutationsOf(doc: unknown): fc.Arbitrary<Mutation[]> {
  const paths = pathsOf(doc);
  const one = fc
    .constantFrom(...paths)
    .chain(({ path, old }) =>
      fc.option(valueLike(old), { nil: DELETE, freq: 6 }).map((value): Mutation => [path, value]),
    );
  return fc.array(one, { minLength: 1, maxLength: 3 });
}

/** A copy of `doc` with the changes applied (a removed array element is spliced out), as plain JSON. */
function mutate(doc: unknown, mutations: readonly Mutation[]): unknown {
  const out = copy(doc);
  for (const [path, value] of mutations) {
    let target: unknown = out;
    for (const key of path.slice(0, -1)) {
      if (!target || typeof target !== 'object') break;
      target = (target as Record<Key, unknown>)[key];
    }
    if (!target || typeof target !== 'object') continue; // an earlier change removed the way there
    const last = path[path.length - 1]!;
    if (value !== DELETE) (target as Record<Key, unknown>)[last] = value;
    else if (Array.isArray(target)) target.splice(Number(last), 1);
    else Reflect.deleteProperty(target, last);
  }
  return copy(out);
}

/** Truncations of a text, the whole text included. */
const truncated = (text: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.nat({ max: text.length }).map((n) => text.slice(0, n)) },
    { weight: 1, arbitrary: fc.constant(text) },
  );

// ------------------------------------------------------------------ the widgets

type Widget = HTMLElement & { config?: unknown; storage?: StorageAdapter; updateComplete: Promise<boolean> };

interface Spec<C> {
  tag: string;
  /** The default content, as the JSON a page would give. */
  content: object;
  parse(input: string | object): ParseResult<C>;
  title(config: C): string;
  /** The widget's data is loaded (its content can render). */
  loaded(el: Widget): boolean;
  /** What a valid config must show besides its title. */
  checkContent(el: Widget, config: C): void;
  stored: {
    key: string;
    /** Valid stored documents, as JSON: the seeds of the mutations. */
    valid: object[];
    /** Stored texts that once broke the widget: checked in a test of their own, whatever the random cases. */
    regressions: string[];
    /** What the widget must hold once `raw` is loaded (`undefined` when the core cannot read it). */
    expected(raw: string, config: C): unknown;
    /** What it holds when nothing usable was stored. */
    fresh(config: C): unknown;
    current(el: Widget): unknown;
  };
  /** A change the user makes (it is saved). */
  edit(el: Widget): void;
}

const questionnaireConfig = defaultQuestionnaire('en');
const validResponses = (() => {
  const c = questionnaireConfig;
  const [first, second, third] = listQuestions(c);
  let r = setAnswer(c, createResponses(c, NOW), first!.question.id, scaleOf(c, first!.question).levels[1]!.value, NOW);
  const nonScored = scaleOf(c, second!.question).nonScored[0];
  if (nonScored) r = setAnswer(c, r, second!.question.id, nonScored.value, NOW);
  r = setComment(c, r, third!.question.id, 'To discuss with the board', NOW);
  return r;
})();

const questionnaire: Spec<QuestionnaireConfig> = {
  tag: 'coop-questionnaire',
  content: questionnaireContent,
  parse: (input) => parseQuestionnaireConfig(input, { locale: 'en' }),
  title: (c) => c.title,
  loaded: (el) => (el as unknown as CoopQuestionnaire).getResponses() !== undefined,
  checkContent(el, c) {
    if ((el as unknown as CoopQuestionnaire).step !== 'fill') return;
    // Paged (the default): the questions of the section on screen; `layout="single"`: every question.
    const shown = $$(el, '.section > h4').map((h) => h.id.slice(2));
    const expected = listQuestions(c).filter((r) => shown.includes(r.section.id)).length;
    expect(shown.length, 'a section on screen').to.be.above(0);
    expect($$(el, 'fieldset.question').length).to.equal(expected, 'one fieldset per question of the page');
  },
  stored: {
    key: questionnaireStorageKey(questionnaireConfig.id),
    valid: [
      JSON.parse(serializeSaved('fill', validResponses)) as object,
      JSON.parse(
        serializeSaved('validate', validateResponses(validResponses, { name: 'A. Martin', role: 'Director' }, NOW)),
      ) as object,
    ],
    regressions: [
      // Any non-empty text passes the schema as a date; the header's "Saved on …" then throws a RangeError.
      serializeSaved('fill', { ...validResponses, updatedAt: ' ' }),
      // The same for the date of the validation, on the validate step.
      serializeSaved('validate', {
        ...validateResponses(validResponses, { name: 'A. Martin' }, NOW),
        validatedAt: 'x',
      }),
    ],
    expected(raw, c) {
      const parsed = parseSaved(raw, { locale: 'en' });
      if (!parsed.ok) return undefined;
      return { step: parsed.saved.step, responses: migrateResponses(c, parsed.saved.responses) };
    },
    fresh: () => ({ step: 'fill', answers: {}, orphans: [] }),
    current(el) {
      const q = el as unknown as CoopQuestionnaire;
      return q.getResponses() && { step: q.step, responses: q.getResponses() };
    },
  },
  edit: (el) => $$<HTMLInputElement>(el, 'fieldset.question input[type=radio]')[0]!.click(),
};

const atp: Spec<AtpConfig> = {
  tag: 'coop-atp-matrix',
  content: atpContent,
  parse: (input) => parseAtpConfig(input, { locale: 'en' }),
  title: (c) => c.title,
  loaded: (el) => (el as unknown as CoopAtpMatrix).getData() !== undefined,
  checkContent(el) {
    const data = (el as unknown as CoopAtpMatrix).getData()!;
    expect($$(el, 'table.grid tbody tr[data-group]').length).to.equal(data.groups.length, 'one row per group');
    expect($$(el, 'table.grid thead th.category').length).to.equal(3, 'the three categories');
  },
  stored: {
    key: atpStorageKey(atpContent.id),
    valid: [JSON.parse(serializeSavedAtp(atpDataFixture as AtpData)) as object],
    regressions: [],
    expected(raw, c) {
      const parsed = parseSavedAtp(raw, { locale: 'en' });
      return parsed.ok ? fitAtpData(c, parsed.data) : undefined;
    },
    fresh: (c) => createAtpData(c),
    current: (el) => (el as unknown as CoopAtpMatrix).getData(),
  },
  edit: (el) => (el as unknown as CoopAtpMatrix).setData(copy(atpDataFixture as AtpData)),
};

const principles: Spec<PrinciplesConfig> = {
  tag: 'coop-principles-checklist',
  content: principlesContent,
  parse: (input) => parsePrinciplesConfig(input, { locale: 'en' }),
  title: (c) => c.title,
  loaded: (el) => (el as unknown as CoopPrinciplesChecklist).getData() !== undefined,
  checkContent(el, c) {
    expect($$(el, 'li.principle').length).to.equal(c.principles.length, 'one entry per principle');
  },
  stored: {
    key: principlesStorageKey(principlesContent.id),
    valid: [JSON.parse(serializeSavedPrinciples(principlesDataFixture as PrinciplesData)) as object],
    regressions: [],
    expected(raw) {
      const parsed = parseSavedPrinciples(raw, { locale: 'en' });
      return parsed.ok ? parsed.data : undefined;
    },
    fresh: () => createPrinciplesData(),
    current: (el) => (el as unknown as CoopPrinciplesChecklist).getData(),
  },
  edit: (el) => (el as unknown as CoopPrinciplesChecklist).setData(copy(principlesDataFixture as PrinciplesData)),
};

// ------------------------------------------------------------------ the harness

let area: HTMLDivElement;
/** Uncaught exceptions and unhandled rejections seen since the test began. */
const uncaught: string[] = [];
/** coop-config-error events of the current case. */
let events: CoopConfigErrorEvent[] = [];
/** Console warnings about an invalid config, in the current case. */
let configWarnings = 0;

const onError = (e: ErrorEvent) => uncaught.push(`uncaught: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) =>
  uncaught.push(`unhandled rejection: ${e.reason instanceof Error ? e.reason.stack : String(e.reason)}`);
const warn = console.warn;

beforeEach(() => {
  uncaught.length = 0;
  area = document.createElement('div');
  document.body.append(area);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.warn = (...args: unknown[]) => {
    if (String(args[0]).includes('has an invalid config')) configWarnings++;
    // Storage warnings (corrupt data set aside) are expected by the hundred: not echoed.
  };
});

afterEach(async () => {
  area.remove();
  await new Promise((r) => setTimeout(r, 20));
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  console.warn = warn;
  // No assertion here: a failing hook would skip every later test. Each case checks `uncaught` itself.
});

/** A widget in English with its own storage, listening for config errors. */
function mount(
  spec: Spec<unknown>,
  storage: StorageAdapter,
  source: { config?: unknown; attribute?: string },
): Promise<Widget> {
  const el = document.createElement(spec.tag) as Widget;
  el.setAttribute('locale', 'en');
  el.toggleAttribute('show-config-errors', true); // the full panel, as on a page being edited
  el.storage = storage;
  if ('config' in source) el.config = source.config;
  if (source.attribute !== undefined) el.setAttribute('config', source.attribute);
  el.addEventListener('coop-config-error', (e) => events.push(e as CoopConfigErrorEvent));
  area.append(el);
  return el.updateComplete.then(() => el);
}

/** Lets pending tasks run, so that an error they throw is seen by this case. */
const settle = () => new Promise((r) => setTimeout(r));

function resetCase(): void {
  uncaught.length = 0; // a case is judged on its own errors (shrinking replays cases after a failure)
  events = [];
  configWarnings = 0;
}

/** The config is invalid: a visible alert lists the core's issues with their paths; one event, one warning. */
async function expectConfigAlert(el: Widget, issues: readonly ConfigIssue[]): Promise<void> {
  await el.updateComplete;
  const panel = $(el, '[part="error"]');
  expect(!!panel, 'a config error panel is shown').to.equal(true);
  expect(panel!.getAttribute('role')).to.equal('alert');
  expect(panel!.offsetHeight > 0, 'the panel is visible').to.equal(true);
  expect(panel!.textContent).to.contain(EN.configErrorTitle(issues.length));
  const paths = [...panel!.querySelectorAll('.error-path code')].map((c) => c.textContent);
  expect(paths).to.deep.equal(issues.map((i) => i.path || EN.configErrorRoot));
  expect(!!$(el, '.base'), 'no content next to the alert').to.equal(false);
  expect(events.length, 'one coop-config-error').to.equal(1);
  expect(events[0]!.detail.issues).to.deep.equal(issues);
  expect(configWarnings, 'one console warning').to.equal(1);
}

/** The config is valid: its content renders, loaded, with no config alert and no config error. */
async function expectRendered<C>(el: Widget, spec: Spec<C>, config: C): Promise<void> {
  try {
    // An uncaught error ends the wait at once: the render that threw will not come back by itself.
    await waitUntil(() => uncaught.length > 0 || (spec.loaded(el) && !!$(el, '.base h2.title')), '', {
      interval: 5,
      timeout: 3000,
    });
    await el.updateComplete;
  } catch {
    // reported below, with what the widget shows instead
  }
  const shown = text(el).trim().slice(0, 160);
  expect(uncaught, `<${spec.tag}> threw; it shows "${shown}"`).to.deep.equal([]);
  expect(spec.loaded(el) && !!$(el, '.base h2.title'), `<${spec.tag}> did not render; it shows "${shown}"`).to.equal(
    true,
  );
  expect(!!$(el, '[part="error"]'), 'no config error panel').to.equal(false);
  expect($(el, '.base h2.title')!.textContent).to.equal(spec.title(config));
  expect($(el, '.base')!.offsetHeight > 0, 'the content is visible').to.equal(true);
  spec.checkContent(el, config);
  expect(events.length, 'no coop-config-error').to.equal(0);
  expect(configWarnings).to.equal(0);
}

/** What the `config` attribute gives the widget: parsed JSON, or the text itself when it is not JSON. */
function attributeValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

// ------------------------------------------------------------------ the properties

for (const spec of [questionnaire, atp, principles] as Spec<unknown>[]) {
  describe(`fuzzing <${spec.tag}>`, () => {
    const defaultConfig = spec.parse(spec.content);
    if (!defaultConfig.ok) throw new Error(`invalid default content: ${JSON.stringify(defaultConfig.issues)}`);

    it('shows the core’s issues for any mutated config, and renders every valid one', async function () {
      this.timeout(90_000);
      let el: Widget | undefined;
      let run = 0;
      let valid = 0;
      await fc.assert(
        fc.asyncProperty(mutationsOf(spec.content), async (mutations) => {
          const input = mutate(spec.content, mutations) as object;
          const verdict = spec.parse(input);
          resetCase();
          if (run++ % FRESH_EVERY === 0 || !el) {
            el?.remove();
            el = await mount(spec, createMemoryStorage(), { config: input });
          } else {
            el.config = input;
            await el.updateComplete;
          }
          if (verdict.ok) {
            valid++;
            await expectRendered(el, spec, verdict.config);
          } else {
            await expectConfigAlert(el, verdict.issues);
          }
          await settle();
          expect(uncaught).to.deep.equal([]);
        }),
        { numRuns: RUNS.mutatedConfig, includeErrorInReport: true },
      );
      // Both kinds of cases were tried (the mutations keep many configs valid).
      expect(valid, 'valid cases').to.be.above(0);
      expect(valid, 'valid cases').to.be.below(run);
    });

    it('shows an alert or renders for any text in the config attribute, as the core decides', async function () {
      this.timeout(90_000);
      const text = JSON.stringify(spec.content);
      const texts = fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.json({ maxDepth: 3 }),
        truncated(text),
        truncated(JSON.stringify(spec.content, null, 2)),
        mutationsOf(spec.content).map((m) => JSON.stringify(mutate(spec.content, m))),
      );
      await fc.assert(
        fc.asyncProperty(texts, async (attribute) => {
          resetCase();
          const value = attributeValue(attribute);
          const el = await mount(spec, createMemoryStorage(), { attribute });
          try {
            if (value === null || value === '') {
              // No config at all ('', "null", '""'): the widget shows its default content.
              await expectRendered(el, spec, defaultConfig.config);
            } else {
              const verdict = spec.parse(typeof value === 'object' ? value : String(value));
              if (verdict.ok) await expectRendered(el, spec, verdict.config);
              else await expectConfigAlert(el, verdict.issues);
            }
          } finally {
            el.remove();
          }
          await settle();
          expect(uncaught).to.deep.equal([]);
        }),
        { numRuns: RUNS.attribute, includeErrorInReport: true },
      );
    });

    it('renders over any stored text: loads what the core reads, sets the rest aside visibly', async function () {
      this.timeout(90_000);
      for (const doc of spec.stored.valid) {
        const reads = spec.stored.expected(JSON.stringify(doc), defaultConfig.config) !== undefined;
        expect(reads, 'a seed document reads').to.equal(true);
      }
      const tally = { loaded: 0, setAside: 0 };
      await fc.assert(
        fc.asyncProperty(storedTexts(spec), (raw) => checkStored(spec, defaultConfig.config, raw, tally)),
        { numRuns: RUNS.stored, includeErrorInReport: true },
      );
      expect(tally.loaded, 'cases loaded').to.be.above(0);
      expect(tally.setAside, 'cases set aside').to.be.above(0);
    });

    it('settles a conflict over any text stored elsewhere: sets aside what it cannot read, stores what it shows', async function () {
      this.timeout(90_000);
      const choices = spec === questionnaire ? fc.constant('merge' as const) : fc.constantFrom('keep', 'load');
      const tally = { read: 0, setAside: 0 };
      await fc.assert(
        fc.asyncProperty(
          // A third are valid documents as they are, so that every run has readable cases.
          fc.oneof(
            { weight: 1, arbitrary: fc.constantFrom(...spec.stored.valid.map((doc) => JSON.stringify(doc))) },
            { weight: 2, arbitrary: storedTexts(spec).filter((raw) => raw !== '') },
          ),
          choices,
          (raw, choice) => checkConflict(spec, defaultConfig.config, raw, choice, tally),
        ),
        {
          numRuns: RUNS.conflict,
          includeErrorInReport: true,
          // Always an unreadable case and a readable one, whatever the random ones.
          examples:
            spec === questionnaire
              ? [
                  ['not json{', 'merge' as const],
                  [JSON.stringify(spec.stored.valid[0]), 'merge' as const],
                ]
              : [
                  ['not json{', 'keep' as const],
                  ['not json{', 'load' as const],
                  [JSON.stringify(spec.stored.valid[0]), 'load' as const],
                ],
        },
      );
      expect(tally.read, 'readable cases').to.be.above(0);
      expect(tally.setAside, 'unreadable cases').to.be.above(0);
    });

    if (spec.stored.regressions.length) {
      it('renders over the stored texts that once broke it', async function () {
        this.timeout(30_000);
        const tally = { loaded: 0, setAside: 0 };
        const failures: string[] = [];
        for (const raw of spec.stored.regressions) {
          try {
            await checkStored(spec, defaultConfig.config, raw, tally);
          } catch (error) {
            failures.push(`stored text ${raw}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        expect(failures).to.deep.equal([]);
      });
    }
  });
}

/** Stored texts: mutations, truncations of valid documents, any JSON, any text. */
function storedTexts(spec: Spec<unknown>): fc.Arbitrary<string> {
  const seed = fc.constantFrom(...spec.stored.valid);
  const steps = fc.constantFrom(...QUESTIONNAIRE_STEPS);
  return fc.oneof(
    { weight: 5, arbitrary: seed.chain((doc) => mutationsOf(doc).map((m) => JSON.stringify(mutate(doc, m)))) },
    // The questionnaire's seeds on each step (the result step draws a chart, the last one a validation).
    {
      weight: 1,
      arbitrary: fc
        .tuple(seed, steps)
        .map(([doc, step]) => JSON.stringify(spec === questionnaire ? { ...doc, step } : doc)),
    },
    { weight: 1, arbitrary: seed.chain((doc) => truncated(JSON.stringify(doc))) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.string() },
  );
}

/**
 * A conflict over `raw`: another device stores it right after the widget read its (empty) key, the user's
 * edit then conflicts, and it is settled (the questionnaire merges; the others as `choice` says). Nothing
 * throws; unreadable text is set aside, exactly, before anything is written to the key; no conflict warning
 * is left; and what is stored is what the widget shows (after "load", the stored version, unwritten).
 */
async function checkConflict<C>(
  spec: Spec<C>,
  config: C,
  raw: string,
  choice: 'merge' | 'keep' | 'load',
  tally: { read: number; setAside: number },
): Promise<void> {
  resetCase();
  const { key } = spec.stored;
  const store = createMemoryStorage();
  const seen = new Map<string, string | null>();
  let raced = false;
  const storage: StorageAdapter = {
    load: async (k) => {
      const text = await store.load(k);
      seen.set(k, text);
      if (k === key && !raced) {
        raced = true;
        await store.save(k, raw);
      }
      return text;
    },
    save: async (k, text) => {
      if (seen.has(k) && seen.get(k) !== (await store.load(k))) throw new StorageError('conflict', 'elsewhere');
      await store.save(k, text);
      seen.set(k, text);
    },
    remove: (k) => store.remove(k),
  };
  const el = await mount(spec as Spec<unknown>, storage, { config: spec.content });
  try {
    await expectRendered(el, spec, config);
    spec.edit(el);
    await el.updateComplete;
    window.dispatchEvent(new Event('pagehide'));
    const conflictShown = () => alertText(el).includes('changed elsewhere');
    if (choice === 'merge') {
      await waitUntil(() => uncaught.length > 0 || store.data.get(key) !== raw, 'the merge was never written', {
        timeout: 3000,
      });
    } else {
      await waitUntil(() => uncaught.length > 0 || conflictShown(), 'the conflict was not shown', { timeout: 3000 });
      if (choice === 'keep') button(el, 'Keep my version').click();
      else {
        button(el, 'Load the saved version').click();
        const dialog = $<HTMLDialogElement>(el, 'dialog.load-saved')!;
        [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Load the saved version')!.click();
      }
      await waitUntil(() => uncaught.length > 0 || !conflictShown(), 'the conflict was not settled', { timeout: 3000 });
    }
    await el.updateComplete;
    await settle();
    expect(uncaught).to.deep.equal([]);
    expect(alertText(el)).to.not.contain('could not be merged');
    const aside = [...store.data.keys()].filter((k) => k.startsWith(`${key}:corrupt:`));
    const readable = spec.stored.expected(raw, config) !== undefined;
    if (readable) {
      tally.read++;
      expect(aside, 'nothing set aside').to.deep.equal([]);
    } else {
      tally.setAside++;
      expect(
        aside.map((k) => store.data.get(k)),
        'the unreadable text is set aside, exactly',
      ).to.deep.equal([raw]);
    }
    const stored = store.data.get(key)!;
    if (choice === 'load') {
      expect(stored, 'loading writes nothing').to.equal(raw);
      if (readable)
        expect(spec.stored.current(el), 'the saved version is shown').to.deep.equal(spec.stored.expected(raw, config));
      else expect(freshOf(spec as Spec<unknown>, el), 'unreadable: afresh').to.deep.equal(spec.stored.fresh(config));
    } else {
      expect(spec.stored.expected(stored, config), 'what is stored is what is shown').to.deep.equal(
        spec.stored.current(el),
      );
    }
    if (choice === 'merge') {
      // The user's answer is kept: given, or among the orphans when a validation elsewhere holds.
      const first = listQuestions(config as QuestionnaireConfig)[0]!.question.id;
      const r = (el as unknown as CoopQuestionnaire).getResponses()!;
      const kept = r.answers[first] !== undefined || r.orphans.some((o) => o.questionId === first);
      expect(kept, 'the user’s answer is kept').to.equal(true);
    }
  } finally {
    el.remove();
  }
  await settle();
  expect(uncaught).to.deep.equal([]);
}

/**
 * One stored text under the widget's key: the widget renders; it holds what the core reads from the text, or,
 * when the core cannot read it, starts afresh, sets the text aside under a key it names in a visible warning,
 * and leaves the original where it was.
 */
async function checkStored<C>(
  spec: Spec<C>,
  config: C,
  raw: string,
  tally: { loaded: number; setAside: number },
): Promise<void> {
  resetCase();
  const { key } = spec.stored;
  const storage = createMemoryStorage({ [key]: raw });
  const el = await mount(spec as Spec<unknown>, storage, { config: spec.content });
  try {
    await judgeStored(el, spec, config, storage, raw, tally);
  } finally {
    el.remove();
  }
  await settle();
  expect(uncaught).to.deep.equal([]);
}

async function judgeStored<C>(
  el: Widget,
  spec: Spec<C>,
  config: C,
  storage: MemoryStorage,
  raw: string,
  tally: { loaded: number; setAside: number },
): Promise<void> {
  const { key } = spec.stored;
  await expectRendered(el, spec, config);
  const aside = [...storage.data.keys()].filter((k) => k.startsWith(`${key}:corrupt:`));
  const warning = $(el, '[part="warning"]');
  const expected = raw === '' ? null : spec.stored.expected(raw, config);
  if (expected === undefined) {
    tally.setAside++;
    expect(aside.length, 'the unreadable text is set aside').to.equal(1);
    expect(storage.data.get(aside[0]!)).to.equal(raw);
    expect(storage.data.get(key), 'and never overwritten').to.equal(raw);
    expect(!!warning, 'a storage warning is shown').to.equal(true);
    expect(warning!.getAttribute('role')).to.equal('alert');
    expect(warning!.offsetHeight > 0, 'the warning is visible').to.equal(true);
    expect(warning!.textContent).to.contain(aside[0]!);
    expect(freshOf(spec as Spec<unknown>, el), 'the widget starts afresh').to.deep.equal(spec.stored.fresh(config));
  } else {
    expect(aside, 'nothing set aside').to.deep.equal([]);
    expect(!!warning, 'no storage warning').to.equal(false);
    if (expected === null) {
      // An empty string is nothing stored.
      expect(freshOf(spec as Spec<unknown>, el)).to.deep.equal(spec.stored.fresh(config));
    } else {
      tally.loaded++;
      expect(spec.stored.current(el), 'the stored data is loaded').to.deep.equal(expected);
    }
  }
}

/** The widget's data reduced to what a fresh start has (the questionnaire's timestamps are "now"). */
function freshOf(spec: Spec<unknown>, el: Widget): unknown {
  if (spec !== questionnaire) return spec.stored.current(el);
  const q = el as unknown as CoopQuestionnaire;
  const r = q.getResponses()!;
  return { step: q.step, answers: r.answers, orphans: r.orphans };
}
