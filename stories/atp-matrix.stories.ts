/**
 * <coop-atp-matrix>, one story per state a user meets. Every config and grid comes from test/fixtures (the files
 * the browser tests use) or is built here with the core's editing functions, and every story saves into its own
 * in-memory storage, never the browser's localStorage: stories do not leak grids into one another, nor into the
 * next visit.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/define/atp-matrix.js';
import {
  addItem,
  atpStorageKey,
  createAtpData,
  createMemoryStorage,
  parseAtpConfig,
  parseAtpData,
  serializeSavedAtp,
  setTrust,
  type AtpCategory,
  type AtpConfig,
  type AtpConfigInput,
  type AtpData,
} from '../src/core/index.js';
import { ATP_VIEWS, type AtpView } from '../src/elements/atp-matrix/atp-matrix.js';
import brokenJson from '../test/fixtures/atp.broken.json';
import actionsJson from '../test/fixtures/atp.actions.json';
import dataJson from '../test/fixtures/atp.data.json';
import minimalJson from '../test/fixtures/atp.minimal.json';
import participantsJson from '../test/fixtures/atp.participants.json';
import {
  changedElsewhere,
  docs,
  elementOf,
  empty,
  faultStories,
  narrowColumn,
  setByStory,
  shadowOf,
  drawn,
  type StorageFactory,
  type WidgetEdit,
  type WidgetSetup,
} from './shared.js';

const minimal = minimalJson as AtpConfigInput;
const broken: object = brokenJson;

/** The fixture with its defaults applied: the core's editing functions take a parsed config. */
const minimalModel: AtpConfig = (() => {
  const result = parseAtpConfig(minimal);
  if (!result.ok) throw new Error(`atp.minimal.json is invalid: ${JSON.stringify(result.issues)}`);
  return result.config;
})();

/** A grid fixture, checked as the element would check it. */
function grid(input: object, name: string): AtpData {
  const result = parseAtpData(input);
  if (!result.ok) throw new Error(`${name} is invalid: ${JSON.stringify(result.issues)}`);
  return result.data;
}

/** The seed's workshop, filled in on the default grid (French): six groups, the four postures between them. */
const example = grid(dataJson, 'atp.data.json');
/** Five participants' grids of the same workshop: they share items, word them differently and weigh them apart. */
const participants = participantsJson.map((p, i) => grid(p, `atp.participants.json[${i}]`));

type Entry = [category: AtpCategory, text: string, intensity: number];

/** A grid of the minimal config (groups `managers` and `staff`), each group with its trust and items. */
function filled(groups: Record<string, { trust: number | null; items: Entry[] }>): AtpData {
  let data = createAtpData(minimalModel);
  for (const [groupId, { trust, items }] of Object.entries(groups)) {
    data = setTrust(data, groupId, trust);
    for (const [category, text, intensity] of items) data = addItem(data, groupId, { category, text, intensity }).data;
  }
  return data;
}

// One grid per posture (DOMAIN.md §7). A, P, T: the mean intensities of attractions, fears and temptations;
// C: the trust; M = max(A, P, T). The default thresholds apply: undetermined below 1, held back from 2,
// recoverable from 2, stable from 2.

/** A = M: cooperative, and stable since C ≥ 2 (managers clearly; staff on a tie A = P, at C = 2 exactly). */
const cooperativeStable = filled({
  managers: {
    trust: 3,
    items: [
      ['attractions', 'Weigh more with the regional agency', 3],
      ['attractions', 'Share the cost of the new imaging unit', 2],
      ['fears', 'Lose the say over our own budget', 1],
      ['temptations', 'Keep the best posts for our site', 1],
    ],
  },
  staff: {
    trust: 2,
    items: [
      ['attractions', 'Better working conditions', 2],
      ['fears', 'Being moved to another site', 2],
    ],
  },
});

