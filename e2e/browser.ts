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

/**
 * Its own port, so a running `npm start` (4173) is never mistaken for the build under test.
 * E2E_PORT moves it, so several checkouts can run their suites side by side.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);
export const BASE_URL = `http://localhost:${E2E_PORT}`;
/** The benchmark's own preview port (BENCH_PORT moves it). */
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 4175);
