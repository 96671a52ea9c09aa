/**
 * The shared config pipeline every widget is built on (CoopConfigurable + error panel + JSON attribute
 * converter + locale controller), tested through a minimal widget as a host page would use it.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
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
    el.toggleAttribute('show-config-errors', true);
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
      html`<test-questionnaire-title
        locale="en"
        show-config-errors
        config='{"title": "oops",}'
      ></test-questionnaire-title>`,
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
      html`<test-questionnaire-title
        show-config-errors
        .config=${{ ...config, '<b>x</b>': 1 }}
      ></test-questionnaire-title>`,
    );
    expect(shadow(bad).querySelector('b')).to.equal(null);
    expect(alertOf(bad)!.textContent).to.contain('<b>x</b>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('follows the language: explicit locale, else the nearest lang, re-localising without a new report', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><test-questionnaire-title show-config-errors config="[]"></test-questionnaire-title></div>`,
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
      html`<test-questionnaire-title show-config-errors config="nope"></test-questionnaire-title>`,
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

describe('a broken config: a neutral notice for visitors, the full panel on a page being edited', () => {
  let warnings: unknown[][];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
  });

  for (const [locale, notice] of [
    ['fr', 'Cet outil est momentanément indisponible.'],
    ['en', 'This tool is temporarily unavailable.'],
  ] as const) {
    it(`shows a visitor only the neutral notice (${locale}); the event and the console carry every problem`, async () => {
      const el = document.createElement('test-questionnaire-title') as TestQuestionnaireTitle;
      el.setAttribute('locale', locale);
      el.setAttribute('config', JSON.stringify(broken));
      const fired = oneEvent(document.body, 'coop-config-error');
      document.body.append(el);
      const event = (await fired) as CoopConfigErrorEvent;
      await el.updateComplete;

      const panel = alertOf(el)!;
      expect(panel.textContent!.trim()).to.equal(notice);
      expect(panel.getAttribute('part')).to.equal('error');
      expect(panel.querySelector('code, [part="error-item"]')).to.equal(null);
      const { issues } = event.detail;
      expect(issues.map((i) => i.code)).to.include('duplicate_id');
      expect(warnings.length).to.equal(1);
      const logged = String(warnings[0]![0]);
      for (const issue of issues) {
        expect(logged).to.contain(issue.path || '(root)');
        expect(logged).to.contain(issue.message);
      }
      expect(warnings[0]![1]).to.deep.equal(issues);
      await expect(el).to.be.accessible();
      el.remove();
    });
  }

  it('switches to the full panel when show-config-errors is set, and back, without a second report', async () => {
    let reports = 0;
    const el = await fixture<TestQuestionnaireTitle>(
      html`<test-questionnaire-title
        locale="en"
        config=${JSON.stringify(broken)}
        @coop-config-error=${() => reports++}
      ></test-questionnaire-title>`,
    );
    expect(alertOf(el)!.textContent).not.to.contain('problems');
    el.toggleAttribute('show-config-errors', true);
    await el.updateComplete;
    expect(el.showConfigErrors).to.equal(true);
    const items = shadow(el).querySelectorAll('[role="alert"] [part="error-item"]');
    expect(items.length).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
    el.showConfigErrors = false;
    await el.updateComplete;
    expect(alertOf(el)!.textContent!.trim()).to.equal('This tool is temporarily unavailable.');
    expect(reports).to.equal(1);
  });
});

/** Whether the line breaks inside `word` (at `start` in `text`) elsewhere than after one of its hyphens. */
function breaksInside(text: Text, start: number, word: string): boolean {
  const range = document.createRange();
  const topOf = (i: number) => {
    range.setStart(text, start + i);
    range.setEnd(text, start + i + 1);
    return Math.round(range.getBoundingClientRect().top);
  };
  for (let i = 1; i < word.length; i++) {
    if (topOf(i) !== topOf(i - 1) && !/[-\u2010]/.test(word[i - 1]!)) return true;
  }
  return false;
}

/**
 * The words of the panel's prose that the line breaks inside, at the widget's width: a word is broken when its
 * letters sit on two lines though the word alone fits on one. Paths and code may break anywhere.
 */
function brokenWords(panel: HTMLElement): string[] {
  // Hyphenation by the browser (where it has the language's dictionary) is a proper break: measured without it.
  panel.style.hyphens = 'manual';
  const broken: string[] = [];
  const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement!;
    if (parent.closest('code, .error-token')) continue; // paths and URLs may break anywhere
    const width = parent.closest('li, p')!.getBoundingClientRect().width;
    for (const match of text.textContent!.matchAll(/\S+/g)) {
      if (!breaksInside(text as Text, match.index, match[0])) continue;
      // Measured alone on one line, in the same font: a word wider than the line may break.
      const probe = document.createElement('span');
      probe.textContent = match[0];
      probe.style.whiteSpace = 'nowrap';
      probe.style.position = 'absolute';
      parent.append(probe);
      const alone = probe.getBoundingClientRect().width;
      probe.remove();
      if (alone <= width) broken.push(match[0]);
    }
  }
  return broken;
}

describe('the error panel at 320 px', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const locale of ['fr', 'en'] as const) {
    it(`breaks its prose between words, never inside one, and does not scroll sideways (${locale})`, async () => {
      const warn = console.warn;
      console.warn = () => undefined;
      // In a host's flex row beside other content, as a portal lays out a tool and its side column: the widget
      // shrinks to its narrowest, which must keep whole words.
      const row = await fixture<HTMLDivElement>(
        html`<div class="row">
          <test-questionnaire-title
            locale=${locale}
            show-config-errors
            config=${JSON.stringify(broken)}
          ></test-questionnaire-title>
          <p>${'Contenu du portail à côté de l’outil. '.repeat(8)}</p>
        </div>`,
      );
      row.style.display = 'flex';
      const el = row.querySelector('test-questionnaire-title') as TestQuestionnaireTitle;
      await el.updateComplete;
      console.warn = warn;
      const panel = alertOf(el) as HTMLElement;
      expect(panel.getBoundingClientRect().width).to.be.at.most(320);
      expect(panel.scrollWidth, 'no sideways scroll').to.be.at.most(panel.clientWidth);
      expect(brokenWords(panel)).to.deep.equal([]);
    });
  }
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
