/**
 * The workshop mode end to end, in headless Chromium with three separate browser contexts (no shared storage):
 * coop-widgets-server on PGlite, a page that embeds <coop-project> with the grid and reads the link's `#…`,
 * two participants who join through the invitation link and type in their own grids, and the facilitator whose
 * Synthesis shows both grids, live. Then a participant's token, from the widget's own page and URLs, is refused
 * (403) on the other participant's document, reading and writing. And the facilitator's access controls against
 * the real server: a revoked participant's next write is refused and their page says so; a removed participant
 * leaves the list, and their documents and token are gone.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.js';
import { joinAs, servePage, waitIn, type ServedPage } from '../../scripts/workshop-page.js';
import { newWorkshop, startTestServer, type TestServer, type Workshop } from './helpers.js';

const root = join(import.meta.dirname, '../..');
const executablePath = chromiumPath();

/** axe-core's violations on the page (shadow roots included), as `id: target` lines. */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe.run();
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

/** The text of <coop-project> and its grid, shadow roots included. */
const deepText = (page: Page) =>
  page.evaluate(() => {
    const project = document.querySelector('coop-project');
    const grid = document.querySelector('coop-atp-matrix');
    return `${project?.shadowRoot?.textContent ?? ''}\n${grid?.shadowRoot?.textContent ?? ''}`;
  });

