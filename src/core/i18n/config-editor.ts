import { configEditorListsFr, type ConfigEditorListStrings } from './config-editor-lists.js';
import { pluralFr } from './plural.js';
/**
 * Strings of <coop-config-editor>, in French (the English is in config-editor.en.ts). A catalog of its own,
 * not part of `Strings`: the editor is loaded on demand, and its words must not weigh on the widgets' first
 * paint. `configEditorStrings()` (config-editor-catalog.ts) gives them with a site's overrides.
 */
export interface ConfigEditorStrings extends ConfigEditorListStrings {
  ceTitle: (what: string) => string;
  ceKindQuestionnaire: string;
  ceKindAtp: string;
  ceKindPrinciples: string;
  ceStartLegend: string;
  ceStartDefault: string;
  ceStartEmpty: string;
  ceStartFile: string;
  ceStartUrl: string;
  ceStartUrlLoad: string;
  ceStartTag: string;
  ceStartTagLoad: string;
  ceStartFailed: (detail: string) => string;
  ceStarted: string;
  ceUndo: string;
  ceRedo: string;
  ceOutline: string;
  ceOutlineStale: string;
  ceFieldTitle: string;
  ceFieldId: string;
  ceFieldVersion: string;
  ceFieldLabel: string;
  ceFieldHelp: string;
  ceSection: (n: number, title: string) => string;
  ceSubsection: (n: number, title: string) => string;
  ceQuestion: (n: number, label: string) => string;
  ceFieldOf: (field: string, node: string) => string;
  /** The visible words of the node's buttons; their accessible names (ceMoveUp…) start with them. */
  ceUp: string;
  ceDown: string;
  ceDuplicateShort: string;
  ceDeleteShort: string;
  ceMoveUp: (node: string) => string;
  ceMoveDown: (node: string) => string;
  ceDuplicate: (node: string) => string;
  ceDelete: (node: string) => string;
  ceAddSection: string;
  ceAddSubsection: (section: string) => string;
  ceAddQuestion: (subsection: string) => string;
  ceMoveHint: string;
  ceMoved: (node: string, position: number, count: number) => string;
  ceAdded: (node: string) => string;
  ceDeleted: (node: string) => string;
  ceDuplicated: (node: string) => string;
  ceNewSection: string;
  ceNewSubsection: string;
  ceNewQuestion: string;
  ceJson: string;
  ceJsonLabel: string;
  ceJsonLoading: string;
  ceIssues: (n: number) => string;
  ceNoIssue: string;
  ceIssueAt: string;
  ceRoot: string;
  cePreview: string;
  cePreviewWidth: string;
  cePreviewLocale: string;
  cePreviewSample: string;
  cePreviewWaiting: string;
  ceWidthPx: (px: number) => string;
  ceLocaleFr: string;
  ceLocaleEn: string;
  ceChanges: string;
  cePrevious: string;
  cePreviousLoad: string;
  cePreviousInvalid: (n: number) => string;
  ceNoPrevious: string;
  ceNoChange: string;
  /** The previous version is read, but the draft has problems: no report until they are fixed. */
  ceChangesWaiting: string;
  ceRemoved: (n: number) => string;
  ceRescaled: (n: number) => string;
  ceAddedQuestions: (n: number) => string;
  ceRenamed: (from: string, to: string) => string;
  ceKeepAnswers: (from: string) => string;
  ceKept: (id: string) => string;
  ceVersionMustChange: (version: string) => string;
  ceVersionShouldChange: (version: string) => string;
  ceOut: string;
  ceDownload: string;
  ceTag: string;
  ceCopyTag: string;
  ceCopied: string;
  ceCopyFailed: string;
  cePublish: string;
  cePublishBlocked: string;
  cePublishVersion: string;
  ceConfirmTitle: string;
  ceConfirmText: (n: number) => string;
  ceConfirm: string;
  ceCancel: string;
  cePublished: (version: string) => string;
  ceDraftRestored: string;
}

const q = (text: string) => `«\u202f${text}\u202f»`;

