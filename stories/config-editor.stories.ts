/**
 * <coop-config-editor>: the "Editor" page of Storybook. Each story keeps its draft in memory (`draftStore` is
 * `null`), never in the browser's localStorage.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/config-editor.js';
import { defaultAtpConfig, defaultPrinciplesConfig } from '../src/core/index.js';
import minimalJson from '../test/fixtures/questionnaire.minimal.json';
import { docs } from './shared.js';

type EditorArgs = {
  for?: 'questionnaire' | 'atp' | 'principles';
  locale?: 'fr' | 'en';
  previous?: string;
  onCoopConfigPublish?: (event: Event) => void;
};

const renamed = () => {
  const copy = JSON.parse(JSON.stringify(minimalJson)) as {
    sections: { subsections: { questions: { id: string }[] }[] }[];
  };
  const question = copy.sections[0]?.subsections[0]?.questions[0];
  if (question) question.id = `${question.id}-renamed`;
  return JSON.stringify(copy, null, 2);
};

const meta = {
  title: 'Editor/coop-config-editor',
  component: 'coop-config-editor',
  tags: ['autodocs'],
  args: { for: 'questionnaire', locale: 'fr', previous: '' },
  argTypes: {
    for: { control: 'inline-radio', options: ['questionnaire', 'atp', 'principles'] },
    locale: { control: 'inline-radio', options: ['fr', 'en'] },
    previous: { control: 'text' },
  },
  render: (args) =>
    html`<coop-config-editor
      for=${args.for ?? 'questionnaire'}
      locale=${args.locale ?? 'fr'}
      .previous=${args.previous ?? ''}
      .draftStore=${null}
      @coop-config-publish=${args.onCoopConfigPublish}
    ></coop-config-editor>`,
} satisfies Meta<EditorArgs>;

export default meta;
type Story = StoryObj<EditorArgs>;

/** Waits for the JSON pane (CodeMirror, loaded on demand). */
const paneLoaded = async (canvasElement: HTMLElement) => {
  const editor = canvasElement.querySelector('coop-config-editor');
  await waitFor(() => expect(editor?.shadowRoot?.querySelector('.cm-editor')).toBeTruthy(), { timeout: 5000 });
  return editor!;
};

export const Default: Story = {
  parameters: docs(
    'The default questionnaire in the outline and in the JSON pane, always in step, with the real widget as preview.',
  ),
  play: async ({ canvasElement }) => {
    await paneLoaded(canvasElement);
  },
};

export const English: Story = {
  args: { locale: 'en' },
  parameters: docs('`locale="en"`: the editor speaks English, and starts from the English default content.'),
  play: async ({ canvasElement }) => {
    await paneLoaded(canvasElement);
  },
};

export const RenamedId: Story = {
  args: { locale: 'en', previous: JSON.stringify(minimalJson) },
  parameters: docs(
    'A previous version is given (`previous`) and the draft renames a question’s id: its answers would become orphans. The editor offers to keep the old id, and asks for a new version before publishing.',
  ),
  play: async ({ canvasElement }) => {
    const editor = await paneLoaded(canvasElement);
    editor.value = renamed();
    await waitFor(() => expect(editor.shadowRoot?.textContent ?? '').toContain('seems renamed'));
  },
};

export const AtpGrid: Story = {
  args: { for: 'atp', locale: 'en' },
  parameters: docs(
    '`for="atp"`: the grid’s outline (groups, columns and their suggestions, scales, the posture rule’s thresholds — ours, not ANAP’s — and levers), its JSON pane, and the grid as preview.',
  ),
  play: async ({ canvasElement }) => {
    const editor = await paneLoaded(canvasElement);
    await waitFor(() => expect(editor.shadowRoot?.querySelector('[data-list="groups"][data-index]')).toBeTruthy());
  },
};

export const AtpGridReport: Story = {
  args: { for: 'atp', locale: 'fr', previous: JSON.stringify(defaultAtpConfig('fr')) },
  parameters: docs(
    'A previous version is given and the draft drops the top of the intensity scale: the report says that stored ratings at that level will be brought down, and publishing asks first. The preview shows the sample postures.',
  ),
  play: async ({ canvasElement }) => {
    const editor = await paneLoaded(canvasElement);
    const config = defaultAtpConfig('fr');
    config.intensity.levels.pop();
    editor.value = JSON.stringify(config, null, 2);
    await waitFor(() => expect(editor.shadowRoot?.textContent ?? '').toContain('ramenées au nouveau maximum'));
    editor.shadowRoot?.querySelector<HTMLInputElement>('#preview-sample')?.click();
  },
};

export const Checklist: Story = {
  args: { for: 'principles', locale: 'en' },
  parameters: docs(
    '`for="principles"`: the checklist’s outline (the promoter’s commitment and threshold, principles, statuses with their meaning, groups), its JSON pane, and the checklist as preview.',
  ),
  play: async ({ canvasElement }) => {
    const editor = await paneLoaded(canvasElement);
    await waitFor(() => expect(editor.shadowRoot?.querySelector('[data-list="principles"][data-index]')).toBeTruthy());
  },
};

/** Opens "Start from…" and chooses "An empty config", as an editor beginning a new grid or checklist does. */
const startEmpty = async (editor: Element) => {
  const root = editor.shadowRoot!;
  root.querySelector<HTMLElement>('details.start > summary')?.click();
  await waitFor(() => expect(root.querySelector('[data-action="start-empty"]')).toBeTruthy());
  root.querySelector<HTMLButtonElement>('[data-action="start-empty"]')?.click();
};

export const AtpGridEmpty: Story = {
  args: { for: 'atp', locale: 'fr' },
  parameters: docs(
    '“Start from… › An empty config” for a grid: one group to name, the three columns with no suggestion, the default scales and no lever; the preview is the empty grid.',
  ),
  play: async ({ canvasElement }) => {
    const editor = await paneLoaded(canvasElement);
    await startEmpty(editor);
    await waitFor(() => expect(editor.shadowRoot?.querySelectorAll('[data-list="groups"][data-index]').length).toBe(1));
  },
};

export const ChecklistEmpty: Story = {
  args: { for: 'principles', locale: 'fr' },
  parameters: docs(
    '“Start from… › An empty config” for a checklist: one principle and the promoter’s prerequisite to write, the default statuses; the preview is the checklist being built.',
  ),
  play: async ({ canvasElement }) => {
    const editor = await paneLoaded(canvasElement);
    await startEmpty(editor);
    await waitFor(() =>
      expect(editor.shadowRoot?.querySelectorAll('[data-list="principles"][data-index]').length).toBe(1),
    );
  },
};

export const ChecklistReport: Story = {
  args: { for: 'principles', locale: 'en', previous: JSON.stringify(defaultPrinciplesConfig('en')) },
  parameters: docs(
    'A previous version is given and the draft renames a principle’s id: the report offers to keep the old id so that the stored state follows.',
  ),
  play: async ({ canvasElement }) => {
    const editor = await paneLoaded(canvasElement);
    const config = defaultPrinciplesConfig('en');
    (config.principles[0] as { id: string }).id = 'first';
    editor.value = JSON.stringify(config, null, 2);
    await waitFor(() => expect(editor.shadowRoot?.textContent ?? '').toContain('looks renamed'));
  },
};