/** A = M but C < 2: cooperative, fragile (managers' trust not rated, staff's low). */
const cooperativeFragile = filled({
  managers: {
    trust: null,
    items: [
      ['attractions', 'Weigh more with the regional agency', 3],
      ['fears', 'Lose the say over our own budget', 2],
      ['temptations', 'Keep the best posts for our site', 1],
    ],
  },
  staff: {
    trust: 1,
    items: [
      ['attractions', 'Better working conditions', 2],
      ['attractions', 'Training in the partner’s units', 3],
      ['temptations', 'Keep to our own habits', 2],
    ],
  },
});

/** T = M and T > A: opportunist, held back when P ≥ 2 (managers), not held back otherwise (staff). */
const opportunist = filled({
  managers: {
    trust: 1,
    items: [
      ['attractions', 'Share the cost of the new imaging unit', 1],
      ['fears', 'Being blamed if the project fails', 2],
      ['temptations', 'Decide alone, outside the joint committees', 3],
    ],
  },
  staff: {
    trust: 1,
    items: [
      ['attractions', 'Better working conditions', 1],
      ['fears', 'Being moved to another site', 1],
      ['temptations', 'Keep the best equipment for ourselves', 2],
    ],
  },
});

/** P = M and P > A: individualist, recoverable when A ≥ 2 (managers), not recoverable otherwise (staff). */
const individualist = filled({
  managers: {
    trust: 2,
    items: [
      ['attractions', 'Share the cost of the new imaging unit', 2],
      ['fears', 'Lose the say over our own budget', 3],
    ],
  },
  staff: {
    trust: 0,
    items: [
      ['attractions', 'Better working conditions', 1],
      ['fears', 'Being moved to another site', 3],
      ['fears', 'Posts cut after the merger', 2],
      ['temptations', 'Keep to our own habits', 1],
    ],
  },
});

/** M < 1, or no item at all: undetermined (managers have no item; staff weigh everything below 1). */
const undetermined = filled({
  managers: { trust: 2, items: [] },
  staff: {
    trust: null,
    items: [
      ['attractions', 'Better working conditions', 1],
      ['attractions', 'A shared canteen', 0],
      ['fears', 'Longer journeys', 0],
    ],
  },
});

type AtpArgs = {
  /** A config edited in the Controls panel (JSON); it replaces the story's own. */
  config?: object;
  locale?: 'fr' | 'en';
  view?: AtpView;
  readonly?: boolean;
  'storage-key'?: string;
  // Added by Storybook from the manifest's @fires: each logs to the Actions panel.
  onCoopAtpChange?: (event: Event) => void;
  onCoopViewChange?: (event: Event) => void;
  onCoopConfigError?: (event: Event) => void;
  onCoopStorageError?: (event: Event) => void;
};

/** Without a config: the default grid. */
interface Setup extends WidgetSetup {
  /** A grid already saved, as if the user had been here before. */
  saved?: AtpData;
  /** Several participants' grids, for the Synthesis view. */
  participants?: AtpData[];
  /** Their display names, in the same order. */
  participantNames?: string[];
}

/** Storage holding `data` under the story's key: the config's id (`atp-default` without one) and `storage-key`. */
const savedFor =
  (args: AtpArgs, config: object | undefined, data: AtpData): StorageFactory =>
  () => {
    const id = (config as { id?: string } | undefined)?.id ?? 'atp-default';
    const key = atpStorageKey(id, args['storage-key'] || undefined);
    return createMemoryStorage({ [key]: serializeSavedAtp(data) });
  };

/**
 * The element, with the story's args as attributes. `guard` keeps one storage per mounted story: changing a
 * control re-renders the same element, which must keep its storage; a remount builds the template afresh.
 */
