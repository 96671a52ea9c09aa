/**
 * Strings of the cooperation report: its headings, captions, the cover, the changes. Keys are prefixed
 * `report`; a site overrides any of them through the same `strings` object as the others. Not part of
 * `Strings`, so that they stay out of the widgets' first paint: the core's buildReport and the report's views
 * read them with getReportStrings() (src/core/report/strings.ts). <coop-project>'s report buttons are
 * `cpReport…` keys of its own area.
 */
import { pluralFr } from './plural.js';

export interface ReportStrings {
  /** The document's kind, above the project's name on the cover and in the page header. */
  reportTitle: string;
  /** The cover's name for a project file with no title: its id. */
  reportUntitled: (id: string) => string;
  /** On the cover: when the report was drawn up (`date` in the locale's words). */
  reportGeneratedOn: (date: string) => string;
  /** Label of the cover's list of facts. */
  reportCoverFacts: string;
  reportPartners: string;
  reportGroups: string;
  /** Who took part, per stakeholder group (a workshop). */
  reportParticipants: string;
  reportParticipantsOf: (group: string, count: number) => string;
  reportValidatedBy: string;
  /** The configs the report read, each with its version. */
  reportContents: string;
  reportContentVersion: (title: string, id: string, version: string | undefined) => string;
  /** Which library wrote the project file. */
  reportLibrary: (version: string) => string;
  /** Heading of the table of contents. */
  reportToc: string;
  /** Said once, near the top: the scales, bands, caps and thresholds are the library's defaults. */
  reportOurs: string;
  /** A part of the project with no data, or whose config was not at hand. */
  reportPartMissing: string;

  reportSelfAssessment: string;
  reportGlobalScore: string;
  reportScoreOutOf: (score: number) => string;
  reportNoScore: string;
  reportBand: string;
  reportProvisional: (scored: number, total: number) => string;
  reportCompletion: (answered: number, total: number) => string;
  reportSections: string;
  /** Caption of the chart; the same figures are in the table after it. */
  reportChartCaption: string;
  reportTableCaption: string;
  reportRecommendations: string;
  reportNoRecommendation: string;
  reportUnanswered: (count: number) => string;
  reportAllAnswered: string;
  reportValidation: string;
  reportValidated: (date: string, by: string | undefined) => string;
  reportNotValidated: string;
  /** A validated result is frozen: its answers can no longer change. */
  reportFrozen: string;

  reportRepresentation: string;
  reportGrids: string;
  reportGridOf: (group: string) => string;
  reportTrust: (level: string) => string;
  reportTrustNotRated: string;
  reportNoItem: string;
  reportColumnCategory: string;
  reportColumnItem: string;
  reportColumnIntensity: string;
  reportColumnNote: string;
  reportPostures: string;
  reportPosturesCaption: string;
  reportColumnGroup: string;
  reportColumnPosture: string;
  reportColumnPushing: string;
  reportColumnRestraining: string;
  /** A force whose column has no item. */
  reportForceNone: string;
  reportPlans: string;
  reportColumnEntry: string;
  reportColumnRaisedBy: string;
  reportColumnAction: string;
  reportPlanEmpty: string;

  reportPrinciples: string;
  reportPrinciplesCaption: string;
  reportColumnPrinciple: string;
  reportColumnStatus: string;
  reportColumnEvidence: string;
  reportColumnOwner: string;
  /** Above a plan's actions decided by the project team, then above the ideas drawn from the grid. */
  reportPlanDecided: string;
  reportPlanSuggested: string;
  reportColumnDecidedAction: string;
  reportColumnState: string;
  /** The grid items an action answers (principle 5). */
  reportColumnAnswers: string;
  reportColumnResult: string;
  reportColumnDue: string;
  reportProgress: (inPlace: number, total: number) => string;
  reportCommitment: string;
  reportCommitmentMade: string;
  reportCommitmentKept: string;
  reportRegister: string;
  reportRegisterCaption: string;
  reportRegisterEmpty: string;
  reportColumnProposal: string;
  reportColumnProposedBy: string;
  reportColumnDate: string;
  reportColumnDecision: string;
  reportColumnDone: string;
  reportColumnReason: string;

  reportChanges: string;
  reportChangesSince: (date: string) => string;
  reportChangesNone: string;
  reportChangesCaption: string;
  reportColumnWhat: string;
  reportColumnBefore: string;
  reportColumnAfter: string;
  reportChangeGlobal: string;
  reportChangeSection: (section: string) => string;
  reportChangePosture: (group: string) => string;
  reportChangeMade: string;
  reportChangeKept: string;
  /** A figure absent from one of the two reports. */
  reportChangeAbsent: string;

  /** Running footer of a printed page, before the page number. */
  reportPageOf: string;
}

const nb = '\u202f';

