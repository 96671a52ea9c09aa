import type { StorageFaultStrings } from './storage-faults.js';

/** English. */
export const storageFaultsEn: StorageFaultStrings = {
  storageUnavailable:
    'Your answers cannot be saved for now (storage or network unavailable). They stay available while this page is open: export them before you leave.',
  storageDenied:
    'Saving your answers is refused, by your browser (in private browsing or an embedded page, for example) or by the server (a withdrawn link). They stay available while this page is open: export them before you leave.',
  storageQuota:
    'Your browser’s storage is full: your latest answers are not saved. Export them before you leave the page.',
  storageCorrupt: (key) =>
    `Some saved answers could not be read. They have been set aside (key “${key}”) and are not used here.`,
  storageUnknown: 'A problem prevents your answers from being saved. They stay available while this page is open.',
  storageNotErased:
    'Some saved data could not be erased (storage or network unavailable, or access refused). Try again later.',
  storageConflict:
    'Answers saved elsewhere could not be merged with yours: nothing was overwritten. Merge again, or export your answers.',
  storageMergeAgain: 'Merge again',
  storageNotSettled: 'Nothing has changed: the saved version could not be read, or it has changed again. Try again.',
  storageMerged:
    'Your answers were merged with those saved elsewhere: for each question, the most recent answer is kept.',
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
};
