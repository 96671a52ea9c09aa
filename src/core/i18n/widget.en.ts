import type { WidgetStrings } from './widget.js';

/** English. */
export const widgetEn: WidgetStrings = {
  widgetStorageUnavailable:
    'Your work cannot be saved for now (storage or network unavailable). It stays available while this page is open: export it before you leave.',
  widgetStorageDenied:
    'Saving your work is refused, by your browser (in private browsing or an embedded page, for example) or by the server (a withdrawn link). It stays available while this page is open: export it before you leave.',
  widgetStorageQuota:
    'Your browser’s storage is full: your latest changes are not saved. Export them before you leave the page.',
  widgetStorageCorrupt: (key) =>
    `Some saved data could not be read. It has been set aside (key “${key}”) and is not used here.`,
  widgetStorageUnknown: 'A problem prevents your work from being saved. It stays available while this page is open.',
  widgetStorageConflict:
    'This work was changed elsewhere (in another tab or on another device) since this page opened: nothing was overwritten. Keep your version (it will replace the saved one) or load the saved version (export yours first to keep a copy).',
  widgetStorageConflictRead:
    'A version saved elsewhere could not be read when this page opened: nothing was overwritten. Keep your version (it will replace the saved one) or load the saved version (export yours first to keep a copy).',
  widgetKeepMine: 'Keep my version',
  widgetLoadSaved: 'Load the saved version',
  widgetLoadSavedTitle: 'Load the saved version?',
  widgetLoadSavedText:
    'Your version, on this page, will be replaced by the saved one. Export it first if you want to keep a copy.',
  widgetKeptMine: 'Your version was saved: it replaces the one that was saved before.',
  widgetLoadedSaved: 'The saved version is shown.',
  widgetRemoteUpdate: 'Your work was updated from another tab.',
  widgetExportJson: 'Export (JSON)',
  widgetNotSavedYet: 'Nothing saved yet',
  widgetSaved: 'Saved',
  widgetLoading: 'Loading…',
  widgetErase: 'Erase everything',
  widgetEraseTitle: 'Erase everything entered here?',
  widgetEraseText: 'Everything entered here will be erased from this browser. Export it first if you want to keep it.',
  widgetErased: 'Everything entered here has been erased.',
  widgetImportFailed: (detail) => `The file could not be read: ${detail}`,
  widgetPartFailed:
    'This part of the tool could not be loaded. Check your connection, then try again: what you entered is kept.',
  widgetRetry: 'Try again',
};
