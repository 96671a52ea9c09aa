import { pluralFr } from './plural.js';
/**
 * Strings of the workshop mode of <coop-project> (a server, participants' own documents, the facilitator's
 * view). Not part of `Strings`: they load with the workshop mode, outside the first paint of every page that has
 * no server; a site overrides them through <coop-project>'s `strings` all the same (keys `ws…`).
 */
export interface WorkshopStrings {
  wsConnecting: string;
  wsJoinTitle: (workshop: string) => string;
  /** Above the join form: what the participant will do and who sees it. */
  wsJoinIntro: string;
  wsName: string;
  wsGroup: string;
  wsJoin: string;
  wsJoinFailed: (detail: string) => string;
  wsParticipantStatus: (workshop: string, name: string, group: string) => string;
  wsFacilitatorTitle: (workshop: string) => string;
  wsParticipantsCaption: (count: number) => string;
  wsColName: string;
  wsColGroup: string;
  wsColGrid: string;
  wsColQuestionnaire: string;
  /** A participant's grid: how many items, how many groups have an attraction, a fear and a temptation. */
  wsGridProgress: (items: number, complete: number, total: number) => string;
  wsAnswers: (count: number) => string;
  wsNotStarted: string;
  wsUnreadable: string;
  wsNoParticipants: string;
  /** Under the participants: where the common representation is, with how many grids. */
  wsSynthesis: (grids: number) => string;
  wsSynthesisWaiting: string;
  wsLive: string;
  wsReconnecting: string;
  wsJoined: (name: string) => string;
  wsLinkError: (detail: string) => string;
  wsErrorUnauthorized: string;
  wsErrorForbidden: string;
  wsErrorNetwork: string;
  wsErrorStatus: (status: number) => string;
  /** The facilitator's access panel. */
  wsAccessTitle: string;
  wsColAccess: string;
  wsRevoke: string;
  /** The revoke button's accessible name: its visible text and whose access. */
  wsRevokeLabel: (name: string) => string;
  wsRemove: string;
  wsRemoveLabel: (name: string) => string;
  /** In a revoked participant's row, instead of the revoke button. */
  wsRevoked: string;
  wsRenew: string;
  wsRevokeTitle: (name: string) => string;
  wsRevokeText: string;
  wsRevokeConfirm: string;
  wsRemoveTitle: (name: string) => string;
  wsRemoveText: string;
  wsRemoveConfirm: string;
  wsRenewTitle: string;
  wsRenewText: string;
  wsRenewConfirm: string;
  wsCancel: string;
  wsRevokedStatus: (name: string) => string;
  wsRemovedStatus: (name: string) => string;
  wsRenewedStatus: string;
  wsInvitationLink: string;
  wsCopy: string;
  wsCopied: string;
  wsCopyFailed: string;
  wsActionFailed: (detail: string) => string;
  wsErrorNotFound: string;
  /** The collective outputs: postures, plans and register built from the participants' grids and proposals. */
  wsOutputsTitle: string;
  wsOutputsIntro: (grids: number) => string;
  wsOutputsWaiting: string;
  /** The facilitator shares the outputs with the participants (principle 8). */
  wsShare: string;
  wsSharedStatus: string;
  /** A participant's view of what the facilitator shared. */
  wsSharedTitle: string;
  wsSharedIntro: string;
  wsSharedWaiting: string;
}

