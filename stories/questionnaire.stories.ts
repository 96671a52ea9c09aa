/**
 * <coop-questionnaire>, one story per state a user meets. Every config comes from test/fixtures (the files the
 * browser tests use), and every story saves into its own in-memory storage, never the browser's localStorage:
 * stories do not leak answers into one another, nor into the next visit.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/define/questionnaire.js';
import {
  createMemoryStorage,
  createResponses,
  parseQuestionnaireConfig,
  questionnaireStorageKey,
  serializeSaved,
  setAnswer,
  reopenResponses,
  setComment,
  validateResponses,
  type AnswerValue,
  type QuestionnaireConfig,
  type QuestionnaireConfigInput,
  type QuestionnaireStep,
  type Responses,
} from '../src/core/index.js';
import { generateQuestionnaire } from '../test/fixtures/generate.js';
import brokenJson from '../test/fixtures/questionnaire.broken.json';
import minimalJson from '../test/fixtures/questionnaire.minimal.json';
import {
  alwaysChanging,
  docs,
  empty,
  faultStories,
  narrowColumn,
  setByStory,
  shadowOf,
  drawn,
  elementOf,
  type StorageFactory,
  type WidgetEdit,
  type WidgetSetup,
} from './shared.js';

const minimal = minimalJson as QuestionnaireConfigInput;
const broken: object = brokenJson;
const large = generateQuestionnaire(300);

/** The fixture with its defaults applied: the core's response functions take a parsed config. */
const minimalModel: QuestionnaireConfig = (() => {
  const result = parseQuestionnaireConfig(minimal);
  if (!result.ok) throw new Error(`questionnaire.minimal.json is invalid: ${JSON.stringify(result.issues)}`);
  return result.config;
})();

/** A fixed time, so that "saved on…" and "validated on…" read the same on every run (visual diffs stay quiet). */
const AT = new Date('2025-03-14T09:30:00Z');

function answered(values: Record<string, AnswerValue>, comments: Record<string, string> = {}): Responses {
  let responses = createResponses(minimalModel, AT);
  for (const [id, value] of Object.entries(values)) responses = setAnswer(minimalModel, responses, id, value, AT);
  for (const [id, text] of Object.entries(comments)) responses = setComment(minimalModel, responses, id, text, AT);
  return responses;
}

/** Three of the six questions, and a comment. */
const halfFilled = answered({ q1: 2, q2: 1, q4: 3 }, { q1: 'To discuss at the next directors’ committee.' });
/** Two of the six questions (below the default 50 %): a provisional result. */
const fewAnswers = answered({ q1: 3, q4: 0 });
/** Every answer at its top level but the promoter's 60 % commitment: "ready under conditions", capped lower. */
const capped = answered({ q1: 3, q2: 3, q3: 3, q4: 3, q5: 3, q6: 0 });
/** The worked example of docs/scoring.md: 87 / 100, "ready". */
const complete = answered({ q1: 3, q2: 2, q3: 'dont-know', q4: 1, q5: 3, q6: 1 });
const validated = validateResponses(complete, { name: 'Marie Dupont', role: 'Director' }, AT);
/** The validated result reopened a day later, one answer changed: the validated version is in its history. */
const reopened = setAnswer(
  minimalModel,
  reopenResponses(validated, new Date('2025-03-15T10:00:00Z')),
  'q4',
  3,
  new Date('2025-03-15T10:05:00Z'),
);

type QuestionnaireArgs = {
  /** A config edited in the Controls panel (JSON); it replaces the story's own. */
  config?: object;
  locale?: 'fr' | 'en';
  step?: QuestionnaireStep;
  /** `paged` (the default): one section per page; `single`: every section on one page. */
  layout?: 'paged' | 'single';
  readonly?: boolean;
  'storage-key'?: string;
  // Added by Storybook from the manifest's @fires: each logs to the Actions panel.
  onCoopAnswerChange?: (event: Event) => void;
  onCoopStepChange?: (event: Event) => void;
  onCoopComplete?: (event: Event) => void;
  onCoopValidate?: (event: Event) => void;
  onCoopConfigError?: (event: Event) => void;
  onCoopStorageError?: (event: Event) => void;
};

