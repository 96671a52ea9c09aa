// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'schemas/',
      '.tmp/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['*.js', '*.ts', 'scripts/**', '.storybook/**', 'test/dist/**', 'test/storybook/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Post-build checks drive a page: their page functions run in the browser.
    files: ['test/dist/**', 'test/storybook/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/elements/**/*.ts', 'src/define/**/*.ts', 'stories/**/*.ts', 'test/elements/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      // Lit's template binding `.prop=${…}` is how we pass data; no unsafeHTML anywhere (untrusted text).
      'lit/no-template-bind': 'error',
      'lit/no-invalid-html': 'error',
      'lit/attribute-value-entities': 'error',
    },
  },
  {
    // The core must run in Node with no DOM and never depend on rendering code.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*', 'chart.js', 'chart.js/*'],
              message: 'src/core is DOM-free: no lit or chart.js.',
            },
            { group: ['**/elements/**', '**/define/**'], message: 'src/core never imports elements.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'HTMLElement',
      ],
    },
  },
  {
    // Elements reach the core only through its public entries, like a host would: runtime.ts (all but the
    // default content and the English catalog, which they load on demand) or index.ts.
    files: ['src/elements/**/*.ts', 'src/define/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*/**', '!**/core/catalogs/*'],
              message: 'Import the core through src/core/runtime.ts or src/core/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only src/define registers tags, and it guards against double registration.
    files: ['src/**/*.ts'],
    ignores: ['src/define/**', 'src/elements/shared/define.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='customElements'][callee.property.name='define']",
          message: 'Register tags in src/define/ through defineElement().',
        },
        {
          selector: "Decorator[expression.callee.name='customElement']",
          message: 'Register tags in src/define/, not with @customElement.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
