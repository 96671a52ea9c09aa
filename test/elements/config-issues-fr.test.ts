/**
 * The wording of config problems as the per-widget embed ships it: not in the first paint, loaded with the first
 * problem (the issues panel's module). This file imports one widget's entry alone, neither `coop-widgets/core`'s
 * entry nor the shared helpers, which register the wording at once: the checklist, whose lazy parts do not
 * import the core's entry either (the questionnaire's result and validate views do, and are prefetched). The
 * visitor's notice shows at once; the `coop-config-error` event and the console's warning come once the problems
 * are worded, in French, or with their codes when the wording cannot be loaded.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/principles-checklist.js';
import { createMemoryStorage, getStrings, parsePrinciplesConfig, type ConfigIssue } from '../../src/core/runtime.js';
import { hasConfigIssueWording } from '../../src/core/catalogs/issue-wording.js';
import { issuesPanelModule } from '../../src/elements/shared/error-panel.js';
import type { CoopConfigErrorEvent } from '../../src/elements/events.js';
import type { CoopPrinciplesChecklist } from '../../src/elements/principles-checklist/principles-checklist.js';
import broken from '../fixtures/principles.broken.json';

const alertOf = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');

/** A French page's checklist with a broken config, and the event it fires. */
async function brokenChecklist(attributes: { showConfigErrors?: boolean } = {}) {
  const fired = oneEvent(document.body, 'coop-config-error');
  const el = await fixture<CoopPrinciplesChecklist>(
    html`<coop-principles-checklist
      lang="fr"
      ?show-config-errors=${attributes.showConfigErrors ?? false}
      .config=${broken}
      .storage=${createMemoryStorage()}
    ></coop-principles-checklist>`,
  );
  return { el, fired: fired.then((event) => (event as CoopConfigErrorEvent).detail.issues) };
}

describe('the wording of config problems loads with the first problem (issue 22)', () => {
  let warnings: unknown[][];
  const warn = console.warn;
  const load = issuesPanelModule.load;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
    issuesPanelModule.load = load;
  });

  it('is not in the first paint; when it cannot be loaded, the event still fires, with the codes for messages', async () => {
    expect(hasConfigIssueWording(), 'a widget’s entry alone has no wording').to.equal(false);
    expect(getStrings('fr').configErrorTitle).to.equal(undefined);
    issuesPanelModule.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const { el, fired } = await brokenChecklist();
    expect(alertOf(el)!.textContent!.trim(), 'the notice at once').to.equal(getStrings('fr').configNotice);
    const issues: ConfigIssue[] = await fired;
    expect(issues.length).to.be.greaterThan(1);
    // The common problems' sentences are the wording's: their codes; the checklist's own are in its area.
    expect(issues.some((issue) => issue.message === issue.code && issue.code === 'duplicate_id')).to.equal(true);
    for (const issue of issues) expect(issue.message, issue.path).to.be.a('string').and.not.equal('');
    expect(alertOf(el)!.textContent!.trim(), 'the notice stays').to.equal(getStrings('fr').configNotice);
    expect(warnings.some(([message]) => String(message).includes('has an invalid config'))).to.equal(true);
  });

  it('a config that cannot be fetched is said in French once the wording is here', async () => {
    expect(hasConfigIssueWording(), 'not loaded by the test before').to.equal(false);
    const fired = oneEvent(document.body, 'coop-config-error');
    const el = await fixture<CoopPrinciplesChecklist>(
      html`<coop-principles-checklist
        lang="fr"
        src="/test/fixtures/no-such-config.json"
        .storage=${createMemoryStorage()}
      ></coop-principles-checklist>`,
    );
    const [issue] = (await fired).detail.issues;
    expect(issue?.code).to.equal('fetch_failed');
    expect(issue?.message).to.match(
      /^Fichier de configuration introuvable\u202f: .*no-such-config\.json \(statut HTTP 404\)\.$/,
    );
    expect(alertOf(el)!.textContent!.trim()).to.equal(getStrings('fr').configNotice);
  });

  it('a French page with one widget’s entry words its problems in French, in the event, the console and the panel', async () => {
    const { el, fired } = await brokenChecklist({ showConfigErrors: true });
    expect(alertOf(el), 'an alert at once').to.not.equal(null);
    const issues: ConfigIssue[] = await fired;
    expect(hasConfigIssueWording()).to.equal(true);
    expect(issues.length).to.be.greaterThan(1);
    for (const issue of issues) {
      expect(issue.message, `${issue.path} ${issue.code}`).to.be.a('string').and.not.equal('');
      expect(issue.message).to.not.include('undefined');
    }
    // As the core words them in French, places included.
    expect(issues).to.deep.equal((parsePrinciplesConfig(broken, { locale: 'fr' }) as { issues: ConfigIssue[] }).issues);
    expect(issues.some((issue) => issue.where)).to.equal(true);
    expect(issues.map((issue) => issue.message).join(' '), 'in French').to.match(/\u202f: |attendu|identifiant/);
    const reports = warnings.filter(([message]) => String(message).includes('has an invalid config'));
    expect(reports.length, 'one warning').to.equal(1);
    expect(String(reports[0]![0]).includes(issues[0]!.message)).to.equal(true);
    await el.updateComplete;
    const panel = alertOf(el)!.textContent!.replace(/\s+/g, ' ');
    expect(panel.includes(`La configuration contient ${issues.length} erreurs`), panel).to.equal(true);
    expect(panel.includes(issues[0]!.message.replace(/\s+/g, ' ')), panel).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
