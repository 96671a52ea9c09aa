/**
 * The checklist's data as a kind of document for the shared DocumentController: the principles and the
 * register, stored under the config's key (and the element's namespace), and a conflict with a copy saved
 * elsewhere left to the user. Any config version reads the same data: nothing is fitted.
 */
import {
  createPrinciplesData,
  parsePrinciplesData,
  parseSavedPrinciples,
  principlesStorageKey,
  serializeSavedPrinciples,
  type PrinciplesConfig,
  type PrinciplesData,
} from '../../core/runtime.js';
import type { DocumentKind } from '../shared/document-controller.js';
import { dataTexts } from '../shared/storage-texts.js';

export function principlesDocument(host: {
  readonly storageKey?: string;
}): DocumentKind<PrinciplesConfig, PrinciplesData> {
  return {
    keptWhat: 'data is kept in memory',
    texts: dataTexts,
    heading: '.title',
    conflicts: { kind: 'ask' },
    key: (model) => principlesStorageKey(model.id, host.storageKey),
    create: () => createPrinciplesData(),
    parseStored: (raw, locale) => parseSavedPrinciples(raw, { locale }),
    document: (data) => data,
    serialize: (data) => serializeSavedPrinciples(data),
    parseData: (input, locale) => parsePrinciplesData(input, { locale }),
    fit: (_model, data) => data,
  };
}
