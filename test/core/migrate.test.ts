import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createResponses, migrateResponses, setAnswer, setComment } from '../../src/core/index.js';
import { answer, config, copy, minimal, NOW } from './helpers.js';

describe('migrateResponses', () => {
  const v1 = config();
  const v2input = copy(minimal);
  v2input.version = '2';
  v2input.sections[0]!.subsections[0]!.questions.splice(1, 1); // q2 removed
  v2input.scale.levels.pop(); // level 3 removed
  const v2 = config(v2input);

  test('answers to removed questions, and values no longer on the scale, become orphans', () => {
    const before = answer(v1, { q1: 3, q2: 2, q4: 1 });
    const after = migrateResponses(v2, before);
    assert.equal(after.questionnaireVersion, '2');
    assert.deepEqual(Object.keys(after.answers), ['q4']);
    assert.deepEqual(
      after.orphans.map((o) => [o.questionId, o.fromVersion, o.answer.value]),
      [
        ['q1', '1', 3],
        ['q2', '1', 2],
      ],
    );
  });

  test('orphans come back when their question returns, unless it was answered since', () => {
    const inV2 = migrateResponses(v2, answer(v1, { q1: 3, q2: 2 }));
    const reanswered = setAnswer(v2, inV2, 'q1', 1, NOW);
    const back = migrateResponses(v1, reanswered);
    assert.equal(back.answers.q2?.value, 2, 'q2 is back');
    assert.equal(back.answers.q1?.value, 1, 'the newer answer to q1 wins');
    assert.deepEqual(
      back.orphans.map((o) => o.questionId),
      ['q1'],
      'the older q1 answer stays kept as an orphan',
    );
  });

  test('comments and answers cleared to null travel with their question', () => {
    let r = setComment(v1, createResponses(v1, NOW), 'q2', 'to discuss', NOW);
    r = setAnswer(v1, r, 'q4', null, NOW);
    const after = migrateResponses(v2, r);
    assert.equal(after.orphans[0]?.answer.comment, 'to discuss');
    assert.equal(after.answers.q4?.value, null);
  });

  test('does not change its input', () => {
    const before = answer(v1, { q1: 3, q2: 2 });
    const snapshot = copy(before);
    migrateResponses(v2, before);
    assert.deepEqual(before, snapshot);
  });
});

describe('setAnswer / setComment', () => {
  const c = config();
  test('reject unknown questions and values off the scale', () => {
    const r = createResponses(c, NOW);
    assert.throws(() => setAnswer(c, r, 'nope', 1), RangeError);
    assert.throws(() => setAnswer(c, r, 'q1', 4), RangeError);
    assert.throws(() => setAnswer(c, r, 'q6', 'not-applicable'), RangeError); // yes/no has no such option
    assert.throws(() => setComment(c, r, 'nope', 'x'), RangeError);
  });

  test('keep the comment when the value changes, and remove an emptied comment', () => {
    let r = setComment(c, createResponses(c, NOW), 'q1', 'why', NOW);
    r = setAnswer(c, r, 'q1', 2, NOW);
    assert.deepEqual(r.answers.q1, { value: 2, comment: 'why', updatedAt: NOW.toISOString() });
    r = setComment(c, r, 'q1', '', NOW);
    assert.equal('comment' in r.answers.q1!, false);
  });
});
