import type { WidgetStrings } from './widget.js';

/** English. */
export const widgetEn: WidgetStrings = {
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
