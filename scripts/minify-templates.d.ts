import type { Plugin } from 'vite';
import type { Strategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
export const edgeAwareStrategy: Strategy;
export const templateMinifyOptions: { minifyOptions: Record<string, unknown>; strategy: Strategy };
export function minifyTemplates(options?: { include?: string | RegExp | (string | RegExp)[] }): Plugin;
