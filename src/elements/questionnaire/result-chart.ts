/**
 * The result step's chart of section scores: shown while the result step is (not in the print report), drawn
 * by chart.ts once loaded (which reads the widget's own colours there). Its controller comes with the result
 * step's module (result-view.ts), created when that step is first drawn (views.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import type { LocaleController } from '../shared/locale-controller.js';
import { ChartController, type ChartOptions } from '../shared/chart-controller.js';
import type { QuestionnaireStep } from '../../core/runtime.js';
import type { AnswersController } from './answers-controller.js';
import type { PrintController } from './print-controller.js';

/** The element: its step and the shadow root that holds the canvas and the colour samples. */
export interface ResultChartHost extends HTMLElement, ReactiveControllerHost {
  readonly step: QuestionnaireStep;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The chart's controller, added to the element: it draws while the result step is shown. */
export function createResultChart(
  host: ResultChartHost,
  answers: AnswersController,
  printer: PrintController,
  i18n: LocaleController,
): ChartController<typeof import('./chart.js')> {
  return new ChartController(host, resultChart(host, answers, printer, i18n));
}

function resultChart(
  host: ResultChartHost,
  answers: AnswersController,
  printer: PrintController,
  i18n: LocaleController,
): ChartOptions<typeof import('./chart.js')> {
  return {
    name: 'result chart',
    // Looked for on the result step only: on the fill step, after each answer, it would search every question.
    canvas: () => (host.step === 'result' ? host.renderRoot.querySelector('canvas') : null),
    data: () =>
      host.step === 'result' && answers.result && !printer.printing ? [answers.result, i18n.locale] : undefined,
    load: () => import('./chart.js'),
    draw: ({ drawResultChart }, canvas, reducedMotion) => {
      const { model, result } = answers;
      return model && result ? drawResultChart(canvas, host.renderRoot, host, model, result, reducedMotion) : undefined;
    },
  };
}
