/**
 * The cooperation report from <coop-project>: the toolbar's report actions, the report the element draws up
 * (the same as the core's for the same project), the archived HTML (escaped text, no script, every part's
 * heading) and its accessibility.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';
import fullEnJson from '../fixtures/project.full.en.json';
import fullJson from '../fixtures/project.full.json';
import {
  buildReport,
  createMemoryStorage,
  defaultAtpConfig,
  defaultPrinciplesConfig,
  defaultQuestionnaire,
  reportText,
  parseProjectDocument,
  type CoopReport,
  type Locale,
  type ProjectDocument,
} from '../../src/core/index.js';
import type { CoopProject } from '../../src/elements/project/project.js';
import { reportArchive } from '../../src/elements/report/archive.js';
import { awaitDownloads, button } from './helpers.js';

const fixtures = { fr: fullJson, en: fullEnJson } as const;
const catalogs = { fr: reportText('fr'), en: reportText('en') } as const;

function parsed(input: object): ProjectDocument {
  const result = parseProjectDocument(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.project;
}

async function mount(locale: Locale, doc: object = fixtures[locale]): Promise<CoopProject> {
  const project = await fixture<CoopProject>(html`
    <coop-project project-id="ght-nord" locale=${locale} .storage=${createMemoryStorage()}>
      <coop-questionnaire></coop-questionnaire>
      <coop-atp-matrix></coop-atp-matrix>
      <coop-principles-checklist></coop-principles-checklist>
    </coop-project>
  `);
  await waitUntil(() => project.hub.state['principles-checklist'] && project.hub.state['atp-matrix'], 'no widgets', {
    timeout: 8000,
  });
  await waitUntil(() => project.hub.state.questionnaire, 'no questionnaire', { timeout: 8000 });
  await project.setProject(doc as ProjectDocument);
  await waitUntil(
    () => project.hub.state.questionnaire?.responses.status === 'validated',
    'the project was not applied',
  );
  return project;
}

const headingsOf = (s: ReturnType<typeof reportText>) => [
  s.reportSelfAssessment,
  s.reportRepresentation,
  s.reportPrinciples,
];

for (const locale of ['fr', 'en'] as const) {
  describe(`<coop-project> report (${locale})`, () => {
    const s = catalogs[locale];

    it('offers the report in its toolbar and stays accessible', async () => {
      const project = await mount(locale);
      const group = project.shadowRoot!.querySelector('[aria-labelledby="report-label"]')!;
      expect(group.getAttribute('role')).to.equal('group');
      for (const label of [s.cpReportPrint, s.cpReportHtml, s.cpReportJson]) button(project, label);
      await expect(project).to.be.accessible();
    });

    it('draws up the same report as the core from the same project and contents', async () => {
      const project = await mount(locale);
      const generatedAt = '2026-03-20T10:00:00.000Z';
      const fromElement = await project.getReport({ generatedAt });
      const fromCore = buildReport(parsed(project.getProject()), {
        locale,
        generatedAt,
        configs: {
          questionnaire: defaultQuestionnaire(locale),
          atp: defaultAtpConfig(locale),
          principles: defaultPrinciplesConfig(locale),
        },
      });
      expect(fromElement).to.deep.equal(fromCore);
      // …and the project file read back gives the fixture's figures.
      const fromFile = buildReport(parsed(fixtures[locale]), {
        locale,
        generatedAt,
        configs: {
          questionnaire: defaultQuestionnaire(locale),
          atp: defaultAtpConfig(locale),
          principles: defaultPrinciplesConfig(locale),
        },
      });
      expect(fromElement.selfAssessment).to.deep.equal(fromFile.selfAssessment);
      expect(fromElement.principles).to.deep.equal(fromFile.principles);
      expect(fromElement.representation).to.deep.equal(fromFile.representation);
      expect(fromElement.cover.title).to.equal(fixtures[locale].title);
    });

    it('prints the report from a hidden frame, styled through CSSOM, then removes the frame', async () => {
      const project = await mount(locale);
      let printed: { h1: string; sheets: number; lang: string; page: boolean } | undefined;
      const observer = new MutationObserver(() => {
        const frame = project.shadowRoot!.querySelector<HTMLIFrameElement>('iframe.report-frame');
        if (!frame?.contentWindow || printed) return;
        // The print dialog is the browser's: stand in for it, and read what it would print.
        frame.contentWindow.print = () => {
          const doc = frame.contentDocument!;
          printed = {
            h1: doc.querySelector('h1')?.textContent ?? '',
            sheets: doc.adoptedStyleSheets.length,
            lang: doc.documentElement.lang,
            page: [...doc.adoptedStyleSheets[0]!.cssRules].some((r) => r.cssText.startsWith('@page')),
          };
          frame.contentWindow!.dispatchEvent(new Event('afterprint'));
        };
      });
      observer.observe(project.shadowRoot!, { childList: true, subtree: true });
      button(project, s.cpReportPrint).click();
      await waitUntil(() => printed, 'nothing was printed', { timeout: 8000 });
      observer.disconnect();
      expect(printed).to.deep.equal({ h1: fixtures[locale].title, sheets: 1, lang: locale, page: true });
      await waitUntil(() => !project.shadowRoot!.querySelector('iframe'), 'the frame stayed');
    });

    it('downloads the report as JSON and as a self-contained HTML file', async () => {
      const project = await mount(locale);
      const [json] = await awaitDownloads(() => button(project, s.cpReportJson).click());
      expect(json!.type).to.equal('application/json');
      const report = JSON.parse(await json!.text()) as CoopReport;
      expect(report.format).to.equal('coop-report/1');
      expect(report.locale).to.equal(locale);
      expect(report.principles!.commitment.kept.count).to.equal(1);

      const [file] = await awaitDownloads(() => button(project, s.cpReportHtml).click());
      expect(file!.type).to.equal('text/html');
      const doc = new DOMParser().parseFromString(await file!.text(), 'text/html');
      expect(doc.documentElement.lang).to.equal(locale);
      expect(doc.querySelectorAll('script, link, img, iframe, object')).to.have.length(0);
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.contain(
        "default-src 'none'",
      );
      const h2 = [...doc.querySelectorAll('h2')].map((h) => h.textContent!.trim());
      for (const heading of headingsOf(s)) expect(h2).to.include(heading);
      expect(doc.querySelector('h1')!.textContent).to.equal(fixtures[locale].title);
      expect(doc.querySelector('svg[role="img"]')).to.exist;
      expect(doc.body.textContent).to.contain(s.reportOurs);
    });
  });
}

describe('report: untrusted text', () => {
  it('renders a hostile name and proposal as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__reportXss = true"></style><script>window.__reportXss = true</script>';
    const input = JSON.parse(JSON.stringify(fullJson)) as typeof fullJson;
    input.title = hostile;
    input.principles.data.proposals[0]!.text = hostile;
    input.atp.data.groups[0]!.label = hostile;
    const report = buildReport(parsed(input), {
      configs: { atp: defaultAtpConfig('fr'), principles: defaultPrinciplesConfig('fr') },
    });
    const archive = reportArchive(report);
    const doc = new DOMParser().parseFromString(archive, 'text/html');
    expect(doc.querySelectorAll('img, script')).to.have.length(0);
    expect(doc.querySelector('h1')!.textContent).to.equal(hostile);
    expect(doc.title).to.contain(hostile);
    expect(doc.querySelectorAll('style')).to.have.length(1, 'the name cannot close the stylesheet');
    // Rendered in a frame, nothing runs.
    const frame = document.createElement('iframe');
    frame.srcdoc = archive;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    expect((frame.contentWindow as unknown as { __reportXss?: boolean }).__reportXss).to.equal(undefined);
    expect((window as unknown as { __reportXss?: boolean }).__reportXss).to.equal(undefined);
    expect(frame.contentDocument!.querySelector('h1')!.textContent).to.equal(hostile);
    frame.remove();
  });

  it('the archived report’s body passes axe', async () => {
    const report = buildReport(parsed(fullJson), {
      configs: {
        questionnaire: defaultQuestionnaire('fr'),
        atp: defaultAtpConfig('fr'),
        principles: defaultPrinciplesConfig('fr'),
      },
      previous: buildReport(parsed(fullJson), { configs: { atp: defaultAtpConfig('fr') } }),
    });
    const doc = new DOMParser().parseFromString(reportArchive(report), 'text/html');
    const host = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    host.append(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
    expect(host.querySelectorAll('table').length).to.be.greaterThan(5);
    await expect(host).to.be.accessible();
  });
});
