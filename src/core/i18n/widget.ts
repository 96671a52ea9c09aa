/**
 * Strings shared by the widgets that keep a working document (the ATP grid, the principles checklist): saving,
 * storage faults, exports, erasing. Part of `Strings`: a site overrides any of them. Where the questionnaire says
 * the same of its answers, its own key holds its sentence (`storageQuota` beside `widgetStorageQuota`).
 */
export interface WidgetStrings {
  widgetStorageUnavailable: string;
  widgetStorageDenied: string;
  widgetStorageQuota: string;
  widgetStorageCorrupt: (key: string) => string;
  widgetStorageUnknown: string;
  /** The document changed elsewhere since it was read: the user keeps theirs or loads the saved one. */
  widgetStorageConflict: string;
  /** A version was stored all along where this page could not read it when it opened, and edits are pending. */
  widgetStorageConflictRead: string;
  /** Settles a conflict: this page's version is written over the saved one. */
  widgetKeepMine: string;
  /** Settles a conflict: the saved version replaces this page's (after a confirmation). */
  widgetLoadSaved: string;
  widgetLoadSavedTitle: string;
  widgetLoadSavedText: string;
  widgetKeptMine: string;
  widgetLoadedSaved: string;
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
  widgetStorageUnavailable:
    'Votre travail ne peut pas être enregistré pour le moment (stockage ou réseau indisponible). Il reste disponible tant que la page est ouverte\u202f: exportez-le avant de la quitter.',
  widgetStorageDenied:
    'L’enregistrement de votre travail est refusé, par votre navigateur (navigation privée ou page intégrée, par exemple) ou par le serveur (lien retiré). Il reste disponible tant que la page est ouverte\u202f: exportez-le avant de la quitter.',
  widgetStorageQuota:
    'L’espace de stockage de votre navigateur est plein\u202f: vos dernières modifications ne sont pas enregistrées. Exportez-les avant de quitter la page.',
  widgetStorageCorrupt: (key) =>
    `Des données enregistrées n’ont pas pu être lues. Elles sont mises de côté (clé «\u202f${key}\u202f») et ne sont pas reprises ici.`,
  widgetStorageUnknown:
    'Un problème empêche l’enregistrement de votre travail. Il reste disponible tant que la page est ouverte.',
  widgetStorageConflict:
    'Ce travail a été modifié ailleurs (dans un autre onglet ou sur un autre appareil) depuis l’ouverture de la page\u202f: rien n’a été écrasé. Gardez votre version (elle remplacera la version enregistrée) ou chargez la version enregistrée (exportez d’abord la vôtre pour en garder une copie).',
  widgetStorageConflictRead:
    'Une version enregistrée ailleurs n’a pas pu être lue à l’ouverture de la page\u202f: rien n’a été écrasé. Gardez votre version (elle remplacera celle qui est enregistrée) ou chargez la version enregistrée (exportez d’abord la vôtre pour en garder une copie).',
  widgetKeepMine: 'Garder ma version',
  widgetLoadSaved: 'Charger la version enregistrée',
  widgetLoadSavedTitle: 'Charger la version enregistrée\u202f?',
  widgetLoadSavedText:
    'Votre version, sur cette page, sera remplacée par celle qui est enregistrée. Exportez-la d’abord si vous souhaitez en garder une copie.',
  widgetKeptMine: 'Votre version a été enregistrée\u202f: elle remplace celle qui était enregistrée.',
  widgetLoadedSaved: 'La version enregistrée est affichée.',
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
