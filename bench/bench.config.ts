import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { BENCH_PORT, chromiumArgs, executablePath } from '../e2e/browser';

/** `npm run bench`: the benchmarks, run as one long Playwright "test" against a fresh build. */
export default defineConfig({
  testDir: '.',
  testMatch: process.env.BENCH_FILE ?? 'bench.spec.ts',
  timeout: 30 * 60_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../test-results/bench',
  use: { launchOptions: { executablePath, args: chromiumArgs } },
  webServer: {
    command: `npm run build && npx vite preview --port ${BENCH_PORT} --strictPort`,
    cwd: fileURLToPath(new URL('..', import.meta.url)), // run from the project root, where the build lands
    url: `http://localhost:${BENCH_PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
