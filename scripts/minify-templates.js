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

const CONTROL = /^<(?:input|textarea|select|progress)\b|<\/(?:textarea|select|progress)>$|<input\b[^<>]*>$/;

/**
 * A line break between two parts of a template, neither of them text (each a tag or an expression), is the
 * template's layout, not a space: `</div>\n  ${x}`, `${a}\n  ${b}`. So is a line break beside a form control
 * (`<input …>\n  <span>`, `<label>…</label>\n  <textarea>`): controls sit in flex and grid rows, where a space
 * between elements is never rendered. A space on one line (`${a} ${b}`, `</b> <i>`) is written on purpose and kept,
 * and so is a line break between text and anything (`Hello\n  ${name}` reads "Hello Ada"). Inside a tag, a line
 * break is a separator and becomes one space.
 */
function dropLayoutBreaks(html, placeholder) {
  const p = placeholder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const between = new RegExp(`(${p}|>)([ \\t]*[\\r\\n]\\s*)(?=${p}|<)`, 'g');
  return html.replace(between, (match, left, space, offset) => {
    // Inside a tag (a `<` after the last `>`), whitespace separates attributes: `lang=${l}\n  ${directive()}`
    // must stay two bindings, not become one attribute value `lang="${l}${directive()}"`.
    if (html.lastIndexOf('<', offset) > html.lastIndexOf('>', offset)) return `${left} `;
    if (left === placeholder) return left;
    const before = html.slice(Math.max(0, html.lastIndexOf('<', offset)), offset + 1);
    const after = html.slice(offset + match.length, offset + match.length + 12);
    const tagToTag = !after.startsWith(placeholder);
    return tagToTag && !CONTROL.test(before) && !CONTROL.test(after) ? match : left;
  });
}

/** @type {typeof defaultStrategy} */
export const edgeAwareStrategy = {
  ...defaultStrategy,
  combineHTMLStrings(parts, placeholder) {
    return dropLayoutBreaks(defaultStrategy.combineHTMLStrings(parts, placeholder), placeholder);
  },
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
