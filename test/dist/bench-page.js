// Page side of `npm run bench`: loaded by test/dist/blank.html next to the embed bundle. Plain JS, so what
// is timed is exactly what a portal's page would run.
import { createMemoryStorage } from '/dist/coop-widgets.js';

/** Yields to the event loop without setTimeout's 4 ms clamp. */
const tick = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Until the next two frames have been produced (style, layout and paint included): work a page defers, such as
 * content-visibility's, is counted where it happens. Used the same way for our element and for the floor.
 */
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
// Two frames: content-visibility decides what is on screen in one frame and lays it out in the next.
const painted = async () => {
  await frame();
  await frame();
};

/** Our element, from creation to the first painted frame with every question; then one answer click. */
async function element(config) {
  const t0 = performance.now();
  const el = document.createElement('coop-questionnaire');
  el.storage = createMemoryStorage();
  el.config = config;
  el.setAttribute('locale', 'en');
  document.body.append(el);
  while (!el.shadowRoot?.querySelector('.questions')) await tick();
  void document.body.offsetHeight;
  await painted();
  const render = performance.now() - t0;

  const input = el.shadowRoot.querySelector('.question input[type=radio]');
  const percent = el.shadowRoot.querySelector('.summary-percent');
  const before = percent.textContent;
  const t1 = performance.now();
  input.click();
  await el.updateComplete;
  void document.body.offsetHeight;
  const click = performance.now() - t1;
  if (percent.textContent === before) throw new Error('the summary did not change');
  return { render, click };
}

/** The floor: plain DOM building the same fieldsets, legends, radios and comment fields, to the first frame. */
async function plainDom(config) {
  const t0 = performance.now();
  const host = document.createElement('div');
  for (const section of config.sections) {
    for (const sub of section.subsections) {
      for (const q of sub.questions) {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = q.label;
        fieldset.append(legend);
        for (const label of ['Not started', 'Begun', 'Largely done', 'Done', 'Don’t know', 'Not applicable']) {
          const l = document.createElement('label');
          const radio = document.createElement('input');
          radio.type = 'radio';
          radio.name = q.id;
          l.append(radio, label);
          fieldset.append(l);
        }
        if (q.allowComment) fieldset.append(document.createElement('textarea'));
        host.append(fieldset);
      }
    }
  }
  document.body.append(host);
  void document.body.offsetHeight;
  await painted();
  return performance.now() - t0;
}

window.bench = { element, plainDom };
