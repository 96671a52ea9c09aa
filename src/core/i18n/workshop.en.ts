import { pluralEn } from './plural.js';
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
  wsAccessTitle: 'Access to the workshop',
  wsColAccess: 'Access',
  wsRevoke: 'Revoke access',
  wsRevokeLabel: (name) => `Revoke access of ${name}`,
  wsRemove: 'Remove',
  wsRemoveLabel: (name) => `Remove ${name} and their documents`,
  wsRevoked: 'access revoked',
  wsRenew: 'Renew the invitation link',
  wsRevokeTitle: (name) => `Revoke the access of ${name}?`,
  wsRevokeText:
    'Their link stops working at once. Their documents stay and you still see them. To come back, they will have to join the workshop again with the invitation.',
  wsRevokeConfirm: 'Revoke access',
  wsRemoveTitle: (name) => `Remove ${name} from the workshop?`,
  wsRemoveText:
    'Their documents (grid, questionnaire, proposals) are erased from the server and their link stops working. This cannot be undone.',
  wsRemoveConfirm: 'Remove and erase their documents',
  wsRenewTitle: 'Renew the invitation link?',
  wsRenewText:
    'The old invitation link will stop working: send the new one to whoever still has to join. Participants who already joined keep their access.',
  wsRenewConfirm: 'Renew the link',
  wsCancel: 'Cancel',
  wsRevokedStatus: (name) => `The access of ${name} is revoked.`,
  wsRemovedStatus: (name) => `${name} was removed from the workshop, with their documents.`,
  wsRenewedStatus: 'New invitation link created; the old one no longer works.',
  wsInvitationLink: 'New invitation link, to send to the participants',
  wsCopy: 'Copy the link',
  wsCopied: 'Link copied.',
  wsCopyFailed: 'Copying did not work: the link is selected, copy it with Ctrl+C (⌘+C on a Mac).',
  wsActionFailed: (detail) => `The action failed: ${detail}`,
  wsErrorNotFound: 'this participant is no longer in the workshop.',
  wsOutputsTitle: 'The workshop’s collective outputs',
  wsOutputsIntro: (grids) =>
    `Built live from the common representation (${grids} participants’ ${pluralEn(grids, 'grid', 'grids')}): postures, the three plans and the register of proposals. The register brings together yours, where the promoter’s decisions are made, and the participants’ proposals, still to be decided. The posture rules are this library’s defaults, not ANAP’s.`,
  wsOutputsWaiting: 'The collective outputs will appear as soon as a participant has started their grid.',
  wsShare: 'Share with the participants',
  wsSharedStatus: 'Collective outputs shared: every participant now sees them as they are. Share again after a change.',
  wsSharedTitle: 'Collective outputs shared by the facilitator',
  wsSharedIntro:
    'The workshop’s common representation, its postures, its three plans and the register of proposals, as the facilitator shared them (principle 8: the same rights for all). Updated when they share again.',
  wsSharedWaiting: 'The facilitator has not shared the workshop’s collective outputs yet.',
};
