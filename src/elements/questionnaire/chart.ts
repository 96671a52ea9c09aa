/**
 * The section-score chart, loaded with import() only when the result step is shown: chart.js never weighs
 * on the first paint. Only the controllers and elements used are registered (tree-shaken chart.js).
 */
import type { QuestionnaireConfig, QuestionnaireResult } from '../../core/runtime.js';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface SectionChartData {
  /** One label per bar: its lines (a long title wrapped). */
  labels: string[][];
  /** 0–100, one per label: sections with no score are left out by the caller, never drawn as 0. */
  scores: number[];
  /** Resolved colours as `rgb(r, g, b)` (what getComputedStyle gives), from the theme tokens. */
  colors: { accent: string; text: string; grid: string };
  reducedMotion: boolean;
}

/**
 * Splits `text` into at most `lines` lines of about `width` characters at spaces; what does not fit ends in
 * "…" (the table beside the chart gives the full title).
 */
export function wrapLabel(text: string, width: number, lines = 2): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out.map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  const kept = out.slice(0, lines);
  const last = kept[lines - 1] ?? '';
  kept[lines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}

/** Writes each bar's score at its end, so the chart reads without the axis (the same figure as the table). */
const valueLabels = (color: string): Plugin<'bar'> => ({
  id: 'coopValueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const meta = chart.getDatasetMeta(0);
    ctx.save();
    ctx.fillStyle = color;
    ctx.font = '600 13px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    meta.data.forEach((bar, i) => {
      const value = chart.data.datasets[0]?.data[i];
      if (typeof value !== 'number') return;
      const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
      ctx.fillText(String(value), x + 6, y);
    });
    ctx.restore();
  },
});

export function drawSectionChart(canvas: HTMLCanvasElement, data: SectionChartData): Chart<'bar'> {
  const { accent, text, grid } = data.colors;
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: [{ data: data.scores, backgroundColor: accent, borderColor: accent, maxBarThickness: 28 }],
    },
    options: {
      indexAxis: 'y',
      // Room after 100 for the last bar's figure.
      layout: { padding: { right: 36 } },
      animation: data.reducedMotion ? false : { duration: 300 },
      maintainAspectRatio: false,
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: { min: 0, max: 100, ticks: { stepSize: 20, color: text }, grid: { color: grid } },
        y: { ticks: { color: text, autoSkip: false, font: { size: 13 } }, grid: { display: false } },
      },
    },
    plugins: [valueLabels(text)],
  });
}

/**
 * The result step's chart of `result`, in the widget's own colours, read from the styled samples in `root`
 * (so a site's theme applies): one bar per scored section, named by its number and title (wrapped to the
 * canvas's width; the table beside it gives the full title).
 */
export function drawResultChart(
  canvas: HTMLCanvasElement,
  root: ParentNode,
  fallback: Element,
  model: QuestionnaireConfig,
  result: QuestionnaireResult,
  reducedMotion: boolean,
): Chart<'bar'> {
  const style = (selector: string): string => getComputedStyle(root.querySelector(selector) ?? fallback).color;
  // A narrow canvas (a phone) gives each name three short lines rather than two cut ones.
  const narrow = canvas.parentElement !== null && canvas.parentElement.clientWidth < 480;
  const width = narrow ? 16 : 36;
  const labels: string[][] = [];
  const scores: number[] = [];
  result.sections.forEach((section, i) => {
    if (section.score === null) return;
    labels.push(wrapLabel(`${i + 1}. ${model.sections[i]?.title ?? section.id}`, width, narrow ? 3 : 2));
    scores.push(Math.round(section.score));
  });
  return drawSectionChart(canvas, {
    labels,
    scores,
    colors: { accent: style('.chart-accent'), text: style('.chart-text'), grid: style('.chart-grid') },
    reducedMotion,
  });
}
