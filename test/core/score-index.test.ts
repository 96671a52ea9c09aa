/**
 * The scoring index (score-index.ts): built once per config object and reused, never shared between two config
 * objects, so a config edited into a new object is scored on its own terms.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreQuestionnaire } from '../../src/core/index.js';
import { scoreIndex } from '../../src/core/questionnaire/score-index.js';
import { answer, config, copy, minimal } from './helpers.js';

test('one index per config object, reused by every scoring', () => {
  const c = config();
  const index = scoreIndex(c);
  scoreQuestionnaire(c, answer(c, { q1: 3 }));
  scoreQuestionnaire(c, answer(c, { q1: 1, q2: 2 }));
  assert.equal(scoreIndex(c), index);
});

test('another config object gets its own index: a heavier question changes the score', () => {
  const c = config();
  const values = { q1: 3, q2: 0 } as const;
  const before = scoreQuestionnaire(c, answer(c, values));
  const input = copy(minimal);
  input.sections[0]!.subsections[0]!.questions[0]!.weight = 3;
  const heavier = config(input);
  assert.notEqual(scoreIndex(heavier), scoreIndex(c));
  const after = scoreQuestionnaire(heavier, answer(heavier, values));
  assert.notEqual(after.sections[0]!.score, before.sections[0]!.score);
  // The first config's result is unchanged: its index was not touched.
  assert.deepEqual(scoreQuestionnaire(c, answer(c, values)), before);
});
