import { defineConfig } from 'vitest/config';

/** The printed timings (bench/*.timing.ts): `npx vitest run -c bench/routing.config.ts [file]`. */
export default defineConfig({ test: { include: ['bench/*.timing.ts'], environment: 'node', testTimeout: 120_000 } });
