/**
 * The Postures view's chart in <coop-atp-matrix>: a ChartController that loads chart.js (./chart.js) once the view
 * is shown, colours each column like its badges (read from the rendered swatches) and redraws when the analysis
 * changes.
 */
import type { ReactiveElement } from 'lit';
import type { AtpAnalysis, AtpCategory, AtpConfig } from '../../core/runtime.js';
import { ChartController } from '../shared/chart-controller.js';

export interface PosturesChartSource {
  model: () => AtpConfig | undefined;
  /** The analysis while the Postures view is shown, else `undefined` (no chart). */
  analysis: () => AtpAnalysis | undefined;
  categoryLabel: (category: AtpCategory) => string;
}

export function posturesChart(host: ReactiveElement, source: PosturesChartSource) {
  return new ChartController(host, {
    name: 'postures chart',
    canvas: () => host.renderRoot.querySelector<HTMLCanvasElement>('canvas.postures-chart'),
    data: () => {
      const analysis = source.analysis();
      return analysis ? [analysis] : undefined;
    },
    load: () => import('./chart.js'),
    draw: ({ drawAtpChart }, canvas, reducedMotion) => {
      const model = source.model();
      const analysis = source.analysis();
      if (!model || !analysis) return undefined;
      const color = (selector: string) => {
        const el = host.renderRoot.querySelector(selector);
        return el ? getComputedStyle(el).color : '#000';
      };
      return drawAtpChart(canvas, { model, analysis, label: source.categoryLabel, color, reducedMotion });
    },
  });
}
