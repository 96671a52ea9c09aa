/**
 * <coop-principles-checklist>, one story per state a user meets. Every config comes from test/fixtures (the files
 * the browser tests use), registers are built here with the core's editing functions, and every story saves into
 * its own in-memory storage, never the browser's localStorage: stories do not leak data into one another, nor into
 * the next visit.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/define/atp-matrix.js';
import '../src/define/principles-checklist.js';
import '../src/define/project.js';
import {
  addProposal,
  createMemoryStorage,
  decideProposal,
  namespacedStorage,
  parsePrinciplesData,
  principlesStorageKey,
  atpStorageKey,
  serializeSavedAtp,
  serializeSavedPrinciples,
  setProposalDone,
  type AtpData,
  type Decision,
  type PrinciplesConfigInput,
  type PrinciplesData,
} from '../src/core/index.js';
import brokenJson from '../test/fixtures/principles.broken.json';
import dataJson from '../test/fixtures/principles.data.json';
import minimalJson from '../test/fixtures/principles.minimal.json';
import {
  changedElsewhere,
  docs,
  elementOf,
  empty,
  faultStories,
  narrowColumn,
  setByStory,
  type StorageFactory,
  type WidgetEdit,
  type WidgetSetup,
} from './shared.js';

const minimal = minimalJson as PrinciplesConfigInput;
const broken: object = brokenJson;

/** A fixed time, so that the stored "updated at" reads the same on every run (visual diffs stay quiet). */
const AT = new Date('2026-03-14T09:30:00Z');

/**
 * The checklist under way on the default config: principle 1 in place with its evidence, principle 2 in progress
 * with an owner and a due date, and four proposals (accepted and carried out, accepted, rejected with its reason,
 * pending from a group the config does not list).
 */
const inProgress: PrinciplesData = (() => {
  const result = parsePrinciplesData(dataJson);
  if (!result.ok) throw new Error(`principles.data.json is invalid: ${JSON.stringify(result.issues)}`);
  return result.data;
})();

const ACTIONS = [
  'Publish the minutes of every steering committee',
  'Keep one purchasing contact per site',
  'Share the on-call rota between the two sites',
  'Open the joint training plan to every team',
  'Survey the patients on the new appointment line',
  'Hold a staff forum before each reorganisation',
  'Name a referent for each shared service',
  'Pool the night transport of samples',
  'Write a common welcome booklet for new staff',
  'Review the charter with the unions every year',
  'Give each site a seat on the purchasing committee',
  'Publish the waiting times of both sites each month',
];
/** The default config's groups, and one it does not list (free text). */
const GROUPS = ['providers', 'deputy-directors', 'middle-managers', 'staff', 'beneficiaries', 'users', 'Union branch'];
const REASONS = [
  'The equipment contract runs until 2027.',
  'Already covered by the regional plan.',
  'Not within the partners’ remit.',
  'Too costly this year; to be looked at again in the next budget.',
];

/**
 * A register of `accepted + rejected + pending` proposals over the first quarter of 2026, decisions spread
 * through it (not in blocks), the first `done` accepted ones carried out. Deterministic: the same every run.
 */
function register(counts: { accepted: number; done: number; rejected: number; pending: number }): PrinciplesData {
  const total = counts.accepted + counts.rejected + counts.pending;
  const decisions: Decision[] = [
    ...Array<Decision>(counts.accepted).fill('accepted'),
    ...Array<Decision>(counts.rejected).fill('rejected'),
    ...Array<Decision>(counts.pending).fill('proposed'),
  ];
  const day = (offset: number) => new Date(Date.UTC(2026, 0, 5 + offset)).toISOString().slice(0, 10);
  // Proposals are added in one go, then decided: each edit copies the register, so one pass each is enough.
  let data: PrinciplesData = { principles: inProgress.principles, proposals: [] };
  for (let i = 0; i < total; i++) {
    const text = `${ACTIONS[i % ACTIONS.length]!} (#${i + 1})`;
    const date = day(Math.floor((i * 85) / total));
    data = addProposal(data, { text, proposedBy: GROUPS[(i * 3) % GROUPS.length]!, date }, AT).data;
  }
  let done = 0;
  const proposals = data.proposals;
  proposals.forEach((proposal, i) => {
    // A stride prime to the total spreads each decision through the register.
    const decision = decisions[(i * 7) % total]!;
    if (decision === 'proposed') return;
    const reason = decision === 'rejected' ? REASONS[i % REASONS.length] : undefined;
    data = decideProposal(data, proposal.id, decision, reason, AT);
    if (decision === 'accepted' && done < counts.done) {
      done += 1;
      data = setProposalDone(data, proposal.id, true, day(Math.floor((i * 85) / total) + 10), AT);
    }
  });
  return data;
}

