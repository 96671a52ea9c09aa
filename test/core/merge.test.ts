/** mergeResponses: what another tab saved, folded into this tab's answers without losing any. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Answer, Orphan, Responses } from '../../src/core/index.js';
import { mergeResponses } from '../../src/core/questionnaire/merge.js';
import { answer, config, copy, NOW } from './helpers.js';

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();

/** Responses with the given answers, each `[value, minutes after NOW]`. */
function doc(answers: Record<string, [Answer['value'], number]>, overrides: Partial<Responses> = {}): Responses {
  return {
    questionnaireId: 'minimal',
    questionnaireVersion: '1',
    answers: Object.fromEntries(Object.entries(answers).map(([id, [value, m]]) => [id, { value, updatedAt: at(m) }])),
    orphans: [],
    status: 'draft',
    createdAt: at(0),
    updatedAt: at(Math.max(0, ...Object.values(answers).map(([, m]) => m))),
    ...overrides,
  };
}

describe('mergeResponses', () => {
  test('per question, the later answer wins; answers on one side only are kept', () => {
    const local = doc({ q1: [3, 5], q2: [1, 1], q3: ['dont-know', 2] });
    const remote = doc({ q1: [0, 4], q2: [2, 6], q4: [1, 3] });
    const merged = mergeResponses(local, remote);
    assert.deepEqual(Object.fromEntries(Object.entries(merged.answers).map(([id, a]) => [id, a.value])), {
      q1: 3,
      q2: 2,
      q3: 'dont-know',
      q4: 1,
    });
    assert.equal(merged.answers.q2, remote.answers.q2);
  });

  test('dates are compared as instants, not as text', () => {
    // 11:00+02:00 is 09:00Z, before 10:00Z, though it sorts after it as text.
    const local = doc({ q1: [1, 0] });
    local.answers.q1!.updatedAt = '2026-01-15T11:00:00+02:00';
    const remote = doc({ q1: [2, 0] });
    remote.answers.q1!.updatedAt = '2026-01-15T10:00:00Z';
    assert.equal(mergeResponses(local, remote).answers.q1?.value, 2);
    assert.equal(mergeResponses(remote, local).answers.q1?.value, 2);
  });

  test('a tie keeps the local answer; a date that does not parse loses to a real one', () => {
    const local = doc({ q1: [1, 3], q2: [1, 3] });
    const remote = doc({ q1: [2, 3], q2: [2, 1] });
    local.answers.q2!.updatedAt = 'garbage';
    const merged = mergeResponses(local, remote);
    assert.equal(merged.answers.q1?.value, 1);
    assert.equal(merged.answers.q2?.value, 2);
  });

  test('createdAt is the earlier, updatedAt the later', () => {
    const local = doc({}, { createdAt: at(2), updatedAt: at(10) });
    const remote = doc({}, { createdAt: at(1), updatedAt: at(20) });
    for (const [a, b] of [
      [local, remote],
      [remote, local],
    ] as const) {
      const merged = mergeResponses(a, b);
      assert.equal(merged.createdAt, at(1));
      assert.equal(merged.updatedAt, at(20));
    }
  });

  test('status and signature come from the document updated last, if it was reopened after the validation', () => {
    const validated = doc(
      { q1: [3, 1] },
      { status: 'validated', validatedAt: at(5), validatedBy: { name: 'A. Martin' }, updatedAt: at(5) },
    );
    const laterDraft = doc({ q2: [1, 8] }, { updatedAt: at(8), reopenedAt: at(7) });
    const olderDraft = doc({ q2: [1, 2] }, { updatedAt: at(2) });

    const reopened = mergeResponses(validated, laterDraft);
    assert.equal(reopened.status, 'draft');
    assert.equal('validatedAt' in reopened, false);
    assert.equal('validatedBy' in reopened, false);

    for (const merged of [mergeResponses(olderDraft, validated), mergeResponses(validated, olderDraft)]) {
      assert.equal(merged.status, 'validated');
      assert.equal(merged.validatedAt, at(5));
      assert.deepEqual(merged.validatedBy, { name: 'A. Martin' });
    }

    const tie = doc({}, { updatedAt: at(5), reopenedAt: at(6) });
    assert.equal(mergeResponses(tie, validated).status, 'draft', 'a tie keeps local');
    assert.equal(mergeResponses(validated, tie).status, 'validated', 'a tie keeps local');
  });

  test('a draft not reopened after the validation does not undo it: its answers are kept aside', () => {
    const validated = doc({ q1: [3, 1] }, { status: 'validated', validatedAt: at(5), updatedAt: at(5) });
    const staleTab = doc({ q1: [1, 6], q2: [2, 7] }, { updatedAt: at(7) });
    for (const merged of [mergeResponses(validated, staleTab), mergeResponses(staleTab, validated)]) {
      assert.equal(merged.status, 'validated');
      assert.deepEqual(merged.answers, validated.answers);
      assert.deepEqual(
        merged.orphans.map((o) => [o.questionId, o.answer.value]),
        [
          ['q1', 1],
          ['q2', 2],
        ],
      );
      assert.equal(merged.updatedAt, at(7));
    }
  });

  test('orphans: the union, without duplicates, whatever the key order of their answers', () => {
    const o = (questionId: string, value: number, fromVersion = '1'): Orphan => ({
      questionId,
      fromVersion,
      answer: { value, updatedAt: at(0) },
    });
    const shuffled: Orphan = { questionId: 'old1', fromVersion: '1', answer: { updatedAt: at(0), value: 2 } };
    const local = doc({}, { orphans: [o('old1', 2), o('old2', 1)] });
    const remote = doc({}, { orphans: [shuffled, o('old1', 3), o('old2', 1, '0'), o('old3', 0), o('old3', 0)] });
    assert.deepEqual(
      mergeResponses(local, remote).orphans.map((x) => [x.questionId, x.fromVersion, x.answer.value]),
      [
        ['old1', '1', 2],
        ['old2', '1', 1],
        ['old1', '1', 3],
        ['old2', '0', 1],
        ['old3', '1', 0],
      ],
    );
  });

  test('keeps local’s questionnaire id and version', () => {
    const merged = mergeResponses(doc({}), doc({}, { questionnaireVersion: '2', updatedAt: at(9) }));
    assert.equal(merged.questionnaireVersion, '1');
  });

  test('does not change its inputs; works on real responses', () => {
    const c = config();
    const local = answer(c, { q1: 3, q2: 2 });
    const remote = { ...answer(c, { q2: 'dont-know', q4: 1 }), updatedAt: at(1) };
    remote.answers.q2!.updatedAt = at(1);
    const [l, r] = [copy(local), copy(remote)];
    const merged = mergeResponses(local, remote);
    assert.deepEqual(local, l);
    assert.deepEqual(remote, r);
    assert.notEqual(merged, local);
    assert.notEqual(merged.answers, local.answers);
    assert.deepEqual(Object.keys(merged.answers).sort(), ['q1', 'q2', 'q4']);
    assert.equal(merged.answers.q2?.value, 'dont-know');
  });
});

