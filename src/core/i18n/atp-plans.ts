/**
 * Strings of the ATP grid's plans with their actions (principles 5, 6, 8) and the participants' files. Part of
 * `AtpMatrixStrings` (and so of `Strings`): a site overrides any of them. Their French comes with the views that
 * show them, loaded on first use (src/core/catalogs/atp-matrix-parts.ts).
 */
import { pluralFr } from './plural.js';

export interface AtpPlansStrings {
  /** Heading of a plan's decided actions. */
  amActionsHeading: string;
  amActionsEmpty: string;
  /** Heading of the entries drafted from the grid, each with "add to the plan". */
  amSuggestionsHeading: string;
  amSuggestionsHelp: string;
  /** The button on a suggestion; `text` names it for screen readers. */
  amAddToPlan: string;
  amAddToPlanOf: (text: string) => string;
  /** A suggestion whose items an action already answers. */
  amSuggestionAnswered: string;
  amNewAction: string;
  amNewActionOf: (plan: string) => string;
  amActionText: string;
  amActionTextRequired: string;
  amActionOwner: string;
  amActionDue: string;
  amActionState: string;
  /** The link picker's legend: which grid items the action answers. */
  amActionItems: string;
  amActionItemsHelp: string;
  /** An item named with its column ("Peurs : Perte d'autonomie"), and with its group too. */
  amItemIn: (category: string, text: string) => string;
  amItemOf: (group: string, category: string, text: string) => string;
  amEvaluation: string;
  amEvaluationHelp: string;
  amEffectNone: string;
  amEvaluationNote: string;
  amEditAction: string;
  amEditActionOf: (text: string) => string;
  amRemoveAction: string;
  amRemoveActionOf: (text: string) => string;
  amCancel: string;
  /** "Responsable : …", "Échéance : …", "État : …" in an action's card. */
  amOwnerIs: (owner: string) => string;
  amDueIs: (date: string) => string;
  amStateIs: (state: string) => string;
  amAnswers: string;
  amNoLink: string;
  amEvaluatedAs: (effect: string) => string;
  amAnnounceActionAdded: string;
  amAnnounceActionUpdated: string;
  amAnnounceActionRemoved: string;
  /** Per group, the items no action answers yet. */
  amUnansweredHeading: string;
  amUnansweredHelp: string;
  /** Said when the register's proposals count too (in a project). */
  amUnansweredWithRegister: string;
  amUnansweredCount: (group: string, unanswered: number, total: number) => string;
  amAllAnswered: string;
  /** The synthesis' list of actions with their results. */
  amSynthesisActions: string;
  amActionRemovedNotice: (text: string) => string;

  // Participants from files
  amParticipantsHeading: string;
  amParticipantsHelp: string;
  amAddParticipants: string;
  amParticipantsNone: string;
  amParticipantName: (index: number, file: string) => string;
  /** A participant given by code, with no file name. */
  amParticipantNumber: (index: number) => string;
  /** Fewer than two grids: the synthesis waits for another. */
  amParticipantsNeedTwo: string;
  amRemoveParticipant: (name: string) => string;
  amParticipantsAdded: (count: number) => string;
  amParticipantRemovedNotice: (name: string) => string;
  amFileNotJson: (file: string) => string;
  amFileNoGrid: (file: string) => string;
  amFileInvalid: (file: string, path: string, message: string) => string;
  amCitedByNames: (names: string) => string;
  amTrustMean: (value: string) => string;
  amTrustNotRated: string;
}

