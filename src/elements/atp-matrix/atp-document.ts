/**
 * The grid as a kind of document for the shared DocumentController: stored under the config's key (and the
 * element's namespace), fitted to each config version, and a conflict with a copy saved elsewhere left to the user.
 */
import {
  atpStorageKey,
  createAtpData,
  fitAtpData,
  parseAtpData,
  parseSavedAtp,
  serializeSavedAtp,
  type AtpConfig,
  type AtpData,
} from '../../core/runtime.js';
import type { DocumentKind } from '../shared/document-controller.js';
import { dataTexts } from '../shared/storage-texts.js';

export function atpDocument(host: { readonly storageKey?: string }): DocumentKind<AtpConfig, AtpData> {
  return {
    keptWhat: 'data is kept in memory',
    texts: dataTexts,
    heading: '.title',
    conflicts: { kind: 'ask' },
    key: (model) => atpStorageKey(model.id, host.storageKey),
    create: (model) => createAtpData(model),
    parseStored: (raw, locale) => parseSavedAtp(raw, { locale }),
    document: (data) => data,
    serialize: (data) => serializeSavedAtp(data),
    parseData: (input, locale) => parseAtpData(input, { locale }),
    fit: (model, data) => fitAtpData(model, data),
  };
}
