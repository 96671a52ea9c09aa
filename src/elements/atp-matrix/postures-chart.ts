/**
 * The postures chart of <coop-atp-matrix>: drawn on the Postures view's canvas after a render shows it (chart.js
 * is loaded only then, never on the first paint), drawn again when the analysis changes, destroyed when the
 * canvas goes or the element leaves the page. `failed` tells the view to show a notice instead.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { ATP_CATEGORIES, type AtpAnalysis, type AtpCategory, type AtpConfig } from '../../core/runtime.js';

type Chart = { destroy(): void };

/** What the chart reads of its element. */
export interface PosturesChartSource {
  model: () => AtpConfig | undefined;
  analysis: () => AtpAnalysis | undefined;
  /** The Postures view is the one asked for. */
  shown: () => boolean;
  categoryLabel: (category: AtpCategory) => string;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export class PosturesChart implements ReactiveController {
  /** The last drawing failed (chart.js could not be loaded, or threw). */
  failed = false;
  private chart?: Chart;
  private chartFor?: { canvas: HTMLCanvasElement; analysis: AtpAnalysis };

  constructor(
    private readonly host: ReactiveElement,
    private readonly source: PosturesChartSource,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const canvas = this.host.renderRoot.querySelector<HTMLCanvasElement>('canvas.postures-chart');
    const analysis = this.source.analysis();
    if (!canvas || !analysis || !this.source.shown()) {
      this.destroy(true);
      return;
    }
    void this.draw(canvas, analysis);
  }

  hostDisconnected(): void {
    this.destroy(true);
  }

  private async draw(canvas: HTMLCanvasElement, analysis: AtpAnalysis): Promise<void> {
    if (this.chartFor?.canvas === canvas && this.chartFor.analysis === analysis) return;
    this.chartFor = { canvas, analysis };
    try {
      const { drawAtpChart } = await import('./chart.js');
      const model = this.source.model();
      if (this.chartFor?.canvas !== canvas || this.chartFor.analysis !== analysis || !model) return;
      this.destroy(false);
      const color = (selector: string) => {
        const el = this.host.renderRoot.querySelector(selector);
        return el ? getComputedStyle(el).color : '#000';
      };
      const top = Math.max(...model.intensity.levels.map((l) => l.value));
      this.chart = drawAtpChart(canvas, {
        groups: analysis.groups.map((g) => g.label),
        series: ATP_CATEGORIES.map((category) => ({
          label: this.source.categoryLabel(category),
          values: analysis.groups.map((g) => g.means[category]),
          color: color(`.swatch--${category}`),
        })),
        max: top,
        text: color('.chart-text'),
        grid: color('.chart-grid'),
        reducedMotion: reducedMotion(),
      });
      this.setFailed(false);
    } catch (error) {
      console.warn('coop-widgets: the postures chart could not be drawn', error);
      this.setFailed(true);
    }
  }

  /** `forget`: also the canvas and analysis drawn, so that the next render draws again. */
  private destroy(forget: boolean): void {
    this.chart?.destroy();
    this.chart = undefined;
    if (forget) this.chartFor = undefined;
  }

  private setFailed(failed: boolean): void {
    if (failed === this.failed) return;
    this.failed = failed;
    this.host.requestUpdate();
  }
}
