import { existsSync } from 'node:fs';

/** Debian's Chromium (no browser download here); CHROME_PATH overrides. */
export const executablePath =
  [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p)) ?? '/usr/bin/chromium';

/** Flags for a headless Chromium on a closed network, running as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Its own port, so a running `npm start` (4173) is never mistaken for the build under test. */
export const BASE_URL = 'http://localhost:4174';
