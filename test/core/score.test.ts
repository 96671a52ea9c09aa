import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bandFor, scoreQuestionnaire } from '../../src/core/index.js';
import { answer, config, copy, minimal } from './helpers.js';

const c = config();
const score = (values: Parameters<typeof answer>[1], cfg = c) => scoreQuestionnaire(cfg, answer(cfg, values));
const section = (r: ReturnType<typeof score>, id: string) => r.sections.find((s) => s.id === id)!;
const close = (actual: number | null, expected: number) =>
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-6, `${actual} ≠ ${expected}`);

describe('scoreQuestionnaire: the worked example of docs/scoring.md', () => {
  const r = score({ q1: 3, q2: 2, q3: 'dont-know', q4: 1, q5: 3, q6: 1 });

  test('section score = Σ weight × value/3 ÷ Σ weight of scored answers × 100', () => {
    close(section(r, 'governance').score, ((1 + 2 / 3) / 2) * 100); // q3 "don't know" is not scored
    close(section(r, 'purpose').score, ((1 / 3 + 2 * 1) / 3) * 100); // q5 weighs 2
    close(section(r, 'prerequisite').score, 100); // yes on a yes/no scale
  });

  test('"don’t know" counts as answered for completion', () => {
    assert.equal(section(r, 'governance').completion, 100);
    assert.equal(section(r, 'governance').answered, 3);
    assert.equal(r.global.completion, 100);
    assert.equal(r.complete, true);
    assert.deepEqual(r.unanswered, []);
  });

  test('global = mean of section scores, band from the unrounded value', () => {
    close(r.global.score, (250 / 3 + 700 / 9 + 100) / 3); // 87.04
    assert.equal(r.global.band?.id, 'ready');
    assert.equal(r.global.cappedBy, undefined);
  });

  test('subsections are scored too', () => {
    const gov = section(r, 'governance');
    close(gov.subsections[0]!.score, ((1 + 2 / 3) / 2) * 100);
    assert.equal(gov.subsections[1]!.score, null); // only "don't know" there
    assert.equal(gov.subsections[1]!.completion, 100);
  });
});

describe('scoreQuestionnaire: nothing answered, partial answers', () => {
  test('scores are null, completion 0, every question unanswered in order', () => {
    const r = score({});
    assert.equal(r.global.score, null);
    assert.equal(r.global.band, null);
    assert.equal(r.global.completion, 0);
    assert.deepEqual(r.unanswered, ['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    assert.ok(r.sections.every((s) => s.score === null && s.band === null));
    assert.deepEqual(r.recommendations, []);
  });

  test('sections with no scored answer are left out of the global mean', () => {
    const r = score({ q1: 3 });
    assert.equal(r.global.score, 100);
    assert.equal(section(r, 'purpose').score, null);
    close(r.global.completion, 100 / 6);
  });

  test('a cleared answer (null) and an answer not on the scale count as unanswered', () => {
    const cfg = config();
    let responses = answer(cfg, { q1: 3, q2: null });
    responses = { ...responses, answers: { ...responses.answers, q3: { value: 7, updatedAt: 'x' } } };
    const r = scoreQuestionnaire(cfg, responses);
    assert.deepEqual(r.unanswered.slice(0, 2), ['q2', 'q3']);
  });

  test('a score of 0 is a score, not "nothing answered"', () => {
    const r = score({ q1: 0 });
    assert.equal(section(r, 'governance').score, 0);
    assert.equal(r.global.band?.id, 'not-ready');
  });
});

describe('bands: edges compare the unrounded value', () => {
  const bands = c.bands.global;
  const cases: [number, string][] = [
    [0, 'not-ready'],
    [39.999, 'not-ready'],
    [40, 'consolidate'],
    [59.99, 'consolidate'],
    [60, 'ready-under-conditions'],
    [79.9999, 'ready-under-conditions'],
    [80, 'ready'],
    [100, 'ready'],
  ];
  for (const [value, id] of cases) test(`${value} → ${id}`, () => assert.equal(bandFor(bands, value)?.id, id));

  test('exactly 60 through floating-point sums (9 of 15 points) is 60, not 59.999…', () => {
    const input = copy(minimal);
    input.caps = [];
    const questions = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, label: `P${i}` }));
    input.sections = [{ id: 's', title: 'S', subsections: [{ id: 'u', title: 'U', questions }] }] as never;
    const cfg = config(input);
    const r = score({ p0: 2, p1: 2, p2: 2, p3: 2, p4: 1 }, cfg); // (2+2+2+2+1)/15 = 60%
    assert.equal(r.global.score, 60);
    assert.equal(r.global.band?.id, 'ready-under-conditions');
  });
});

