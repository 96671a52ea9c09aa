/**
 * A question's markup, exactly, in every state a user meets: unanswered, answered (its tile selected, "clear the
 * answer"), with a comment, marked as the target of "next unanswered", read-only, in another language than the
 * config's, and after the interface's language changes in place. The expected markup was recorded from the Lit
 * templates the question was drawn with before issue 22's heap work: what a user sees and a screen reader reads
 * must not change when the way it is built does. Lit's marker comments are left out; the properties a user
 * changes (checked, disabled, a comment's value, read-only) are written after each control.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/questionnaire.js';
import type { QuestionnaireConfigInput } from '../../src/core/index.js';
import type { CoopQuestionnaire } from '../../src/elements/questionnaire/questionnaire.js';
import minimalJson from '../fixtures/questionnaire.minimal.json';
import { $, button, mount } from './helpers.js';

const minimal = minimalJson as QuestionnaireConfigInput;

/** The fieldset's markup, comments left out, each control followed by its live state in brackets. */
function markup(fieldset: Element): string {
  const clone = fieldset.cloneNode(true) as Element;
  const live = [...fieldset.querySelectorAll('input, textarea')] as (HTMLInputElement | HTMLTextAreaElement)[];
  const copies = [...clone.querySelectorAll('input, textarea')];
  live.forEach((control, i) => {
    const state =
      control instanceof HTMLTextAreaElement
        ? `[value=${JSON.stringify(control.value)}${control.readOnly ? ' readonly' : ''}]`
        : `[${control.checked ? 'checked' : 'unchecked'}${control.disabled ? ' disabled' : ''}]`;
    copies[i]!.after(state);
  });
  return clone.outerHTML.replace(/<!--[^]*?-->/g, '');
}

async function questionnaire(locale = 'en', config: QuestionnaireConfigInput = minimal) {
  const el = await mount('coop-questionnaire', undefined, { config, locale });
  el.layout = 'single';
  await el.updateComplete;
  return el;
}
const question = (el: CoopQuestionnaire, id: string) => markup($(el, `#q-${id}`)!);
async function click(el: CoopQuestionnaire, id: string, value: string | number) {
  $<HTMLInputElement>(el, `#q-${id} input[value="${value}"]`)!.click();
  await el.updateComplete;
}

const RECORD = false;
const expectMarkup = (actual: string, expected: string) => {
  if (RECORD) console.log(JSON.stringify(actual));
  else expect(actual).to.equal(expected);
};