describe('workshop mode in the browser: two participants and the facilitator', { skip: !executablePath }, () => {
  let server: TestServer;
  let workshop: Workshop;
  let site: ServedPage;
  let browser: Browser;
  const errors: string[] = [];
  const link = (token: string) => site.link(server.url, workshop.id, token);

  before(async () => {
    server = await startTestServer('pglite');
    workshop = await newWorkshop(server, 'Atelier GHT Nord');
    site = await servePage();
    browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await server?.stop();
  });

  async function participant(name: string, group: string): Promise<Page> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${name}'s page: ${String(error)}`));
    await page.goto(link(workshop.invitation));
    await waitIn(page, 'coop-project', '#ws-name');
    if (name === 'Alice') assert.deepEqual(await axe(page), [], 'the join form');
    // From the keyboard: the name, Tab to the group (a list of the grid's groups: typing picks one), Tab, Enter.
    await joinAs(page, name, group);
    return page;
  }

  /** Adds an item to a cell of the participant's grid, from the keyboard, and waits for the server's ack. */
  async function addItem(page: Page, cell: string, text: string): Promise<void> {
    await waitIn(page, 'coop-atp-matrix', `[data-cell="${cell}"] .add`);
    await page.evaluate(
      (selector) =>
        document.querySelector('coop-atp-matrix')?.shadowRoot?.querySelector<HTMLElement>(selector)?.click(),
      `[data-cell="${cell}"] .add`,
    );
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.ok());
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await saved;
  }

  it('shows each participant’s grid in the facilitator’s Synthesis, live; a participant reaches only their own', async () => {
    const facilitatorContext = await browser.createBrowserContext();
    const facilitator = await facilitatorContext.newPage();
    facilitator.on('pageerror', (error) => errors.push(`facilitator's page: ${String(error)}`));
    await facilitator.goto(link(workshop.facilitator));
    await waitIn(facilitator, 'coop-project', '.workshop-facilitator');
    await facilitator.waitForFunction(() =>
      document.querySelector('coop-project')?.shadowRoot?.textContent?.includes('En direct'),
    );

    const alice = await participant('Alice', 'Personnels');
    const bruno = await participant('Bruno', 'Usagers');
    // The join form's group list comes from the grid: the participant picks one of its groups.
    assert.match(await deepText(alice), /vous participez en tant que Alice \(Personnels\)/);

    await addItem(alice, 'staff:attractions', 'Accès à de nouvelles compétences');
    await facilitator.waitForFunction(
      () => document.querySelector('coop-project')?.shadowRoot?.querySelector('[data-participant]') !== null,
      { timeout: 5000 },
    );
    await addItem(bruno, 'users:fears', 'Perte de proximité du service');
    // Both grids in the common representation, carried by the live channel: the facilitator's polls (30 s) and
    // overview re-reads (10 s) are too slow to beat this timeout, so a pass proves the live path. How fast is the
    // bench's business (issue 19), not a test's: under CI's load a one-second bound would only measure the load.
    await facilitator.waitForFunction(
      () => {
        const text = document.querySelector('coop-atp-matrix')?.shadowRoot?.textContent ?? '';
        return text.includes('Accès à de nouvelles compétences') && text.includes('Perte de proximité du service');
      },
      { timeout: 5000 },
    );
    assert.deepEqual(await axe(facilitator), [], 'the facilitator’s view with the Synthesis');
    const text = await deepText(facilitator);
    assert.match(text, /2 participants/);
    assert.match(text, /Alice/);
    assert.match(text, /Bruno/);

    // A later keystroke of Alice's reaches the facilitator's synthesis as well.
    await addItem(alice, 'staff:fears', 'Perte d’autonomie');
    await facilitator.waitForFunction(
      () => document.querySelector('coop-atp-matrix')?.shadowRoot?.textContent?.includes('Perte d’autonomie'),
      { timeout: 5000 },
    );

    // Rights: from Alice's page, with Alice's token (the one the widget uses), Bruno's documents are refused.
    const overview = (await (
      await fetch(`${server.url}/api/workshops/${workshop.id}`, {
        headers: { Authorization: `Bearer ${workshop.facilitator}` },
      })
    ).json()) as { participants: { id: string; name: string; documents: { key: string }[] }[] };
    const brunoRecord = overview.participants.find((p) => p.name === 'Bruno');
    const brunoKey = brunoRecord?.documents[0]?.key;
    assert.ok(brunoRecord && brunoKey, 'Bruno has a document');
    const statuses = await alice.evaluate(
      async ({ server, workshopId, participantId, key }) => {
        const token = localStorage.getItem(`coop-widgets:workshop:${workshopId}:participant`);
        const url = `${server}/api/workshops/${workshopId}/participants/${participantId}/documents/${encodeURIComponent(key)}`;
        const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
        const read = await fetch(url, { headers });
        const write = await fetch(url, { method: 'PUT', headers, body: '{"format":"coop-atp/1"}' });
        const remove = await fetch(url, { method: 'DELETE', headers });
        return [Boolean(token), read.status, write.status, remove.status];
      },
      { server: server.url, workshopId: workshop.id, participantId: brunoRecord.id, key: brunoKey },
    );
    assert.deepEqual(statuses, [true, 403, 403, 403]);
    // Nothing of Bruno's changed: the facilitator still sees his item.
    assert.match(await deepText(facilitator), /Perte de proximité du service/);
    assert.deepEqual(errors, []);
  });

  /** Opens the facilitator's page and waits for its live view. */
  async function facilitatorPage(): Promise<Page> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`facilitator's page: ${String(error)}`));
    await page.goto(link(workshop.facilitator));
    await waitIn(page, 'coop-project', '.workshop-facilitator');
    await page.waitForFunction(() =>
      document.querySelector('coop-project')?.shadowRoot?.textContent?.includes('En direct'),
    );
    return page;
  }

  /** In the facilitator's table, `name`'s row's button (`revoke` or `remove`), confirmed in the dialog. */
  async function confirmAccess(page: Page, name: string, action: 'revoke' | 'remove'): Promise<void> {
    const row = await page.waitForFunction(
      (who) =>
        [...(document.querySelector('coop-project')?.shadowRoot?.querySelectorAll('tr[data-participant]') ?? [])]
          .find((tr) => tr.querySelector('th')?.textContent?.trim() === who)
          ?.getAttribute('data-participant'),
      { timeout: 5000 },
      name,
    );
    const id = (await row.jsonValue()) as string;
    await page.evaluate(
      (sel) => document.querySelector('coop-project')?.shadowRoot?.querySelector<HTMLElement>(sel)?.click(),
      `tr[data-participant="${id}"] .ws-${action}`,
    );
    await waitIn(page, 'coop-project', 'dialog.ws-confirm[open]');
    await page.evaluate(() =>
      document
        .querySelector('coop-project')
        ?.shadowRoot?.querySelector<HTMLElement>('dialog.ws-confirm button[value="confirm"]')
        ?.click(),
    );
  }

  const projectText = (page: Page) =>
    page.evaluate(() => document.querySelector('coop-project')?.shadowRoot?.textContent ?? '');

  it('revoke: the participant’s next write is refused and their page says so; remove: gone from the list', async () => {
    const facilitator = await facilitatorPage();
    const chloe = await participant('Chloé', 'Personnels');
    const david = await participant('David', 'Usagers');
    await addItem(chloe, 'staff:attractions', 'Gagner du temps de coordination');
    await addItem(david, 'users:attractions', 'Un seul interlocuteur');

    // Revoke Chloé: her row says so, and the server refuses her token from then on.
    await confirmAccess(facilitator, 'Chloé', 'revoke');
    await facilitator.waitForFunction(
      () => document.querySelector('coop-project')?.shadowRoot?.textContent?.includes('L’accès de Chloé est révoqué.'),
      { timeout: 5000 },
    );
    assert.match(await projectText(facilitator), /accès révoqué/);
    // Her next keystroke: the write is refused (401), nothing stored, and her grid tells her (role="alert").
    await waitIn(chloe, 'coop-atp-matrix', '[data-cell="staff:fears"] .add');
    await chloe.evaluate(() =>
      document
        .querySelector('coop-atp-matrix')
        ?.shadowRoot?.querySelector<HTMLElement>('[data-cell="staff:fears"] .add')
        ?.click(),
    );
    const refused = chloe.waitForResponse((r) => r.request().method() === 'PUT');
    await chloe.keyboard.type('Écrit après la révocation');
    await chloe.keyboard.press('Enter');
    assert.equal((await refused).status(), 401);
    const alert = await chloe.waitForFunction(
      () => {
        const roots = ['coop-atp-matrix', 'coop-project'].map((tag) => document.querySelector(tag)?.shadowRoot);
        return roots
          .flatMap((root) => [...(root?.querySelectorAll('[role="alert"]') ?? [])])
          .map((el) => el.textContent?.trim() ?? '')
          .find(Boolean);
      },
      { timeout: 5000 },
    );
    const said = (await alert.jsonValue()) as string;
    // The grid's storage warning: not saved, kept on the page, export it; refused by the browser or the server.
    assert.match(said, /exportez/, 'the refused write is shown');
    assert.match(said, /par le serveur/, 'the refusal names the server as a possible cause, not only the browser');
    assert.match(await deepText(chloe), /Écrit après la révocation/, 'what she typed stays on her page');
    const overview = async () =>
      (await (
        await fetch(`${server.url}/api/workshops/${workshop.id}`, {
          headers: { Authorization: `Bearer ${workshop.facilitator}` },
        })
      ).json()) as { participants: { id: string; name: string; revoked?: boolean; documents: { key: string }[] }[] };
    const chloeRow = (await overview()).participants.find((p) => p.name === 'Chloé');
    assert.equal(chloeRow?.revoked, true);
    const stored = await fetch(
      `${server.url}/api/workshops/${workshop.id}/participants/${chloeRow!.id}/documents/${encodeURIComponent(chloeRow!.documents[0]!.key)}`,
      { headers: { Authorization: `Bearer ${workshop.facilitator}` } },
    );
    assert.doesNotMatch(await stored.text(), /Écrit après la révocation/, 'the refused write stored nothing');

    // Remove David: gone from the facilitator's list, his documents and his token with him.
    const davidId = (await overview()).participants.find((p) => p.name === 'David')!.id;
    const davidToken = await david.evaluate(
      (w) => localStorage.getItem(`coop-widgets:workshop:${w}:participant`),
      workshop.id,
    );
    await confirmAccess(facilitator, 'David', 'remove');
    await facilitator.waitForFunction(
      (id) =>
        document.querySelector('coop-project')?.shadowRoot?.textContent?.includes('David a été retiré de l’atelier') &&
        !document.querySelector('coop-project')?.shadowRoot?.querySelector(`tr[data-participant="${id}"]`),
      { timeout: 5000 },
      davidId,
    );
    assert.ok(!(await overview()).participants.some((p) => p.name === 'David'), 'the server forgot him');
    const davidAfter = await fetch(`${server.url}/api/workshops/${workshop.id}/me`, {
      headers: { Authorization: `Bearer ${davidToken}` },
    });
    assert.equal(davidAfter.status, 401, 'his token is gone');
    assert.deepEqual(await axe(facilitator), [], 'the facilitator’s view after revoke and remove');
    assert.deepEqual(errors, []);
  });
});
