/**
 * <coop-principles-checklist> in French as the per-widget embed ships it: the French catalog holds only what the
 * checklist's registering module adds (this file imports neither `coop-widgets/core`'s entry nor the shared
 * helpers, which register every catalog), and each register part loaded on first use adds the words it shows.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/principles-checklist.js';
import { createMemoryStorage, getStrings } from '../../src/core/runtime.js';
import { principlesChecklistPartsFr } from '../../src/core/i18n/principles-checklist-parts.js';
import config from '../../src/content/principles.fr.json';
import type { CoopPrinciplesChecklist } from '../../src/elements/principles-checklist/principles-checklist.js';

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);
const buttonNamed = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name)!;

async function checklist() {
  const el = await fixture<CoopPrinciplesChecklist>(
    // The config given: the default content's module would import the core's entry, which registers every catalog.
    html`<coop-principles-checklist
      locale="fr"
      .config=${config}
      .storage=${createMemoryStorage()}
    ></coop-principles-checklist>`,
  );
  await waitUntil(() => el.getData() && $(el, '#new-text'), 'never loaded', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('coop-principles-checklist in French: the register parts bring their words (issue 22)', () => {
  it('shows the form’s error, the dialogs and the evaluation in French once their parts are here', async () => {
    const el = await checklist();
    const fr = principlesChecklistPartsFr;
    buttonNamed(el, getStrings('fr').pcAddProposal).click();
    await el.updateComplete;
    expect($(el, '#new-text-error')!.textContent).to.equal(fr.pcTextRequired);
    el.setData({
      principles: {},
      proposals: [
        {
          id: 'p1',
          text: 'Un comité mixte',
          proposedBy: 'staff',
          date: '2026-01-10',
          decision: 'accepted',
          done: true,
          doneDate: '2026-02-01',
        },
      ],
    });
    await el.updateComplete;
    await waitUntil(() => $(el, '.evaluate summary'), 'the evaluation is not drawn', { timeout: 5000 });
    expect($(el, '.evaluate summary')!.textContent!.trim()).to.equal(fr.pcEvaluate);
    $<HTMLButtonElement>(el, 'button.remove')!.click();
    await el.updateComplete;
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog.remove')?.open, 'the dialog does not open');
    expect($(el, '#remove-title')!.textContent).to.equal(fr.pcRemoveTitle);
    expect(getStrings('fr').atpPostureCooperative, 'alone, no word of the ATP analysis').to.equal(undefined);
  });
});
