/**
 * The core without the widgets' default content: what the elements and the embed bundle need at first paint.
 * The default content (each widget's JSON in both languages) is exported by `index.ts` only, so that a bundle
 * exporting this module never pulls it in; the elements load it with import() when a page gives no config.
 */
export type { ParseOptions } from './shared/parse.js';
export { formatPath } from './shared/issues.js';
export type { ConfigIssue, IssueCode, ParseResult, PathKey } from './shared/issues.js';
export { ID_PATTERN } from './shared/schema.js';
export { quarantineKey } from './shared/saved.js';
export * from './questionnaire/index.js';
export {
  getStrings,
  hasCatalog,
  loadCatalog,
  localeTag,
  registerCatalog,
  resolveLocale,
  toLocale,
  LOCALES,
} from './i18n/index.js';
export type { CoopStringOverrides, Locale, Strings } from './i18n/index.js';
export { StorageError, classifyStorageError } from './storage/adapter.js';
export type { StorageAdapter, StorageErrorReason } from './storage/adapter.js';
export { createMemoryStorage } from './storage/memory.js';
export type { MemoryStorage } from './storage/memory.js';
export { createWebStorageAdapter } from './storage/web-storage.js';
export * from './project/index.js';
export type {
  KeyValueStore,
  StorageChangeEvent,
  StorageEventSource,
  WebStorageAdapterOptions,
} from './storage/web-storage.js';
export * from './atp/index.js';
export * from './principles/index.js';