const matrix = (args: AtpArgs, { config, saved, storage, participants, participantNames }: Setup = {}) =>
  html`<coop-atp-matrix
    locale=${ifDefined(args.locale)}
    view=${ifDefined(args.view)}
    storage-key=${ifDefined(args['storage-key'] || undefined)}
    ?readonly=${args.readonly ?? false}
    .config=${args.config ?? config}
    .participants=${participants}
    .participantNames=${participantNames}
    .storage=${guard([], storage ?? (saved ? savedFor(args, config, saved) : empty))}
    @coop-atp-change=${args.onCoopAtpChange}
    @coop-view-change=${args.onCoopViewChange}
    @coop-config-error=${args.onCoopConfigError}
    @coop-storage-error=${args.onCoopStorageError}
  ></coop-atp-matrix>`;

/** A play function that waits for the grid to load and checks each group's posture and qualifier. */
const expectPostures =
  (expected: Record<string, string>) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = elementOf(canvasElement, 'coop-atp-matrix');
    await waitFor(() =>
      expect(
        Object.fromEntries(
          (element.getAnalysis()?.groups ?? []).map((g) => [g.id, [g.posture, g.qualifier].filter(Boolean).join(' ')]),
        ),
      ).toEqual(expected),
    );
  };

const meta = {
  title: 'Widgets/coop-atp-matrix',
  component: 'coop-atp-matrix',
  tags: ['autodocs'],
  args: { locale: 'fr', view: 'grid', readonly: false },
  argTypes: {
    // Members each story sets itself (objects, URLs): documented, but no control.
    config: { control: 'object' },
    ...setByStory(['storage', 'strings', 'src', 'participants', 'participantNames', 'storageKey']),
    locale: { control: 'inline-radio', options: ['fr', 'en'] },
    view: { control: 'inline-radio', options: [...ATP_VIEWS] },
    readonly: { control: 'boolean' },
    'storage-key': { control: 'text' },
  },
  render: (args) => matrix(args),
} satisfies Meta<AtpArgs>;

export default meta;
type Story = StoryObj<AtpArgs>;

export const Default: Story = {
  // Explicit: the Storybook preview is <html lang="en">, which the element would otherwise follow.
  args: { locale: 'fr' },
  parameters: docs(
    'No config: the default French grid « Grille des attraits, peurs et tentations (ATP) », its six stakeholder groups and no item. Each cell’s « + Ajouter » opens a form whose text field suggests the seed’s examples for that column.',
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(await drawn(canvasElement, 'coop-atp-matrix'));
    await userEvent.click(await canvas.findByRole('button', { name: 'Ajouter — Offreurs de service — Attraits' }));
    const text = await canvas.findByRole('combobox', { name: 'Élément — Offreurs de service — Attraits' });
    // toHaveFocus() reads document.activeElement, which is the host: focus inside is the shadow root's.
    await waitFor(() => expect(elementOf(canvasElement, 'coop-atp-matrix').shadowRoot?.activeElement).toBe(text));
    const suggestions = shadowOf(canvasElement, 'coop-atp-matrix').querySelector(
      `datalist#${text.getAttribute('list') ?? ''}`,
    );
    await expect(suggestions?.querySelectorAll('option').length).toBeGreaterThan(0);
  },
};

export const English: Story = {
  args: { locale: 'en' },
  parameters: docs('`locale="en"` with no config: the default grid and the interface in English.'),
};

export const Example: Story = {
  name: 'Seed example',
  args: { locale: 'fr' },
  render: (args) => matrix(args, { saved: example }),
  parameters: docs(
    'A returning user: the seed’s workshop grid (test/fixtures/atp.data.json) restored from storage, with a posture badge on each group (the four postures are there between them).',
  ),
};

export const CooperativeStable: Story = {
  args: { locale: 'en' },
  render: (args) => matrix(args, { config: minimal, saved: cooperativeStable }),
  parameters: docs(
    'Attractions lead (A = M) and trust is at least 2: **cooperative, stable**. Managers: A 2.5, P 1, T 1, trust 3. Staff: a tie A = P = 2 still reads cooperative, at trust 2 exactly.',
  ),
  play: expectPostures({ managers: 'cooperative stable', staff: 'cooperative stable' }),
};