describe('caps', () => {
  test('prerequisite answered "no" caps the band at "consolidate"', () => {
    const r = score({ q1: 3, q2: 3, q3: 3, q4: 3, q5: 3, q6: 0 });
    close(r.global.score, 200 / 3); // 66.67: ready under conditions before caps
    assert.equal(r.global.uncappedBand?.id, 'ready-under-conditions');
    assert.equal(r.global.band?.id, 'consolidate');
    assert.deepEqual(
      r.global.cappedBy?.map((h) => h.rule),
      ['prerequisiteNotMet'],
      'the section cap does not lower "ready under conditions" and is not listed',
    );
    assert.deepEqual((r.global.cappedBy?.[0] as { questionIds: string[] }).questionIds, ['q6']);
  });

  test('a section under 40 caps "ready" at "ready under conditions"', () => {
    const input = copy(minimal);
    input.sections.push({
      id: 'extra',
      title: 'Extra',
      subsections: [{ id: 'extra-sub', title: 'Extra', questions: [{ id: 'q7', label: 'Q7' }] }],
    } as never);
    const cfg = config(input);
    // Sections: 100, 100, 100, 33.3 → mean 83.3 ("ready"), but one section is below 40.
    const r = score({ q1: 3, q2: 3, q3: 3, q4: 3, q5: 3, q6: 1, q7: 1 }, cfg);
    assert.equal(r.global.uncappedBand?.id, 'ready');
    assert.equal(r.global.band?.id, 'ready-under-conditions');
    const hit = r.global.cappedBy?.[0];
    assert.equal(hit?.rule, 'sectionBelow');
    assert.deepEqual(hit?.rule === 'sectionBelow' && hit.sectionIds, ['extra']);
  });

  test('both caps: the strictest wins and comes first', () => {
    const input = copy(minimal);
    input.caps = [
      { rule: 'sectionBelow', threshold: 40, maxBand: 'ready-under-conditions' },
      { rule: 'prerequisiteNotMet', maxBand: 'consolidate' },
    ];
    input.sections[2]!.weight = 0.01 as never; // keep the global mean high despite the prerequisite's 0
    const cfg = config(input);
    const r = score({ q1: 3, q2: 3, q3: 3, q4: 3, q5: 3, q6: 0 }, cfg);
    assert.equal(r.global.uncappedBand?.id, 'ready');
    assert.equal(r.global.band?.id, 'consolidate');
    assert.deepEqual(
      r.global.cappedBy?.map((h) => h.rule),
      ['prerequisiteNotMet', 'sectionBelow'],
    );
  });

  test('an unanswered or "don’t know" prerequisite caps nothing', () => {
    assert.equal(score({ q1: 3, q2: 3, q3: 3, q4: 3, q5: 3 }).global.cappedBy, undefined);
  });

  test('a section exactly at the threshold is not below it', () => {
    const input = copy(minimal);
    input.caps = [{ rule: 'sectionBelow', threshold: 50, maxBand: 'not-ready' }];
    const cfg = config(input);
    const r = score({ q1: 3, q2: 0, q3: 'dont-know', q4: 3, q5: 3, q6: 1 }, cfg); // governance = 50
    assert.equal(section(r, 'governance').score, 50);
    assert.equal(r.global.cappedBy, undefined);
    const below = score({ q1: 3, q2: 0, q3: 0, q4: 3, q5: 3, q6: 1 }, cfg); // governance = 33.3
    assert.equal(below.global.band?.id, 'not-ready');
  });
});

describe('weights, section bands and recommendations', () => {
  test('section weights weight the global mean', () => {
    const input = copy(minimal);
    (input.sections[0] as { weight?: number }).weight = 3;
    const r = score({ q1: 3, q4: 0 }, config(input)); // governance 100 ×3, purpose 0 ×1
    assert.equal(r.global.score, 75);
  });

  test('section bands: own, else bands.sections, else global', () => {
    const input = copy(minimal) as typeof minimal & { bands: { sections?: unknown }; sections: { bands?: unknown }[] };
    input.bands.sections = [
      { id: 'weak', min: 0, label: 'Weak', recommendation: 'Work on it.' },
      { id: 'fine', min: 50, label: 'Fine' },
    ];
    input.sections[0]!.bands = [{ id: 'own', min: 0, label: 'Own', recommendation: 'Own advice.' }];
    const r = score({ q1: 0, q4: 3, q6: 0 }, config(input));
    assert.equal(section(r, 'governance').band?.id, 'own');
    assert.equal(section(r, 'purpose').band?.id, 'fine');
    assert.equal(section(r, 'prerequisite').band?.id, 'weak');
  });

  test('recommendations: scored sections with advice, weakest first, ties in document order', () => {
    const r = score({ q1: 1, q4: 1, q6: 1 });
    assert.deepEqual(
      r.recommendations.map((x) => x.sectionId),
      ['governance', 'purpose', 'prerequisite'],
    );
    assert.equal(r.recommendations[0]!.band.recommendation, 'Start with governance.');
  });

  test('a scale that does not start at 0 is normalised (1–4: 1 is 0%, 4 is 100%)', () => {
    const input = copy(minimal);
    input.scale.levels = [1, 2, 3, 4].map((value) => ({ value, label: `L${value}` }));
    const cfg = config(input);
    assert.equal(section(score({ q1: 1, q2: 4 }, cfg), 'governance').score, 50);
  });
});

describe('results are reproducible data', () => {
  test('the result is plain JSON and stamped with the questionnaire id and version', () => {
    const r = score({ q1: 2 });
    assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
    assert.equal(r.questionnaireId, 'minimal');
    assert.equal(r.questionnaireVersion, '1');
  });
});
