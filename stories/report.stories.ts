/**
 * The cooperation report that <coop-project> prints and archives, drawn up by the core from the full project
 * fixtures with the default contents. Each story shows the report as its archived file reads (its one
 * stylesheet, given through CSSOM in a shadow root so that it leaves Storybook's page alone).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { render } from 'lit';
import {
  buildReport,
  defaultAtpConfig,
  defaultPrinciplesConfig,
  defaultQuestionnaire,
  parseProjectDocument,
  reportText,
  type CoopReport,
  type Locale,
  type ProjectDocument,
  type ReportOptions,
} from '../src/core/index.js';
import { renderReport } from '../src/elements/report/report-view.js';
import { reportCss } from '../src/elements/report/report.styles.js';
import fullEnJson from '../test/fixtures/project.full.en.json';
import fullJson from '../test/fixtures/project.full.json';
import { docs } from './shared.js';

type ReportArgs = { locale: Locale };

function project(input: object): ProjectDocument {
  const parsed = parseProjectDocument(input);
  if (!parsed.ok) throw new Error(`invalid project fixture: ${JSON.stringify(parsed.issues)}`);
  return parsed.project;
}

const fixture = (locale: Locale) => project(locale === 'en' ? fullEnJson : fullJson);

function reportOf(locale: Locale, doc = fixture(locale), options: ReportOptions = {}): CoopReport {
  return buildReport(doc, {
    locale,
    configs: {
      questionnaire: defaultQuestionnaire(locale),
      atp: defaultAtpConfig(locale),
      principles: defaultPrinciplesConfig(locale),
    },
    ...options,
  });
}

/** The report in a shadow root of its own, styled as the archived file is. */
function show(report: CoopReport): HTMLElement {
  const s = reportText(report.locale);
  const host = document.createElement('div');
  host.lang = report.locale;
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(reportCss(`${s.reportTitle} — ${report.cover.title}`, s.reportPageOf));
  root.adoptedStyleSheets = [sheet];
  render(renderReport(report, s), root);
  return host;
}

const meta = {
  title: 'Report/cooperation report',
  tags: ['autodocs'],
  args: { locale: 'fr' },
  argTypes: { locale: { control: 'inline-radio', options: ['fr', 'en'] } },
  render: ({ locale }) => show(reportOf(locale)),
} satisfies Meta<ReportArgs>;

export default meta;
type Story = StoryObj<ReportArgs>;

export const French: Story = {
  parameters: docs(
    'The report of `test/fixtures/project.full.json`: the cover, the self-assessment (chart and table), the common representation, the principles with both halves of the commitment and the register.',
  ),
};

export const English: Story = {
  args: { locale: 'en' },
  parameters: docs('The same project in English (`test/fixtures/project.full.en.json`).'),
};

export const WithChanges: Story = {
  render: ({ locale }) => {
    const previous = reportOf(locale, fixture(locale), { generatedAt: '2026-01-10T10:00:00.000Z' });
    const earlier: CoopReport = JSON.parse(JSON.stringify(previous)) as CoopReport;
    if (earlier.selfAssessment?.score) earlier.selfAssessment.score -= 7;
    if (earlier.principles) earlier.principles.commitment.kept.count = 0;
    return show(reportOf(locale, fixture(locale), { previous: earlier, partners: ['CH Nord', 'EHPAD du Lac'] }));
  },
  parameters: docs(
    'With `previous` (an earlier report’s JSON): the figures that changed since, before and now; and the partners the host gives.',
  ),
};

export const CoverOnly: Story = {
  render: ({ locale }) => show(reportOf(locale, project({ format: 'coop-project/1', id: 'new-project' }))),
  parameters: docs(
    'A project with nothing filled in yet: the cover, named after the project’s id, and each part saying so.',
  ),
};

export const HostileText: Story = {
  render: ({ locale }) => {
    const input = JSON.parse(JSON.stringify(locale === 'en' ? fullEnJson : fullJson)) as typeof fullJson;
    input.title = '<img src=x onerror="alert(1)"> Project';
    input.principles.data.proposals[0]!.text = '<script>alert(1)</script>';
    return show(reportOf(locale, project(input)));
  },
  parameters: docs('Names and proposals that look like HTML are shown as text, never run.'),
};