export const CooperativeFragile: Story = {
  args: { locale: 'en' },
  render: (args) => matrix(args, { config: minimal, saved: cooperativeFragile }),
  parameters: docs(
    'Attractions lead but trust is below 2: **cooperative, fragile**. Managers: A 3, trust not rated (counts 0). Staff: A 2.5, T 2, trust 1.',
  ),
  play: expectPostures({ managers: 'cooperative fragile', staff: 'cooperative fragile' }),
};

export const Opportunist: Story = {
  args: { locale: 'en' },
  render: (args) => matrix(args, { config: minimal, saved: opportunist }),
  parameters: docs(
    'Temptations lead and outweigh attractions (T = M, T > A): **opportunist**. Managers fear enough to be **held back** (P 2 ≥ 2); staff do not (P 1).',
  ),
  play: expectPostures({ managers: 'opportunist held-back', staff: 'opportunist not-held-back' }),
};

export const Individualist: Story = {
  args: { locale: 'en' },
  render: (args) => matrix(args, { config: minimal, saved: individualist }),
  parameters: docs(
    'Fears lead and outweigh attractions (P = M, P > A): **individualist**. Managers are attracted enough to be **recoverable** (A 2 ≥ 2); staff are not (A 1).',
  ),
  play: expectPostures({ managers: 'individualist recoverable', staff: 'individualist not-recoverable' }),
};

export const Undetermined: Story = {
  args: { locale: 'en' },
  render: (args) => matrix(args, { config: minimal, saved: undetermined }),
  parameters: docs(
    'Nothing weighs 1 or more (M < 1): **undetermined**. Managers have no item at all (though their trust is rated); staff weigh everything below 1 (A 0.5, P 0).',
  ),
  play: expectPostures({ managers: 'undetermined', staff: 'undetermined' }),
};

export const Postures: Story = {
  args: { locale: 'fr', view: 'postures' },
  render: (args) => matrix(args, { saved: example }),
  parameters: docs(
    'The Postures view of the seed example: a card per group with its posture, the sentence that explains it and the levers to pull, then the chart of mean intensities and the same figures as a table.',
  ),
};

export const PosturesForces: Story = {
  name: 'Postures: the forces',
  args: { locale: 'en', view: 'postures' },
  render: (args) => matrix(args, { config: minimal, saved: individualist }),
  parameters: docs(
    'The forces behind the postures, read from each group’s grid as the seed’s figures describe them: two individualist groups, each **pushed by fear** (its strongest fear, intensity 3) and **brought back to reason by attractions** (its strongest attraction: 2 for managers, 1 for staff). Each card shows the two arrows, as long as the forces are strong, and says the same in text; the paragraph above is the one a facilitator reads out.',
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(await drawn(canvasElement, 'coop-atp-matrix'));
    await expect((await canvas.findAllByText('Pushed by fear')).length).toBe(2);
    await expect(await canvas.findByText('Lose the say over our own budget')).toBeVisible();
  },
};

export const Plans: Story = {
  args: { locale: 'fr', view: 'plans' },
  render: (args) => matrix(args, { saved: example }),
  parameters: docs(
    'The Plans view of the seed example: attractions feed the objectives plan, fears the risk plan, temptations the relational charter, each item with the groups that cited it and a draft action.',
  ),
};

