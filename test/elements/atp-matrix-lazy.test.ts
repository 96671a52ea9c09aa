/**
 * <coop-atp-matrix> on a French page that loads its embed's modules only (not coop-widgets/core, which registers
 * both whole catalogs, nor the default content, which imports it): what loads after the first paint — the edits' announcements and the undo notice, the
 * Plans and Postures views — brings its words, under a site's overrides too (a merged copy, read again), and the
 * Postures view's own styles, adopted when it loads.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/atp-matrix.js';
import { createMemoryStorage } from '../../src/core/storage/memory.js';
import type { CoopAtpMatrix } from '../../src/elements/atp-matrix/atp-matrix.js';
// A config given, as a portal does: the default content's module, which loads coop-widgets/core, stays out.
import minimalJson from '../fixtures/atp.minimal.json';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');

async function frenchGrid(): Promise<CoopAtpMatrix> {
  const el = await fixture<CoopAtpMatrix>(
    html`<coop-atp-matrix
      locale="fr"
      .config=${minimalJson}
      .storage=${createMemoryStorage()}
      .strings=${{ amTabGrid: 'Tableau' }}
    ></coop-atp-matrix>`,
  );
  await waitUntil(() => el.getData() !== undefined, 'the grid never loaded', { timeout: 5000 });
  el.setData({
    groups: [
      {
        id: 'staff',
        label: 'Personnel',
        trust: 2,
        items: [
          { id: 'i1', category: 'attractions', text: 'Meilleures conditions de travail', intensity: 3 },
          { id: 'i2', category: 'fears', text: 'Perte d’autonomie', intensity: 2 },
        ],
      },
    ],
  });
  await el.updateComplete;
  return el;
}

describe('coop-atp-matrix: what loads after the first paint brings its French words and styles', () => {
  it('the undo notice after a deletion, the Plans and the Postures views are in French, overrides kept', async () => {
    const el = await frenchGrid();
    expect(shadow(el).querySelector('#tab-grid')!.textContent!.trim()).to.equal('Tableau');

    shadow(el).querySelector<HTMLButtonElement>('[data-cell="staff:fears"] .remove')!.click();
    await waitUntil(() => shadow(el).querySelector('.undo'), 'no undo offered');
    const undo = shadow(el).querySelector('.undo')!;
    expect(undo.textContent).to.contain('Élément «\u202fPerte d’autonomie\u202f» supprimé.');
    expect(undo.querySelector('.undo-button')!.textContent!.trim()).to.equal('Annuler la suppression');
    expect(shadow(el).activeElement).to.equal(undo.querySelector('.undo-button'));
    await expect(el).to.be.accessible();

    el.view = 'plans';
    await el.updateComplete;
    expect(text(el)).to.contain('Les trois plans');
    expect(text(el)).to.contain('Actions décidées');

    el.view = 'postures';
    await el.updateComplete;
    expect(text(el)).to.contain('Postures probables et leviers suggérés');
    const card = shadow(el).querySelector('.posture-card')!;
    expect(getComputedStyle(card).borderTopStyle, 'the Postures view’s styles are adopted').to.equal('solid');
    expect(text(el)).not.to.contain('undefined');
    await expect(el).to.be.accessible();
  });
});
