/**
 * Strings shared by the widgets that keep a working document (the ATP grid, the principles checklist): saving,
 * storage faults, exports, erasing. Part of `Strings`: a site overrides any of them. Where the questionnaire says
 * the same of its answers, its own key holds its sentence (`storageQuota` beside `widgetStorageQuota`).
 */
export interface WidgetStrings {
  widgetRemoteUpdate: string;
  widgetExportJson: string;
  widgetNotSavedYet: string;
  /** A saved copy is there (read when the page opened), though this page has not saved since. */
  widgetSaved: string;
  widgetLoading: string;
  widgetErase: string;
  widgetEraseTitle: string;
  widgetEraseText: string;
  widgetErased: string;
  widgetImportFailed: (detail: string) => string;
  /** A part of the widget loaded on demand (a step, a view) could not be loaded. */
  widgetPartFailed: string;
  /** Tries to load that part again. */
  widgetRetry: string;
}

export const widgetFr: WidgetStrings = {
  widgetRemoteUpdate: 'Votre travail a été mis à jour depuis un autre onglet.',
  widgetExportJson: 'Exporter (JSON)',
  widgetNotSavedYet: 'Rien n’est encore enregistré',
  widgetSaved: 'Enregistré',
  widgetLoading: 'Chargement…',
  widgetErase: 'Tout effacer',
  widgetEraseTitle: 'Effacer tout ce qui a été saisi\u202f?',
  widgetEraseText:
    'Tout ce qui a été saisi ici sera effacé de ce navigateur. Exportez-le d’abord si vous souhaitez le conserver.',
  widgetErased: 'Tout ce qui avait été saisi a été effacé.',
  widgetImportFailed: (detail) => `Le fichier n’a pas pu être lu\u202f: ${detail}`,
  widgetPartFailed:
    'Cette partie de l’outil n’a pas pu être chargée. Vérifiez votre connexion, puis réessayez\u202f: ce que vous avez saisi est conservé.',
  widgetRetry: 'Réessayer',
};
