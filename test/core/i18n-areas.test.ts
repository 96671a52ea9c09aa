// The French catalog split per widget (src/core/catalogs/): without coop-widgets/core's entry, French has only what
// every widget reads until a widget's registering module adds its areas. Its own file: node:test runs each file
// in its own process, so no other test has registered the whole catalog.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addAtpMatrixStrings } from '../../src/core/catalogs/atp-matrix.js';
import { addAtpPartsStrings } from '../../src/core/catalogs/atp-parts.js';
import { addPrinciplesChecklistStrings } from '../../src/core/catalogs/principles-checklist.js';
import { addQuestionnairePartsStrings } from '../../src/core/catalogs/questionnaire-parts.js';
import { addQuestionnaireStrings } from '../../src/core/catalogs/questionnaire.js';
import { atpMatrixFr } from '../../src/core/i18n/atp-matrix.js';
import { atpFr } from '../../src/core/i18n/atp.js';
import { commonFr } from '../../src/core/i18n/fr.js';
import { getStrings, hasCatalog } from '../../src/core/i18n/index.js';
import { principlesChecklistFr } from '../../src/core/i18n/principles-checklist.js';
import { questionnairePartsFr } from '../../src/core/i18n/questionnaire-parts.js';
import { questionnaireFr } from '../../src/core/i18n/questionnaire.js';
import { fr } from '../../src/core/i18n/fr-all.js';

test('French starts with the common strings only; a widget adds its own areas; English stays to load', () => {
  const s = getStrings('fr');
  assert.deepEqual(Object.keys(s).sort(), Object.keys(commonFr).sort());
  assert.equal(s.amTabsLabel, undefined);
  assert.equal(s.stepperLabel, undefined, 'the questionnaire’s own strings are its area');
  addAtpMatrixStrings();
  assert.equal(getStrings('fr').amTabsLabel, atpMatrixFr.amTabsLabel);
  assert.equal(getStrings('fr').atpPostureCooperative, atpFr.atpPostureCooperative);
  assert.equal(getStrings('fr').atpCsvOwner, undefined, 'the exports’ and plans’ words come with their code');
  addAtpPartsStrings();
  assert.equal(getStrings('fr').atpCsvOwner, atpFr.atpCsvOwner);
  assert.equal(getStrings('fr').pcProgressHeading, undefined, 'the checklist’s are not there yet');
  addPrinciplesChecklistStrings();
  assert.equal(getStrings('fr').pcProgressHeading, principlesChecklistFr.pcProgressHeading);
  assert.equal(getStrings('fr').stepperLabel, undefined, 'the grid and the checklist do not add the questionnaire’s');
  addQuestionnaireStrings();
  assert.equal(getStrings('fr').stepperLabel, questionnaireFr.stepperLabel);
  assert.equal(getStrings('fr').eraseTitle, undefined, 'its parts’ strings come with them');
  addQuestionnairePartsStrings();
  assert.equal(getStrings('fr').eraseTitle, questionnairePartsFr.eraseTitle);
  assert.equal(getStrings('fr').csvValidatedVersion, questionnairePartsFr.csvValidatedVersion);
  assert.equal(hasCatalog('en'), false);
});

test('the whole French catalog is every area laid together, each key once', () => {
  const areas = [commonFr, questionnaireFr, questionnairePartsFr, atpFr, atpMatrixFr, principlesChecklistFr];
  for (const area of areas)
    for (const [key, value] of Object.entries(area)) assert.equal(fr[key as keyof typeof fr], value, key);
});