/** Without a config: the default content. */
interface Setup extends WidgetSetup {
  /** Answers already saved, as if the user had been here before. */
  saved?: Responses;
}

/** Storage holding `responses` under the story's key, saved on the story's step. */
const savedFor =
  (args: QuestionnaireArgs, responses: Responses): StorageFactory =>
  () => {
    const key = questionnaireStorageKey(responses.questionnaireId, args['storage-key'] || undefined);
    return createMemoryStorage({ [key]: serializeSaved(args.step ?? 'fill', responses) });
  };

/**
 * The element, with the story's args as attributes. `guard` keeps one storage per mounted story: changing a
 * control re-renders the same element, which must keep its storage; a remount builds the template afresh.
 */
const questionnaire = (args: QuestionnaireArgs, { config, saved, storage }: Setup = {}) =>
  html`<coop-questionnaire
    locale=${ifDefined(args.locale)}
    step=${ifDefined(args.step)}
    layout=${ifDefined(args.layout)}
    storage-key=${ifDefined(args['storage-key'] || undefined)}
    ?readonly=${args.readonly ?? false}
    .config=${args.config ?? config}
    .storage=${guard([], storage ?? (saved ? savedFor(args, saved) : empty))}
    @coop-answer-change=${args.onCoopAnswerChange}
    @coop-step-change=${args.onCoopStepChange}
    @coop-complete=${args.onCoopComplete}
    @coop-validate=${args.onCoopValidate}
    @coop-config-error=${args.onCoopConfigError}
    @coop-storage-error=${args.onCoopStorageError}
  ></coop-questionnaire>`;

const meta = {
  title: 'Widgets/coop-questionnaire',
  component: 'coop-questionnaire',
  tags: ['autodocs'],
  args: { locale: 'fr', step: 'fill', readonly: false },
  argTypes: {
    // Members each story sets itself (objects, URLs): documented, but no control.
    config: { control: 'object' },
    ...setByStory(['storage', 'strings', 'src', 'name', 'sync-hash', 'storageKey', 'syncHash']),
    locale: { control: 'inline-radio', options: ['fr', 'en'] },
    step: { control: 'inline-radio', options: ['fill', 'result', 'validate'] },
    layout: { control: 'inline-radio', options: ['paged', 'single'] },
    readonly: { control: 'boolean' },
    'storage-key': { control: 'text' },
  },
  render: (args) => questionnaire(args),
} satisfies Meta<QuestionnaireArgs>;

export default meta;
type Story = StoryObj<QuestionnaireArgs>;

export const Default: Story = {
  // Explicit: the Storybook preview is <html lang="en">, which the element would otherwise follow.
  args: { locale: 'fr' },
  parameters: docs('No config: the default French questionnaire « Prêts pour une coopération », nothing answered.'),
};

export const English: Story = {
  args: { locale: 'en' },
  parameters: docs('`locale="en"` with no config: the default content and the interface in English.'),
};

export const HalfFilled: Story = {
  args: { locale: 'en' },
  render: (args) => questionnaire(args, { config: minimal, saved: halfFilled }),
  parameters: docs('A returning user: three of six questions answered and a comment, restored from storage.'),
};

export const Result: Story = {
  args: { locale: 'en', step: 'result' },
  render: (args) => questionnaire(args, { config: minimal, saved: capped }),
  parameters: docs(
    'The result step with the prerequisite (q6) answered "no": the band is capped, the cap is explained, and the chart and table show each section.',
  ),
};

export const ProvisionalResult: Story = {
  args: { locale: 'en', step: 'result' },
  render: (args) => questionnaire(args, { config: minimal, saved: fewAnswers }),
  parameters: docs(
    'The result step after two answers of six, below the config’s `provisionalBelow` (the library’s default, 50 %): it says first that the result is provisional, lists the unanswered questions, and shows no band and no recommendation; the chart leaves out the section with no score.',
  ),
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement, 'coop-questionnaire');
    await expect(await within(root).findByText(/Provisional result — 2 answers out of 6/)).toBeVisible();
    await expect(root.querySelector('.band')).toBeNull();
    await expect(root.querySelector('.recommendations')).toBeNull();
  },
};