export const PlansWithActions: Story = {
  name: 'Plans: actions decided',
  args: { locale: 'fr', view: 'plans' },
  render: (args) => matrix(args, { saved: grid(actionsJson, 'atp.actions.json') }),
  parameters: docs(
    'The seed example with three actions decided (test/fixtures/atp.actions.json): one carried out and evaluated (« Mieux »), one in progress, one linked to an item since removed from the grid, still named and marked. Each plan then offers the ideas drawn from the grid, « Ajouter au plan » making one an editable action already linked to its items; below, per group, the items no action answers yet (principle 5).',
  ),
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement, 'coop-atp-matrix');
    // Plain DOM queries: the texts sit in paragraphs with other text, and testing-library's error reports cannot
    // print a shadow root.
    const result = [...root.querySelectorAll('.action-result')].map((p) => p.textContent ?? '');
    await expect(result.some((t) => t.includes('Résultat\u202f: Mieux'))).toBe(true);
    await expect(root.querySelector('.link-removed')?.textContent).toMatch(/élément supprimé de la grille/);
    const edit = [...root.querySelectorAll<HTMLButtonElement>('button.edit-action')].find((b) => {
      const text = b.getAttribute('aria-labelledby')?.split(' ')[1];
      return text && root.querySelector(`#${text}`)?.textContent?.includes('Plan de formation commun');
    });
    await expect(edit).toBeTruthy();
    await userEvent.click(edit!);
    await (elementOf(canvasElement, 'coop-atp-matrix') as HTMLElement & { updateComplete: Promise<unknown> })
      .updateComplete;
    await expect(root.querySelector('fieldset.action-items legend')?.textContent?.trim()).toBe(
      'Éléments de la grille auxquels l’action répond',
    );
  },
};

export const PlansWithActionsEnglish: Story = {
  name: 'Plans: actions decided (English)',
  args: { locale: 'en', view: 'plans' },
  render: (args) => matrix(args, { saved: grid(actionsJson, 'atp.actions.json') }),
  parameters: docs('The same plans with the interface in English (the grid’s own words stay as written).'),
};

export const UndoAfterRemoval: Story = {
  name: 'Undo after a removal',
  args: { locale: 'fr' },
  render: (args) => matrix(args, { saved: example }),
  parameters: docs(
    'Removing an item, a group or an action offers « Annuler la suppression »: focus moves to it, and pressing it puts back exactly what went (same id, same place), focus on it.',
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(await drawn(canvasElement, 'coop-atp-matrix'));
    const [remove] = await canvas.findAllByRole('button', { name: /^Supprimer Un poids accru/ });
    await userEvent.click(remove!);
    const undo = await canvas.findByRole('button', { name: 'Annuler la suppression' });
    await waitFor(() => expect(elementOf(canvasElement, 'coop-atp-matrix').shadowRoot?.activeElement).toBe(undo));
    await userEvent.click(undo);
    await expect(await canvas.findByText('Un poids accru face à notre environnement')).toBeVisible();
  },
};

export const ParticipantsList: Story = {
  name: 'Participants’ grids',
  args: { locale: 'fr' },
  render: (args) => matrix(args, { participants }),
  parameters: docs(
    'Below every view, « Ajouter des grilles de participants » takes several files at once (grid exports, project files); each bad file gets its own error and the others are added. The list says who is included, each with « Retirer ». Here five grids set by code, named by number.',
  ),
};

export const NarrowPlans: Story = {
  name: 'Narrow: plans',
  args: { locale: 'fr', view: 'plans' },
  render: (args) => matrix(args, { saved: grid(actionsJson, 'atp.actions.json') }),
  decorators: [narrowColumn],
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: {
    layout: 'fullscreen',
    ...docs('The plans with their actions in a 320 px column: cards, never a table, nothing scrolls sideways.'),
  },
};

export const Synthesis: Story = {
  args: { locale: 'fr', view: 'synthesis' },
  render: (args) => matrix(args, { participants, participantNames: ['Amina', 'Bruno', 'Chloé', 'David', 'Élise'] }),
  parameters: docs(
    'The Synthesis view with `participants` set to five grids of the same workshop (test/fixtures/atp.participants.json) and `participantNames` naming them: each item says who cited it. Items written alike (case, accents, apostrophes, final punctuation) are merged and counted; where intensities spread by 2 or more a divergence flag calls for discussion. Two participants added « Cadres de santé » under different ids and spellings: one group.',
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(await drawn(canvasElement, 'coop-atp-matrix'));
    await expect(await canvas.findByRole('heading', { name: /5 participants/ })).toBeVisible();
    await expect((await canvas.findAllByText(/Avis divergents/)).length).toBeGreaterThan(1);
    await expect((await canvas.findAllByText(/cité par .*Amina/)).length).toBeGreaterThan(0);
  },
};

