// The workshop mode's strings (not part of `Strings`, so not covered by i18n.test.ts): both languages have the
// same keys with the same kinds, French typography holds, and a site's overrides apply only when of the same kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workshopEn, workshopFr, workshopStrings } from '../../src/core/workshop.js';

test('French and English have the same keys, each a text or a function in both', () => {
  assert.deepEqual(Object.keys(workshopEn).sort(), Object.keys(workshopFr).sort());
  for (const key of Object.keys(workshopFr) as (keyof typeof workshopFr)[]) {
    assert.equal(typeof workshopEn[key], typeof workshopFr[key], key);
  }
});

test('French puts a narrow no-break space before ; : ! ? and inside « »', () => {
  const texts = Object.values(workshopFr).map((v) => (typeof v === 'function' ? String(v('X', 'Y', 'Z')) : v));
  for (const text of texts) {
    assert.doesNotMatch(text, /[ \u00a0][;:!?]/, text);
    assert.doesNotMatch(text, /«[^\u202f]|[^\u202f]»/, text);
  }
  assert.equal(workshopFr.wsAnswers(0), '0 réponse');
  assert.equal(workshopEn.wsAnswers(0), '0 answers');
});

test('overrides of the same kind win; others are ignored', () => {
  const s = workshopStrings(workshopFr, { wsJoin: 'Entrer', wsJoinTitle: 'not a function', cpExport: 'x' });
  assert.equal(s.wsJoin, 'Entrer');
  assert.equal(s.wsJoinTitle('A'), workshopFr.wsJoinTitle('A'));
  assert.equal(workshopStrings(workshopFr), workshopFr);
});

test('a workshop link is read from its fragment, and nothing from a fragment without one', async () => {
  const { readWorkshopLink, applyWorkshopLink } = await import('../../src/core/workshop-link.js');
  const link = readWorkshopLink('#coop-server=https%3A%2F%2Fcoop.example.org%2F&coop-workshop=w-1&coop-token=a_b-c');
  assert.deepEqual(link, { server: 'https://coop.example.org', workshop: 'w-1', token: 'a_b-c' });
  assert.equal(readWorkshopLink('#coop-server=x&coop-workshop=w-1'), null);
  assert.equal(readWorkshopLink('#coop-server=%E0%A4%A&coop-workshop=w&coop-token=t'), null);
  const set: Record<string, string> = {};
  assert.equal(
    applyWorkshopLink({ setAttribute: (n, v) => (set[n] = v) }, 'coop-server=s&coop-workshop=w&coop-token=t'),
    true,
  );
  assert.deepEqual(set, { server: 's', workshop: 'w', token: 't' });
});
