import { pluralEn } from './plural-en.js';
import type { WorkshopStrings } from './workshop.js';

/** English. */
export const workshopEn: WorkshopStrings = {
  wsConnecting: 'Connecting to the workshop…',
  wsJoinTitle: (workshop) => `Join the workshop “${workshop}”`,
  wsJoinIntro:
    'Give your name and your stakeholder group, then fill in your own grid and the questionnaire. The facilitator sees what you enter as you go; the other participants do not.',
  wsName: 'Your name, as the facilitator will see it',
  wsGroup: 'Your stakeholder group',
  wsJoin: 'Join the workshop',
  wsJoinFailed: (detail) => `Joining failed: ${detail}`,
  wsParticipantStatus: (workshop, name, group) =>
    `Workshop “${workshop}”: you take part as ${name} (${group}). What you enter is saved on the workshop’s server.`,
  wsFacilitatorTitle: (workshop) => `Workshop “${workshop}”, facilitator’s view`,
  wsParticipantsCaption: (count) => `${count} ${pluralEn(count, 'participant', 'participants')}`,
  wsColName: 'Name',
  wsColGroup: 'Stakeholder group',
  wsColGrid: 'ATP grid',
  wsColQuestionnaire: 'Questionnaire',
  wsGridProgress: (items, complete, total) =>
    `${items} ${pluralEn(items, 'item', 'items')}; ${complete} of ${total} ${pluralEn(total, 'group', 'groups')} complete`,
  wsAnswers: (count) => `${count} ${pluralEn(count, 'answer', 'answers')}`,
  wsNotStarted: 'not started yet',
  wsUnreadable: 'unreadable',
  wsNoParticipants: 'Nobody has joined the workshop yet. Send the invitation link to the participants.',
  wsSynthesis: (grids) =>
    `The common representation brings together ${grids} participants’ grids: the grid’s “Combined view” tab below. It updates as they type.`,
  wsSynthesisWaiting: 'The common representation will appear as soon as two participants have started their grid.',
  wsLive: 'Live',
  wsReconnecting: 'Connection to the server lost: trying again…',
  wsJoined: (name) => `${name} joined the workshop.`,
  wsLinkError: (detail) => `This workshop link does not work: ${detail}`,
  wsErrorUnauthorized: 'it is unknown or was revoked. Ask the facilitator for a new link.',
  wsErrorForbidden: 'it gives no access to this workshop.',
  wsErrorNetwork: 'the workshop’s server does not answer. Check the connection, then reload the page.',
  wsErrorStatus: (status) => `the server answered ${status}.`,
};
