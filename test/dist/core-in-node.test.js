// Run after `npm run build` (.ci/run does): the published core, imported by its package name as a portal's
// back end would, scores the default questionnaire in plain Node — no DOM, no TypeScript loader.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createResponses,
  defaultQuestionnaire,
  listQuestions,
  parseQuestionnaireConfig,
  scoreQuestionnaire,
  setAnswer,
} from 'coop-widgets/core';

test('coop-widgets/core scores the default questionnaire in Node', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const parsed = parseQuestionnaireConfig(JSON.stringify(defaultQuestionnaire('fr')));
  assert.ok(parsed.ok);
  const config = parsed.config;
  let responses = createResponses(config);
  for (const { question } of listQuestions(config)) {
    responses = setAnswer(config, responses, question.id, question.scale === 'yes-no' ? 1 : 3);
  }
  const result = scoreQuestionnaire(config, responses);
  assert.equal(result.global.score, 100);
  assert.equal(result.global.completion, 100);
  assert.equal(result.global.band?.id, 'ready');
});
