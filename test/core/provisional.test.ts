// A result drawn from too few scored answers is provisional (config `provisionalBelow`, default 50 %).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scoreQuestionnaire } from '../../src/core/index.js';
import { answer, config, copy, minimal } from './helpers.js';

// The minimal fixture has six questions (q1–q6): three scored answers are 50 %.
const c = config();
const score = (values: Parameters<typeof answer>[1], cfg = c) => scoreQuestionnaire(cfg, answer(cfg, values));
const withThreshold = (provisionalBelow: number) => config({ ...copy(minimal), provisionalBelow });

describe('provisional result (default threshold: 50 % of the questions with a scored answer)', () => {
  test('the default is 50', () => {
    assert.equal(c.provisionalBelow, 50);
  });

  test('exactly at the threshold: not provisional', () => {
    const r = score({ q1: 3, q2: 2, q4: 1 });
    assert.equal(r.global.scoredAnswers, 3);
    assert.equal(r.global.total, 6);
    assert.equal(r.global.provisional, false);
    assert.notEqual(r.global.band, null);
  });

  test('just below the threshold: provisional, the score still given', () => {
    const r = score({ q1: 3, q4: 1 });
    assert.equal(r.global.scoredAnswers, 2);
    assert.equal(r.global.provisional, true);
    assert.notEqual(r.global.score, null);
  });

  test('non-scored answers count for completion, not towards the threshold', () => {
    const r = score({ q1: 3, q3: 'dont-know', q4: 1 });
    assert.equal(r.global.answered, 3);
    assert.equal(r.global.completion, 50);
    assert.equal(r.global.scoredAnswers, 2);
    assert.equal(r.global.provisional, true);
  });

  test('no answer: provisional, no score, and a section with no scored answer is never scored', () => {
    const r = score({});
    assert.equal(r.global.provisional, true);
    assert.equal(r.global.scoredAnswers, 0);
    assert.equal(r.global.score, null);
    assert.ok(r.sections.every((s) => s.score === null && s.band === null));
  });

  test('every question answered: not provisional', () => {
    const r = score({ q1: 3, q2: 2, q3: 1, q4: 1, q5: 3, q6: 1 });
    assert.equal(r.global.scoredAnswers, 6);
    assert.equal(r.global.provisional, false);
  });

  test('a config sets its own threshold', () => {
    const strict = withThreshold(80); // 5 of 6 = 83 % is enough, 4 of 6 = 67 % is not
    assert.equal(score({ q1: 3, q2: 2, q3: 1, q4: 1 }, strict).global.provisional, true);
    assert.equal(score({ q1: 3, q2: 2, q3: 1, q4: 1, q5: 3 }, strict).global.provisional, false);
    const lenient = withThreshold(10); // one answer of six (17 %) is enough
    assert.equal(score({ q1: 3 }, lenient).global.provisional, false);
  });

  test('0 means never provisional, even with no answer', () => {
    const never = withThreshold(0);
    assert.equal(score({}, never).global.provisional, false);
    assert.equal(score({ q1: 3 }, never).global.provisional, false);
  });

  test('a threshold outside 0–100 is refused', () => {
    for (const provisionalBelow of [-1, 101]) {
      assert.throws(() => withThreshold(provisionalBelow));
    }
  });
});
