/**
 * Reading a project file and putting it in place, loaded by <coop-project> on the first import (a chosen file or
 * `setProject()`): the parser checks every widget's part with Valibot and their schemas and rules, in the
 * principles' and the ATP analysis' words (and a file's problems in the words of config problems), and each part goes to its widget or, for a widget not on the page, to
 * its stored document in the widget's saved format: none of which a page needs to paint.
 */
import { addConfigIssueWording } from '../../core/catalogs/config-issues.js';
import { addProjectPartsStrings } from '../../core/catalogs/project-parts.js';
import {
  atpStorageKey,
  principlesStorageKey,
  questionnaireStorageKey,
  serializeSaved,
  serializeSavedAtp,
  serializeSavedPrinciples,
  type ProjectDocument,
  type StorageAdapter,
} from '../../core/runtime.js';
import { CoopProjectImportEvent } from '../events.js';
import type { ProjectHub } from '../shared/project-link.js';

addProjectPartsStrings();
// A file that cannot be imported has its problems worded (the import's panel lists them).
addConfigIssueWording();

export { parseProjectDocument } from '../../core/runtime.js';

/** What an import changes of <coop-project>: its widgets (through the hub), its title, and who hears of it. */
export interface ImportTarget extends EventTarget {
  readonly projectId: string;
  readonly hub: ProjectHub;
  projectTitle?: string | undefined;
}

/** What each widget's element offers to the project, whatever its class. */
interface SettableData {
  setData(data: unknown): void;
}
interface SettableResponses {
  setResponses(responses: unknown): void;
  step: string;
}

/**
 * Replaces a stored document by an imported one, for a widget not on the page: read first, so that an adapter that
 * never overwrites a version it has not seen (the HTTP adapter) takes the import as a replacement of that version.
 */
async function replaceStored(storage: StorageAdapter | undefined, key: string, text: string): Promise<void> {
  if (!storage) return;
  await storage.load(key);
  await storage.save(key, text);
}

/**
 * Puts a valid project in place: each widget of the page shows its part, a part whose widget is not on the page
 * is stored (in the project's `storage`) for when it is; then the title, and `coop-project-import`. Rejects when
 * the storage refuses a part.
 */
export async function applyProject(
  target: ImportTarget,
  storage: StorageAdapter | undefined,
  project: ProjectDocument,
): Promise<void> {
  const state = target.hub.state;
  const q = project.questionnaire;
  if (q) {
    const live = state.questionnaire;
    if (live && live.config.id === q.configId) {
      const element = live.element as unknown as SettableResponses;
      element.setResponses(q.responses);
      element.step = q.step;
    } else await replaceStored(storage, questionnaireStorageKey(q.configId), serializeSaved(q.step, q.responses));
  }
  const atp = project.atp;
  if (atp) {
    const live = state['atp-matrix'];
    if (live && live.config.id === atp.configId) (live.element as unknown as SettableData).setData(atp.data);
    else await replaceStored(storage, atpStorageKey(atp.configId), serializeSavedAtp(atp.data));
  }
  const principles = project.principles;
  if (principles) {
    const live = state['principles-checklist'];
    if (live && live.config.id === principles.configId) {
      (live.element as unknown as SettableData).setData(principles.data);
    } else
      await replaceStored(
        storage,
        principlesStorageKey(principles.configId),
        serializeSavedPrinciples(principles.data),
      );
  }
  if (project.title) target.projectTitle = project.title;
  const parts = (['questionnaire', 'atp', 'principles'] as const).filter((part) => project[part] !== undefined);
  target.dispatchEvent(new CoopProjectImportEvent({ projectId: target.projectId, parts }));
}
