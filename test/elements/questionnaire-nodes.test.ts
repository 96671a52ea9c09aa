/**
 * The questionnaire's DOM stays lean at scale (issue 22): with 500 questions on one page, its shadow root holds at
 * most 45 nodes a question (elements, Lit's marker comments and texts, everything around the questions included),
 * each question still a fieldset with its legend, every radio named by its label.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/questionnaire.js';
import { generateQuestionnaire } from '../fixtures/generate.js';
import { $$, mount, root } from './helpers.js';

const MAX_NODES_PER_QUESTION = 45;

function countNodes(shadow: ShadowRoot) {
  const count = { elements: 0, comments: 0, texts: 0 };
  const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_ALL);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.ELEMENT_NODE) count.elements++;
    else if (n.nodeType === Node.COMMENT_NODE) count.comments++;
    else if (n.nodeType === Node.TEXT_NODE) count.texts++;
  }
  return { ...count, total: count.elements + count.comments + count.texts };
}

describe('questionnaire: nodes per question, 500 questions on one page', () => {
  it(`holds at most ${MAX_NODES_PER_QUESTION} nodes a question, with the same fieldsets, legends and labels`, async () => {
    const el = await mount('coop-questionnaire', undefined, { config: generateQuestionnaire(500) });
    el.layout = 'single';
    await el.updateComplete;
    const questions = $$<HTMLFieldSetElement>(el, 'fieldset.question');
    expect(questions).to.have.length(500);
    const count = countNodes(root(el) as ShadowRoot);
    const perQuestion = count.total / questions.length;
    expect(perQuestion, JSON.stringify(count)).to.be.at.most(MAX_NODES_PER_QUESTION);

    for (const fieldset of [questions[0]!, questions[499]!]) {
      expect(fieldset.querySelector(':scope > legend')?.textContent).to.match(/^\d+\. Statement \d+/);
      const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      expect(radios).to.have.length(6);
      for (const radio of radios) expect(radio.labels?.[0]?.textContent?.trim()).to.not.equal('');
    }
    // Question 1 has help (one in seven does), described by it.
    const help = questions[0]!.getAttribute('aria-describedby');
    expect(root(el).getElementById(help!)?.textContent).to.contain('short help text');
  });
});
