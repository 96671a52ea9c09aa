/**
 * <coop-project>'s workshop mode (docs/workshop.md) with a coop-widgets-server played in the page
 * (test/fixtures/workshop-server.ts): Storybook needs no server. Each story has its own made-up server, so a
 * revoke in one never shows in another.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define/all.js';
import {
  PROJECT_FORMAT,
  defaultAtpConfig,
  fitAtpData,
  mergeAtp,
  serializeProject,
  serializeSavedAtp,
  serializeSavedPrinciples,
  type AtpData,
} from '../src/core/index.js';
import participantsJson from '../test/fixtures/atp.participants.json';
import { installFakeWorkshop, type FakeWorkshop } from '../test/fixtures/workshop-server.js';
import { docs } from './shared.js';

type WorkshopArgs = { locale?: 'fr' | 'en' };
type Role = 'facilitator' | 'invitation' | 'participant';

const grids = participantsJson as unknown as AtpData[];
const ATP_KEY = 'coop-widgets:project:atelier:atp:atp-default';
const PRINCIPLES_KEY = 'coop-widgets:project:atelier:principles:principles-default';

/** Three participants, two of whom have filled in their grid, one with a proposal in her checklist. */
function withParticipants(server: FakeWorkshop): void {
  server.add('Alice Martin', 'Offreurs de service', {
    [ATP_KEY]: JSON.parse(serializeSavedAtp(grids[0]!)) as unknown,
    [PRINCIPLES_KEY]: JSON.parse(
      serializeSavedPrinciples({
        principles: {},
        proposals: [
          {
            id: 'prop-calendar',
            text: 'Un calendrier commun des achats',
            proposedBy: '',
            date: '2026-03-01',
            decision: 'proposed',
            done: false,
          },
        ],
      }),
    ) as unknown,
  });
  server.add('Bruno Lefèvre', 'Personnels', { [ATP_KEY]: JSON.parse(serializeSavedAtp(grids[1]!)) as unknown });
  server.add('Chloé Dubois', 'Usagers');
}

function page(args: WorkshopArgs, role: Role, setUp: (server: FakeWorkshop) => void = () => undefined) {
  const server = installFakeWorkshop();
  setUp(server);
  const token =
    role === 'facilitator'
      ? server.facilitator
      : role === 'invitation'
        ? server.invitation
        : ([...server.participants.values()][0]?.token ?? '');
  if (role === 'invitation') localStorage.removeItem(`coop-widgets:workshop:${server.id}:participant`);
  return html`<coop-project
    project-id="atelier"
    locale=${args.locale ?? 'fr'}
    server=${server.origin}
    workshop=${server.id}
    token=${token}
  >
    <coop-atp-matrix></coop-atp-matrix>
    <coop-questionnaire></coop-questionnaire>
    <coop-principles-checklist></coop-principles-checklist>
  </coop-project>`;
}

/** The project's shadow root once `selector` is drawn in it. */
async function shown(canvasElement: HTMLElement, selector: string, timeout = 10000): Promise<ShadowRoot> {
  const project = canvasElement.querySelector('coop-project')!;
  await waitFor(() => expect(project.shadowRoot?.querySelector(selector)).toBeTruthy(), { timeout });
  return project.shadowRoot!;
}

const meta = {
  title: 'Workshop/coop-project workshop mode',
  component: 'coop-project',
  args: { locale: 'fr' },
  argTypes: { locale: { control: 'inline-radio', options: ['fr', 'en'] } },
} satisfies Meta<WorkshopArgs>;

export default meta;
type Story = StoryObj<WorkshopArgs>;

export const JoinForm: Story = {
  render: (args) => page(args, 'invitation'),
  parameters: docs(
    'The invitation link: a participant gives a display name and picks a stakeholder group of the grid; nothing of the widgets shows before.',
  ),
  play: async ({ canvasElement }) => {
    const shadow = await shown(canvasElement, 'form.workshop-join');
    expect(shadow.querySelector('label[for="ws-name"]')?.textContent).toContain('Votre nom');
    expect(shadow.querySelectorAll('#ws-group option').length).toBeGreaterThan(1);
  },
};

export const Participant: Story = {
  render: (args) => page(args, 'participant', withParticipants),
  parameters: docs(
    'A participant’s own link: who they take part as, and their own grid, questionnaire and checklist, saved on the workshop’s server.',
  ),
  play: async ({ canvasElement }) => {
    const shadow = await shown(canvasElement, '.workshop-status');
    expect(shadow.querySelector('.workshop-status')?.textContent).toContain('Alice Martin');
  },
};

