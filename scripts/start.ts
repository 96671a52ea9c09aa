// `npm start`: the demo and the embedded workshop server together. On the first run it creates a workshop in
// .tmp/coop-data (PGlite) and keeps its links in .tmp/coop-workshop.json; every run prints the facilitator's
// link and the participants' invitation, starts coop-widgets-server on 127.0.0.1:8787 from the sources, then
// Vite on 127.0.0.1:5173, which forwards /api to the server (one origin: no CORS). Ctrl+C stops both. COOP_DEMO_PORT and
// COOP_SERVER_PORT move them (the workshop's links name the demo's port: delete .tmp/ after a change).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const tmp = join(root, '.tmp');
const data = join(tmp, 'coop-data');
const saved = join(tmp, 'coop-workshop.json');
const demoPort = process.env['COOP_DEMO_PORT'] ?? '5173';
const app = `http://127.0.0.1:${demoPort}`;
const port = process.env['COOP_SERVER_PORT'] ?? '8787';
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const vite = join(root, 'node_modules', '.bin', 'vite');

interface Created {
  workshop: { name: string };
  facilitator: { link: string };
  invitation: { link: string };
}

mkdirSync(tmp, { recursive: true });
if (!existsSync(saved)) {
  // Before the server starts: PGlite's folder has one process at a time.
  const made = spawnSync(
    tsx,
    [
      'server/cli.ts',
      'new-workshop',
      'Atelier de démonstration',
      '--data',
      data,
      '--public-url',
      app,
      '--app-url',
      `${app}/demo/workshop.html`,
    ],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (made.status !== 0) process.exit(made.status ?? 1);
  writeFileSync(saved, made.stdout);
}
const created = JSON.parse(readFileSync(saved, 'utf8')) as Created;
console.log(`
  Workshop “${created.workshop.name}” (data in .tmp/coop-data; delete .tmp/ for a new one)
  Facilitator's view:   ${created.facilitator.link}
  Participants' invite: ${created.invitation.link}
  (open the invitation in another browser or a private window for each participant)
`);

const children: ChildProcess[] = [];
const stop = (code: number) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
};
const server = spawn(tsx, ['server/cli.ts', '--data', data, '--port', port, '--quiet'], {
  cwd: root,
  stdio: 'inherit',
});
const demo = spawn(vite, ['--open', '/demo/index.html', '--port', demoPort, '--strictPort'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, COOP_SERVER_PORT: port },
});
children.push(server, demo);
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
