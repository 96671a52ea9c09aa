/**
 * <coop-config-editor>: the "Editor" page of Storybook. Each story keeps its draft in memory (`draftStore` is
 * `null`), never in the browser's localStorage.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/config-editor.js';
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
    '`for="atp"`: the grid’s config in the JSON pane (checks, completion, hover help) and the grid as preview. Its outline is still to come.',
  ),
  play: async ({ canvasElement }) => {
    await paneLoaded(canvasElement);
  },
};
