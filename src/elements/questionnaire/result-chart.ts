/**
 * The result step's chart of section scores: shown while the result step is (not in the print report), drawn
 * by chart.ts once loaded, in the widget's own colours (read from styled elements, so a site's theme applies).
 */
import type { LocaleController } from '../shared/locale-controller.js';
import type { ChartOptions } from '../shared/chart-controller.js';
import type { QuestionnaireStep } from '../../core/runtime.js';
import type { AnswersController } from './answers-controller.js';
import type { PrintController } from './print-controller.js';

/** The element: its step and the shadow root that holds the canvas and the colour samples. */
export interface ResultChartHost extends HTMLElement {
  readonly step: QuestionnaireStep;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export function resultChart(
  host: ResultChartHost,
  answers: AnswersController,
  printer: PrintController,
  i18n: LocaleController,
): ChartOptions<typeof import('./chart.js')> {
  return {
    name: 'result chart',
    canvas: () => host.renderRoot.querySelector('canvas'),
    data: () =>
      host.step === 'result' && answers.result && !printer.printing ? [answers.result, i18n.locale] : undefined,
    load: () => import('./chart.js'),
    draw: ({ drawSectionChart }, canvas, reducedMotion) => {
      const { model, result } = answers;
      if (!model || !result) return undefined;
      const style = (selector: string, property: 'color' | 'backgroundColor' = 'color'): string =>
        getComputedStyle(host.renderRoot.querySelector(selector) ?? host)[property];
      return drawSectionChart(canvas, {
        // Numbers only: long titles do not fit round a radar on a phone; the table beside names them.
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
    },
  };
}
