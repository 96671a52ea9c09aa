/**
 * The shared config pipeline every widget is built on (CoopConfigurable + error panel + JSON attribute
 * converter + locale controller), tested through a minimal widget as a host page would use it.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import type { ParseOptions, QuestionnaireConfig } from '../../src/core/index.js';
import { parseQuestionnaireConfig } from '../../src/core/index.js';
import { CoopConfigurable } from '../../src/elements/shared/configurable.js';
import { defineElement } from '../../src/elements/shared/define.js';
import type { CoopConfigErrorEvent } from '../../src/elements/events.js';
import minimal from '../fixtures/questionnaire.minimal.json';
import broken from '../fixtures/questionnaire.broken.json';

class TestQuestionnaireTitle extends CoopConfigurable<QuestionnaireConfig> {
  protected loadDefaultConfig(): Promise<QuestionnaireConfig> {
    const parsed = parseQuestionnaireConfig(minimal);
    return parsed.ok ? Promise.resolve(parsed.config) : Promise.reject(new Error('invalid fixture'));
  }
  protected parseConfig(input: string | object, options: ParseOptions) {
    return parseQuestionnaireConfig(input, options);
  }
  protected renderContent(model: QuestionnaireConfig): TemplateResult {
    return litHtml`<h2 part="title">${model.title}</h2>`;
  }
}
defineElement('test-questionnaire-title', TestQuestionnaireTitle);

const shadow = (el: Element) => el.shadowRoot!;
const alertOf = (el: Element) => shadow(el).querySelector('[role="alert"]');

describe('config errors in a widget', () => {
  let warnings: unknown[][];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('is accessible with a valid config and renders it', async () => {
    const el = await fixture<TestQuestionnaireTitle>(
      html`<test-questionnaire-title .config=${minimal}></test-questionnaire-title>`,
    );
    await expect(el).to.be.accessible();
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Minimal questionnaire');
    expect(alertOf(el)).to.equal(null);
  });

  it('shows every issue with its JSON path in an accessible alert, fires coop-config-error, warns once', async () => {
    const el = document.createElement('test-questionnaire-title') as TestQuestionnaireTitle;
    el.setAttribute('locale', 'en');
    el.setAttribute('config', JSON.stringify(broken));
    const fired = oneEvent(document.body, 'coop-config-error');
    document.body.append(el);
    const event = (await fired) as CoopConfigErrorEvent;
    await el.updateComplete;

    const panel = alertOf(el)!;
    expect(panel).to.exist;
    expect(panel.textContent).to.contain(`The configuration has ${event.detail.issues.length} problems`);
    expect(panel.textContent).to.contain('sections[1].subsections');
    expect(panel.textContent).to.contain('This section has no question.');
    expect(event.detail.issues.map((i) => i.code)).to.include('duplicate_id');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(JSON.parse(JSON.stringify(event.detail))).to.deep.equal(event.detail);
    expect(warnings.length).to.equal(1);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('reports bad JSON in the attribute instead of showing nothing', async () => {
    const el = await fixture<TestQuestionnaireTitle>(
      html`<test-questionnaire-title locale="en" config='{"title": "oops",}'></test-questionnaire-title>`,
    );
    expect(alertOf(el)!.textContent).to.contain('The text is not valid JSON');
    expect(alertOf(el)!.textContent).to.contain('(document root)');
  });

  it('renders hostile config text as text, never as HTML', async () => {
    const config = JSON.parse(JSON.stringify(minimal)) as typeof minimal;
    config.title = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await fixture<TestQuestionnaireTitle>(
      html`<test-questionnaire-title .config=${config}></test-questionnaire-title>`,
    );
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal(config.title);
    const bad = await fixture<TestQuestionnaireTitle>(
      html`<test-questionnaire-title .config=${{ ...config, '<b>x</b>': 1 }}></test-questionnaire-title>`,
    );
    expect(shadow(bad).querySelector('b')).to.equal(null);
    expect(alertOf(bad)!.textContent).to.contain('<b>x</b>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('follows the language: explicit locale, else the nearest lang, re-localising without a new report', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><test-questionnaire-title config="[]"></test-questionnaire-title></div>`,
    );
    const el = wrapper.querySelector('test-questionnaire-title') as TestQuestionnaireTitle;
    await el.updateComplete;
    expect(alertOf(el)!.textContent).to.contain('Expected object');
    let reports = 0;
    el.addEventListener('coop-config-error', () => reports++);
    wrapper.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(alertOf(el)!.textContent).to.contain('Type attendu');
    el.locale = 'en';
    await el.updateComplete;
    expect(alertOf(el)!.textContent).to.contain('Expected object');
    expect(reports).to.equal(0);
  });

  it('recovers when a valid config replaces a broken one, and breaks again visibly', async () => {
    const el = await fixture<TestQuestionnaireTitle>(
      html`<test-questionnaire-title config="nope"></test-questionnaire-title>`,
    );
    expect(alertOf(el)).to.exist;
    el.config = minimal;
    await el.updateComplete;
    expect(alertOf(el)).to.equal(null);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Minimal questionnaire');
    el.config = { ...minimal, sections: [] };
    await el.updateComplete;
    expect(alertOf(el)!.textContent).to.contain('sections');
  });
});

describe('defineElement', () => {
  it('skips a second, different registration of a tag with one warning instead of throwing', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('test-questionnaire-title', class extends TestQuestionnaireTitle {});
      defineElement('test-questionnaire-title', TestQuestionnaireTitle); // same class: silent
    } finally {
      console.warn = warn;
    }
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0]![0])).to.contain('already defined');
    expect(customElements.get('test-questionnaire-title')).to.equal(TestQuestionnaireTitle);
  });
});
