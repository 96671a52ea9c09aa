import { pluralFr } from './plural-fr.js';
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
