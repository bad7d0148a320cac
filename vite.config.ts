import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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
  plugins: [
    react(),
    csp(),
    // Offline after the first visit, installable; a new version is offered, never forced (no
    // automatic reload that could lose work). Registration is bundled, so the CSP stays strict.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Journeyprint 旅程蓝图',
        short_name: 'Journeyprint',
        description: 'Customer journey maps and service blueprints, stored in your browser.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#f6f8fa',
        theme_color: '#1565c0',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: process.env.NO_MINIFY ? false : 'oxc',
    rollupOptions: {
      output: {
        // zod and the entry's zod settings (src/zodConfig.ts: no eval probe, which the CSP would
        // report) in one chunk, so the settings apply before any chunk that validates runs.
        manualChunks: (id) => (/node_modules\/zod\/|src\/zodConfig\.ts$/.test(id) ? 'zod' : undefined),
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
  },
});
