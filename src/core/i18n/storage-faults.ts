/**
 * The storage warnings' and conflicts' sentences, every widget's: what a storage fault, an unreadable copy, a
 * failed erase or a conflict is, and the ways out of a conflict. Rare, so a French page carries them only once
 * its storage warning (or the code that settles a conflict) loads: src/core/catalogs/storage-faults.ts adds them.
 * Part of `Strings`: a site overrides any of them. What every widget shows at first paint (saved, erase) and the
 * announcements of the common paths (another tab's change, an erase done, storage working again) stay in
 * fr.ts and widget.ts.
 */
export interface StorageFaultStrings {
  /**
   * The questionnaire's storage sentences speak of answers; the ATP grid's and the checklist's (`widgetStorage*`)
   * of data. The elements read each set through one table per kind of document (`storage-texts.ts`); the
   * sentences every widget says alike (`storageNotErased`, `storageNotSettled`, `storageRecovered`) are shared.
   */
  storageUnavailable: string;
  storageDenied: string;
  storageQuota: string;
  storageCorrupt: (key: string) => string;
  storageUnknown: string;
  /** What was saved (or a copy set aside) could not all be erased: an erase did not go through (every widget). */
  storageNotErased: string;
  /**
   * The stored answers changed elsewhere (another device, through the host's back end) since they were read,
   * and merging them with this page's could not be completed (they changed once more, or could not be read).
   */
  storageConflict: string;
  /** Tries the merge of a conflict again. */
  storageMergeAgain: string;
  /** Answers saved elsewhere were merged with this page's. */
  storageMerged: string;
  /** A try at settling a conflict (merge again, keep mine, load the saved version) did not succeed. */
  storageNotSettled: string;
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
}

export const storageFaultsFr: StorageFaultStrings = {
  storageUnavailable:
    'Vos réponses ne peuvent pas être enregistrées pour le moment (stockage ou réseau indisponible). Elles restent disponibles tant que la page est ouverte\u202f: exportez-les avant de la quitter.',
  storageDenied:
    'L’enregistrement de vos réponses est refusé, par votre navigateur (navigation privée ou page intégrée, par exemple) ou par le serveur (lien retiré). Elles restent disponibles tant que la page est ouverte\u202f: exportez-les avant de la quitter.',
  storageQuota:
    'L’espace de stockage de votre navigateur est plein\u202f: vos dernières réponses ne sont pas enregistrées. Exportez-les avant de quitter la page.',
  storageCorrupt: (key) =>
    `Des réponses enregistrées n’ont pas pu être lues. Elles sont mises de côté (clé «\u202f${key}\u202f») et ne sont pas reprises ici.`,
  storageUnknown:
    'Un problème empêche l’enregistrement de vos réponses. Elles restent disponibles tant que la page est ouverte.',
  storageNotErased:
    'Une partie des données enregistrées n’a pas pu être effacée (stockage ou réseau indisponible, ou accès refusé). Réessayez plus tard.',
  storageConflict:
    'Les réponses enregistrées ailleurs n’ont pas pu être fusionnées avec les vôtres\u202f: rien n’a été écrasé. Relancez la fusion ou exportez vos réponses.',
  storageMergeAgain: 'Relancer la fusion',
  storageNotSettled:
    'Rien n’a changé\u202f: la version enregistrée n’a pas pu être lue, ou elle a de nouveau changé. Réessayez.',
  storageMerged:
    'Vos réponses ont été fusionnées avec celles enregistrées ailleurs\u202f: pour chaque question, la réponse la plus récente est conservée.',
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
};
