/**
 * Strings shared by the widgets that keep a working document (the ATP grid, the principles checklist): saving,
 * storage faults, exports, erasing. Part of `Strings`: a site overrides any of them.
 */
export interface WidgetStrings {
  widgetStorageUnavailable: string;
  widgetStorageDenied: string;
  widgetStorageQuota: string;
  widgetStorageCorrupt: (key: string) => string;
  widgetStorageUnknown: string;
  widgetStorageConflict: string;
  /** A version was stored all along where this page could not read it when it opened, and edits are pending. */
  widgetStorageConflictRead: string;
  widgetRemoteUpdate: string;
  widgetExportJson: string;
  widgetNotSavedYet: string;
  widgetLoading: string;
  widgetErase: string;
  widgetEraseTitle: string;
  widgetEraseText: string;
  widgetErased: string;
  widgetImportFailed: (detail: string) => string;
}

export const widgetFr: WidgetStrings = {
  widgetStorageUnavailable:
    'Votre travail ne peut pas être enregistré pour le moment (stockage ou réseau indisponible). Il reste disponible tant que la page est ouverte : exportez-le avant de la quitter.',
  widgetStorageDenied:
    'Le navigateur refuse l’accès au stockage (navigation privée ou page intégrée) : votre travail ne sera pas conservé. Exportez-le avant de partir.',
  widgetStorageQuota:
    'L’espace de stockage de votre navigateur est plein : vos dernières modifications ne sont pas enregistrées. Exportez-les avant de quitter la page.',
  widgetStorageCorrupt: (key) =>
    `Des données enregistrées étaient illisibles : elles ont été mises de côté (clé « ${key} ») et le module repart de zéro.`,
  widgetStorageUnknown:
    'Un problème empêche l’enregistrement de votre travail. Il reste disponible tant que la page est ouverte.',
  widgetStorageConflict:
    'Ces données ont été modifiées ailleurs depuis leur ouverture : rien n’a été écrasé. Exportez votre version, puis rechargez la page pour voir la dernière.',
  widgetStorageConflictRead:
    'Une version enregistrée ailleurs n’a pas pu être lue à l’ouverture de la page : rien n’a été écrasé. Exportez votre version, puis rechargez la page pour voir celle qui est enregistrée.',
  widgetRemoteUpdate: 'Vos données ont été mises à jour depuis un autre onglet.',
  widgetExportJson: 'Exporter (JSON)',
  widgetNotSavedYet: 'Rien n’est encore enregistré',
  widgetLoading: 'Chargement…',
  widgetErase: 'Tout effacer',
  widgetEraseTitle: 'Effacer tout ce qui a été saisi ?',
  widgetEraseText:
    'Tout ce qui a été saisi ici sera effacé de ce navigateur. Exportez-le d’abord si vous souhaitez le conserver.',
  widgetErased: 'Les données ont été effacées.',
  widgetImportFailed: (detail) => `Le fichier n’a pas pu être lu : ${detail}`,
};
