/**
 * The report's three outputs: the self-contained HTML file (the rendered report serialised by the browser,
 * so every text is escaped, with its stylesheet inline and the chart as SVG; no script, no request: it opens
 * the same in ten years), the JSON for back ends, and print (the same document in a hidden frame of the page,
 * styled through CSSOM so that a host's strict `style-src` does not block it).
 */
import { render } from 'lit';
import { reportText, type CoopReport, type ReportStringOverrides, type ReportText } from '../../core/index.js';
import { renderReport } from './report-view.js';
import { reportCss } from './report.styles.js';

/** The archived file's own policy: nothing loads, nothing runs. */
export const ARCHIVE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const documentTitle = (report: CoopReport, s: ReportText) => `${s.reportTitle} — ${report.cover.title}`;

const cssFor = (report: CoopReport, s: ReportText) => reportCss(documentTitle(report, s), s.reportPageOf);

/** The report's body as HTML text: rendered by lit into a detached element, serialised by the browser, lit's markers removed. */
export function reportBodyHtml(report: CoopReport, s: ReportText): string {
  const container = document.createElement('div');
  render(renderReport(report, s), container);
  return container.innerHTML.replace(/<!--\?lit\$\d+\$-->|<!---->/g, '');
}

/** The self-contained HTML file of the report, in its language, with a site's string overrides. */
export function reportArchive(report: CoopReport, strings?: ReportStringOverrides): string {
  const s = reportText(report.locale, strings);
  // One line per element, joined: the archive stays readable, and no shipped module holds indented markup (the
  // check in test/dist/templates.test.js is about lit templates, which this is not).
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(report.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${ARCHIVE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="coop-widgets">',
    `<title>${escapeHtml(documentTitle(report, s))}</title>`,
    `<style>${cssFor(report, s)}</style>`,
    '</head>',
    '<body>',
    reportBodyHtml(report, s),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The report's JSON, indented, with a final newline. */
export function reportJson(report: CoopReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Prints the report from a hidden frame appended to `parent`: the same document as the archive, its styles
 * given through a constructed stylesheet (CSSOM, allowed under a strict CSP). The frame is removed after the
 * print dialog closes.
 */
export async function printReport(
  report: CoopReport,
  strings: ReportStringOverrides | undefined,
  parent: Node & ParentNode,
): Promise<void> {
  const s = reportText(report.locale, strings);
  const frame = document.createElement('iframe');
  frame.className = 'report-frame';
  frame.title = documentTitle(report, s);
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  parent.appendChild(frame);
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  if (!doc || !win) {
    frame.remove();
    throw new Error('no frame to print from');
  }
  doc.documentElement.lang = report.locale;
  doc.title = documentTitle(report, s);
  // A sheet of the frame's own document: a constructed sheet cannot be shared across documents.
  const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(cssFor(report, s));
  doc.adoptedStyleSheets = [sheet];
  render(renderReport(report, s), doc.body);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  win.focus();
  win.print();
}
