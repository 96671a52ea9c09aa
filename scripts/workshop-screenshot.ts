// The facilitator's view with two participants, for docs/images/: run `npm start`, then
// `npx tsx scripts/workshop-screenshot.ts [width]`. Two participants join through the invitation printed by
// `npm start` (.tmp/coop-workshop.json) and type in their grids; the facilitator's page is captured.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';
import { joinAs, typeItem, waitIn } from './workshop-page.js';

const root = join(import.meta.dirname, '..');
const links = JSON.parse(readFileSync(join(root, '.tmp/coop-workshop.json'), 'utf8')) as {
  facilitator: { link: string };
  invitation: { link: string };
};
const width = Number(process.argv[2] ?? 1280);
const out = process.argv[3] ?? join(root, 'docs/images/workshop-facilitator.png');

async function participant(browser: Browser, name: string, group: string, items: [string, string][]) {
  const page = await (await browser.createBrowserContext()).newPage();
  await page.goto(links.invitation.link);
  await joinAs(page, name, group);
  for (const [cell, text] of items) {
    await typeItem(page, cell, text);
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.ok());
    await page.keyboard.press('Enter');
    await saved;
  }
}

const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
try {
  const facilitator = await (await browser.createBrowserContext()).newPage();
  await facilitator.setViewport({ width, height: 900 });
  await facilitator.goto(links.facilitator.link);
  await waitIn(facilitator, 'coop-project', '.workshop-facilitator');
  await participant(browser, 'Claire Martin', 'Personnels', [
    ['staff:attractions', 'Accès à de nouvelles compétences'],
    ['staff:fears', 'Perte d’autonomie'],
  ]);
  await participant(browser, 'Karim Benali', 'Usagers', [
    ['staff:attractions', 'Accès à de nouvelles compétences'],
    ['users:fears', 'Service plus éloigné'],
  ]);
  await facilitator.waitForFunction(() =>
    document.querySelector('coop-atp-matrix')?.shadowRoot?.textContent?.includes('Service plus éloigné'),
  );
  // The facilitator's view and the grid's Synthesis, down to the end of the grid.
  const bottom = await facilitator.evaluate(() => {
    const grid = document.querySelector('coop-atp-matrix')?.getBoundingClientRect();
    return grid ? grid.bottom + window.scrollY : 1400;
  });
  await facilitator.setViewport({ width, height: Math.ceil(bottom) + 16 });
  await facilitator.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
