/** <coop-project> around the three widgets, as a portal page writes it: what project*.test.ts mount. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryStorage, type MemoryStorage } from '../../src/core/index.js';
import type { CoopAtpMatrix } from '../../src/elements/atp-matrix/atp-matrix.js';
import type { CoopPrinciplesChecklist } from '../../src/elements/principles-checklist/principles-checklist.js';
import type { CoopProject } from '../../src/elements/project/project.js';
import type { CoopQuestionnaire } from '../../src/elements/questionnaire/questionnaire.js';
import { $ } from './helpers.js';

export interface Page {
  project: CoopProject;
  questionnaire: CoopQuestionnaire;
  atp: CoopAtpMatrix;
  principles: CoopPrinciplesChecklist;
  storage: MemoryStorage;
}

export async function mount(storage: MemoryStorage = createMemoryStorage()): Promise<Page> {
  const project = await fixture<CoopProject>(html`
    <coop-project project-id="ght-nord" locale="en" .storage=${storage}>
      <coop-questionnaire></coop-questionnaire>
      <coop-atp-matrix></coop-atp-matrix>
      <coop-principles-checklist></coop-principles-checklist>
    </coop-project>
  `);
  const questionnaire = project.querySelector('coop-questionnaire')!;
  const atp = project.querySelector('coop-atp-matrix')!;
  const principles = project.querySelector('coop-principles-checklist')!;
  await waitUntil(
    () =>
      questionnaire.getResponses() &&
      atp.getData() &&
      principles.getData() &&
      project.hub.state['principles-checklist'],
    'the widgets never loaded',
    { timeout: 8000 },
  );
  await Promise.all([questionnaire.updateComplete, atp.updateComplete, principles.updateComplete]);
  return { project, questionnaire, atp, principles, storage };
}

/** Picks `name` in the project's file input, as a user does (`content` its text). */
export function chooseFile(project: CoopProject, name: string, content: string): void {
  const input = $<HTMLInputElement>(project, 'input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}