export const reportFr: ReportStrings = {
  reportTitle: 'Rapport de coopération',
  reportUntitled: (id) => `Projet ${id}`,
  reportGeneratedOn: (date) => `Établi le ${date}`,
  reportCoverFacts: 'Le projet en bref',
  reportPartners: 'Partenaires',
  reportGroups: 'Groupes de parties prenantes',
  reportParticipants: 'Participants par groupe',
  reportParticipantsOf: (group, count) => `${group}${nb}: ${count}`,
  reportValidatedBy: 'Autodiagnostic validé par',
  reportContents: 'Contenus utilisés',
  reportContentVersion: (title, id, version) => `${title} (${id}${version ? `, version ${version}` : ''})`,
  reportLibrary: (version) => `Fichier de projet écrit par coop-widgets ${version}`,
  reportToc: 'Sommaire',
  reportOurs: `Les échelles, niveaux, plafonds et seuils de posture de ce rapport sont les réglages par défaut de la bibliothèque coop-widgets, inspirés de la méthode de l’ANAP, et non des règles de l’ANAP${nb}; chaque projet peut les modifier.`,
  reportPartMissing: 'Cette partie n’est pas renseignée dans le projet.',

  reportSelfAssessment: 'Autodiagnostic',
  reportGlobalScore: 'Score global',
  reportScoreOutOf: (score) => `${score}${nb}/${nb}100`,
  reportNoScore: 'Pas encore de score',
  reportBand: 'Niveau',
  reportProvisional: (scored, total) =>
    `Résultat provisoire${nb}: ${scored} ${pluralFr(scored, 'réponse notée', 'réponses notées')} sur ${total} questions${nb}; le niveau n’est pas donné.`,
  reportCompletion: (answered, total) =>
    `${answered} ${pluralFr(answered, 'question', 'questions')} sur ${total} ${pluralFr(answered, 'a', 'ont')} une réponse.`,
  reportSections: 'Résultat par section',
  reportChartCaption: 'Score de chaque section sur 100 (les mêmes chiffres figurent dans le tableau)',
  reportTableCaption: 'Score, niveau et avancement de chaque section',
  reportRecommendations: 'Recommandations, en commençant par les sections les plus faibles',
  reportNoRecommendation: 'Aucune recommandation pour l’instant.',
  reportUnanswered: (count) => `${count} ${pluralFr(count, 'question', 'questions')} sans réponse`,
  reportAllAnswered: 'Toutes les questions ont une réponse.',
  reportValidation: 'Validation',
  reportValidated: (date, by) => `Résultat validé le ${date}${by ? ` par ${by}` : ''}.`,
  reportNotValidated: 'Résultat non validé (brouillon)\u202f: les réponses peuvent encore changer.',
  reportFrozen: 'Les réponses sont figées depuis la validation.',

  reportRepresentation: 'Représentation commune',
  reportGrids: 'Grille ATP de chaque groupe',
  reportGridOf: (group) => `Grille ATP${nb}: ${group}`,
  reportTrust: (level) => `Confiance${nb}: ${level}`,
  reportTrustNotRated: 'Confiance non évaluée',
  reportNoItem: 'Aucun élément dans la grille de ce groupe.',
  reportColumnCategory: 'Colonne',
  reportColumnItem: 'Élément',
  reportColumnIntensity: 'Intensité',
  reportColumnNote: 'Remarque',
  reportPostures: 'Posture de chaque groupe',
  reportPosturesCaption: 'Posture de chaque groupe, avec la force qui le pousse et celle qui le retient',
  reportColumnGroup: 'Groupe',
  reportColumnPosture: 'Posture',
  reportColumnPushing: 'Ce qui le pousse',
  reportColumnRestraining: 'Ce qui le retient',
  reportForceNone: 'aucun élément dans la grille',
  reportPlans: 'Les trois plans du principe 6',
  reportColumnEntry: 'Point de la grille',
  reportColumnRaisedBy: 'Soulevé par',
  reportColumnAction: 'Action proposée',
  reportPlanEmpty: 'Aucune entrée.',

  reportPrinciples: 'Principes et registre des propositions',
  reportPrinciplesCaption: 'État de chaque principe',
  reportColumnPrinciple: 'Principe',
  reportColumnStatus: 'État',
  reportColumnEvidence: 'Preuve',
  reportColumnOwner: 'Responsable',
  reportPlanDecided: 'Actions décidées',
  reportPlanSuggested: 'Pistes tirées de la grille',
  reportColumnDecidedAction: 'Action',
  reportColumnState: 'État',
  reportColumnAnswers: 'Répond à',
  reportColumnResult: 'Résultat',
  reportColumnDue: 'Échéance',
  reportProgress: (inPlace, total) =>
    `${inPlace} ${pluralFr(inPlace, 'principe', 'principes')} sur ${total} ${pluralFr(inPlace, 'est', 'sont')} en place.`,
  reportCommitment: 'Engagement du promoteur',
  reportCommitmentMade: 'Engagement pris',
  reportCommitmentKept: 'Engagement tenu',
  reportRegister: 'Registre des propositions d’actions',
  reportRegisterCaption: 'Propositions d’actions, décisions et motifs',
  reportRegisterEmpty: 'Aucune proposition enregistrée.',
  reportColumnProposal: 'Proposition',
  reportColumnProposedBy: 'Proposée par',
  reportColumnDate: 'Date',
  reportColumnDecision: 'Décision',
  reportColumnDone: 'Mise en œuvre',
  reportColumnReason: 'Motif du refus',

  reportChanges: 'Évolutions depuis le rapport précédent',
  reportChangesSince: (date) => `Comparaison avec le rapport du ${date}.`,
  reportChangesNone: 'Aucun chiffre n’a changé.',
  reportChangesCaption: 'Chiffres qui ont changé',
  reportColumnWhat: 'Chiffre',
  reportColumnBefore: 'Avant',
  reportColumnAfter: 'Maintenant',
  reportChangeGlobal: 'Score global',
  reportChangeSection: (section) => `Score${nb}: ${section}`,
  reportChangePosture: (group) => `Posture${nb}: ${group}`,
  reportChangeMade: 'Propositions retenues (engagement pris)',
  reportChangeKept: 'Propositions mises en œuvre (engagement tenu)',
  reportChangeAbsent: '—',

  reportPageOf: 'Page',
};