/** 31 of 50 retained (62 %), 12 of them carried out: the commitment is made, not kept yet. */
const met = register({ accepted: 31, done: 12, rejected: 11, pending: 8 });
/** 27 of 50 accepted (54 %): 3 more needed, and 10 are pending. */
const notMet = register({ accepted: 27, done: 9, rejected: 13, pending: 10 });
/** 24 of 50 accepted (48 %): 6 more needed, and only 4 are pending. */
const outOfReach = register({ accepted: 24, done: 15, rejected: 22, pending: 4 });
/** A long-running project: 500 proposals, 330 accepted (66 %). */
const large = register({ accepted: 330, done: 180, rejected: 110, pending: 60 });

type PrinciplesArgs = {
  /** A config edited in the Controls panel (JSON); it replaces the story's own. */
  config?: object;
  locale?: 'fr' | 'en';
  readonly?: boolean;
  'storage-key'?: string;
  // Added by Storybook from the manifest's @fires: each logs to the Actions panel.
  onCoopPrinciplesChange?: (event: Event) => void;
  onCoopConfigError?: (event: Event) => void;
  onCoopStorageError?: (event: Event) => void;
};

/** Without a config: the default nine principles. */
interface Setup extends WidgetSetup {
  /** Data already saved, as if the user had been here before. */
  saved?: PrinciplesData;
}

/** Storage holding `data` under the story's key: the config's id (`principles-default` without one) and `storage-key`. */
const savedFor =
  (args: PrinciplesArgs, config: object | undefined, data: PrinciplesData): StorageFactory =>
  () => {
    const id = (config as { id?: string } | undefined)?.id ?? 'principles-default';
    const key = principlesStorageKey(id, args['storage-key'] || undefined);
    return createMemoryStorage({ [key]: serializeSavedPrinciples(data) });
  };

/**
 * The element, with the story's args as attributes. `guard` keeps one storage per mounted story: changing a
 * control re-renders the same element, which must keep its storage; a remount builds the template afresh.
 */
const checklist = (args: PrinciplesArgs, { config, saved, storage }: Setup = {}) =>
  html`<coop-principles-checklist
    locale=${ifDefined(args.locale)}
    storage-key=${ifDefined(args['storage-key'] || undefined)}
    ?readonly=${args.readonly ?? false}
    .config=${args.config ?? config}
    .storage=${guard([], storage ?? (saved ? savedFor(args, config, saved) : empty))}
    @coop-principles-change=${args.onCoopPrinciplesChange}
    @coop-config-error=${args.onCoopConfigError}
    @coop-storage-error=${args.onCoopStorageError}
  ></coop-principles-checklist>`;

/** A play function that waits for the data to load and checks the commitment's figures. */
const expectCommitment =
  (expected: { accepted: number; proposals: number; met: boolean; missing: number; reachable: boolean }) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = elementOf(canvasElement, 'coop-principles-checklist');
    await waitFor(() => expect(element.getAssessment()?.commitment).toMatchObject(expected));
  };

const meta = {
  title: 'Widgets/coop-principles-checklist',
  component: 'coop-principles-checklist',
  tags: ['autodocs'],
  args: { locale: 'fr', readonly: false },
  argTypes: {
    // Members each story sets itself (objects, URLs): documented, but no control.
    config: { control: 'object' },
    ...setByStory(['storage', 'strings', 'src', 'storageKey']),
    locale: { control: 'inline-radio', options: ['fr', 'en'] },
    readonly: { control: 'boolean' },
    'storage-key': { control: 'text' },
  },
  render: (args) => checklist(args),
} satisfies Meta<PrinciplesArgs>;

export default meta;
type Story = StoryObj<PrinciplesArgs>;

