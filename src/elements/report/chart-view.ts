/**
 * The sections' scores as a horizontal bar chart in inline SVG (lit `svg`, no chart.js, no canvas): it prints,
 * archives and reads the same in black and white (dark bars with a black outline, each bar's figure written at
 * its end). Each bar is labelled with its section's number; the table after it holds the titles and figures.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { ReportSection } from '../../core/index.js';

const ROW = 26;
const LEFT = 40;
const WIDTH = 560;
const TOP = 8;

export function renderSectionsChart(sections: readonly ReportSection[], caption: string, id: string): TemplateResult {
  const height = TOP + sections.length * ROW + 24;
  const x = (score: number) => LEFT + ((WIDTH - LEFT - 40) * score) / 100;
  const ticks = [0, 20, 40, 60, 80, 100];
  return html`<figure class="chart">
    <svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby=${id} class="bars">
      ${ticks.map(
        (t) =>
          svg`<line class="tick" x1=${x(t)} x2=${x(t)} y1=${TOP - 4} y2=${height - 20}></line>
            <text class="axis" x=${x(t)} y=${height - 6} text-anchor="middle">${t}</text>`,
      )}
      ${sections.map((section, i) => {
        const y = TOP + i * ROW;
        const number = section.title.split('.')[0] ?? String(i + 1);
        const score = section.score;
        return svg`<text class="label" x=${LEFT - 8} y=${y + ROW / 2 + 4} text-anchor="end">${number}</text>
          ${
            score === null
              ? svg`<text class="value" x=${x(0) + 4} y=${y + ROW / 2 + 4}>—</text>`
              : svg`<rect class="bar" x=${x(0)} y=${y + 4} width=${Math.max(x(score) - x(0), 1)} height=${ROW - 8}></rect>
                <text class="value" x=${x(score) + 4} y=${y + ROW / 2 + 4}>${score}</text>`
          }`;
      })}
    </svg>
    <figcaption id=${id}>${caption}</figcaption>
  </figure>`;
}
