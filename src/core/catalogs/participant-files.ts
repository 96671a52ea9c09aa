/**
 * The words a participant's file is checked with when it is a project file (core/atp/participants.ts reads it with
 * the project's parser, whose checks speak of the project and the principles): added by the grid's participants'
 * view when it loads, so that a French grid says what is wrong with such a file instead of "undefined".
 */
import { extendCatalog } from '../i18n/index.js';
import { principlesFr } from '../i18n/principles.js';
import { projectFr } from '../i18n/project.js';

export function addParticipantFilesStrings(): void {
  extendCatalog('fr', projectFr, principlesFr);
}
