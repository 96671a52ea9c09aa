/**
 * The report's one stylesheet, for the screen, print (A4) and the archived file alike: system fonts, black
 * text, tables that never split a row across pages and repeat their header, a chart kept with its caption,
 * meaning never by colour alone (it reads the same in black and white); the wide tables one card per row on a
 * narrow screen (the widgets' rule, cards.styles.ts). The running header and footer (the
 * project's name, the page number) are @page margin boxes, which Chromium prints; the name is passed as a CSS
 * string escaped by cssString().
 */

import { cardsWhenNarrow } from '../shared/cards.styles.js';

/** Text as a CSS string literal: every character but letters, digits and spaces as an escape, so no text can close the string or the <style> element. */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    out += /[\p{L}\p{N} ]/u.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 0).toString(16)} `;
  }
  return `${out}"`;
}

export function reportCss(header: string, page: string): string {
  return `
@page {
  size: A4;
  margin: 18mm 16mm 20mm;
  @top-left { content: ${cssString(header)}; font: 9pt system-ui, sans-serif; color: #3a3a3a; }
  @bottom-right { content: ${cssString(page)} " " counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; color: #3a3a3a; }
}
:root { color-scheme: light; }
html { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #161616; background: #fff; }
body { margin: 0; padding: 1rem; }
.coop-report { max-width: 60rem; margin-inline: auto; overflow-wrap: break-word; container-type: inline-size; }
h1 { font-size: 1.9rem; margin: 0.2rem 0 0.5rem; }
h2 { font-size: 1.45rem; margin: 2rem 0 0.6rem; border-bottom: 2px solid #161616; padding-bottom: 0.2rem; }
h3 { font-size: 1.15rem; margin: 1.4rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p, li, dd { orphans: 3; widows: 3; }
.kind { text-transform: uppercase; letter-spacing: 0.06em; font-weight: 700; margin: 0; }
.date, .subtitle, .small { color: #3a3a3a; }
.small { font-size: 0.9em; }
.answer { display: block; }
.ours { border-inline-start: 4px solid #161616; padding: 0.3rem 0.8rem; background: #f4f4f4; }
.note { border: 1px solid #161616; padding: 0.3rem 0.6rem; }
.facts { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.3rem 1rem; }
.facts dt, .score dt, .commitment dt { font-weight: 700; }
.facts dd, .score dd, .commitment dd { margin: 0; }
.facts ul, .facts ol { margin: 0; padding-inline-start: 1.1rem; }
.score { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; font-size: 1.1rem; }
.commitment dd { margin-block-end: 0.6rem; }
.toc-title { border: 0; font-size: 1.15rem; margin-top: 1.5rem; }
a { color: inherit; }
table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.95em; }
caption { text-align: start; font-weight: 700; padding-block-end: 0.3rem; }
th, td { border: 1px solid #3a3a3a; padding: 0.25rem 0.4rem; text-align: start; vertical-align: top; }
thead th { background: #e5e5e5; }
tbody th { font-weight: 600; }
td.num { text-align: end; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; }
tr, figure, .note, .ours, dl > * { break-inside: avoid; page-break-inside: avoid; }
.table-scroll { overflow-x: auto; }
.table-scroll:focus-visible { outline: 2px solid #161616; outline-offset: 2px; }
.chart { margin: 0.5rem 0 1rem; }
.chart svg { width: 100%; max-width: 36rem; height: auto; display: block; }
figcaption { font-weight: 700; margin-top: 0.3rem; }
.bar { fill: #3a3a3a; stroke: #000; stroke-width: 1; }
.tick { stroke: #929292; stroke-width: 1; stroke-dasharray: 2 3; }
.axis, .label, .value { font: 12px system-ui, sans-serif; fill: #161616; }
.value { font-weight: 700; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (max-width: 40rem) {
  body { padding: 0.5rem; }
  .facts { grid-template-columns: 1fr; }
  table { font-size: 0.9rem; }
  th, td { padding: 0.2rem; }
}
${cardsWhenNarrow.cssText}
@media print {
  body { padding: 0; }
  .coop-report { max-width: none; }
  a { text-decoration: none; }
  .table-scroll { overflow: visible; }
  main > .part { break-before: page; page-break-before: always; }
  .chart svg { max-width: 15cm; }
}
`;
}
