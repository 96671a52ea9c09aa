// The system's Chromium, shared by the browser tests, the post-build checks and the benchmark: never a
// downloaded browser. As root (CI, this machine) Chromium needs --no-sandbox; the networking flags stop it
// from calling home on a machine with no network. Chromium 14x+ loads its omnibox popup, a WebUI page of ~130
// modules, in a renderer of its own for every new tab, headless too: about 250 ms of CPU that ran beside each
// page the benchmark timed, on a 2-core machine (Puppeteer's own defaults disable it since its PR #15278).
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export const NO_CHROMIUM =
  'No Chromium found for the browser tests: install it (on Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium executable.';

/** CHROME_PATH, else the usual Debian/Ubuntu locations; undefined when none exists. */
export function chromiumPath() {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (path) => path && existsSync(path),
  );
}
