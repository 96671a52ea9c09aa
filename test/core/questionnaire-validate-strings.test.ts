// The questionnaire's result and validate-step strings, kept outside the `Strings` catalog (issue 22): both languages define
// the same keys, a site's overrides reach them through the same `strings` object, and wrong kinds are ignored.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { en, fr, getQuestionnaireResultStrings, getQuestionnaireValidateStrings } from '../../src/core/index.js';

describe('validate-step strings', () => {
  const frV = getQuestionnaireValidateStrings('fr');
  const enV = getQuestionnaireValidateStrings('en');

  test('fr and en define the same keys with the same kinds, none of them in the catalog', () => {
    assert.deepEqual(Object.keys(frV).sort(), Object.keys(enV).sort());
    for (const key of Object.keys(frV) as (keyof typeof frV)[]) {
      assert.equal(typeof frV[key], typeof enV[key], key);
      assert.equal(key in fr || key in en, false, `${key} is also in the catalog`);
    }
  });

  test('each language speaks its own, with plurals and French typography', () => {
    assert.equal(enV.validateHeading, 'Validate my result');
    assert.equal(frV.validateHeading, 'Valider mon résultat');
    assert.match(enV.validateIncomplete(1), /^1 question is still unanswered/);
    assert.match(enV.validateIncomplete(2), /^2 questions are still unanswered/);
    assert.match(frV.validateIncomplete(2), /^Il reste 2 questions sans réponse/);
    assert.equal(frV.validatedOn('01/02/2026', '10:00', ''), 'Résultat validé le 01/02/2026 à 10:00.');
    assert.match(frV.validateIntro, /nom\u202f: ses réponses/);
  });

  test('a site overrides them through the same strings object; a wrong kind is ignored', () => {
    const s = getQuestionnaireValidateStrings('en', {
      validateSubmit: 'Sign off',
      validatedOn: () => 'Signed off.',
      historyHeading: (() => 'not a text') as unknown as string,
      stepFill: 'a catalog key, not one of these',
    });
    assert.equal(s.validateSubmit, 'Sign off');
    assert.equal(s.validatedOn('', '', ''), 'Signed off.');
    assert.equal(s.historyHeading, enV.historyHeading);
    assert.equal('stepFill' in s, false);
    assert.equal(getQuestionnaireValidateStrings('en').validateSubmit, 'Validate'); // the base is not changed
  });
});

describe('result strings', () => {
  const frR = getQuestionnaireResultStrings('fr');
  const enR = getQuestionnaireResultStrings('en');

  test('fr and en define the same keys with the same kinds, none of them in the catalog', () => {
    assert.deepEqual(Object.keys(frR).sort(), Object.keys(enR).sort());
    for (const key of Object.keys(frR) as (keyof typeof frR)[]) {
      assert.equal(typeof frR[key], typeof enR[key], key);
      assert.equal(key in fr || key in en, false, `${key} is also in the catalog`);
    }
  });

  test('each language speaks its own, with plurals', () => {
    assert.equal(enR.resultHeading, 'My result');
    assert.equal(frR.resultHeading, 'Mon résultat');
    assert.equal(frR.unansweredHeading(1), '1 question sans réponse');
    assert.equal(frR.unansweredHeading(2), '2 questions sans réponse');
  });

  test('a site overrides them through the same strings object', () => {
    const s = getQuestionnaireResultStrings('fr', { resultHeading: 'Votre bilan', validateSubmit: 'Signer' });
    assert.equal(s.resultHeading, 'Votre bilan');
    assert.equal('validateSubmit' in s, false);
  });
});
