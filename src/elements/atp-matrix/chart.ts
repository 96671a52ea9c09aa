/**
 * The postures chart, loaded with import() only when the Postures view is shown: chart.js never weighs on the
 * first paint. For each group, three bars side by side: its mean attractions, fears and temptations, which
 * the posture rule compares.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

export interface AtpChartData {
  groups: string[];
  /** One series per category, in the order attractions, fears, temptations. */
  series: { label: string; values: number[]; color: string }[];
  /** The top of the intensity scale. */
  max: number;
  text: string;
  grid: string;
  reducedMotion: boolean;
}

export function drawAtpChart(canvas: HTMLCanvasElement, data: AtpChartData): Chart {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.groups,
      datasets: data.series.map((s) => ({
        label: s.label,
        data: s.values.map((v) => Math.round(v * 10) / 10),
        backgroundColor: s.color,
        borderColor: data.text,
        borderWidth: 1,
      })),
    },
    options: {
      indexAxis: 'y',
      animation: data.reducedMotion ? false : { duration: 300 },
      maintainAspectRatio: false,
      plugins: { legend: { labels: { color: data.text } }, tooltip: { enabled: false } },
      scales: {
        x: { min: 0, max: data.max, ticks: { color: data.text, stepSize: 1 }, grid: { color: data.grid } },
        y: { ticks: { color: data.text }, grid: { display: false } },
      },
    },
  });
}
