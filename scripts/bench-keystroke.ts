// The bench's "keystroke → facilitator's screen", in headless Chromium (scripts/chromium.js: the system's, never a
// downloaded one): the facilitator's page and a participant's page (two browser contexts) on the workshop page of
// scripts/workshop-page.ts. The participant types an item in their grid; the time runs from the Enter that adds
// it to the moment the facilitator's Synthesis shows its text (checked every 10 ms in that page). Another
// participant's item first (the Synthesis merges two grids or more), and one item not counted: the facilitator's
// page learns of the new participant.
import puppeteer, { type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';
import { joinAs, servePage, typeItem, waitIn } from './workshop-page.js';

export interface BenchWorkshop {
  readonly id: string;
  readonly facilitator: string;
  readonly invitation: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** When the facilitator's grid (its Synthesis) shows `text`: that page's Date.now(). */
function shown(page: Page, text: string) {
  return page
    .waitForFunction(
      (t) => (document.querySelector('coop-atp-matrix')?.shadowRoot?.textContent?.includes(t) ? Date.now() : 0),
      { polling: 10, timeout: 30_000 },
      text,
    )
    .then(async (handle) => (await handle.jsonValue()) as number);
}

/** Keystroke → facilitator's screen, `samples` times, in ms; null without a Chromium. */
export async function keystrokeToScreen(
  server: string,
  workshop: BenchWorkshop,
  samples: number,
): Promise<number[] | null> {
  const executablePath = chromiumPath();
  if (!executablePath) return null;
  const site = await servePage();
  const browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const facilitator = await (await browser.createBrowserContext()).newPage();
    await facilitator.goto(site.link(server, workshop.id, workshop.facilitator));
    await waitIn(facilitator, 'coop-project', '.workshop-facilitator');
    await facilitator.waitForFunction(() =>
      document.querySelector('coop-project')?.shadowRoot?.textContent?.includes('En direct'),
    );
    // The common representation needs two participants' grids: one item of another participant's first.
    const other = await (await browser.createBrowserContext()).newPage();
    await other.goto(site.link(server, workshop.id, workshop.invitation));
    await joinAs(other, 'Autre participant', 'Usagers');
    await typeItem(other, 'users:attractions', 'Un seul interlocuteur');
    await other.keyboard.press('Enter');
    const participant = await (await browser.createBrowserContext()).newPage();
    await participant.goto(site.link(server, workshop.id, workshop.invitation));
    await joinAs(participant, 'Banc d’essai', 'Personnels');
    const times: number[] = [];
    for (let i = -1; i < samples; i++) {
      const text = `Mesure ${i + 1} (${Math.random().toString(36).slice(2, 8)})`;
      await typeItem(participant, 'staff:attractions', text);
      const seen = shown(facilitator, text);
      const t0 = await participant.evaluate(() => Date.now());
      await participant.keyboard.press('Enter');
      const t1 = await seen;
      if (i >= 0) times.push(t1 - t0); // the same machine's clock in both pages
      await sleep(300);
    }
    return times;
  } finally {
    await browser.close();
    await site.close();
  }
}
