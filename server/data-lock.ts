/**
 * One process at a time on a PGlite data folder. PGlite is PostgreSQL inside this process: a second process that
 * opened the same folder (a second server, or a command such as `revoke` run while the server serves) would work
 * on its own copy in memory, unseen by the first, and both would write the folder's files. So the folder holds
 * `coop-server.pid` while a process has it open; another process is refused with a clear message. A file left by
 * a process that died (`kill -9`, a crash) is taken over, since no process of that id is alive.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'coop-server.pid';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of that id exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder for this process; returns the function that gives it back. Throws when another holds it. */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
      throw new Error(
        `the data folder ${dir} is in use by process ${pid} (a running coop-widgets-server?). PGlite serves one ` +
          'process at a time: stop that process first, or use PostgreSQL (DATABASE_URL) to run several.',
      );
    rmSync(file, { force: true }); // left by a process that is gone
  }
  throw new Error(`could not take the data folder ${dir} (${LOCK_FILE}).`);
}
