/**
 * LazyParts: a widget's parts reached after an action load when first shown, with the loading state meanwhile,
 * a warning with "Try again" when one cannot be loaded, and an `updateComplete` that waits for them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/atp-matrix.js';
import { LitElement, html as litHtml } from 'lit';
import { getStrings } from '../../src/core/index.js';
import type { CoopAtpMatrix } from '../../src/elements/atp-matrix/atp-matrix.js';
import { LazyParts, prefetchAfter, renderPart } from '../../src/elements/shared/lazy-parts.js';
import { $, button, mount, root } from './helpers.js';

const s = getStrings('en');

/** A part's module that loads when the test says so, or fails. */
function gate() {
  let open!: (value: { view: () => string }) => void;
  let fail!: (error: Error) => void;
  const loads: Promise<{ view: () => string }>[] = [];
  const loader = () => {
    const loading = new Promise<{ view: () => string }>((resolve, reject) => {
      open = resolve;
      fail = reject;
    });
    loads.push(loading);
    return loading;
  };
  return { loader, open: () => open({ view: () => 'the part' }), fail: () => fail(new Error('offline')), loads };
}

class PartHost extends LitElement {
  static gate = gate();
  readonly parts = new LazyParts(this, { part: PartHost.gate.loader });
  override render() {
    return renderPart(this.parts, 'part', s, (m) => litHtml`<p class="part">${m.view()}</p>`);
  }
}
customElements.define('part-host', PartHost);

/** A host that waits (on the network, say) until `drawn`, with a part fetched soon and one when the browser is idle. */
class GatedHost extends LitElement {
  static drawn = false;
  static fetched: string[] = [];
  readonly parts = new LazyParts(
    this,
    {
      soon: () => (GatedHost.fetched.push('soon'), Promise.resolve({})),
      idle: () => (GatedHost.fetched.push('idle'), Promise.resolve({})),
    },
    ['soon'],
  );
  constructor() {
    super();
    prefetchAfter(this, () => GatedHost.drawn);
  }
  override render() {
    return litHtml`<p>${GatedHost.drawn ? 'content' : 'loading'}</p>`;
  }
}
customElements.define('gated-host', GatedHost);
const idle = () => new Promise((resolve) => requestIdleCallback(resolve));

describe('LazyParts', () => {
  it('shows the loading state, then the part; a failure says so with "Try again", which loads it again', async () => {
    PartHost.gate = gate();
    const el = await fixture<PartHost>(html`<part-host></part-host>`);
    expect(root(el).querySelector('.loading')!.textContent).to.equal(s.loading);
    PartHost.gate.fail();
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the failure is never said');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain(s.widgetPartFailed);
    await expect(el).to.be.accessible();

    button(el, s.widgetRetry).click();
    await waitUntil(() => PartHost.gate.loads.length === 2, 'not tried again');
    PartHost.gate.open();
    await waitUntil(() => root(el).querySelector('.part'), 'the part never shows');
    expect(root(el).querySelector('.part')!.textContent).to.equal('the part');
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it("a widget's updateComplete waits for the part it is loading: the Postures view is drawn once it resolves", async () => {
    const el = await mount('coop-atp-matrix');
    (el as CoopAtpMatrix).view = 'postures';
    await el.updateComplete;
    expect($(el, '.loading'), 'no loading state left').to.equal(null);
    expect($(el, '#tab-postures')!.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '[role="tabpanel"] table')).to.exist;
  });

  it('prefetches its soon parts at once, the others only once its host no longer waits for what it draws', async () => {
    GatedHost.drawn = false;
    GatedHost.fetched = [];
    const el = await fixture<GatedHost>(html`<gated-host></gated-host>`);
    el.requestUpdate();
    await el.updateComplete;
    await idle();
    expect(GatedHost.fetched, 'an idle prefetch competes with what the host waits for').to.deep.equal(['soon']);
    GatedHost.drawn = true;
    el.requestUpdate();
    await el.updateComplete;
    await waitUntil(() => GatedHost.fetched.includes('idle'), 'the other part is never fetched');
    expect(GatedHost.fetched).to.deep.equal(['soon', 'idle']);
  });
});
