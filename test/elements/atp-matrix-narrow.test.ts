/**
 * <coop-atp-matrix> at 320 px with every group filled (items in each column, long words, actions decided, two
 * participants): no view scrolls sideways, neither the page nor any element inside the widget, and axe stays clean.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define/atp-matrix.js';
import { ATP_CATEGORIES, defaultAtpConfig, type AtpData } from '../../src/core/index.js';
import type { CoopAtpMatrix } from '../../src/elements/atp-matrix/atp-matrix.js';
import { $, root, mount } from './helpers.js';

function filled(): AtpData {
  const config = defaultAtpConfig('en');
  return {
    groups: config.groups.map((g, gi) => ({
      id: g.id,
      label: g.label,
      trust: gi % 4,
      items: ATP_CATEGORIES.flatMap((category, ci) =>
        [0, 1].map((n) => ({
          id: `i-${ci}-${n}`,
          category,
          text: n
            ? `${config.categories[category].suggestions[0] ?? 'Item'} in the ${g.label} group`
            : 'Interprofessionalisation',
          intensity: (gi + ci + n) % 4,
        })),
      ),
    })),
    actions: [
      {
        id: 'a1',
        plan: 'risks',
        text: 'A monthly forum where every group hears what changed',
        owner: 'Project lead of the territorial hospital group',
        due: '2027-03-31',
        state: 'done',
        items: [{ group: config.groups[0]!.id, item: 'i-1-0', text: 'Interprofessionalisation' }],
        evaluation: { effect: 'better', note: 'Fewer worries' },
      },
    ],
  };
}

/** The elements inside the widget that scroll sideways (content wider than their box). */
function sideways(el: CoopAtpMatrix): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('*')]
    .filter((e) => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
    .map((e) => `${e.localName}.${e.className}`);
}

describe('coop-atp-matrix at 320 px, every group filled', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const view of ['grid', 'postures', 'plans', 'synthesis'] as const) {
    it(`${view}: nothing scrolls sideways`, async () => {
      const el = await mount('coop-atp-matrix');
      el.setData(filled());
      el.participants = [filled(), { groups: filled().groups.slice(2) }];
      el.view = view;
      for (let i = 0; i < 20 && !$(el, `#panel-${view} h3, #panel-${view} table`); i++) await el.updateComplete;
      if (view === 'plans') {
        $<HTMLButtonElement>(el, '[data-action="a1"] .edit-action')!.click();
        await el.updateComplete;
      }
      if (view === 'grid') {
        $<HTMLButtonElement>(el, '.row-menu-button')!.click();
        await el.updateComplete;
      }
      await el.updateComplete;
      expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(320);
      expect(sideways(el), 'elements that scroll sideways').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }
});
