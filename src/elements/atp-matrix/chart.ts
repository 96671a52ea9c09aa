/**
 * The postures chart, loaded with import() only when the Postures view is shown: chart.js never weighs on the
 * first paint. For each group, three bars side by side: its mean attractions, fears and temptations, which
 * the posture rule compares.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';
import { ATP_CATEGORIES, type AtpAnalysis, type AtpCategory, type AtpConfig } from '../../core/runtime.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

/** What the element gives: its config and analysis, the categories' labels, the colours its styles set. */
export interface AtpChartSource {
  model: AtpConfig;
  analysis: AtpAnalysis;
  label(category: AtpCategory): string;
  /** The text colour of the element `selector` names in the figure (a swatch, `.chart-text`, `.chart-grid`). */
  color(selector: string): string;
  reducedMotion: boolean;
}

export function drawAtpChart(canvas: HTMLCanvasElement, source: AtpChartSource): Chart {
  const { analysis } = source;
  const text = source.color('.chart-text');
  const max = Math.max(...source.model.intensity.levels.map((l) => l.value)); // the top of the intensity scale
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: analysis.groups.map((g) => g.label),
      // One series per category, in the order attractions, fears, temptations.
      datasets: ATP_CATEGORIES.map((category) => ({
        label: source.label(category),
        data: analysis.groups.map((g) => Math.round(g.means[category] * 10) / 10),
        backgroundColor: source.color(`.swatch--${category}`),
        borderColor: text,
        borderWidth: 1,
      })),
    },
    options: {
      indexAxis: 'y',
      animation: source.reducedMotion ? false : { duration: 300 },
      maintainAspectRatio: false,
      plugins: { legend: { labels: { color: text } }, tooltip: { enabled: false } },
      scales: {
        x: { min: 0, max, ticks: { color: text, stepSize: 1 }, grid: { color: source.color('.chart-grid') } },
        y: { ticks: { color: text }, grid: { display: false } },
      },
    },
  });
}
