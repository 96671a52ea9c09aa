// <coop-project>'s French (src/core/catalogs/project.ts, project-import.ts, project-parts.ts): its registering
// module adds its interface only; the import's sentences come with the import's code, the project file's messages
// and the principles' and ATP analysis' words when the file parser, the report or the workshop mode loads. Its own file: node:test runs each file in its own process, so
// no other test has registered the whole catalog or another widget's areas.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addProjectImportStrings } from '../../src/core/catalogs/project-import.js';
import { addProjectPartsStrings } from '../../src/core/catalogs/project-parts.js';
import { addProjectStrings } from '../../src/core/catalogs/project.js';
import { actionStateText, effectText } from '../../src/core/atp/export.js';
import { atpFr } from '../../src/core/i18n/atp.js';
import { coopProjectImportFr } from '../../src/core/i18n/coop-project-import.js';
import { coopProjectFr } from '../../src/core/i18n/coop-project.js';
import { commonFr } from '../../src/core/i18n/fr.js';
import { getStrings } from '../../src/core/i18n/index.js';
import { principlesFr } from '../../src/core/i18n/principles.js';
import { projectFr } from '../../src/core/i18n/project.js';
import { questionnairePartsFr } from '../../src/core/i18n/questionnaire-parts.js';

test('the provider’s first paint has its own strings; its lazy parts add the import’s, the file’s, the principles’, ATP and questionnaire words', () => {
  addProjectStrings();
  const s = getStrings('fr');
  const own = [...Object.keys(commonFr), ...Object.keys(coopProjectFr)];
  assert.deepEqual(Object.keys(s).sort(), [...new Set(own)].sort());
  assert.equal(s.cpReplaceTitle, undefined, 'the import’s sentences are not in the first paint');
  assert.equal(s.projectIssueAtpFile, undefined, 'nor the project file’s messages');
  assert.equal(s.principlesIssueInvalidDate, undefined, 'nor the principles’ words');
  assert.equal(s.columnScore, undefined, 'nor the questionnaire’s');
  addProjectImportStrings();
  assert.equal(getStrings('fr').cpReplaceTitle, coopProjectImportFr.cpReplaceTitle);
  addProjectPartsStrings();
  assert.equal(getStrings('fr').projectIssueAtpFile, projectFr.projectIssueAtpFile);
  // The report shows a questionnaire's result: its table's columns and score caps are the questionnaire's words.
  assert.equal(getStrings('fr').columnScore, questionnairePartsFr.columnScore);
  assert.equal(getStrings('fr').capPrerequisiteNotMet, questionnairePartsFr.capPrerequisiteNotMet);
  assert.equal(getStrings('fr').principlesIssueInvalidDate, principlesFr.principlesIssueInvalidDate);
  for (const key of Object.keys(atpFr)) assert.ok(key in getStrings('fr'), key);
});

// The report (its own and the workshop's outputs) reads the grid's action states, effects, removed items and
// posture forces: a page with <coop-project> and no ATP grid has only these areas, and used to show "undefined".
test('the report’s ATP words are there without the grid’s own area', () => {
  addProjectStrings();
  addProjectPartsStrings();
  const s = getStrings('fr');
  assert.equal(s.amActionsHeading, undefined, 'the grid’s interface is not registered');
  assert.equal(actionStateText('todo', s), 'À faire');
  assert.equal(actionStateText('done', s), 'Réalisée');
  assert.equal(effectText('better', s), 'Mieux');
  assert.equal(effectText('worse', s), 'Moins bien');
  assert.match(s.amItemRemoved('Peur'), /^Peur \(élément supprimé de la grille\)$/);
  for (const key of ['Opportunist', 'Cooperative', 'Individualist'].flatMap((p) => [
    `amForce${p}Push`,
    `amForce${p}Hold`,
  ]))
    assert.equal(typeof s[key as keyof typeof s], 'string', key);
});