describe('questionnaire: a question’s markup', () => {
  it('unanswered, with a comment field, with help, on a two-level scale', async () => {
    const el = await questionnaire();
    expectMarkup(
      question(el, 'q1'),
      '<fieldset class="question" part="question" id="q-q1"><legend><span class="question-number">1.</span> The directors’ committee has adopted a code of conduct.</legend><div class="options"><label class="option" part="option"><input type="radio" name="q1" value="0" data-kind="level">[unchecked]Not started</label><label class="option" part="option"><input type="radio" name="q1" value="1" data-kind="level">[unchecked]Begun</label><label class="option" part="option"><input type="radio" name="q1" value="2" data-kind="level">[unchecked]Largely done</label><label class="option" part="option"><input type="radio" name="q1" value="3" data-kind="level">[unchecked]Done, written and shared</label></div><div class="options options--other" role="group" aria-label="Answers not counted in the score"><label class="option" part="option"><input type="radio" name="q1" value="dont-know">[unchecked]Don’t know</label><label class="option" part="option"><input type="radio" name="q1" value="not-applicable">[unchecked]Not applicable</label></div><div class="comment" part="comment"><label for="c-q1">Comment (optional)</label><textarea rows="2" id="c-q1" data-question="q1"></textarea>[value=""]</div></fieldset>',
    );
    expectMarkup(
      question(el, 'q2'),
      '<fieldset class="question" part="question" id="q-q2" aria-describedby="help-q2"><legend><span class="question-number">2.</span> Everyone knows who decides what.</legend><p class="help" id="help-q2">Responsibilities and delegations are written down.</p><div class="options"><label class="option" part="option"><input type="radio" name="q2" value="0" data-kind="level">[unchecked]Not started</label><label class="option" part="option"><input type="radio" name="q2" value="1" data-kind="level">[unchecked]Begun</label><label class="option" part="option"><input type="radio" name="q2" value="2" data-kind="level">[unchecked]Largely done</label><label class="option" part="option"><input type="radio" name="q2" value="3" data-kind="level">[unchecked]Done, written and shared</label></div><div class="options options--other" role="group" aria-label="Answers not counted in the score"><label class="option" part="option"><input type="radio" name="q2" value="dont-know">[unchecked]Don’t know</label><label class="option" part="option"><input type="radio" name="q2" value="not-applicable">[unchecked]Not applicable</label></div></fieldset>',
    );
    expectMarkup(
      question(el, 'q6'),
      '<fieldset class="question" part="question" id="q-q6"><legend><span class="question-number">6.</span> The promoter commits to carry out at least 60% of the proposals.</legend><div class="options"><label class="option" part="option"><input type="radio" name="q6" value="0" data-kind="level">[unchecked]No</label><label class="option" part="option"><input type="radio" name="q6" value="1" data-kind="level">[unchecked]Yes</label></div></fieldset>',
    );
  });

  it('answered and commented, then cleared', async () => {
    const el = await questionnaire();
    await click(el, 'q1', 2);
    $<HTMLTextAreaElement>(el, '#c-q1')!.focus();
    await sendKeys({ type: 'To discuss' });
    await el.updateComplete;
    expectMarkup(
      question(el, 'q1'),
      '<fieldset class="question" part="question" id="q-q1"><legend><span class="question-number">1.</span> The directors’ committee has adopted a code of conduct.</legend><div class="options"><label class="option" part="option"><input type="radio" name="q1" value="0" data-kind="level">[unchecked]Not started</label><label class="option" part="option"><input type="radio" name="q1" value="1" data-kind="level">[unchecked]Begun</label><label class="option option--selected" part="option option--selected"><input type="radio" name="q1" value="2" data-kind="level">[checked]Largely done</label><label class="option" part="option"><input type="radio" name="q1" value="3" data-kind="level">[unchecked]Done, written and shared</label></div><div class="options options--other" role="group" aria-label="Answers not counted in the score"><label class="option" part="option"><input type="radio" name="q1" value="dont-know">[unchecked]Don’t know</label><label class="option" part="option"><input type="radio" name="q1" value="not-applicable">[unchecked]Not applicable</label></div><button type="button" class="link">Clear the answer<span class="visually-hidden"> — The directors’ committee has adopted a code of conduct.</span></button><div class="comment" part="comment"><label for="c-q1">Comment (optional)</label><textarea rows="2" id="c-q1" data-question="q1"></textarea>[value="To discuss"]</div></fieldset>',
    );
    await click(el, 'q2', 'dont-know');
    expectMarkup(
      question(el, 'q2'),
      '<fieldset class="question" part="question" id="q-q2" aria-describedby="help-q2"><legend><span class="question-number">2.</span> Everyone knows who decides what.</legend><p class="help" id="help-q2">Responsibilities and delegations are written down.</p><div class="options"><label class="option" part="option"><input type="radio" name="q2" value="0" data-kind="level">[unchecked]Not started</label><label class="option" part="option"><input type="radio" name="q2" value="1" data-kind="level">[unchecked]Begun</label><label class="option" part="option"><input type="radio" name="q2" value="2" data-kind="level">[unchecked]Largely done</label><label class="option" part="option"><input type="radio" name="q2" value="3" data-kind="level">[unchecked]Done, written and shared</label></div><div class="options options--other" role="group" aria-label="Answers not counted in the score"><label class="option option--selected" part="option option--selected"><input type="radio" name="q2" value="dont-know">[checked]Don’t know</label><label class="option" part="option"><input type="radio" name="q2" value="not-applicable">[unchecked]Not applicable</label></div><button type="button" class="link">Clear the answer<span class="visually-hidden"> — Everyone knows who decides what.</span></button></fieldset>',
    );
    $<HTMLButtonElement>(el, '#q-q1 .link')!.click();
    await el.updateComplete;
    expectMarkup(
      question(el, 'q1'),
      '<fieldset class="question" part="question" id="q-q1"><legend><span class="question-number">1.</span> The directors’ committee has adopted a code of conduct.</legend><div class="options"><label class="option" part="option"><input type="radio" name="q1" value="0" data-kind="level">[unchecked]Not started</label><label class="option" part="option"><input type="radio" name="q1" value="1" data-kind="level">[unchecked]Begun</label><label class="option" part="option"><input type="radio" name="q1" value="2" data-kind="level">[unchecked]Largely done</label><label class="option" part="option"><input type="radio" name="q1" value="3" data-kind="level">[unchecked]Done, written and shared</label></div><div class="options options--other" role="group" aria-label="Answers not counted in the score"><label class="option" part="option"><input type="radio" name="q1" value="dont-know">[unchecked]Don’t know</label><label class="option" part="option"><input type="radio" name="q1" value="not-applicable">[unchecked]Not applicable</label></div><div class="comment" part="comment"><label for="c-q1">Comment (optional)</label><textarea rows="2" id="c-q1" data-question="q1"></textarea>[value="To discuss"]</div></fieldset>',
    );
  });

  it('marked as the target of "next unanswered", then answered', async () => {
    const el = await questionnaire();
    await click(el, 'q1', 3);
    button(el, 'Go to the next unanswered question').click();
    await el.updateComplete;
    expectMarkup(
      question(el, 'q2'),
      '<fieldset class="question question--target" part="question question--target" id="q-q2" aria-describedby="help-q2"><legend><span class="target-mark" lang="en">Next unanswered question:</span><span class="question-number">2.</span> Everyone knows who decides what.</legend><p class="help" id="help-q2">Responsibilities and delegations are written down.</p><div class="options"><label class="option" part="option"><input type="radio" name="q2" value="0" data-kind="level">[unchecked]Not started</label><label class="option" part="option"><input type="radio" name="q2" value="1" data-kind="level">[unchecked]Begun</label><label class="option" part="option"><input type="radio" name="q2" value="2" data-kind="level">[unchecked]Largely done</label><label class="option" part="option"><input type="radio" name="q2" value="3" data-kind="level">[unchecked]Done, written and shared</label></div><div class="options options--other" role="group" aria-label="Answers not counted in the score"><label class="option" part="option"><input type="radio" name="q2" value="dont-know">[unchecked]Don’t know</label><label class="option" part="option"><input type="radio" name="q2" value="not-applicable">[unchecked]Not applicable</label></div></fieldset>',
    );
    await click(el, 'q2', 1);
    expectMarkup(
      question(el, 'q2'),
      '<fieldset class="question" part="question" id="q-q2" aria-describedby="help-q2"><legend><span class="question-number">2.</span> Everyone knows who decides what.</legend><p class="help" id="help-q2">Responsibilities and delegations are written down.</p><div class="options"><label class="option" part="option"><input type="radio" name="q2" value="0" data-kind="level">[unchecked]Not started</label><label class="option option--selected" part="option option--selected"><input type="radio" name="q2" value="1" data-kind="level">[checked]Begun</label><label class="option" part="option"><input type="radio" name="q2" value="2" data-kind="level">[unchecked]Largely done</label><label class="option" part="option"><input type="radio" name="q2" value="3" data-kind="level">[unchecked]Done, written and shared</label></div><div class="options options--other" role="group" aria-label="Answers not counted in the score"><label class="option" part="option"><input type="radio" name="q2" value="dont-know">[unchecked]Don’t know</label><label class="option" part="option"><input type="radio" name="q2" value="not-applicable">[unchecked]Not applicable</label></div><button type="button" class="link">Clear the answer<span class="visually-hidden"> — Everyone knows who decides what.</span></button></fieldset>',
    );
  });

  it('read-only, answered and commented', async () => {
    const el = await questionnaire();
    await click(el, 'q1', 1);
    $<HTMLTextAreaElement>(el, '#c-q1')!.focus();
    await sendKeys({ type: 'Kept' });
    await el.updateComplete;
    el.readonly = true;
    await el.updateComplete;
    expectMarkup(
      question(el, 'q1'),
      '<fieldset class="question" part="question" id="q-q1"><legend><span class="question-number">1.</span> The directors’ committee has adopted a code of conduct.</legend><div class="options"><label class="option" part="option"><input type="radio" name="q1" value="0" data-kind="level" disabled="">[unchecked disabled]Not started</label><label class="option option--selected" part="option option--selected"><input type="radio" name="q1" value="1" data-kind="level" disabled="">[checked disabled]Begun</label><label class="option" part="option"><input type="radio" name="q1" value="2" data-kind="level" disabled="">[unchecked disabled]Largely done</label><label class="option" part="option"><input type="radio" name="q1" value="3" data-kind="level" disabled="">[unchecked disabled]Done, written and shared</label></div><div class="options options--other" role="group" aria-label="Answers not counted in the score"><label class="option" part="option"><input type="radio" name="q1" value="dont-know" disabled="">[unchecked disabled]Don’t know</label><label class="option" part="option"><input type="radio" name="q1" value="not-applicable" disabled="">[unchecked disabled]Not applicable</label></div><div class="comment" part="comment"><label for="c-q1">Comment (optional)</label><textarea rows="2" id="c-q1" data-question="q1" readonly=""></textarea>[value="Kept" readonly]</div></fieldset>',
    );
    el.readonly = false;
    await el.updateComplete;
    expectMarkup(
      question(el, 'q1'),
      '<fieldset class="question" part="question" id="q-q1"><legend><span class="question-number">1.</span> The directors’ committee has adopted a code of conduct.</legend><div class="options"><label class="option" part="option"><input type="radio" name="q1" value="0" data-kind="level">[unchecked]Not started</label><label class="option option--selected" part="option option--selected"><input type="radio" name="q1" value="1" data-kind="level">[checked]Begun</label><label class="option" part="option"><input type="radio" name="q1" value="2" data-kind="level">[unchecked]Largely done</label><label class="option" part="option"><input type="radio" name="q1" value="3" data-kind="level">[unchecked]Done, written and shared</label></div><div class="options options--other" role="group" aria-label="Answers not counted in the score"><label class="option" part="option"><input type="radio" name="q1" value="dont-know">[unchecked]Don’t know</label><label class="option" part="option"><input type="radio" name="q1" value="not-applicable">[unchecked]Not applicable</label></div><button type="button" class="link">Clear the answer<span class="visually-hidden"> — The directors’ committee has adopted a code of conduct.</span></button><div class="comment" part="comment"><label for="c-q1">Comment (optional)</label><textarea rows="2" id="c-q1" data-question="q1"></textarea>[value="Kept"]</div></fieldset>',
    );
  });

  it('in French with an English config, and after the interface turns to English in place', async () => {
    const el = await questionnaire('fr');
    await click(el, 'q1', 0);
    button(el, 'Aller à la prochaine question sans réponse').click();
    await el.updateComplete;
    expectMarkup(
      question(el, 'q1'),
      '<fieldset class="question" part="question" id="q-q1"><legend lang="en"><span class="question-number">1.</span> The directors’ committee has adopted a code of conduct.</legend><div class="options" lang="en"><label class="option option--selected" part="option option--selected"><input type="radio" name="q1" value="0" data-kind="level">[checked]Not started</label><label class="option" part="option"><input type="radio" name="q1" value="1" data-kind="level">[unchecked]Begun</label><label class="option" part="option"><input type="radio" name="q1" value="2" data-kind="level">[unchecked]Largely done</label><label class="option" part="option"><input type="radio" name="q1" value="3" data-kind="level">[unchecked]Done, written and shared</label></div><div class="options options--other" role="group" aria-label="Réponses qui ne comptent pas dans le score" lang="en"><label class="option" part="option"><input type="radio" name="q1" value="dont-know">[unchecked]Don’t know</label><label class="option" part="option"><input type="radio" name="q1" value="not-applicable">[unchecked]Not applicable</label></div><button type="button" class="link">Effacer la réponse<span class="visually-hidden"> — The directors’ committee has adopted a code of conduct.</span></button><div class="comment" part="comment"><label for="c-q1">Commentaire (facultatif)</label><textarea rows="2" id="c-q1" data-question="q1"></textarea>[value=""]</div></fieldset>',
    );
    expectMarkup(
      question(el, 'q2'),
      '<fieldset class="question question--target" part="question question--target" id="q-q2" aria-describedby="help-q2"><legend lang="en"><span class="target-mark" lang="fr">Prochaine question sans réponse :</span><span class="question-number">2.</span> Everyone knows who decides what.</legend><p class="help" id="help-q2" lang="en">Responsibilities and delegations are written down.</p><div class="options" lang="en"><label class="option" part="option"><input type="radio" name="q2" value="0" data-kind="level">[unchecked]Not started</label><label class="option" part="option"><input type="radio" name="q2" value="1" data-kind="level">[unchecked]Begun</label><label class="option" part="option"><input type="radio" name="q2" value="2" data-kind="level">[unchecked]Largely done</label><label class="option" part="option"><input type="radio" name="q2" value="3" data-kind="level">[unchecked]Done, written and shared</label></div><div class="options options--other" role="group" aria-label="Réponses qui ne comptent pas dans le score" lang="en"><label class="option" part="option"><input type="radio" name="q2" value="dont-know">[unchecked]Don’t know</label><label class="option" part="option"><input type="radio" name="q2" value="not-applicable">[unchecked]Not applicable</label></div></fieldset>',
    );
    el.setAttribute('locale', 'en');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expectMarkup(
      question(el, 'q1'),
      '<fieldset class="question" part="question" id="q-q1"><legend><span class="question-number">1.</span> The directors’ committee has adopted a code of conduct.</legend><div class="options"><label class="option option--selected" part="option option--selected"><input type="radio" name="q1" value="0" data-kind="level">[checked]Not started</label><label class="option" part="option"><input type="radio" name="q1" value="1" data-kind="level">[unchecked]Begun</label><label class="option" part="option"><input type="radio" name="q1" value="2" data-kind="level">[unchecked]Largely done</label><label class="option" part="option"><input type="radio" name="q1" value="3" data-kind="level">[unchecked]Done, written and shared</label></div><div class="options options--other" role="group" aria-label="Answers not counted in the score"><label class="option" part="option"><input type="radio" name="q1" value="dont-know">[unchecked]Don’t know</label><label class="option" part="option"><input type="radio" name="q1" value="not-applicable">[unchecked]Not applicable</label></div><button type="button" class="link">Clear the answer<span class="visually-hidden"> — The directors’ committee has adopted a code of conduct.</span></button><div class="comment" part="comment"><label for="c-q1">Comment (optional)</label><textarea rows="2" id="c-q1" data-question="q1"></textarea>[value=""]</div></fieldset>',
    );
    expectMarkup(
      question(el, 'q2'),
      '<fieldset class="question question--target" part="question question--target" id="q-q2" aria-describedby="help-q2"><legend><span class="target-mark" lang="en">Next unanswered question:</span><span class="question-number">2.</span> Everyone knows who decides what.</legend><p class="help" id="help-q2">Responsibilities and delegations are written down.</p><div class="options"><label class="option" part="option"><input type="radio" name="q2" value="0" data-kind="level">[unchecked]Not started</label><label class="option" part="option"><input type="radio" name="q2" value="1" data-kind="level">[unchecked]Begun</label><label class="option" part="option"><input type="radio" name="q2" value="2" data-kind="level">[unchecked]Largely done</label><label class="option" part="option"><input type="radio" name="q2" value="3" data-kind="level">[unchecked]Done, written and shared</label></div><div class="options options--other" role="group" aria-label="Answers not counted in the score"><label class="option" part="option"><input type="radio" name="q2" value="dont-know">[unchecked]Don’t know</label><label class="option" part="option"><input type="radio" name="q2" value="not-applicable">[unchecked]Not applicable</label></div></fieldset>',
    );
  });
});
