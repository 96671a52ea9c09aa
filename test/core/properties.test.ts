/** Property-based tests: invariants that must hold for any answers and any input. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  createResponses,
  defaultQuestionnaire,
  listQuestions,
  migrateResponses,
  parseQuestionnaireConfig,
  scaleOf,
  scoreQuestionnaire,
  setAnswer,
  type AnswerValue,
  type QuestionnaireConfig,
  type Responses,
} from '../../src/core/index.js';
import { config, copy, minimal, NOW } from './helpers.js';

const configs: [string, QuestionnaireConfig][] = [
  ['minimal', config()],
  ['default fr', defaultQuestionnaire('fr')],
];

/** Any set of valid answers to a config: each question unanswered, cleared, scored or non-scored. */
function answersFor(c: QuestionnaireConfig): fc.Arbitrary<[string, AnswerValue][]> {
  const perQuestion = listQuestions(c).map(({ question }) => {
    const scale = scaleOf(c, question);
    const values: AnswerValue[] = [null, ...scale.levels.map((l) => l.value), ...scale.nonScored.map((o) => o.value)];
    return fc.option(fc.constantFrom(...values), { nil: undefined }).map((v) => [question.id, v] as const);
  });
  return fc.tuple(...perQuestion).map((pairs) => pairs.filter((p): p is [string, AnswerValue] => p[1] !== undefined));
}

const apply = (c: QuestionnaireConfig, pairs: readonly [string, AnswerValue][]): Responses =>
  pairs.reduce((r, [id, v]) => setAnswer(c, r, id, v, NOW), createResponses(c, NOW));

for (const [name, c] of configs) {
  describe(`scoring invariants (${name})`, () => {
    test('every score and completion lies in [0, 100]', () => {
      fc.assert(
        fc.property(answersFor(c), (pairs) => {
          const r = scoreQuestionnaire(c, apply(c, pairs));
          const parts = [r.global, ...r.sections, ...r.sections.flatMap((s) => s.subsections)];
          for (const p of parts) {
            assert.ok(p.score === null || (p.score >= 0 && p.score <= 100), `score ${p.score}`);
            assert.ok(p.completion >= 0 && p.completion <= 100, `completion ${p.completion}`);
          }
        }),
      );
    });

    test('completion never decreases when an answer is added', () => {
      fc.assert(
        fc.property(answersFor(c), fc.nat(), (pairs, pick) => {
          const before = apply(c, pairs);
          const free = listQuestions(c).filter(({ question }) => !before.answers[question.id]);
          fc.pre(free.length > 0);
          const { question } = free[pick % free.length]!;
          const scale = scaleOf(c, question);
          const after = setAnswer(c, before, question.id, scale.levels[0]!.value, NOW);
          assert.ok(scoreQuestionnaire(c, after).global.completion > scoreQuestionnaire(c, before).global.completion);
        }),
      );
    });

    test('the result does not depend on the order the answers were given in', () => {
      fc.assert(
        fc.property(
          answersFor(c).chain((pairs) =>
            fc.tuple(fc.constant(pairs), fc.shuffledSubarray(pairs, { minLength: pairs.length })),
          ),
          ([pairs, shuffled]) => {
            assert.deepEqual(scoreQuestionnaire(c, apply(c, shuffled)), scoreQuestionnaire(c, apply(c, pairs)));
          },
        ),
      );
    });
  });
}

describe('migrateResponses never loses an answer', () => {
  const v1 = config();
  const questionIds = listQuestions(v1).map((r) => r.question.id);
  /** A later version: some questions removed, maybe the top level removed, another id added. */
  const nextVersion = fc.record({
    removed: fc.subarray(questionIds.slice(0, 5)), // keep q6 so that no section is empty
    dropTopLevel: fc.boolean(),
  });

  test('every answer and orphan ends up in answers or orphans, unchanged', () => {
    fc.assert(
      fc.property(answersFor(v1), nextVersion, nextVersion, (pairs, step1, step2) => {
        const versions = [step1, step2].map(({ removed, dropTopLevel }, i) => {
          const input = copy(minimal);
          input.version = String(i + 2);
          for (const section of input.sections) {
            for (const sub of section.subsections) sub.questions = sub.questions.filter((q) => !removed.includes(q.id));
            section.subsections = section.subsections.filter((s) => s.questions.length);
          }
          input.sections = input.sections.filter((s) => s.subsections.length);
          if (dropTopLevel) input.scale.levels.pop();
          return config(input);
        });
        const start = apply(v1, pairs);
        const all = (r: Responses) => [
          ...Object.entries(r.answers).map(([id, a]) => JSON.stringify([id, a])),
          ...r.orphans.map((o) => JSON.stringify([o.questionId, o.answer])),
        ];
        let current = start;
        for (const v of [...versions, v1]) {
          const next = migrateResponses(v, current);
          for (const item of all(current)) assert.ok(all(next).includes(item), `lost ${item}`);
          current = next;
        }
        // Back on v1, every original answer is an answer again.
        assert.deepEqual(current.answers, start.answers);
      }),
    );
  });
});

describe('parseQuestionnaireConfig never throws', () => {
  test('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseQuestionnaireConfig(value as object);
        if (!result.ok) assert.ok(result.issues.length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  test('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => assert.equal(parseQuestionnaireConfig(text).ok, false)),
      {
        numRuns: 1000,
      },
    );
  });

  test('on mutations of a valid config (values replaced by anything at any depth)', () => {
    const paths: (string | number)[][] = [];
    const walk = (x: unknown, at: (string | number)[]) => {
      paths.push(at);
      if (x && typeof x === 'object')
        for (const [k, v] of Object.entries(x)) walk(v, [...at, Array.isArray(x) ? Number(k) : k]);
    };
    walk(minimal, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length)), fc.jsonValue(), (path, value) => {
        const input = copy(minimal) as unknown as Record<string | number, unknown>;
        let target = input;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
        target[path[path.length - 1]!] = value;
        const result = parseQuestionnaireConfig(input, { locale: 'en' });
        if (!result.ok)
          for (const issue of result.issues) assert.ok(issue.message.length > 0 && typeof issue.path === 'string');
      }),
      { numRuns: 2000 },
    );
  });
});
