// Run after `npm run build` (.ci/run does): the cooperation report of the full project fixtures, drawn up by
// <coop-project> in the embed bundle, then
// - compared with the report the published core draws up in Node from the same project (the same content);
// - its archived HTML file opened with scripts disabled under its own strict policy (`default-src 'none';
//   style-src 'unsafe-inline'; img-src data:`): styled, nothing refused, nothing requested;
// - printed to PDF by Chromium (page.pdf) and read back with pdftotext (Debian's poppler-utils): a sane page
//   count, every part's heading, the running header and page numbers, and no table row split across pages.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  buildReport,
  defaultAtpConfig,
  defaultPrinciplesConfig,
  defaultQuestionnaire,
  reportText,
  parseProjectDocument,
} from 'coop-widgets/core';
import { launch, serve } from './browser.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
const GENERATED_AT = '2026-03-20T10:00:00.000Z';
const catalogs = { fr: reportText('fr'), en: reportText('en') };
const fixtureFile = { fr: 'test/fixtures/project.full.json', en: 'test/fixtures/project.full.en.json' };

let server;
let browser;
const dir = mkdtempSync(join(tmpdir(), 'coop-report-'));
before(async () => {
  server = await serve(process.cwd());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** The report, its archive and the project as <coop-project> gives them, in the embed bundle. */
async function fromBrowser(locale) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/test/dist/report.html`);
  const fixture = JSON.parse(readFileSync(fixtureFile[locale], 'utf8'));
  const out = await page.evaluate(
    async (fixture, locale, generatedAt) => {
      const { createMemoryStorage } = await import('/dist/coop-widgets-core.js');
      const project = document.createElement('coop-project');
      project.setAttribute('project-id', 'report-check');
      project.setAttribute('locale', locale);
      project.storage = createMemoryStorage();
      project.innerHTML =
        '<coop-questionnaire></coop-questionnaire><coop-atp-matrix></coop-atp-matrix><coop-principles-checklist></coop-principles-checklist>';
      document.body.append(project);
      const until = async (ok) => {
        for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
        if (!ok()) throw new Error('timed out');
      };
      const state = () => project.hub.state;
      await until(() => state().questionnaire && state()['atp-matrix'] && state()['principles-checklist']);
      await project.setProject(fixture);
      await until(() => state().questionnaire.responses.status === 'validated');
      return {
        project: project.getProject(),
        report: await project.getReport({ generatedAt }),
        html: await project.getReportHtml({ generatedAt }),
      };
    },
    fixture,
    locale,
    GENERATED_AT,
  );
  await page.close();
  assert.deepEqual(errors, []);
  return { ...out, fixture };
}

function parsed(input) {
  const result = parseProjectDocument(input);
  assert.ok(result.ok, JSON.stringify(result.issues));
  return result.project;
}

const configs = (locale) => ({
  questionnaire: defaultQuestionnaire(locale),
  atp: defaultAtpConfig(locale),
  principles: defaultPrinciplesConfig(locale),
});

const squash = (text) => text.replace(/\s+/g, ' ').trim();

for (const locale of ['fr', 'en']) {
  describe(`the report of the full project (${locale})`, () => {
    const s = catalogs[locale];
    let browserSide;
    before(async () => {
      browserSide = await fromBrowser(locale);
    });

    test('the core in Node draws up the same report as the browser', () => {
      const { project, report, fixture } = browserSide;
      const inNode = buildReport(parsed(project), { locale, configs: configs(locale), generatedAt: GENERATED_AT });
      assert.deepEqual(report, inNode);
      const fromFile = buildReport(parsed(fixture), { locale, configs: configs(locale), generatedAt: GENERATED_AT });
      for (const part of ['selfAssessment', 'representation', 'principles']) {
        assert.deepEqual(report[part], fromFile[part], part);
      }
    });

    test('the archived file renders with scripts disabled under its strict policy, styled and asking for nothing', async () => {
      const page = await browser.newPage();
      const refused = [];
      const requests = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused/i.test(m.text())) refused.push(m.text());
      });
      await page.setRequestInterception(true);
      page.on('request', (r) => {
        if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
        r.continue();
      });
      await page.setContent(browserSide.html, { waitUntil: 'load' });
      assert.ok(browserSide.html.includes(`content="${CSP}"`), 'the file carries its own policy');
      const styled = await page.evaluate(() => ({
        border: getComputedStyle(document.querySelector('main h2')).borderBottomStyle,
        collapse: getComputedStyle(document.querySelector('table')).borderCollapse,
        bars: document.querySelectorAll('svg rect.bar').length,
        scripts: document.scripts.length,
      }));
      assert.deepEqual(styled, {
        border: 'solid',
        collapse: 'collapse',
        bars: browserSide.report.selfAssessment.sections.filter((x) => x.score !== null).length,
        scripts: 0,
      });
      await page.close();
      assert.deepEqual(refused, []);
      assert.deepEqual(requests, []);
    });

    test('printed to A4 PDF: page count, every heading, running header and footer, no row split', async () => {
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.setContent(browserSide.html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      await page.setJavaScriptEnabled(true);
      await page.setContent(browserSide.html, { waitUntil: 'load' });
      // Each table row's cells, to find on the pages: the start and end of each cell's text.
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll('tbody tr')].map((tr) =>
          [...tr.cells].map((c) => c.innerText.replace(/\s+/g, ' ').trim()).filter((t) => t.length > 0),
        ),
      );
      const headings = await page.evaluate(() =>
        [...document.querySelectorAll('h1, h2, h3')].map((h) => h.textContent.replace(/\s+/g, ' ').trim()),
      );
      await page.close();
      const file = join(dir, `report-${locale}.pdf`);
      writeFileSync(file, pdf);
      const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const pages = run.stdout.split('\f').filter((p) => p.trim()).map(squash);

      assert.ok(pages.length >= 4 && pages.length <= 20, `${pages.length} pages`);
      const all = pages.join(' ');
      for (const h of [s.reportSelfAssessment, s.reportRepresentation, s.reportPrinciples, ...headings]) {
        assert.ok(all.includes(squash(h)), `heading “${h}” in the PDF`);
      }
      const header = squash(`${s.reportTitle} — ${browserSide.report.cover.title}`);
      pages.forEach((text, i) => {
        assert.ok(text.includes(header), `running header on page ${i + 1}`);
        assert.ok(text.includes(`${s.reportPageOf} ${i + 1} / ${pages.length}`), `page number on page ${i + 1}`);
      });

      // A row is whole when one page holds the first and last words of every one of its cells (words, not
      // phrases: pdftotext reads a row line by line across its cells).
      const words = (text) => text.split(/[\s,.;:!?()«»“”"]+/u).filter((w) => w.length >= 3);
      const pageWords = pages.map((text) => new Set(words(text)));
      assert.ok(rows.length > 30, `${rows.length} rows`);
      const split = rows.filter((cells) => {
        const pieces = cells.flatMap((cell) => {
          const w = words(cell);
          return [...w.slice(0, 2), ...w.slice(-2)];
        });
        return !pageWords.some((set) => pieces.every((piece) => set.has(piece)));
      });
      assert.deepEqual(split, [], 'rows split across pages (or missing from the PDF)');
    });
  });
}
