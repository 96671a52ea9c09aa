// Browser tests in the system's headless Chromium (no browser download: see README).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, NO_CHROMIUM, chromiumPath } from './scripts/chromium.js';
import { minifyTemplates } from './scripts/minify-templates.js';

const executablePath = chromiumPath();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}

export default {
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  mimeTypes: { '**/*.json': 'js' },
  // The templates minified as the builds minify them: the tests check the markup that ships
  // (test/elements/markup.test.ts: no whitespace-only text nodes, no words run together).
  plugins: [
    fromRollup(minifyTemplates)(),
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } })],
};
