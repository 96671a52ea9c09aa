// npm run build: the npm package's ES modules + .d.ts, the embeds (the all-in-one `dist/coop-widgets.js` and one
// entry per tag in `dist/embed/`), the Custom Elements Manifest and the JSON Schemas. Each step fails the build on error.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'vite';
import { embedBuild, packageBuild, widgetEmbedBuild } from '../vite.config.js';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'inherit' });

// `--embed`: the embeds only (what `npm start` needs for demo/plain.html), in a few seconds.
if (process.argv.includes('--embed')) {
  rmSync('dist/coop-widgets', { recursive: true, force: true });
  rmSync('dist/embed', { recursive: true, force: true });
  await build({ configFile: false, logLevel: 'warn', ...embedBuild });
  await build({ configFile: false, logLevel: 'warn', ...widgetEmbedBuild });
  console.log('Built dist/coop-widgets.js and dist/embed/.');
  process.exit(0);
}

rmSync('dist', { recursive: true, force: true });
// The schemas first: the config editor's builds bundle them (its JSON pane's completion and hover help).
run('npm', ['run', '--silent', 'schemas']);
await build({ configFile: false, logLevel: 'warn', ...packageBuild });
await build({ configFile: false, logLevel: 'warn', ...embedBuild });
await build({ configFile: false, logLevel: 'warn', ...widgetEmbedBuild });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npm', ['run', '--silent', 'analyze']);
console.log('Built dist/, custom-elements.json and schemas/.');
