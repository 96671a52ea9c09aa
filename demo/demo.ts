// The demo portal page: registers the widgets from the sources (so `npm start` reflects every change) and
// wires the language and theme switches the way a host page would: through `lang` and CSS classes only.
import '../src/define/all.js';

const select = (id: string) => {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLSelectElement)) throw new Error(`demo: #${id} is missing`);
  return element;
};
const language = select('language');
const theme = select('theme');
const params = new URLSearchParams(location.search);

function apply(): void {
  // The portal's own text stays French: only the widgets switch language.
  for (const widget of document.querySelectorAll('coop-project')) widget.setAttribute('locale', language.value);
  document.documentElement.className = `theme-${theme.value}`;
  const url = new URL(location.href);
  url.searchParams.set('lang', language.value);
  url.searchParams.set('theme', theme.value);
  history.replaceState(history.state, '', url);
}

language.value = params.get('lang') === 'en' ? 'en' : 'fr';
const requested = params.get('theme') ?? '';
theme.value = ['contrast', 'dsfr'].includes(requested) ? requested : 'neutral';
language.addEventListener('change', apply);
theme.addEventListener('change', apply);
apply();
