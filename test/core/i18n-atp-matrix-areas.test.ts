// <coop-atp-matrix>'s French (src/core/catalogs/atp-matrix.ts, atp-matrix-edits.ts, atp-matrix-parts.ts): its
// registering module adds what the grid's first paint shows; the edits and the undo (fetched right after it), the
// Postures, Plans and Synthesis views, the participants' files and the group dialog add theirs when they load. Its own file: node:test runs each file in its own process, so no other
// test has registered the whole catalog.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addAtpMatrixEditsStrings } from '../../src/core/catalogs/atp-matrix-edits.js';
import { addAtpMatrixPartsStrings } from '../../src/core/catalogs/atp-matrix-parts.js';
import { addAtpMatrixStrings } from '../../src/core/catalogs/atp-matrix.js';
import { atpMatrixEditsFr } from '../../src/core/i18n/atp-matrix-edits.js';
import { atpMatrixGridFr } from '../../src/core/i18n/atp-matrix-grid.js';
import { atpMatrixViewsFr } from '../../src/core/i18n/atp-matrix-views.js';
import { atpMatrixFr } from '../../src/core/i18n/atp-matrix.js';
import { atpPlansFr } from '../../src/core/i18n/atp-plans.js';
import { getStrings } from '../../src/core/i18n/index.js';

test('the grid’s first paint has its own strings; its lazy views add theirs, overrides included', () => {
  addAtpMatrixStrings();
  const s = getStrings('fr');
  for (const key of Object.keys(atpMatrixGridFr)) assert.ok(key in s, key);
  assert.equal(s.amRowMenuLabel, 'Gérer le groupe', 'the row menu is in the first paint');
  assert.equal(s.amUndo, undefined, 'the undo’s words come with it');
  assert.equal(s.amPlansHeading, undefined, 'the Plans view’s words come with it');
  assert.equal(s.amActionsHeading, undefined);
  // A site's overrides make a merged copy: one read after the areas are added has their words.
  const overrides = { amTabGrid: 'Tableau' };
  addAtpMatrixEditsStrings();
  addAtpMatrixPartsStrings();
  const after = getStrings('fr', overrides);
  assert.equal(after.amTabGrid, 'Tableau');
  assert.equal(after.amUndo, atpMatrixEditsFr.amUndo);
  assert.equal(after.amPlansHeading, atpMatrixViewsFr.amPlansHeading);
  assert.equal(after.amActionsHeading, atpPlansFr.amActionsHeading);
});

test('the four areas are the whole interface, each key in one of them', () => {
  const areas = [atpMatrixGridFr, atpMatrixEditsFr, atpMatrixViewsFr, atpPlansFr].map((a) => Object.keys(a));
  const keys = areas.flat();
  assert.equal(new Set(keys).size, keys.length, 'a key in two areas');
  assert.deepEqual(keys.sort(), Object.keys(atpMatrixFr).sort());
});
