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
