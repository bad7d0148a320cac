import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['bench/routing.timing.ts'], environment: 'node' } });
