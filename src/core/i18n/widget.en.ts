import type { WidgetStrings } from './widget.js';

/** English. */
export const widgetEn: WidgetStrings = {
  widgetStorageUnavailable:
    'Your work cannot be saved for now (storage or network unavailable). It stays available while this page is open: export it before you leave.',
  widgetStorageDenied:
    'The browser refuses access to storage (private browsing or an embedded page): your work will not be kept. Export it before you leave.',
  widgetStorageQuota:
    'Your browser’s storage is full: your latest changes are not saved. Export them before you leave the page.',
  widgetStorageCorrupt: (key) =>
    `Saved data could not be read: it was set aside under the key “${key}”, where it stays, and is not used here.`,
  widgetStorageUnknown: 'A problem prevents your work from being saved. It stays available while this page is open.',
  widgetStorageConflict:
    'This data has been changed elsewhere since it was opened: nothing was overwritten. Keep your version (it will replace the saved one) or load the saved version (export yours first to keep a copy).',
  widgetStorageConflictRead:
    'A version saved elsewhere could not be read when this page opened: nothing was overwritten. Keep your version (it will replace the saved one) or load the saved version (export yours first to keep a copy).',
  widgetKeepMine: 'Keep my version',
  widgetLoadSaved: 'Load the saved version',
  widgetLoadSavedTitle: 'Load the saved version?',
  widgetLoadSavedText:
    'Your version, on this page, will be replaced by the saved one. Export it first if you want to keep a copy.',
  widgetKeptMine: 'Your version was saved: it replaces the other one.',
  widgetLoadedSaved: 'The saved version is shown.',
  widgetRemoteUpdate: 'Your data was updated from another tab.',
  widgetExportJson: 'Export (JSON)',
  widgetNotSavedYet: 'Nothing saved yet',
  widgetSaved: 'Saved',
  widgetLoading: 'Loading…',
  widgetErase: 'Erase everything',
  widgetEraseTitle: 'Erase everything entered here?',
  widgetEraseText: 'Everything entered here will be erased from this browser. Export it first if you want to keep it.',
  widgetErased: 'The data has been erased.',
  widgetImportFailed: (detail) => `The file could not be read: ${detail}`,
  widgetPartFailed:
    'This part of the tool could not be loaded. Check your connection, then try again: what you entered is kept.',
  widgetRetry: 'Try again',
};