export const configEditorFr: ConfigEditorStrings = {
  ...configEditorListsFr,
  ceTitle: (what) => `Éditeur de configuration\u202f: ${what}`,
  ceKindQuestionnaire: 'questionnaire',
  ceKindAtp: 'grille ATP',
  ceKindPrinciples: 'liste des neuf principes',
  ceStartLegend: 'Partir de…',
  ceStartDefault: 'Le contenu par défaut',
  ceStartEmpty: 'Une configuration vide',
  ceStartFile: 'Un fichier JSON',
  ceStartUrl: 'Adresse d’un fichier JSON',
  ceStartUrlLoad: 'Charger l’adresse',
  ceStartTag: 'Balise ou JSON collé depuis une page',
  ceStartTagLoad: 'Lire la balise',
  ceStartFailed: (detail) => `Impossible de charger cette configuration\u202f: ${detail}`,
  ceStarted: 'La configuration a été chargée.',
  ceUndo: 'Annuler',
  ceRedo: 'Rétablir',
  ceOutline: 'Plan',
  ceOutlineStale:
    'Le JSON en cours de saisie n’est pas lisible\u202f: le plan montre sa dernière version lisible. Modifier le plan remplacera le texte.',
  ceFieldTitle: 'Titre',
  ceFieldId: 'Identifiant',
  ceFieldVersion: 'Version',
  ceFieldLabel: 'Intitulé',
  ceFieldHelp: 'Aide',
  ceSection: (n, title) => `section ${n} ${q(title)}`,
  ceSubsection: (n, title) => `sous-section ${n} ${q(title)}`,
  ceQuestion: (n, label) => `question ${n} ${q(label)}`,
  ceFieldOf: (field, node) => `${field} de la ${node}`,
  ceUp: 'Monter',
  ceDown: 'Descendre',
  ceDuplicateShort: 'Dupliquer',
  ceDeleteShort: 'Supprimer',
  ceMoveUp: (node) => `Monter la ${node}`,
  ceMoveDown: (node) => `Descendre la ${node}`,
  ceDuplicate: (node) => `Dupliquer la ${node}`,
  ceDelete: (node) => `Supprimer la ${node}`,
  ceAddSection: 'Ajouter une section',
  ceAddSubsection: (section) => `Ajouter une sous-section à la ${section}`,
  ceAddQuestion: (subsection) => `Ajouter une question à la ${subsection}`,
  ceMoveHint: 'Alt + flèche haut ou bas déplace l’élément qui a le focus.',
  ceMoved: (node, position, count) => `${node}\u202f: position ${position} sur ${count}.`,
  ceAdded: (node) => `Ajout\u202f: ${node}.`,
  ceDeleted: (node) => `Supprimé\u202f: ${node}.`,
  ceDuplicated: (node) => `Copie ajoutée\u202f: ${node}.`,
  ceNewSection: 'Nouvelle section',
  ceNewSubsection: 'Nouvelle sous-section',
  ceNewQuestion: 'Nouvelle question',
  ceJson: 'JSON',
  ceJsonLabel: 'Configuration au format JSON',
  ceJsonLoading: 'Chargement de l’éditeur de texte…',
  ceIssues: (n) => `${n} ${pluralFr(n, 'problème', 'problèmes')} à corriger avant de publier`,
  ceNoIssue: 'Aucun problème\u202f: la configuration peut être publiée.',
  ceIssueAt: 'Emplacement\u202f:',
  ceRoot: 'le document',
  cePreview: 'Aperçu',
  cePreviewWidth: 'Largeur',
  cePreviewLocale: 'Langue de l’interface',
  cePreviewSample: 'Réponses d’exemple (montre l’étape du résultat)',
  cePreviewWaiting: 'L’aperçu montre la dernière version sans problème.',
  ceWidthPx: (px) => `${px}\u00a0px`,
  ceLocaleFr: 'Français',
  ceLocaleEn: 'Anglais',
  ceChanges: 'Effet sur les réponses déjà recueillies',
  cePrevious: 'Version publiée précédente (JSON ou balise)',
  cePreviousLoad: 'Comparer à cette version',
  cePreviousInvalid: (n) => `La version précédente a ${n} ${pluralFr(n, 'problème', 'problèmes')}.`,
  ceNoPrevious: 'Aucune version précédente\u202f: rien n’a encore été recueilli.',
  ceNoChange: 'Les réponses déjà recueillies restent toutes valables.',
  ceChangesWaiting: 'Le rapport s’affichera quand la configuration n’aura plus de problème.',
  ceRemoved: (n) =>
    `${n} ${pluralFr(n, 'question supprimée', 'questions supprimées')}\u202f: leurs réponses deviendront orphelines (gardées, mais plus affichées).`,
  ceRescaled: (n) =>
    `${n} ${pluralFr(n, 'question a changé', 'questions ont changé')} d’échelle\u202f: les réponses hors de la nouvelle échelle deviendront orphelines.`,
  ceAddedQuestions: (n) => `${n} ${pluralFr(n, 'question ajoutée', 'questions ajoutées')}.`,
  ceRenamed: (from, to) => `L’identifiant ${q(from)} semble renommé en ${q(to)}.`,
  ceKeepAnswers: (from) => `Garder l’identifiant ${q(from)} et ses réponses`,
  ceKept: (id) => `L’identifiant ${q(id)} est gardé\u202f: ses réponses suivent.`,
  ceVersionMustChange: (version) =>
    `Des réponses sont touchées mais la version est toujours ${q(version)}\u202f: changez-la avant de publier.`,
  ceVersionShouldChange: (version) =>
    `Le contenu a changé et la version est toujours ${q(version)}\u202f: pensez à la changer.`,
  ceOut: 'Publier',
  ceDownload: 'Télécharger le JSON',
  ceTag: 'Balise à coller dans la page',
  ceCopyTag: 'Copier la balise',
  ceCopied: 'La balise a été copiée.',
  ceCopyFailed: 'La copie a échoué\u202f: sélectionnez la balise et copiez-la.',
  cePublish: 'Publier cette version',
  cePublishBlocked: 'Corrigez les problèmes avant de publier.',
  cePublishVersion: 'Changez la version avant de publier.',
  ceConfirmTitle: 'Publier malgré les réponses touchées\u202f?',
  ceConfirmText: (n) =>
    `${n} ${pluralFr(n, 'question perdra', 'questions perdront')} des réponses déjà données (elles restent gardées comme orphelines).`,
  ceConfirm: 'Publier',
  ceCancel: 'Annuler',
  cePublished: (version) => `La version ${q(version)} a été publiée.`,
  ceDraftRestored: 'Votre brouillon a été rétabli.',
};
