/**
 * The live examples of the Introduction page (stories/introduction.mdx): each widget small, with the default
 * French content, and what a broken config shows a visitor and an editor. Each saves into its own in-memory
 * storage. Not given a docs page of their own: the Introduction shows them.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { expect } from 'storybook/test';
import '../../src/define/questionnaire.js';
import '../../src/define/atp-matrix.js';
import '../../src/define/principles-checklist.js';
import { createMemoryStorage } from '../../src/core/index.js';
import minimalJson from '../../test/fixtures/questionnaire.minimal.json';
import { docs } from '../shared.js';

/** The minimal questionnaire with a weight of -2 and its second section's id used twice: two problems. */
const broken = (() => {
  const config = JSON.parse(JSON.stringify(minimalJson)) as typeof minimalJson;
  const question = config.sections[0]!.subsections[0]!.questions[0] as { weight?: number };
  question.weight = -2;
  config.sections[1]!.id = config.sections[0]!.id;
  return config;
})();

const meta = {
  title: 'Docs/Tour examples',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Questionnaire: Story = {
  render: () =>
    html`<coop-questionnaire locale="fr" .storage=${guard([], () => createMemoryStorage())}></coop-questionnaire>`,
  parameters: docs('The default questionnaire, first page: one section, its questions and the answer scale.'),
};

export const AtpMatrix: Story = {
  render: () =>
    html`<coop-atp-matrix locale="fr" .storage=${guard([], () => createMemoryStorage())}></coop-atp-matrix>`,
  parameters: docs('The default ATP grid: one row per stakeholder group, ready to fill in.'),
};

export const PrinciplesChecklist: Story = {
  render: () =>
    html`<coop-principles-checklist
      locale="fr"
      .storage=${guard([], () => createMemoryStorage())}
    ></coop-principles-checklist>`,
  parameters: docs('The nine principles, none assessed yet, and the register of proposals.'),
};

/** A published page (`data-published`: Storybook's preview leaves `show-config-errors` off inside it). */
export const BrokenForVisitors: Story = {
  render: () =>
    html`<div data-published>
      <coop-questionnaire
        locale="fr"
        .config=${broken}
        .storage=${guard([], () => createMemoryStorage())}
      ></coop-questionnaire>
    </div>`,
  parameters: docs('A broken config on a published page: the visitor reads a neutral notice, nothing more.'),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('coop-questionnaire')!;
    await element.updateComplete;
    const notice = element.shadowRoot!.querySelector('[role="alert"]');
    await expect(notice?.textContent?.trim()).toBe('Cet outil est momentanément indisponible.');
  },
};

export const BrokenForEditors: Story = {
  render: () =>
    html`<coop-questionnaire
      locale="fr"
      show-config-errors
      .config=${broken}
      .storage=${guard([], () => createMemoryStorage())}
    ></coop-questionnaire>`,
  parameters: docs(
    'The same config with `show-config-errors` (a page being edited): every problem, in plain words, with its JSON path.',
  ),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('coop-questionnaire')!;
    await element.updateComplete;
    const items = element.shadowRoot!.querySelectorAll('[role="alert"] [part="error-item"]');
    await expect(items.length).toBe(2);
  },
};