export const Default: Story = {
  // Explicit: the Storybook preview is <html lang="en">, which the element would otherwise follow.
  args: { locale: 'fr' },
  parameters: docs(
    'No config: the default French nine principles, each « Pas encore évalué » (not assessed yet, counted apart: the summary never says « 9 pas encore commencés » before anyone has looked), and an empty register under the 60 % commitment.',
  ),
};

export const English: Story = {
  args: { locale: 'en' },
  parameters: docs('`locale="en"` with no config: the default content and the interface in English.'),
};

export const InProgress: Story = {
  args: { locale: 'en' },
  render: (args) => checklist(args, { saved: inProgress }),
  parameters: docs(
    'A returning user (test/fixtures/principles.data.json): one principle in place with its evidence, one in progress with an owner and a due date, and four proposals — accepted and carried out, accepted, rejected with its reason, and pending from a group the config does not list.',
  ),
};

export const PrerequisiteMet: Story = {
  args: { locale: 'en' },
  render: (args) => checklist(args, { saved: met }),
  parameters: docs(
    '31 of 50 proposals retained (62 % ≥ 60 %): the commitment is made; 12 of 50 carried out (24 %): not kept yet, 18 more to carry out.',
  ),
  play: expectCommitment({ accepted: 31, proposals: 50, met: true, missing: 0, reachable: true }),
};

export const PrerequisiteNotMet: Story = {
  args: { locale: 'en' },
  render: (args) => checklist(args, { saved: notMet }),
  parameters: docs(
    '27 of 50 proposals retained (54 %): the commitment is not made, and the warning says 3 more proposals are to retain.',
  ),
  play: expectCommitment({ accepted: 27, proposals: 50, met: false, missing: 3, reachable: true }),
};

export const PrerequisiteOutOfReach: Story = {
  args: { locale: 'en' },
  render: (args) => checklist(args, { saved: outOfReach }),
  parameters: docs(
    '24 of 50 proposals retained (48 %) with only 4 pending: 6 more are to retain, more than are pending, and the warning says so.',
  ),
  play: expectCommitment({ accepted: 24, proposals: 50, met: false, missing: 6, reachable: false }),
};

export const ReadOnly: Story = {
  args: { locale: 'en', readonly: true },
  render: (args) => checklist(args, { saved: inProgress }),
  parameters: docs(
    'The `readonly` attribute: statuses, evidence and the register are shown, every input is disabled or read-only, no proposal can be recorded, and nothing can be erased.',
  ),
};

/** The storage-fault stories' change: principle 1 marked "Doing". */
const markDoing: WidgetEdit = {
  tag: 'coop-principles-checklist',
  make: async (canvas) => {
    const principle = await canvas.findByRole('group', { name: 'Where does principle 1 stand?' });
    const status = within(principle).getByRole('radio', { name: 'Doing' });
    await userEvent.click(status);
    return status;
  },
  shown: (status, message) => expect(status, message).toBeChecked(),
};

const faults = faultStories({ template: checklist, broken, config: minimal, edit: markDoing });

export const BrokenConfig: Story = faults.brokenConfig(
  'A config with whole-document mistakes (principle ids and numbers twice, a status id twice, no status of kind in-place, a group id twice): an alert lists every problem with its JSON path instead of a blank box.',
);

export const StorageFull: Story = faults.storageFull(
  'Storage that rejects every write (quota): after the first change a warning says the latest changes are not saved, with the exports at hand.',
);

export const Offline: Story = faults.offline(
  'Opened while its storage cannot be reached (a portal offline): the warning says the work cannot be saved for now; the checklist stays usable, and changes wait until the document can be read again.',
);

export const Conflict: Story = faults.conflict(
  {
    storage: changedElsewhere(() => serializeSavedPrinciples(inProgress)),
    alert: /changed elsewhere/,
    actions: ['Keep my version', 'Load the saved version'],
    dialog: 'Load the saved version',
  },
  'The checklist was saved on another device after this page opened it (a back end that checks versions): the first change is not written over it. The warning offers to keep this version (written over the other) or to load the saved one (after a confirmation; export first to keep a copy).',
);

