/** The principles checklist's core: CSV exports of the register and the principles. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultPrinciplesConfig, principlesToCsv, proposalsToCsv, type PrinciplesData } from '../../src/core/index.js';
import { data, counts } from './principles-helpers.js';

/** A strict RFC 4180 reader (CRLF records, quoted fields), after checking and removing the BOM. */
function readCsv(csv: string, delimiter: string): string[][] {
  assert.equal(csv[0], '\uFEFF', 'starts with a byte-order mark');
  const text = csv.slice(1);
  assert.ok(text.endsWith('\r\n'), 'the last record ends with CRLF');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r') {
      assert.equal(text[i + 1], '\n');
      i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  return rows;
}

describe('proposalsToCsv', () => {
  const c = defaultPrinciplesConfig('fr');
  test('French: `;`, headings, group labels, decision words, yes/no, dates', () => {
    const rows = readCsv(proposalsToCsv(c, data(), { locale: 'fr' }), ';');
    assert.deepEqual(rows[0], [
      'Identifiant',
      'Proposition',
      'Proposée par',
      'Date',
      'Décision',
      'Motif (proposition non retenue)',
      'Réalisée',
      'Date de réalisation',
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
    const rows = readCsv(
      proposalsToCsv(defaultPrinciplesConfig('en'), odd, { locale: 'en', strings: { principlesYes: 'Y' } }),
      ',',
    );
    assert.equal(rows[0]![6], 'Carried out');
    assert.equal(rows[1]![1], '\'=HYPERLINK("http://x")');
    assert.deepEqual(rows[1]!.slice(4), ['Pending', '', 'No', '']);
    assert.equal(rows[2]![1], 'Buy, then share');
    assert.equal(rows[2]![2], 'Staff');
    assert.equal(
      readCsv(
        proposalsToCsv(c, counts({ accepted: 1, done: 1 }), { locale: 'en', strings: { principlesYes: 'Y' } }),
        ',',
      )[1]![6],
      'Y',
    );
  });
});

describe('principlesToCsv', () => {
  test('one row per principle in config order: number, text, status label, evidence, owner, due date', () => {
    const c = defaultPrinciplesConfig('fr');
    const rows = readCsv(principlesToCsv(c, data(), { locale: 'fr' }), ';');
    assert.deepEqual(rows[0], ['N°', 'Principe', 'Statut', 'Éléments de preuve', 'Responsable', 'Échéance']);
    assert.equal(rows.length, 10);
    assert.deepEqual(rows[1], ['1', c.principles[0]!.text, 'En place', 'Minutes of the board, 12 March', '', '']);
    assert.deepEqual(rows[2]!.slice(2), ['En cours', '', 'Project lead', '2026-06-30']);
    assert.equal(rows[9]![2], 'Pas commencé', 'no state: not started');
    const en = readCsv(principlesToCsv(defaultPrinciplesConfig('en'), data(), { locale: 'en' }), ',');
    assert.deepEqual(en[0], ['No.', 'Principle', 'Status', 'Evidence', 'Owner', 'Due date']);
  });
});
