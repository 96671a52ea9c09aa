/** workshopRegister: the facilitator's register and the participants' proposals, decided only by the promoter. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assessPrinciples, type PrinciplesData, type Proposal } from '../../src/core/index.js';
import { defaultPrinciplesConfig } from '../../src/core/principles/default.js';
import { workshopRegister, workshopLinkTo, readWorkshopLink } from '../../src/core/index.js';

const proposal = (id: string, extra: Partial<Proposal> = {}): Proposal => ({
  id,
  text: `Proposal ${id}`,
  proposedBy: '',
  date: '2026-03-01',
  decision: 'proposed',
  done: false,
  ...extra,
});
const data = (proposals: Proposal[]): PrinciplesData => ({ principles: {}, proposals });

describe('workshopRegister', () => {
  test('the shared register first, then each participant’s new proposals, pending, named after them', () => {
    const shared = data([proposal('a', { decision: 'accepted', proposedBy: 'staff' })]);
    const merged = workshopRegister(shared, [
      { name: 'Alice', data: data([proposal('a'), proposal('b', { decision: 'accepted', done: true })]) },
      { name: 'Bruno', data: data([proposal('c', { proposedBy: 'users' })]) },
    ]);
    assert.deepEqual(
      merged.proposals.map((p) => [p.id, p.decision, p.proposedBy, p.done]),
      [
        ['a', 'accepted', 'staff', false],
        ['b', 'proposed', 'Alice', false],
        ['c', 'proposed', 'users', false],
      ],
    );
    assert.equal(shared.proposals.length, 1, 'the shared register is not changed');
  });

  test('the 60 % commitment counts the participants’ proposals too', () => {
    const config = defaultPrinciplesConfig('en');
    const shared = data([proposal('a', { decision: 'accepted' }), proposal('b', { decision: 'accepted' })]);
    const alone = assessPrinciples(config, shared).commitment;
    const all = assessPrinciples(
      config,
      workshopRegister(shared, [{ name: 'Alice', data: data([proposal('c'), proposal('d')]) }]),
    ).commitment;
    assert.equal(alone.proposals, 2);
    assert.equal(all.proposals, 4);
    assert.equal(all.accepted, 2);
  });

  test('no shared register: the participants’ proposals alone', () => {
    assert.deepEqual(
      workshopRegister(undefined, [{ name: 'A', data: data([proposal('x')]) }]).proposals.map((p) => p.id),
      ['x'],
    );
  });
});

describe('workshopLinkTo', () => {
  test('a link readWorkshopLink reads back, the page’s own fragment replaced', () => {
    const link = { server: 'https://coop.example.org', workshop: 'w-1', token: 'a+b/c=&d' };
    const url = workshopLinkTo('https://portail.example.org/atelier/?x=1#old', link);
    assert.ok(url.startsWith('https://portail.example.org/atelier/?x=1#coop-server='));
    assert.deepEqual(readWorkshopLink(new URL(url).hash), link);
  });
});
