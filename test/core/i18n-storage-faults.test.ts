// The storage warnings' French sentences (src/core/i18n/storage-faults.ts) are not in the common French strings:
// the storage warning and the code that settles conflicts add them when they load. Its own file: node:test runs
// each file in its own process, so no other test has registered the whole catalog.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addStorageFaultStrings } from '../../src/core/catalogs/storage-faults.js';
import { fr } from '../../src/core/i18n/fr-all.js';
import { getStrings } from '../../src/core/i18n/index.js';
import { storageFaultsFr } from '../../src/core/i18n/storage-faults.js';

test('a French page has no storage warning sentence until the warning loads; then each one, and overrides hold', () => {
  assert.equal(getStrings('fr').storageQuota, undefined);
  assert.equal(getStrings('fr').widgetKeepMine, undefined);
  assert.equal(typeof getStrings('fr').widgetErase, 'string', 'what every widget shows at first paint stays');
  addStorageFaultStrings();
  for (const [key, value] of Object.entries(storageFaultsFr)) {
    assert.equal(getStrings('fr')[key as keyof typeof storageFaultsFr], value, key);
    assert.equal(fr[key as keyof typeof storageFaultsFr], value, `${key} in the whole catalog`);
  }
  assert.equal(getStrings('fr', { storageQuota: 'Plus de place.' }).storageQuota, 'Plus de place.');
});