export const workshopFr: WorkshopStrings = {
  wsConnecting: 'Connexion à l’atelier…',
  wsJoinTitle: (workshop) => `Rejoindre l’atelier «\u202f${workshop}\u202f»`,
  wsJoinIntro:
    'Indiquez votre nom et votre groupe d’acteurs, puis remplissez votre propre grille et le questionnaire. L’animateur voit vos saisies au fur et à mesure\u202f; les autres participants ne les voient pas.',
  wsName: 'Votre nom, tel que l’animateur le verra',
  wsGroup: 'Votre groupe d’acteurs',
  wsJoin: 'Rejoindre l’atelier',
  wsJoinFailed: (detail) => `L’inscription a échoué\u202f: ${detail}`,
  wsParticipantStatus: (workshop, name, group) =>
    `Atelier «\u202f${workshop}\u202f»\u202f: vous participez en tant que ${name} (${group}). Vos saisies sont enregistrées sur le serveur de l’atelier.`,
  wsFacilitatorTitle: (workshop) => `Atelier «\u202f${workshop}\u202f», vue de l’animateur`,
  wsParticipantsCaption: (count) => `${count} ${pluralFr(count, 'participant', 'participants')}`,
  wsColName: 'Nom',
  wsColGroup: 'Groupe d’acteurs',
  wsColGrid: 'Grille ATP',
  wsColQuestionnaire: 'Questionnaire',
  wsGridProgress: (items, complete, total) =>
    `${items} ${pluralFr(items, 'élément', 'éléments')}\u202f; ${complete} ${pluralFr(complete, 'groupe complet', 'groupes complets')} sur ${total}`,
  wsAnswers: (count) => `${count} ${pluralFr(count, 'réponse', 'réponses')}`,
  wsNotStarted: 'pas encore commencé',
  wsUnreadable: 'illisible',
  wsNoParticipants: 'Personne n’a encore rejoint l’atelier. Envoyez le lien d’invitation aux participants.',
  wsSynthesis: (grids) =>
    `La représentation commune réunit les grilles de ${grids} participants\u202f: onglet «\u202fSynthèse\u202f» de la grille ci-dessous. Elle se met à jour pendant qu’ils écrivent.`,
  wsSynthesisWaiting: 'La représentation commune apparaîtra dès que deux participants auront commencé leur grille.',
  wsLive: 'En direct',
  wsReconnecting: 'Connexion au serveur interrompue\u202f: nouvelle tentative…',
  wsJoined: (name) => `${name} a rejoint l’atelier.`,
  wsLinkError: (detail) => `Ce lien d’atelier ne fonctionne pas\u202f: ${detail}`,
  wsErrorUnauthorized: 'il est inconnu ou a été révoqué. Demandez un nouveau lien à l’animateur.',
  wsErrorForbidden: 'il ne donne pas accès à cet atelier.',
  wsErrorNetwork: 'le serveur de l’atelier ne répond pas. Vérifiez la connexion, puis rechargez la page.',
  wsErrorStatus: (status) => `le serveur a répondu ${status}.`,
  wsAccessTitle: 'Accès à l’atelier',
  wsColAccess: 'Accès',
  wsRevoke: 'Révoquer l’accès',
  wsRevokeLabel: (name) => `Révoquer l’accès de ${name}`,
  wsRemove: 'Retirer',
  wsRemoveLabel: (name) => `Retirer ${name} et ses documents`,
  wsRevoked: 'accès révoqué',
  wsRenew: 'Renouveler le lien d’invitation',
  wsRevokeTitle: (name) => `Révoquer l’accès de ${name}\u202f?`,
  wsRevokeText:
    'Son lien cesse de fonctionner tout de suite. Ses documents restent et vous les voyez toujours. Pour revenir, la personne devra rejoindre l’atelier de nouveau avec l’invitation.',
  wsRevokeConfirm: 'Révoquer l’accès',
  wsRemoveTitle: (name) => `Retirer ${name} de l’atelier\u202f?`,
  wsRemoveText:
    'Ses documents (grille, questionnaire, propositions) sont effacés du serveur et son lien cesse de fonctionner. Cela ne peut pas être annulé.',
  wsRemoveConfirm: 'Retirer et effacer ses documents',
  wsRenewTitle: 'Renouveler le lien d’invitation\u202f?',
  wsRenewText:
    'L’ancien lien d’invitation cessera de fonctionner\u202f: envoyez le nouveau à qui doit encore rejoindre l’atelier. Les participants déjà inscrits gardent leur accès.',
  wsRenewConfirm: 'Renouveler le lien',
  wsCancel: 'Annuler',
  wsRevokedStatus: (name) => `L’accès de ${name} est révoqué.`,
  wsRemovedStatus: (name) => `${name} a été retiré de l’atelier, avec ses documents.`,
  wsRenewedStatus: 'Nouveau lien d’invitation créé\u202f; l’ancien ne fonctionne plus.',
  wsInvitationLink: 'Nouveau lien d’invitation, à envoyer aux participants',
  wsCopy: 'Copier le lien',
  wsCopied: 'Lien copié.',
  wsCopyFailed: 'La copie n’a pas fonctionné\u202f: le lien est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).',
  wsActionFailed: (detail) => `L’action a échoué\u202f: ${detail}`,
  wsErrorNotFound: 'ce participant n’est plus dans l’atelier.',
  wsOutputsTitle: 'Productions collectives de l’atelier',
  wsOutputsIntro: (grids) =>
    `Construites en direct à partir de la représentation commune (${grids} ${pluralFr(grids, 'grille', 'grilles')} de participants)\u202f: postures, trois plans et registre des propositions. Le registre réunit le vôtre, où se prennent les décisions du promoteur, et les propositions des participants, encore à décider. Les règles des postures sont des réglages par défaut de cette bibliothèque, pas de l’ANAP.`,
  wsOutputsWaiting: 'Les productions collectives apparaîtront dès qu’un participant aura commencé sa grille.',
  wsShare: 'Partager avec les participants',
  wsSharedStatus:
    'Productions collectives partagées\u202f: chaque participant les voit maintenant telles qu’elles sont. Partagez de nouveau après un changement.',
  wsSharedTitle: 'Productions collectives partagées par l’animateur',
  wsSharedIntro:
    'La représentation commune de l’atelier, ses postures, ses trois plans et le registre des propositions, tels que l’animateur les a partagés (principe 8\u202f: les mêmes droits pour tous). Mis à jour quand il les partage de nouveau.',
  wsSharedWaiting: 'L’animateur n’a pas encore partagé les productions collectives de l’atelier.',
};

/** The workshop strings of a locale, with a site's overrides of the same kind laid over them. */
export function workshopStrings(base: WorkshopStrings, overrides?: Partial<Record<string, unknown>>): WorkshopStrings {
  if (!overrides) return base;
  const merged: WorkshopStrings = { ...base };
  for (const key of Object.keys(base) as (keyof WorkshopStrings)[]) {
    const value = overrides[key];
    if (value !== undefined && typeof value === typeof base[key]) {
      (merged as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}
