// Run after `npm run build`: the default content of the widgets (their JSON, both languages) must stay out of
// what a page downloads before anything renders, from every embed entry (test/size/budget.json lists them); the elements fetch it with import() when a page gives no
// config. A re-export of it from the embed entry once pulled all of it into the first paint.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { firstPaintFiles, sizeBudgets } from '../../scripts/first-paint.js';

/** Every embed entry's first paint, all together. */
const files = firstPaintFiles(sizeBudgets().flatMap((b) => b.entries.map((e) => `dist/${e}`)));

test('no embed’s first paint holds default content', () => {
  assert.ok(files.length >= 6, `the entries and their chunks: ${files.join(', ')}`);
  // One text from each widget's default content, found nowhere else in the sources.
  const markers = ['Prêts pour une coopération', 'Grille des attraits, peurs et tentations (ATP)', 'neuf principes d’une coopération'];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const marker of markers) assert.ok(!text.includes(marker), `${file} carries default content (“${marker}”)`);
  }
});

test('no embed’s first paint holds an English interface string: French pages never download them', () => {
  // One English string from each catalog module (src/core/i18n/*.en.ts and en.ts).
  const markers = [
    '(document root)',
    'Erase everything entered here?',
    'Export the project (JSON)',
    'Common representation built from',
    'share of proposals carried out',
  ];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const marker of markers) assert.ok(!text.includes(marker), `${file} carries English strings (“${marker}”)`);
  }
});

test('an English page fetches its strings in one request: the catalog imports only what the first paint has', () => {
  // A static import from the English catalog is a second request the browser can only make once the catalog has
  // arrived (its plural rule was one, 87 bytes); what the page already holds costs nothing.
  for (const entry of ['dist/coop-widgets.js', ...sizeBudgets().flatMap((b) => b.entries.map((e) => `dist/${e}`))]) {
    const painted = new Set(firstPaintFiles(entry));
    const dir = entry.includes('/embed/') ? 'dist/embed/chunks' : 'dist/coop-widgets';
    const catalogs = readdirSync(dir).filter((f) => /^en-.+\.js$/.test(f));
    assert.equal(catalogs.length, 1, `${dir}: one English catalog (${catalogs.join(', ')})`);
    const later = firstPaintFiles(join(dir, catalogs[0])).filter((f) => !f.endsWith(catalogs[0]) && !painted.has(f));
    assert.deepEqual(later, [], `${entry}: the English catalog waits for more files`);
  }
});