/** What the facilitator shared: the two grids merged (as their view builds it), a coop-project/1 file. */
function withSharedOutputs(server: FakeWorkshop): void {
  withParticipants(server);
  const config = defaultAtpConfig('fr');
  const merged = mergeAtp(
    config,
    grids.slice(0, 2).map((g) => fitAtpData(config, g)),
  );
  const body = serializeProject({
    format: PROJECT_FORMAT,
    id: 'atelier',
    exportedAt: '2026-03-02T10:00:00.000Z',
    library: '0.1.0',
    groups: [],
    atp: { configId: config.id, data: merged.data },
  });
  server.shared.set('coop-widgets:workshop:outputs', { body, etag: '"999"' });
}

export const ParticipantWithSharedOutputs: Story = {
  render: (args) => page(args, 'participant', withSharedOutputs),
  parameters: docs(
    'Principle 8, the same rights for all: once the facilitator has shared them, a participant reads the collective outputs — the common representation, its postures and plans — in their own view (opened by the play function).',
  ),
  play: async ({ canvasElement }) => {
    // The grid's config, then the shared file, then the report: slow on a loaded machine.
    const shadow = await shown(canvasElement, '.ws-outputs table', 30000);
    shadow.querySelector<HTMLElement>('.ws-outputs > summary')!.click();
    expect(shadow.querySelector('.ws-outputs')?.textContent).toContain('partagées par l’animateur');
    expect(shadow.querySelector('.ws-share')).toBeNull();
  },
};

export const Facilitator: Story = {
  render: (args) => page(args, 'facilitator', withParticipants),
  parameters: docs(
    'The facilitator’s link: who joined and how far each has got, each one’s access, the invitation’s renewal, and the collective outputs built live from the participants’ grids and proposals (opened by the play function).',
  ),
  play: async ({ canvasElement }) => {
    const shadow = await shown(canvasElement, '.ws-outputs table');
    expect(shadow.querySelectorAll('tr[data-participant]').length).toBe(3);
    // The register part follows once the facilitator's own checklist has loaded.
    await waitFor(
      () => expect(shadow.querySelector('.ws-outputs')?.textContent).toContain('Un calendrier commun des achats'),
      { timeout: 10000 },
    );
    shadow.querySelector<HTMLElement>('.ws-outputs > summary')!.click();
    expect(shadow.querySelector<HTMLDetailsElement>('.ws-outputs')!.open).toBe(true);
  },
};

export const FacilitatorEnglish: Story = {
  args: { locale: 'en' },
  render: (args) => page(args, 'facilitator', withParticipants),
  parameters: docs('The facilitator’s view in English.'),
};

export const FacilitatorNobodyYet: Story = {
  render: (args) => page(args, 'facilitator'),
  parameters: docs('A workshop nobody has joined yet: the facilitator is told to send the invitation link.'),
  play: async ({ canvasElement }) => {
    const shadow = await shown(canvasElement, '.workshop-facilitator');
    expect(shadow.querySelector('.workshop-facilitator')?.textContent).toContain('Personne n’a encore rejoint');
  },
};

export const RevokeDialog: Story = {
  render: (args) => page(args, 'facilitator', withParticipants),
  parameters: docs(
    'Revoking a participant is confirmed first: the dialog opens at its title and says what happens to their link and their documents.',
  ),
  play: async ({ canvasElement }) => {
    const shadow = await shown(canvasElement, 'tr[data-participant] .ws-revoke');
    shadow.querySelector<HTMLButtonElement>('tr[data-participant] .ws-revoke')!.click();
    await waitFor(() => expect(shadow.querySelector<HTMLDialogElement>('dialog.ws-confirm')?.open).toBe(true));
    expect(shadow.activeElement?.id).toBe('ws-confirm-title');
    expect(shadow.activeElement?.textContent).toContain('Alice Martin');
  },
};

export const RenewedInvitation: Story = {
  render: (args) => page(args, 'facilitator', withParticipants),
  parameters: docs(
    'Renewing the invitation, confirmed: the new link with its copy button; the old link no longer works, those who joined keep their access.',
  ),
  play: async ({ canvasElement }) => {
    const shadow = await shown(canvasElement, '.ws-renew');
    shadow.querySelector<HTMLButtonElement>('.ws-renew')!.click();
    await waitFor(() => expect(shadow.querySelector<HTMLDialogElement>('dialog.ws-confirm')?.open).toBe(true));
    shadow.querySelector<HTMLButtonElement>('dialog.ws-confirm button[value="confirm"]')!.click();
    await waitFor(() => expect(shadow.querySelector('#ws-invitation')).toBeTruthy());
    expect(shadow.querySelector<HTMLInputElement>('#ws-invitation')!.value).toContain('#coop-server=');
  },
};

export const ServerDown: Story = {
  render: (args) =>
    page(args, 'facilitator', (server) => {
      server.down = true;
    }),
  parameters: docs(
    'The workshop’s server does not answer: the reason in an alert, `coop-storage-error` (`unavailable`), and nothing of the widgets.',
  ),
  play: async ({ canvasElement }) => {
    const shadow = await shown(canvasElement, '[role="alert"]');
    expect(shadow.querySelector('[role="alert"]')?.textContent).toContain('ne répond pas');
  },
};
