import { defineConfig } from '@playwright/test';
import { BASE_URL, chromiumArgs, E2E_PORT, executablePath } from './e2e/browser';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: BASE_URL,
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    launchOptions: { executablePath, args: chromiumArgs },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // The built app as `npm start` serves it: through the sync server (its headers and CSP, the room
  // API and the websocket), with a fresh embedded store for each run (scripts/e2e-server.mjs).
  webServer: {
    command: `npm run build && E2E_PORT=${E2E_PORT} node scripts/e2e-server.mjs`,
    url: `${BASE_URL}/api/health`,
    // Always test a fresh build; E2E_REUSE=1 runs against a server you started yourself (iterating on a spec).
    reuseExistingServer: process.env.E2E_REUSE === '1',
    timeout: 300_000, // the build, then the embedded store's first start (initdb) on a busy machine
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