export const atpPlansFr: AtpPlansStrings = {
  amActionsHeading: 'Actions décidées',
  amActionsEmpty: 'Aucune action décidée pour ce plan.',
  amSuggestionsHeading: 'Pistes tirées de la grille',
  amSuggestionsHelp:
    'Chaque élément de la grille suggère une piste, à retravailler. «\u202fAjouter au plan\u202f» en fait une action modifiable, déjà reliée à ses éléments.',
  amAddToPlan: 'Ajouter au plan',
  amAddToPlanOf: (text) => `Ajouter au plan\u202f: ${text}`,
  amSuggestionAnswered: 'Déjà traité par une action',
  amNewAction: 'Nouvelle action',
  amNewActionOf: (plan) => `Nouvelle action — ${plan}`,
  amActionText: 'Action',
  amActionTextRequired: 'Décrivez l’action.',
  amActionOwner: 'Responsable (facultatif)',
  amActionDue: 'Échéance (facultatif)',
  amActionState: 'État',
  amActionItems: 'Éléments de la grille auxquels l’action répond',
  amActionItemsHelp: 'L’attrait qu’elle sert, la peur qu’elle réduit, la tentation qu’elle contient (principe 5).',
  amItemIn: (category, text) => `${category}\u202f: ${text}`,
  amItemOf: (group, category, text) => `${group} — ${category}\u202f: ${text}`,
  amEvaluation: 'Résultat de l’action',
  amEvaluationHelp:
    'Une fois l’action réalisée\u202f: l’attrait est-il mieux servi, la peur a-t-elle baissé, la tentation est-elle contenue\u202f?',
  amEffectNone: 'Pas encore évalué',
  amEvaluationNote: 'Ce qui a été constaté (facultatif)',
  amEditAction: 'Modifier',
  amEditActionOf: (text) => `Modifier l’action «\u202f${text}\u202f»`,
  amRemoveAction: 'Supprimer',
  amRemoveActionOf: (text) => `Supprimer l’action «\u202f${text}\u202f»`,
  amCancel: 'Annuler',
  amOwnerIs: (owner) => `Responsable\u202f: ${owner}`,
  amDueIs: (date) => `Échéance\u202f: ${date}`,
  amStateIs: (state) => `État\u202f: ${state}`,
  amAnswers: 'Répond à\u202f:',
  amNoLink: 'Reliée à aucun élément de la grille.',
  amEvaluatedAs: (effect) => `Résultat\u202f: ${effect}`,
  amAnnounceActionAdded: 'Action ajoutée au plan.',
  amAnnounceActionUpdated: 'Action modifiée.',
  amAnnounceActionRemoved: 'Action supprimée.',
  amUnansweredHeading: 'Éléments auxquels aucune action ne répond encore',
  amUnansweredHelp: 'Par groupe, les éléments de la grille qu’aucune action des plans ne traite.',
  amUnansweredWithRegister: 'Les propositions du registre reliées à la grille comptent aussi.',
  amUnansweredCount: (group, unanswered, total) =>
    `${group}\u202f: ${unanswered} ${pluralFr(unanswered, 'élément', 'éléments')} sur ${total} sans action`,
  amAllAnswered: 'Chaque élément de la grille a au moins une action.',
  amSynthesisActions: 'Actions des participants et leurs résultats',
  amActionRemovedNotice: (text) => `Action «\u202f${text}\u202f» supprimée.`,

  amParticipantsHeading: 'Grilles des participants',
  amParticipantsHelp:
    'Ajoutez les grilles exportées par chaque participant (fichiers JSON de la grille ou du projet)\u202f: la synthèse les réunit.',
  amAddParticipants: 'Ajouter des grilles de participants',
  amParticipantsNone: 'Aucune grille de participant pour l’instant.',
  amParticipantName: (index, file) => `Participant ${index} (${file})`,
  amParticipantNumber: (index) => `Participant ${index}`,
  amParticipantsNeedTwo:
    'La synthèse apparaît dans l’onglet «\u202fSynthèse\u202f» dès que deux grilles au moins sont ajoutées.',
  amRemoveParticipant: (name) => `Retirer ${name}`,
  amParticipantsAdded: (count) => `${count} ${pluralFr(count, 'grille ajoutée', 'grilles ajoutées')} à la synthèse.`,
  amParticipantRemovedNotice: (name) => `${name} retiré de la synthèse.`,
  amFileNotJson: (file) => `«\u202f${file}\u202f» n’est pas un fichier JSON lisible\u202f: il n’a pas été ajouté.`,
  amFileNoGrid: (file) =>
    `«\u202f${file}\u202f» ne contient pas de grille ATP (ni export de grille, ni fichier de projet)\u202f: il n’a pas été ajouté.`,
  amFileInvalid: (file, path, message) =>
    `«\u202f${file}\u202f» n’a pas été ajouté\u202f: ${message} (à l’emplacement ${path}).`,
  amCitedByNames: (names) => `cité par ${names}`,
  amTrustMean: (value) => `confiance moyenne ${value}`,
  amTrustNotRated: 'confiance non évaluée',
};
