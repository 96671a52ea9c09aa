import { readCsvWithBom } from './helpers.js';
/** The principles checklist's core: CSV exports of the register and the principles. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  defaultPrinciplesConfig,
  principlesToCsv,
  proposalsToCsv,
  type AtpData,
  type PrinciplesData,
} from '../../src/core/index.js';
import { data, counts } from './principles-helpers.js';

describe('proposalsToCsv', () => {
  const c = defaultPrinciplesConfig('fr');
  test('French: `;`, headings, group labels, decision words, yes/no, dates', () => {
    const rows = readCsvWithBom(proposalsToCsv(c, data(), { locale: 'fr' }), ';');
    assert.deepEqual(rows[0], [
      'Identifiant',
      'Proposition',
      'Proposée par',
      'Date',
      'Décision',
      'Motif (proposition non retenue)',
      'Réalisée',
      'Date de réalisation',
      'Éléments de la grille auxquels elle répond',
      'Résultat',
      'Observation sur le résultat',
      'Date de l’évaluation',
    ]);
    assert.deepEqual(rows[1], [
      'proposal-1',
      'Publish the minutes of every steering committee',
      'Cadres intermédiaires',
      '2026-02-01',
      'Retenue',
      '',
      'Oui',
      '2026-03-01',
      '',
      '',
      '',
      '',
    ]);
    assert.deepEqual(rows[3]!.slice(4, 7), ['Non retenue', 'The equipment contract runs until 2027.', 'Non']);
    assert.equal(rows[4]![2], 'Patients’ committee', 'free text kept as typed');
    assert.equal(rows.length, 5);
  });

  test('English: `,`, quoting, the formula guard, done ignored unless accepted, overrides', () => {
    const d = data();
    const odd: PrinciplesData = {
      ...d,
      proposals: [
        { ...d.proposals[3]!, text: '=HYPERLINK("http://x")', done: true, doneDate: '2026-03-01' },
        { ...d.proposals[1]!, text: 'Buy, then share' },
      ],
    };
    const rows = readCsvWithBom(
      proposalsToCsv(defaultPrinciplesConfig('en'), odd, { locale: 'en', strings: { principlesYes: 'Y' } }),
      ',',
    );
    assert.equal(rows[0]![6], 'Carried out');
    assert.equal(rows[1]![1], '\'=HYPERLINK("http://x")');
    assert.deepEqual(rows[1]!.slice(4), ['Pending', '', 'No', '', '', '', '', '']);
    assert.equal(rows[2]![1], 'Buy, then share');
    assert.equal(rows[2]![2], 'Staff');
    assert.equal(
      readCsvWithBom(
        proposalsToCsv(c, counts({ accepted: 1, done: 1 }), { locale: 'en', strings: { principlesYes: 'Y' } }),
        ',',
      )[1]![6],
      'Y',
    );
  });
});

describe('proposalsToCsv: grid items and evaluations (principle 5)', () => {
  const grid: AtpData = {
    groups: [
      {
        id: 'staff',
        label: 'Personnels soignants',
        trust: null,
        items: [
          { id: 'f1', category: 'fears', text: 'Perdre son poste (renommé)', intensity: 2 },
          { id: 'a1', category: 'attractions', text: 'Des plannings stables', intensity: 3 },
        ],
      },
    ],
  };
  const linked = (): PrinciplesData => {
    const d = data();
    return {
      ...d,
      proposals: [
        {
          ...d.proposals[0]!,
          items: [
            { group: 'staff', item: 'f1', text: 'Perdre son poste' },
            { group: 'staff', item: 'gone', text: 'Être mis devant le fait accompli' },
          ],
          evaluation: { effect: 'better', note: 'Moins d’inquiétude en réunion', date: '2026-04-01' },
        },
        { ...d.proposals[1]!, evaluation: { effect: 'worse' } },
      ],
    };
  };
  const c = defaultPrinciplesConfig('fr');

  test('without the grid: each link by the wording it kept, its group by the config', () => {
    const rows = readCsvWithBom(proposalsToCsv(c, linked(), { locale: 'fr' }), ';');
    assert.deepEqual(rows[1]!.slice(8), [
      'Personnels › Perdre son poste\nPersonnels › Être mis devant le fait accompli',
      'Mieux',
      'Moins d’inquiétude en réunion',
      '2026-04-01',
    ]);
    assert.deepEqual(
      rows[2]!.slice(9),
      ['', '', ''],
      'an evaluation of a proposal not carried out stays out of the sheet',
    );
  });

  test('with the grid: current wording, the removed item named and marked', () => {
    const rows = readCsvWithBom(proposalsToCsv(c, linked(), { locale: 'en', atp: grid }), ',');
    assert.equal(rows[0]![8], 'Grid items it answers');
    assert.equal(
      rows[1]![8],
      'Personnels soignants › Perdre son poste (renommé)\nPersonnels soignants › Être mis devant le fait accompli (item removed from the grid)',
    );
    assert.equal(rows[1]![9], 'Better');
  });
});

describe('principlesToCsv', () => {
  test('one row per principle in config order: number, text, status label, evidence, owner, due date', () => {
    const c = defaultPrinciplesConfig('fr');
    const rows = readCsvWithBom(principlesToCsv(c, data(), { locale: 'fr' }), ';');
    assert.deepEqual(rows[0], ['N°', 'Principe', 'Statut', 'Éléments de preuve', 'Responsable', 'Échéance']);
    assert.equal(rows.length, 10);
    assert.deepEqual(rows[1], ['1', c.principles[0]!.text, 'En place', 'Minutes of the board, 12 March', '', '']);
    assert.deepEqual(rows[2]!.slice(2), ['En cours', '', 'Project lead', '2026-06-30']);
    assert.equal(rows[9]![2], 'Pas encore évalué', 'no state: not assessed yet, never "not started"');
    assert.equal(rows[4]![2], 'Pas commencé', 'a stored "not-started" stays not started');
    const en = readCsvWithBom(principlesToCsv(defaultPrinciplesConfig('en'), data(), { locale: 'en' }), ',');
    assert.deepEqual(en[0], ['No.', 'Principle', 'Status', 'Evidence', 'Owner', 'Due date']);
  });
});