export const ReadOnly: Story = {
  args: { locale: 'fr', readonly: true },
  render: (args) => matrix(args, { saved: example }),
  parameters: docs(
    'The `readonly` attribute: the grid is shown with its postures, no item or group can be added, edited or removed, trust cannot change, nothing can be erased.',
  ),
};

/** The storage-fault stories' change: the managers' trust set to 2. */
const rateTrust: WidgetEdit = {
  tag: 'coop-atp-matrix',
  make: async (canvas) => {
    const trust = await canvas.findByRole('combobox', { name: 'Trust — Managers' });
    // By value: Lit's comment markers are part of each option's innerHTML, which selectOptions() compares.
    await userEvent.selectOptions(trust, '2');
    return trust;
  },
  shown: (trust, message) => expect(trust, message).toHaveValue('2'),
};

const faults = faultStories({ template: matrix, broken, config: minimal, edit: rateTrust });

export const BrokenConfig: Story = faults.brokenConfig(
  'A config with whole-document mistakes (a group id twice, an intensity scale that neither starts at 0 nor increases, a trust scale of one level, thresholds off their scales, a divergence spread of 0): an alert lists every problem with its JSON path instead of a blank box.',
);

export const StorageFull: Story = faults.storageFull(
  'Storage that rejects every write (quota): after the first change a warning says the latest changes are not saved, with the exports at hand.',
);

export const Offline: Story = faults.offline(
  'Opened while its storage cannot be reached (a portal offline): the warning says the work cannot be saved for now, the grid stays usable, and what the user changes waits; back online, the grid reads its document again before writing anything.',
);

/** Another device saves the stable grid right after this page reads its own. */
const savedElsewhere = changedElsewhere(() => serializeSavedAtp(cooperativeStable));

export const Conflict: Story = faults.conflict(
  {
    storage: savedElsewhere,
    alert: /changed elsewhere/,
    actions: ['Keep my version', 'Load the saved version'],
    dialog: 'Load the saved version',
  },
  'The grid was saved on another device after this page opened it (a back end that checks versions): the first change is not written over it. The warning offers to keep this version (written over the other) or to load the saved one (after a confirmation; export first to keep a copy).',
);

export const LoadSaved: Story = {
  args: { locale: 'en' },
  render: (args) => matrix(args, { config: minimal, storage: savedElsewhere }),
  parameters: {
    // A modal dialog: in the docs page, the story gets a frame of its own, so that it does not cover the page.
    docs: {
      story: { inline: false, iframeHeight: 640 },
      description: {
        story:
          'After a conflict, "Load the saved version" asks first: loading it replaces this version on screen, and nothing is written. Focus starts on Cancel; Export saves this version as a file before loading the other; Escape closes the dialog.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(await drawn(canvasElement, 'coop-atp-matrix'));
    const trust = await canvas.findByRole('combobox', { name: 'Trust — Managers' });
    await userEvent.selectOptions(trust, '2');
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/changed elsewhere/);
    await userEvent.click(canvas.getByRole('button', { name: 'Load the saved version' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Load the saved version?' });
    await expect(dialog).toBeVisible();
    // The safe choice has focus (inside the shadow root: document.activeElement is the host).
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(elementOf(canvasElement, 'coop-atp-matrix').shadowRoot?.activeElement).toBe(cancel));
    await expect(trust, 'nothing changes before the user confirms').toHaveValue('2');
  },
};

export const Narrow: Story = {
  args: { locale: 'fr' },
  render: (args) => matrix(args, { saved: example }),
  decorators: [narrowColumn],
  // The element's narrow layout follows its own width (a container query); the canvas also gets a 320 px
  // viewport, so that the page around it is as narrow as the column.
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: {
    layout: 'fullscreen',
    ...docs('The seed example in a 320 px wide column (WCAG reflow): no horizontal scrolling of the page.'),
  },
};
