// npm run build: the npm package's ES modules + .d.ts, the single-file embed bundle, the Custom Elements
// Manifest and the JSON Schemas. Each step fails the build on error.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'vite';
import { embedBuild, packageBuild } from '../vite.config.js';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'inherit' });

// `--embed`: the single-file bundle only (what `npm start` needs for demo/plain.html), in a few seconds.
if (process.argv.includes('--embed')) {
  rmSync('dist/coop-widgets', { recursive: true, force: true });
  await build({ configFile: false, logLevel: 'warn', ...embedBuild });
  console.log('Built dist/coop-widgets.js.');
  process.exit(0);
}

rmSync('dist', { recursive: true, force: true });
await build({ configFile: false, logLevel: 'warn', ...packageBuild });
await build({ configFile: false, logLevel: 'warn', ...embedBuild });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npm', ['run', '--silent', 'analyze']);
run('npm', ['run', '--silent', 'schemas']);
console.log('Built dist/, custom-elements.json and schemas/.');