// Arbitrary responses over a few ids ("__proto__" included: answers are keyed by id, and a plain assignment
// would silently drop that one) with times drawn from a narrow range, so that ties happen.
const ids = ['q1', 'q2', 'q3', 'q4', '__proto__'];
const time = fc.integer({ min: 0, max: 20 }).map(at);
const answerArb: fc.Arbitrary<Answer> = fc
  .record({
    value: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 3 }), fc.constantFrom('dont-know', 'not-applicable')),
    comment: fc.option(fc.string(), { nil: undefined }),
    updatedAt: time,
  })
  .map(({ comment, ...rest }) => (comment === undefined ? rest : { ...rest, comment }));
const orphanArb: fc.Arbitrary<Orphan> = fc.record({
  questionId: fc.constantFrom('old1', 'old2'),
  fromVersion: fc.constantFrom('0', '1'),
  answer: answerArb,
});
const responsesArb: fc.Arbitrary<Responses> = fc
  .record({
    answers: fc.uniqueArray(fc.tuple(fc.constantFrom(...ids), answerArb), { selector: ([id]) => id }),
    orphans: fc.array(orphanArb, { maxLength: 3 }),
    validated: fc.option(
      fc.record({
        validatedAt: time,
        validatedBy: fc.option(fc.record({ name: fc.string() }, { requiredKeys: [], noNullPrototype: true }), {
          nil: undefined,
        }),
      }),
      { nil: undefined },
    ),
    createdAt: time,
    updatedAt: time,
  })
  .map(({ answers, validated, ...rest }) => {
    const r: Responses = {
      questionnaireId: 'minimal',
      questionnaireVersion: '1',
      answers: Object.fromEntries(answers),
      status: validated ? 'validated' : 'draft',
      ...rest,
    };
    if (validated) {
      r.validatedAt = validated.validatedAt;
      if (validated.validatedBy) r.validatedBy = validated.validatedBy;
    }
    return r;
  });