export const Large: Story = {
  args: { locale: 'en' },
  render: (args) => checklist(args, { saved: large }),
  parameters: docs(
    'A register of 500 generated proposals (330 accepted, 110 rejected, 60 pending), for layout and speed: sorting, filtering and typing in a principle’s evidence must stay fluid.',
  ),
};

export const NarrowRegister: Story = {
  args: { locale: 'fr' },
  render: (args) => checklist(args, { saved: inProgress }),
  decorators: [narrowColumn],
  // The narrow layout follows the element's own width (a container query); the canvas also gets a 320 px viewport.
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: {
    layout: 'fullscreen',
    ...docs(
      'A 320 px wide column: each proposal of the register is a card (its date, its text, then who proposed it, the decision and whether it is carried out, each under its label, and its Edit and Remove buttons), the sort buttons above the cards; nothing scrolls sideways.',
    ),
  },
  play: async ({ canvasElement }) => {
    const element = elementOf(canvasElement, 'coop-principles-checklist');
    await waitFor(() => expect(element.getData()?.proposals.length).toBeGreaterThan(0));
    const register = element.shadowRoot!.querySelector<HTMLElement>('.register-scroll')!;
    await expect(register.scrollWidth).toBeLessThanOrEqual(register.clientWidth);
  },
};

/**
 * Principle 5: two proposals carried out, one answering the staff's fear of losing autonomy (and an item since
 * removed from the grid), with its result assessed; the other not assessed yet.
 */
const linked: PrinciplesData = {
  principles: {},
  proposals: [
    {
      id: 'proposal-1',
      text: 'Un comité commun des plannings',
      proposedBy: 'staff',
      date: '2026-01-10',
      decision: 'accepted',
      done: true,
      doneDate: '2026-02-01',
      items: [
        { group: 'staff', item: 'autonomy', text: 'Perdre son autonomie' },
        { group: 'staff', item: 'gone', text: 'Être mis devant le fait accompli' },
      ],
      evaluation: { effect: 'better', note: 'Moins de plaintes sur les plannings', date: '2026-04-01' },
    },
    {
      id: 'proposal-2',
      text: 'Partager le calendrier des achats',
      proposedBy: 'users',
      date: '2026-01-12',
      decision: 'accepted',
      done: true,
      doneDate: '2026-02-03',
      items: [{ group: 'staff', item: 'rota', text: 'Des plannings stables' }],
    },
  ],
};

/** The grid beside it: the staff's items (the removed one is not there any more). */
const linkedGrid: AtpData = {
  groups: [
    {
      id: 'staff',
      label: 'Personnels',
      trust: 1,
      items: [
        { id: 'rota', category: 'attractions', text: 'Des plannings stables', intensity: 3 },
        { id: 'autonomy', category: 'fears', text: 'Perdre son autonomie', intensity: 2 },
        { id: 'hoard', category: 'temptations', text: 'Garder l’information pour soi', intensity: 1 },
      ],
    },
    { id: 'users', label: 'Usagers', trust: null, items: [] },
  ],
};

export const LinkedToGridItems: Story = {
  args: { locale: 'fr' },
  render: (args) => checklist(args, { saved: linked }),
  parameters: docs(
    'Alone (no grid on the page): each proposal shows the grid items it answers by the wording the link kept; a carried-out one shows its assessed result, and « Évaluer le résultat » opens the form for the other.',
  ),
};

/** A project's storage holding the grid and the register (a memory store's writes land at once). */
function projectStorage() {
  const store = createMemoryStorage();
  const project = namespacedStorage(store, 'story-links');
  void project.save(atpStorageKey('atp-default'), serializeSavedAtp(linkedGrid));
  void project.save(principlesStorageKey('principles-default'), serializeSavedPrinciples(linked));
  return store;
}

export const LinkedInAProject: Story = {
  args: { locale: 'fr' },
  render: (args) =>
    html`<coop-project project-id="story-links" locale=${ifDefined(args.locale)} .storage=${guard([], projectStorage)}>
      <coop-atp-matrix></coop-atp-matrix>
      <coop-principles-checklist></coop-principles-checklist>
    </coop-project>`,
  parameters: docs(
    'In a `<coop-project>` with the grid: the form offers the grid’s items to pick, by group and column; links read the items’ current wording, and a link to an item removed from the grid stays named, marked « élément supprimé de la grille ».',
  ),
};
