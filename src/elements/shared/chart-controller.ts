/**
 * A chart.js chart drawn into a widget's canvas: the drawing module (and chart.js with it) is loaded with
 * import() only when a chart is first shown, so it never weighs on the first paint. The chart is redrawn when
 * what it shows changes, destroyed when its canvas goes or the widget leaves the page, and `failed` says when
 * it could not be drawn, for the widget to show its fallback text instead.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What chart.js returns: all this controller needs of it. */
export interface DrawnChart {
  destroy(): void;
}

export interface ChartOptions<Module> {
  /** Named in the warning when the chart cannot be drawn, e.g. "result chart". */
  name: string;
  /** The canvas to draw into, or none while the chart is not shown. */
  canvas(): HTMLCanvasElement | null | undefined;
  /**
   * What the chart shows, compared item by item (by identity) after each update: a change redraws it;
   * `undefined` means no chart now (the chart is destroyed).
   */
  data(): readonly unknown[] | undefined;
  /** Loads the drawing module: an `import()`, so that a bundler splits it off. */
  load(): Promise<Module>;
  /**
   * Draws into the canvas; `undefined` when there is nothing to draw after all. `reducedMotion`: the user
   * asked for less motion, so the chart should not animate.
   */
  draw(module: Module, canvas: HTMLCanvasElement, reducedMotion: boolean): DrawnChart | undefined;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export class ChartController<Module> implements ReactiveController {
  private chart?: DrawnChart;
  /** What the chart drawn (or being drawn) shows; a draw that is no longer current stands down. */
  private drawing?: { canvas: HTMLCanvasElement; data: readonly unknown[] };
  private fail = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ChartOptions<Module>,
  ) {
    host.addController(this);
  }

  /** True when the chart could not be drawn (chart.js failed to load or to draw): show the fallback text. */
  get failed(): boolean {
    return this.fail;
  }

  hostUpdated(): void {
    const canvas = this.options.canvas();
    const data = this.options.data();
    if (!canvas || !data) return this.destroy();
    const drawing = this.drawing;
    if (
      drawing?.canvas === canvas &&
      drawing.data.length === data.length &&
      drawing.data.every((d, i) => d === data[i])
    )
      return;
    void this.draw(canvas, data);
  }

  hostDisconnected(): void {
    this.destroy();
  }

  private async draw(canvas: HTMLCanvasElement, data: readonly unknown[]): Promise<void> {
    const drawing = { canvas, data };
    this.drawing = drawing;
    try {
      const module = await this.options.load();
      if (this.drawing !== drawing) return;
      this.chart?.destroy();
      this.chart = undefined; // chart.js draws on a canvas only once the chart there is gone
      this.chart = this.options.draw(module, canvas, reducedMotion());
      this.setFailed(false);
    } catch (error) {
      console.warn(`coop-widgets: the ${this.options.name} could not be drawn`, error);
      this.setFailed(true);
    }
  }

  private destroy(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.drawing = undefined;
  }

  private setFailed(failed: boolean): void {
    if (failed === this.fail) return;
    this.fail = failed;
    this.host.requestUpdate();
  }
}
