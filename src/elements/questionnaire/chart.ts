/**
 * The section-score chart, loaded with import() only when the result step is shown: chart.js never weighs
 * on the first paint. Only the controllers and elements used are registered (tree-shaken chart.js).
 */
import type { QuestionnaireConfig, QuestionnaireResult } from '../../core/runtime.js';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  RadarController,
  RadialLinearScale,
  PointElement,
  LineElement,
  Filler,
);

export interface SectionChartData {
  labels: string[];
  /** 0–100, or null for a section with no score yet (drawn as 0). */
  scores: (number | null)[];
  /**
   * Resolved colours as `rgb(r, g, b)` (what getComputedStyle gives), from the theme tokens; `surface` goes
   * behind the scale's numbers.
   */
  colors: { accent: string; text: string; grid: string; surface: string };
  reducedMotion: boolean;
}

/** `rgb(1, 2, 3)` → `rgba(1, 2, 3, alpha)`; other forms are returned as they are. */
export function withAlpha(rgb: string, alpha: number): string {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgb);
  return m ? `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${alpha})` : rgb;
}

/** Radar from three sections up (the shape shows the balance), bars below three. */
export function drawSectionChart(canvas: HTMLCanvasElement, data: SectionChartData): Chart {
  const radar = data.labels.length >= 3;
  const values = data.scores.map((s) => (s === null ? 0 : Math.round(s)));
  const { accent, text, grid, surface } = data.colors;
  // The radar's numbers sit on a spoke: drawn over the data line, on the widget's background, they stay legible.
  const scale = { min: 0, max: 100, ticks: { stepSize: 20, color: text, backdropColor: surface, z: 1 } };
  return new Chart(canvas, {
    type: radar ? 'radar' : 'bar',
    data: {
      labels: data.labels,
      datasets: [
        {
          data: values,
          borderColor: accent,
          backgroundColor: radar ? withAlpha(accent, 0.2) : accent,
          pointBackgroundColor: accent,
          fill: radar,
        },
      ],
    },
    options: {
      animation: data.reducedMotion ? false : { duration: 300 },
      maintainAspectRatio: false,
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: radar
        ? { r: { ...scale, grid: { color: grid }, angleLines: { color: grid }, pointLabels: { color: text } } }
        : { y: { ...scale, grid: { color: grid } }, x: { ticks: { color: text }, grid: { display: false } } },
    },
  });
}

/**
 * The result step's chart of `result`, in the widget's own colours, read from the styled samples in `root`
 * (so a site's theme applies); section numbers as labels: long titles do not fit round a radar on a phone, and
 * the table beside it names them.
 */
export function drawResultChart(
  canvas: HTMLCanvasElement,
  root: ParentNode,
  fallback: Element,
  model: QuestionnaireConfig,
  result: QuestionnaireResult,
  reducedMotion: boolean,
): Chart {
  const style = (selector: string, property: 'color' | 'backgroundColor' = 'color'): string =>
    getComputedStyle(root.querySelector(selector) ?? fallback)[property];
  return drawSectionChart(canvas, {
    labels: model.sections.map((_, i) => String(i + 1)),
    scores: result.sections.map((s) => s.score),
    colors: {
      accent: style('.chart-accent'),
      text: style('.chart-text'),
      grid: style('.chart-grid'),
      surface: style('.chart-text', 'backgroundColor'),
    },
    reducedMotion,
  });
}
