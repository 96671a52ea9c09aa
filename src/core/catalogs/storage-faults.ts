/**
 * The storage warnings' and conflicts' French sentences (src/core/i18n/storage-faults.ts), added by the parts that
 * say them when they load: the storage warning and the code that settles a conflict. So no page carries them
 * until a storage problem (see src/core/i18n/index.ts).
 */
import { extendCatalog } from '../i18n/index.js';
import { storageFaultsFr } from '../i18n/storage-faults.js';

export function addStorageFaultStrings(): void {
  extendCatalog('fr', storageFaultsFr);
}
