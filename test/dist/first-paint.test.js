// Run after `npm run build`: the default content of the widgets (their JSON, both languages) must stay out of
// what a page downloads before anything renders; the elements fetch it with import() when a page gives no
// config. A re-export of it from the embed entry once pulled all of it into the first paint.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { firstPaintFiles } from '../../scripts/first-paint.js';

test('the embed bundle’s first paint holds no default content', () => {
  const files = firstPaintFiles('dist/coop-widgets.js');
  assert.ok(files.length >= 1, 'the entry itself is listed');
  // One text from each widget's default content, found nowhere else in the sources.
  const markers = ['Prêts pour une coopération', 'Grille des attraits, peurs et tentations (ATP)', 'neuf principes d’une coopération'];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const marker of markers) assert.ok(!text.includes(marker), `${file} carries default content (“${marker}”)`);
  }
});

test('the embed bundle’s first paint holds no English interface string: French pages never download them', () => {
  const files = firstPaintFiles('dist/coop-widgets.js');
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
