import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import enJson from '../../src/content/questionnaire.en.json';
import frJson from '../../src/content/questionnaire.fr.json';
import {
  defaultQuestionnaire,
  listQuestions,
  parseQuestionnaireConfig,
  scoreQuestionnaire,
  createResponses,
  type QuestionnaireConfig,
} from '../../src/core/index.js';

/** Everything but the texts: ids, order, numbers, flags. */
function skeleton(c: QuestionnaireConfig): unknown {
  return JSON.parse(
    JSON.stringify(c, (key, value: unknown) =>
      ['title', 'label', 'help', 'description', 'recommendation', 'instructions', 'locale'].includes(key)
        ? undefined
        : value,
    ),
  );
}

describe('default content "Prêts pour une coopération"', () => {
  for (const [locale, json] of [
    ['fr', frJson],
    ['en', enJson],
  ] as const) {
    test(`${locale}: validates with no issue`, () => {
      const result = parseQuestionnaireConfig(json, { locale: 'en' });
      assert.ok(result.ok, JSON.stringify(!result.ok && result.issues, null, 1));
      assert.equal(result.config.locale, locale);
    });
  }

  const fr = defaultQuestionnaire('fr');
  const en = defaultQuestionnaire('en');
  const questions = listQuestions(fr).map((r) => r.question);

  test('30 to 45 questions', () => assert.ok(questions.length >= 30 && questions.length <= 45, `${questions.length}`));

  test('starts with the sections of the ANAP screen', () => {
    assert.equal(fr.title, 'Prêts pour une coopération');
    assert.equal(fr.sections[0]?.title, 'Définir la gouvernance du projet');
    assert.equal(fr.sections[0]?.subsections[0]?.title, 'Organiser la gouvernance');
    assert.match(
      fr.sections[0]!.subsections[0]!.questions[0]!.label,
      /^Le comité des directeurs définit le code de bonne conduite/,
    );
    assert.match(fr.sections[1]!.title, /finalité, les objectifs et les critères d’évaluation/);
    assert.match(fr.sections[2]!.title, /modalités de prise de décision/);
  });

  test('covers the nine principles (each by two questions at least) and the 60% prerequisite', () => {
    for (let p = 1; p <= 9; p++) {
      assert.ok(questions.filter((q) => q.principle === p).length >= 2, `principle ${p}`);
    }
    const prerequisites = questions.filter((q) => q.prerequisite);
    assert.equal(prerequisites.length, 1);
    assert.match(prerequisites[0]!.label, /60/);
    assert.equal(prerequisites[0]!.scale, 'yes-no');
  });

  test('every question outside the prerequisite section is tied to a principle', () => {
    const last = fr.sections[fr.sections.length - 1]!;
    for (const ref of listQuestions(fr)) {
      if (ref.section !== last) assert.ok(ref.question.principle, ref.question.id);
    }
  });

  test('French and English share ids, structure and numbers, so answers carry across languages', () => {
    assert.deepEqual(skeleton(en), skeleton(fr));
    assert.equal(en.title, 'Ready for cooperation');
  });

  test('no HTML in any text', () => {
    for (const c of [fr, en]) assert.doesNotMatch(JSON.stringify(c), /<[a-z/!]/i);
  });

  test('defaultQuestionnaire returns independent copies, and scores', () => {
    const a = defaultQuestionnaire('fr');
    a.title = 'changed';
    assert.equal(defaultQuestionnaire('fr').title, 'Prêts pour une coopération');
    const result = scoreQuestionnaire(fr, createResponses(fr));
    assert.equal(result.unanswered.length, questions.length);
  });
});
