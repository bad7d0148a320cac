import { defineConfig } from 'vitest/config';

// The server's integration tests: real sockets, real PGlite, and (when installed) real
// PostgreSQL and Redis. One file at a time: each starts servers and databases of its own.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/helpers/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 180_000, // a restart test spawns servers twice; CI machines can be slow
    hookTimeout: 180_000,
  },
});
