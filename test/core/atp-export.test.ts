import { readCsvWithBom } from './helpers.js';
/**
 * The ATP grid core: CSV exports of the grid and the plans.
 * Every assert.ok() carries a message: without one, Node 20 rebuilds it from this file's source when the
 * assertion fails, and on a long file that search never ends (the test hangs instead of failing).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { atpToCsv, buildPlans, createAtpData, mergeAtp, plansToCsv, type AtpData } from '../../src/core/index.js';
import { sample, fr, en } from './atp-helpers.js';

describe('CSV exports', () => {
  test('the grid: BOM, ";" and French headings, one row per item, level labels', () => {
    const csv = atpToCsv(fr, sample, { locale: 'fr' });
    assert.ok(
      csv.startsWith('\uFEFFGroupe;Catégorie;Libellé;Intensité;Niveau;Commentaire\r\n'),
      "csv.startsWith('\\uFEFFGroupe;Catégorie;Libellé;Intensité;Niveau;Commentaire\\r\\n')",
    );
    const rows = readCsvWithBom(csv, ';');
    assert.equal(rows.length, 1 + sample.groups.reduce((n, g) => n + g.items.length, 0));
    assert.deepEqual(rows[6], [
      'Directeurs adjoints',
      'Peurs',
      'Perte d’autonomie et de pouvoir de décision',
      '3',
      'Forte',
      'Surtout pour les achats.',
    ]);
    for (const row of rows) assert.equal(row.length, 6);
  });

  test('the grid: columns in the method’s order within a group; English uses ","', () => {
    const data: AtpData = {
      groups: [
        {
          id: 'g',
          label: 'Group, one',
          trust: null,
          items: [
            { id: 'item-1', category: 'temptations', text: 'T', intensity: 1 },
            { id: 'item-2', category: 'attractions', text: 'A', intensity: 2 },
          ],
        },
      ],
    };
    const csv = atpToCsv(en, data, { locale: 'en' });
    assert.ok(
      csv.startsWith('\uFEFFGroup,Category,Text,Intensity,Level,Comment\r\n"Group, one",Attractions,A,2,Medium,\r\n'),
    );
    assert.deepEqual(readCsvWithBom(csv, ',')[2], ['Group, one', 'Temptations', 'T', '1', 'Low', '']);
  });

  test('means get a decimal comma in French and no level label; formulas are guarded', () => {
    const s = mergeAtp(fr, [
      {
        groups: [
          {
            id: 'g',
            label: '=G',
            trust: null,
            items: [{ id: 'item-1', category: 'fears', text: '+1 job', intensity: 1 }],
          },
        ],
      },
      {
        groups: [
          {
            id: 'g',
            label: '=G',
            trust: null,
            items: [{ id: 'item-1', category: 'fears', text: '+1 job', intensity: 2 }],
          },
        ],
      },
    ]);
    const rows = readCsvWithBom(atpToCsv(fr, s.data, { locale: 'fr' }), ';');
    assert.deepEqual(rows[1], ["'=G", 'Peurs', "'+1 job", '1,5', '', '']);
  });

  test('site strings rename the headings', () => {
    const csv = atpToCsv(en, createAtpData(en), { locale: 'en', strings: { atpCsvNote: 'Remark' } });
    assert.equal(csv, '\uFEFFGroup,Category,Text,Intensity,Level,Remark\r\n');
  });

  test('the plans: plan title, text, groups joined with ", ", intensity, action', () => {
    const plans = buildPlans(fr, sample, { locale: 'fr' });
    const rows = readCsvWithBom(plansToCsv(fr, plans, { locale: 'fr' }), ';');
    assert.deepEqual(rows[0]!.slice(0, 5), [
      'Plan',
      'Libellé',
      'Groupes',
      'Intensité',
      'Action suggérée (à retravailler)',
    ]);
    assert.ok(
      rows.slice(1).every((r) => r.slice(5).every((cell) => cell === '')),
      'no action decided: empty columns',
    );
    assert.equal(rows.length, 1 + plans.objectives.length + plans.risks.length + plans.charter.length);
    assert.equal(rows[1]![0], 'Plan de management des objectifs');
    const risk = rows.find((r) => r[1] === 'Perte d’autonomie et de pouvoir de décision')!;
    assert.deepEqual(risk.slice(0, 4), [
      'Plan de gestion des risques',
      'Perte d’autonomie et de pouvoir de décision',
      'Directeurs adjoints, Cadres intermédiaires',
      '3',
    ]);
    assert.equal(risk[4], plans.risks[0]!.action);
    assert.equal(rows.at(-1)![0], 'Charte des bonnes pratiques relationnelles');
    assert.equal(rows.at(-1)![3], '0', 'intensity 0 last');
  });
});
