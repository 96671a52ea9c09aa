/**
 * <coop-project> with the three widgets inside it, as a portal page writes it. Each story gets its own
 * in-memory storage (never the browser's localStorage), namespaced by the project's id like any storage.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { expect, waitFor } from 'storybook/test';
import '../src/define/all.js';
import {
  atpStorageKey,
  createMemoryStorage,
  namespacedStorage,
  parseAtpData,
  serializeSavedAtp,
  type StorageAdapter,
} from '../src/core/index.js';
import atpDataJson from '../test/fixtures/atp.data.json';
import { importFlowModule } from '../src/elements/project/toolbar-controller.js';
import { docs } from './shared.js';

type ProjectArgs = {
  locale?: 'fr' | 'en';
  'project-id'?: string;
  'no-toolbar'?: boolean;
  onCoopProjectImport?: (event: Event) => void;
};

/** A storage that already holds the seed's ATP grid for this project, as if the team had filled it in. */
function withGrid(projectId: string): StorageAdapter {
  const parsed = parseAtpData(atpDataJson);
  if (!parsed.ok) throw new Error(`atp.data.json is invalid: ${JSON.stringify(parsed.issues)}`);
  const storage = createMemoryStorage();
  void namespacedStorage(storage, projectId).save(atpStorageKey('atp-default'), serializeSavedAtp(parsed.data));
  return storage;
}

const project = (args: ProjectArgs, storage: () => StorageAdapter = () => createMemoryStorage()) =>
  html`<coop-project
    project-id=${args['project-id'] ?? 'story'}
    locale=${args.locale ?? 'fr'}
    ?no-toolbar=${args['no-toolbar'] ?? false}
    .storage=${guard([], storage)}
    @coop-project-import=${args.onCoopProjectImport}
  >
    <coop-questionnaire></coop-questionnaire>
    <coop-atp-matrix></coop-atp-matrix>
    <coop-principles-checklist></coop-principles-checklist>
  </coop-project>`;

const meta = {
  title: 'Widgets/coop-project',
  component: 'coop-project',
  tags: ['autodocs'],
  args: { locale: 'fr', 'project-id': 'story', 'no-toolbar': false },
  argTypes: {
    locale: { control: 'inline-radio', options: ['fr', 'en'] },
    'project-id': { control: 'text' },
    'no-toolbar': { control: 'boolean' },
  },
  render: (args) => project(args),
} satisfies Meta<ProjectArgs>;

export default meta;
type Story = StoryObj<ProjectArgs>;

export const Default: Story = {
  parameters: docs(
    'The three widgets in one project, with their default French content: one storage namespaced by the project’s id, one language, and the export and import of the whole project.',
  ),
};

export const English: Story = {
  args: { locale: 'en' },
  parameters: docs('`locale="en"` on the project: every widget inside speaks English.'),
};

export const LinkedWidgets: Story = {
  args: { locale: 'en' },
  render: (args) => project(args, () => withGrid(args['project-id'] ?? 'story')),
  parameters: docs(
    'The seed’s ATP grid already filled in: principles 4 and 5 show how many groups have attractions, fears and temptations, principle 6 the three plans’ entries, and the register offers the grid’s groups. Each link moves focus to the widget it names.',
  ),
  play: async ({ canvasElement }) => {
    const checklist = canvasElement.querySelector('coop-principles-checklist');
    await waitFor(() =>
      expect(checklist?.shadowRoot?.querySelector('#principle-p4 .links')?.textContent ?? '').toContain('ATP grid'),
    );
  },
};

export const WithoutToolbar: Story = {
  args: { 'no-toolbar': true },
  parameters: docs('`no-toolbar`: a host that offers its own buttons calls `getProject()` and `setProject()`.'),
};

/** Picks a file named `name` in the project's import, as a user does; resolves to the project's shadow root. */
async function chooseFile(canvasElement: HTMLElement, name: string, content: string): Promise<ShadowRoot> {
  const project = canvasElement.querySelector('coop-project')!;
  await project.updateComplete;
  const root = project.shadowRoot!;
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  return root;
}

/** A modal dialog: in the docs page, the story gets a frame of its own, so that it does not cover the page. */
const inFrame = (story: string) => ({ docs: { story: { inline: false, iframeHeight: 640 }, description: { story } } });

export const ImportProblems: Story = {
  args: { locale: 'en' },
  parameters: docs(
    'A file that is not a project, picked with "Import a project…": nothing changes, and the toolbar says why, each problem with its JSON path; focus moves to the title.',
  ),
  play: async ({ canvasElement }) => {
    const root = await chooseFile(canvasElement, 'notes.json', JSON.stringify({ title: 'My notes' }));
    await waitFor(() => expect(root.querySelector('.import-error')?.textContent ?? '').toContain('notes.json'));
  },
};

export const ImportConfirm: Story = {
  args: { locale: 'en' },
  render: (args) => project(args, () => withGrid(args['project-id'] ?? 'story')),
  parameters: inFrame(
    'A valid project file picked: before it replaces what every widget of the page holds, the project asks; Cancel changes nothing (export the project first to keep a copy).',
  ),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('coop-project')!;
    await waitFor(() => expect(element.hub.state['atp-matrix']).toBeTruthy());
    const root = await chooseFile(canvasElement, 'ght-nord.coop-project.json', JSON.stringify(element.getProject()));
    await waitFor(() => expect(root.querySelector<HTMLDialogElement>('dialog.replace')?.open).toBe(true));
  },
};

export const ImportUnloaded: Story = {
  args: { locale: 'en' },
  parameters: docs(
    'The import’s code, fetched when a file is first picked, cannot be loaded (the network dropped): the project is untouched, the toolbar says so, and "Try again" imports the same file.',
  ),
  beforeEach: () => {
    const original = importFlowModule.load;
    importFlowModule.load = () => Promise.reject(new Error('Failed to fetch (the story’s network is down)'));
    return () => {
      importFlowModule.load = original;
    };
  },
  play: async ({ canvasElement }) => {
    const root = await chooseFile(canvasElement, 'project.json', '{}');
    await waitFor(() => expect(root.querySelector('.import-unloaded .retry')).toBeTruthy());
  },
};
