import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy (not in dev, where Vite injects inline scripts).
 * Only our own scripts run; nothing is fetched from elsewhere; exports use data: and blob: images.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

function csp(): Plugin {
  return {
    name: 'journeyprint-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react(), csp()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1200, minify: process.env.NO_MINIFY ? false : 'oxc' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
  },
});