export const SecondPage: Story = {
  args: { locale: 'en' },
  render: (args) => questionnaire(args, { config: minimal, saved: halfFilled }),
  parameters: docs(
    'Paged, the default: one section per page. “Continue” shows the next section and moves focus to its heading; “Previous section” goes back; the summary, folded above the questions, opens any section.',
  ),
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement, 'coop-questionnaire');
    const canvas = within(root);
    await userEvent.click(await canvas.findByRole('button', { name: 'Continue' }));
    const heading = await canvas.findByRole('heading', { name: '2. Purpose' });
    // Focus is inside the shadow root: the document's active element is the widget itself.
    await waitFor(() => expect(elementOf(canvasElement, 'coop-questionnaire').shadowRoot?.activeElement).toBe(heading));
    await expect(root.querySelector('.page-count')).toHaveTextContent('Section 2 of 3');
    await expect(canvas.getByRole('button', { name: 'Previous section' })).toBeVisible();
  },
};

export const SinglePage: Story = {
  args: { locale: 'en', layout: 'single' },
  render: (args) => questionnaire(args, { config: minimal, saved: halfFilled }),
  parameters: docs('`layout="single"`: every section on one long page, the summary unfolded as a table of contents.'),
};

export const NextUnanswered: Story = {
  args: { locale: 'en' },
  render: (args) => questionnaire(args, { config: minimal, saved: halfFilled }),
  parameters: docs(
    '“Go to the next unanswered question” opens the page of that question, focuses its answers and marks it in words (not colour alone); the focus ring outlines the whole answer tile.',
  ),
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement, 'coop-questionnaire');
    const canvas = within(root);
    await userEvent.click(await canvas.findByRole('button', { name: 'Go to the next unanswered question' }));
    const question = await canvas.findByRole('group', { name: /Next unanswered question/ });
    await expect(question).toHaveAttribute('id', 'q-q3');
  },
};

export const Validate: Story = {
  args: { locale: 'en', step: 'validate' },
  render: (args) => questionnaire(args, { config: minimal, saved: complete }),
  parameters: docs(
    'The validation step before signing off, every question answered: what validating freezes, the confirmation box, name and role, exports and print.',
  ),
};

export const ValidateUnfinished: Story = {
  args: { locale: 'en', step: 'validate' },
  render: (args) => questionnaire(args, { config: minimal, saved: halfFilled }),
  parameters: docs(
    'Validating an unfinished questionnaire: a review lists each unanswered question as a link to it, before the sentence that says what validation freezes.',
  ),
};

export const Validated: Story = {
  args: { locale: 'en', step: 'validate' },
  render: (args) => questionnaire(args, { config: minimal, saved: validated }),
  parameters: docs(
    'A validated result, signed by a name and a role: the answers are frozen; “Reopen as a new draft” starts a new draft from it, the validated version kept.',
  ),
};

export const ValidatedFinal: Story = {
  args: { locale: 'en', step: 'validate' },
  render: (args) => questionnaire(args, { config: { ...minimal, allowReopen: false }, saved: validated }),
  parameters: docs('The same validated result with `allowReopen: false` in the config: the validation is final.'),
};

export const Reopened: Story = {
  args: { locale: 'en', step: 'validate' },
  render: (args) => questionnaire(args, { config: minimal, saved: reopened }),
  parameters: docs(
    'A draft reopened from a validated result, one answer changed since: the earlier validated version is listed, and kept in the JSON export and as a column of the CSV export.',
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(await drawn(canvasElement, 'coop-questionnaire'));
    await expect(await canvas.findByRole('heading', { name: 'Earlier validated versions' })).toBeVisible();
    await expect(canvas.getByText(/by Marie Dupont \(Director\)/)).toBeVisible();
  },
};

export const ReadOnly: Story = {
  args: { locale: 'en', readonly: true },
  render: (args) => questionnaire(args, { config: minimal, saved: halfFilled }),
  parameters: docs('The `readonly` attribute: the answers are shown, every input is disabled, nothing can be erased.'),
};

/** The storage-fault stories' change: the first question answered "Largely done". */
const answerFirst: WidgetEdit = {
  tag: 'coop-questionnaire',
  make: async (canvas) => {
    const question = await canvas.findByRole('group', { name: /code of conduct/ });
    const answer = within(question).getByRole('radio', { name: 'Largely done' });
    await userEvent.click(answer);
    return answer;
  },
  shown: (answer, message) => expect(answer, message).toBeChecked(),
};

