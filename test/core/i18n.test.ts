import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { en, fr, getStrings, hasCatalog, loadCatalog, resolveLocale, toLocale } from '../../src/core/index.js';

describe('locale choice: explicit attribute > nearest lang > fr', () => {
  const cases: [string | null | undefined, string | null | undefined, string][] = [
    ['en', 'fr', 'en'],
    [undefined, 'en-GB', 'en'],
    [null, 'EN', 'en'],
    ['de', 'en', 'en'],
    ['de', 'es', 'fr'],
    [undefined, undefined, 'fr'],
    ['', '', 'fr'],
    ['fr-CA', 'en', 'fr'],
  ];
  for (const [explicit, inherited, expected] of cases) {
    test(`${explicit} / ${inherited} → ${expected}`, () => assert.equal(resolveLocale(explicit, inherited), expected));
  }
  test('toLocale rejects what it does not support', () => assert.equal(toLocale('english'), undefined));
});

describe('catalogs', () => {
  test('fr and en define the same keys with the same kinds', () => {
    assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) assert.equal(typeof fr[key], typeof en[key], key);
  });

  test('plurals and parameters', () => {
    assert.equal(en.configErrorTitle(1), 'The configuration has 1 problem');
    assert.equal(en.configErrorTitle(3), 'The configuration has 3 problems');
    assert.equal(fr.configErrorTitle(1), 'La configuration contient 1 erreur');
    assert.equal(fr.configErrorTitle(2), 'La configuration contient 2 erreurs');
  });

  test('zero takes the plural in English and the singular in French, in every catalog module', () => {
    assert.match(en.amCitedBy(0, 0), /cited by 0 of 0 participants/);
    assert.match(fr.amCitedBy(0, 0), /cité par 0 participant sur 0/);
    assert.match(fr.pcProgressText(0, 0, 0, 0, 0), /^0 principe sur 0 en place/);
    assert.match(en.cpAtpCompleteness(0, 0), /0 of 0 groups have/);
    assert.match(en.pcProgressText(0, 0, 0, 0, 0), /0 of 0 principles in place/);
  });

  test('coop-widgets/core has both catalogs at once; loading one that is there changes nothing', async () => {
    assert.equal(hasCatalog('fr'), true);
    assert.equal(hasCatalog('en'), true);
    await loadCatalog('en');
    assert.equal(getStrings('en'), en);
  });

  test('a site overrides a subset; overrides of the wrong kind are ignored', () => {
    const s = getStrings('en', {
      configErrorLead: 'Ask the web team.',
      configErrorTitle: 'not a function' as never,
    });
    assert.equal(s.configErrorLead, 'Ask the web team.');
    assert.equal(s.configErrorTitle(2), 'The configuration has 2 problems');
    assert.equal(getStrings('fr').configErrorLead, fr.configErrorLead, 'the catalog itself is untouched');
  });
});