const own = (r: Responses, id: string) => (Object.hasOwn(r.answers, id) ? r.answers[id] : undefined);
const ms = (a: Answer) => Date.parse(a.updatedAt);

describe('mergeResponses properties', () => {
  test('merge(a, a) deep-equals a', () => {
    fc.assert(fc.property(responsesArb, (a) => assert.deepEqual(mergeResponses(a, a), a)));
  });

  test('no answer is ever lost: each answer of a or b is an answer or an orphan of the result', () => {
    fc.assert(
      fc.property(responsesArb, responsesArb, (a, b) => {
        const merged = mergeResponses(a, b);
        const kept = [
          ...Object.entries(merged.answers).map(([id, x]) => JSON.stringify([id, x])),
          ...merged.orphans.map((o) => JSON.stringify([o.questionId, o.answer])),
        ];
        for (const doc of [a, b]) {
          for (const [id, x] of Object.entries(doc.answers)) {
            const newest = [own(a, id), own(b, id)].filter((y): y is Answer => !!y).some((y) => ms(y) > ms(x));
            if (!newest) assert.ok(kept.includes(JSON.stringify([id, x])), `lost ${id}`);
          }
        }
      }),
    );
  });

  test('between documents of the same status, every question id of a or b is in the result', () => {
    fc.assert(
      fc.property(responsesArb, responsesArb, (a, b) => {
        fc.pre(a.status === b.status);
        const merged = mergeResponses(a, b);
        const expected = new Set([...Object.keys(a.answers), ...Object.keys(b.answers)]);
        assert.deepEqual(new Set(Object.keys(merged.answers)), expected);
        for (const id of expected) assert.ok(Object.hasOwn(merged.answers, id), id);
      }),
    );
  });

  test('each answer is the newer of the two (local on a tie), taken as it was', () => {
    fc.assert(
      fc.property(responsesArb, responsesArb, (a, b) => {
        fc.pre(a.status === b.status);
        const merged = mergeResponses(a, b);
        for (const id of Object.keys(merged.answers)) {
          const [ours, theirs, result] = [own(a, id), own(b, id), own(merged, id)!];
          assert.ok(result === ours || result === theirs);
          if (ours) assert.ok(ms(result) >= ms(ours));
          if (theirs) assert.ok(ms(result) >= ms(theirs));
          if (ours && theirs && ms(ours) === ms(theirs)) assert.equal(result, ours);
        }
      }),
    );
  });

  test('merge is commutative on answers when no updatedAt ties', () => {
    fc.assert(
      fc.property(responsesArb, responsesArb, (a, b) => {
        fc.pre(a.status === b.status);
        fc.pre(Object.keys(a.answers).every((id) => !own(b, id) || ms(own(b, id)!) !== ms(own(a, id)!)));
        assert.deepEqual(mergeResponses(a, b).answers, mergeResponses(b, a).answers);
      }),
    );
  });

  test('orphans: local’s first and unchanged, then each new one of remote once', () => {
    fc.assert(
      fc.property(responsesArb, responsesArb, (a, b) => {
        fc.pre(a.status === b.status);
        const merged = mergeResponses(a, b).orphans.map((o) => JSON.stringify(o));
        for (const o of [...a.orphans, ...b.orphans]) assert.ok(merged.includes(JSON.stringify(o)));
        assert.deepEqual(
          merged.slice(0, a.orphans.length),
          a.orphans.map((o) => JSON.stringify(o)),
        );
        const added = merged.slice(a.orphans.length);
        assert.equal(new Set(added).size, added.length);
        for (const o of added) assert.ok(!merged.slice(0, a.orphans.length).includes(o));
      }),
    );
  });

  test('createdAt is the earlier and updatedAt the later of the two', () => {
    fc.assert(
      fc.property(responsesArb, responsesArb, (a, b) => {
        const merged = mergeResponses(a, b);
        assert.equal(Date.parse(merged.createdAt), Math.min(Date.parse(a.createdAt), Date.parse(b.createdAt)));
        assert.equal(Date.parse(merged.updatedAt), Math.max(Date.parse(a.updatedAt), Date.parse(b.updatedAt)));
      }),
    );
  });
});
