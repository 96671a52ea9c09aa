// Run after `npm run build`: the templates of every module that ships (the npm package's dist/define, dist/index.js
// and their chunks; both embeds) were minified by scripts/minify-templates.js. Indented markup between tags or
// before an expression (`>\n    <`, `>\n    ${`) would become whitespace-only text nodes in every shadow root:
// the package's modules once shipped their templates as written, for hosts' bundlers that leave template text
// alone. test/elements/markup.test.ts checks the rendered result in a browser.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const INDENTED_MARKUP = />\n[ \t]*(<|\$\{)/g;

test('no shipped module holds indented template markup', () => {
  const files = readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath ?? e.path, e.name));
  const checked = ['dist/define/questionnaire.js', 'dist/embed/coop-questionnaire.js', 'dist/coop-widgets.js'];
  for (const f of checked) assert.ok(files.includes(f), `${f} was built`);
  // The package's modules keep their code readable (one statement a line): the check is not vacuous there.
  const chunks = files.filter((f) => f.startsWith('dist/chunks/'));
  assert.ok(chunks.some((f) => readFileSync(f, 'utf8').includes('html`<')), 'the package’s chunks hold templates');
  const offenders = files.flatMap((f) => {
    const hits = readFileSync(f, 'utf8').match(INDENTED_MARKUP) ?? [];
    return hits.length ? [`${f}: ${hits.length}`] : [];
  });
  assert.deepEqual(offenders, []);
});
