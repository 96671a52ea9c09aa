/** The storage sentences of each kind of document (answers, data), read from one table per kind. */
import type { Strings } from '../../core/runtime.js';
import type { StorageMessages } from './storage-status.js';

/**
 * The storage sentences of one kind of document, taken from one place: the questionnaire speaks of "answers",
 * the ATP grid and the checklist of "data" or "work". Sentences that say the same thing for every widget
 * (`storageNotErased`, `storageNotSettled`, `storageRecovered`) are read from `Strings` directly.
 */
export interface StorageTexts {
  /** The storage warning's sentence for each problem. */
  messages: StorageMessages;
  /** Announced when another tab changed (or erased) the stored document. */
  remoteUpdate: string;
  /** Announced when "erase" went through. */
  erased: string;
  /** The label of the JSON export offered in the storage warning. */
  exportJson: string;
}

/** The working documents of the ATP grid and the principles checklist. */
export function dataTexts(s: Strings): StorageTexts {
  return {
    messages: {
      unavailable: s.widgetStorageUnavailable,
      denied: s.widgetStorageDenied,
      quota: s.widgetStorageQuota,
      corrupt: s.widgetStorageCorrupt,
      unknown: s.widgetStorageUnknown,
      conflict: s.widgetStorageConflict,
      conflictRead: s.widgetStorageConflictRead,
      notErased: s.storageNotErased,
    },
    remoteUpdate: s.widgetRemoteUpdate,
    erased: s.widgetErased,
    exportJson: s.widgetExportJson,
  };
}

/** The questionnaire's answers. */
export function answerTexts(s: Strings): StorageTexts {
  return {
    messages: {
      unavailable: s.storageUnavailable,
      denied: s.storageDenied,
      quota: s.storageQuota,
      corrupt: s.storageCorrupt,
      unknown: s.storageUnknown,
      conflict: s.storageConflict,
      conflictRead: s.storageConflict, // settled as any conflict: by merging
      notErased: s.storageNotErased,
    },
    remoteUpdate: s.remoteUpdate,
    erased: s.erased,
    exportJson: s.exportJson,
  };
}
