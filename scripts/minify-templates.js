// The markup and styles inside html`` and css``, minified by Lit's plugin for every build that ships (the embed
// and the npm package) and for the browser tests, so that they test the markup that ships. Plain JavaScript: the
// test runner's configuration loads it without a TypeScript loader.
//
// Whitespace between tags is removed, not collapsed to one space: indentation once gave the questionnaire's
// shadow root for 500 questions 11,706 whitespace-only text nodes (a third of its nodes). The minifier keeps one
// space where it is visible text (between two inline elements, or text and an inline element) and removes it
// around blocks. What it cannot see is the context of a template's own edges: a template is a fragment, and
// `html\` <button>…\`` mapped over a list puts the space between two buttons. So a template's leading or
// trailing whitespace is kept as one space when it holds no line break (written on purpose), and dropped when it
// does (the template's indentation).
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions, defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

/** @type {typeof defaultStrategy} */
export const edgeAwareStrategy = {
  ...defaultStrategy,
  async minifyHTML(html, options) {
    let out = await defaultStrategy.minifyHTML(html, options);
    const lead = /^\s+/.exec(html)?.[0];
    const trail = /\s+$/.exec(html)?.[0];
    if (lead && !/[\r\n]/.test(lead) && !/^\s/.test(out)) out = ` ${out}`;
    if (trail && !/[\r\n]/.test(trail) && !/\s$/.test(out)) out = `${out} `;
    return out;
  },
};

/** Options for the minifier: the plugin's defaults, whitespace between tags removed, the template's edges kept. */
export const templateMinifyOptions = {
  minifyOptions: { ...defaultMinifyOptions, conservativeCollapse: false },
  strategy: edgeAwareStrategy,
};

/**
 * Lit's template minifier with these options, for the library's own sources only. A template it cannot parse
 * fails the build rather than shipping unminified.
 * @param {{ include?: string | RegExp | (string | RegExp)[] }} [options]
 */
export function minifyTemplates(options = {}) {
  return minifyHTML({
    include: options.include ?? /[\\/]src[\\/].*\.ts$/,
    failOnError: true,
    options: templateMinifyOptions,
  });
}