const faults = faultStories({ template: questionnaire, broken, config: minimal, edit: answerFirst });

export const BrokenConfig: Story = faults.brokenConfig(
  'A config with one mistake of each kind: an alert lists every problem with its JSON path instead of a blank box.',
);

export const BadJson: Story = {
  name: 'Bad JSON',
  args: { locale: 'en' },
  // The attribute as a page's HTML would hold it, with the closing brace missing.
  render: (args) =>
    html`<coop-questionnaire
      locale=${ifDefined(args.locale)}
      config='{"schemaVersion": 1, "id": "typo", "title": "Missing brace"'
      .storage=${guard([], empty)}
      @coop-config-error=${args.onCoopConfigError}
    ></coop-questionnaire>`,
  parameters: docs('A `config` attribute that is not JSON: the alert quotes the parser instead of showing nothing.'),
};

export const StorageFull: Story = faults.storageFull(
  'Storage that rejects every write (quota): after the first answer a warning says the answers are kept in memory only.',
);

export const Offline: Story = faults.offline(
  'Opened while its storage cannot be reached (a portal offline): the warning says the answers cannot be saved for now; answering still works, and the answers wait until the document can be read again.',
);

export const Conflict: Story = faults.conflict(
  { storage: alwaysChanging, alert: /could not be merged/, actions: ['Merge again'] },
  'Answers saved elsewhere meanwhile (a back end that checks versions) are merged at once with this page’s: for each question the latest answer stands, and nothing is said but a polite announcement. Only when the merge loses a race too (the answers change elsewhere once more, as in this story, where they always do) does the warning show, with “Merge again” and the exports.',
);

export const Themed: Story = {
  args: { locale: 'en' },
  render: (args) => questionnaire(args, { config: minimal, saved: halfFilled }),
  // A class and a <style> element, never a style="" attribute: the library promises to work under a strict CSP.
  decorators: [
    (story) =>
      html`<style>
          .coop-story-dark {
            color-scheme: dark;
            padding: 1.5rem;
            background: #161616;
            --coop-color-accent: #8585f6;
            --coop-color-text: #f6f6f6;
            --coop-color-muted: #cecece;
            --coop-color-surface: #161616;
            --coop-color-border: #929292;
            --coop-color-error: #ff5655;
            --coop-color-error-surface: #3c1f1f;
            --coop-color-focus: #78a8ff;
            --coop-radius: 0.5rem;
            --coop-font-family: system-ui, sans-serif;
          }
        </style>
        <div class="coop-story-dark">${story()}</div>`,
  ],
  parameters: docs(
    'A dark surface themed with the `--coop-*` custom properties, set on a wrapping class by the host page.',
  ),
};

export const Large: Story = {
  args: { locale: 'en' },
  render: (args) => questionnaire(args, { config: large }),
  parameters: docs('A generated questionnaire of 300 questions in 6 sections, for layout and speed.'),
};

export const Narrow: Story = {
  args: { locale: 'en' },
  render: (args) => questionnaire(args, { config: minimal, saved: halfFilled }),
  decorators: [narrowColumn],
  // The canvas also gets a 320 px viewport: the element's narrow layout follows its own width (container queries), and the canvas is what gives it that width.
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: {
    layout: 'fullscreen',
    ...docs('The minimal questionnaire in a 320 px wide column (WCAG reflow): no horizontal scrolling.'),
  },
};

export const NarrowResult: Story = {
  args: { locale: 'en', step: 'result' },
  render: (args) => questionnaire(args, { config: minimal, saved: complete }),
  decorators: [narrowColumn],
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: {
    layout: 'fullscreen',
    ...docs(
      'The result step in a 320 px column: each section’s score, level and completion as a summary list (a card) instead of the table; nothing scrolls sideways.',
    ),
  },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement, 'coop-questionnaire');
    // The cards are drawn once the lazy result step has loaded; the table beside them is not shown.
    const first = await within(root).findByText('1. Governance', { selector: '.result-card-title' });
    await expect(first).toBeVisible();
    await expect(root.querySelector('.result-table')).not.toBeVisible();
  },
};
