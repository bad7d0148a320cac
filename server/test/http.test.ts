import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../vite.config.ts';
import type { RunningServer } from '../src/app.ts';
import { rawSocket } from './helpers/raw.ts';
import { startTestServer, tempDir } from './helpers/server.ts';

let server: RunningServer;
const INDEX = `<!doctype html><html><head><meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" /></head><body>app</body></html>`;

beforeAll(async () => {
  const dist = tempDir('dist');
  writeFileSync(join(dist, 'index.html'), INDEX);
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'index-Bc12xYz9.js'), 'console.log(1)');
  writeFileSync(join(dist, 'manifest.webmanifest'), '{}');
  server = await startTestServer({ distDir: dist });
});
afterAll(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

/** Sends the path byte for byte (fetch would normalise the dots away). */
const rawGet = (path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    request({ host: '127.0.0.1', port: server.port, path }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject).end();
  });

describe('serving the built app', () => {
  it('sends the security headers, with the build CSP plus frame-ancestors', async () => {
    for (const path of ['/', '/assets/index-Bc12xYz9.js', '/api/health', '/nope.js']) {
      const res = await get(path);
      expect(res.headers.get('content-security-policy')).toBe(`${CSP}; frame-ancestors 'none'`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('serves files with their MIME type; hashed assets are immutable, the rest revalidated', async () => {
    const html = await get('/');
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('cache-control')).toBe('no-cache');
    expect(await html.text()).toBe(INDEX);
    const js = await get('/assets/index-Bc12xYz9.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await get('/manifest.webmanifest')).headers.get('content-type')).toContain('application/manifest+json');
    const again = await get('/', { 'If-Modified-Since': html.headers.get('last-modified')! });
    expect(again.status).toBe(304);
  });

  it('falls back to index.html for routes, but a missing asset is a 404, and paths stay inside dist', async () => {
    const route = await get('/map/abc');
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(INDEX);
    expect((await get('/assets/index-OLD.js')).status).toBe(404);
    for (const path of ['/../../../../etc/passwd', '/..%2f..%2f..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/hostname']) {
      const res = await rawGet(path);
      expect(res.body).not.toContain('root:');
      expect([200, 400, 404]).toContain(res.status);
      if (res.status === 200) expect(res.body).toBe(INDEX);
    }
    expect((await rawGet('/%E0%A4%A')).status).toBe(400);
    expect((await fetch(`${server.url}/`, { method: 'POST' })).status).toBe(405);
  });

  it('accepts websockets only on the sync path', async () => {
    const sync = rawSocket(server.url); // control: /sync opens
    await sync.open;
    sync.ws.close();
    const wrong = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: server.port, path: '/not-sync', headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==' } })
        .on('response', (res) => resolve(res.statusCode ?? 0))
        .on('upgrade', () => resolve(101))
        .end();
    });
    expect(wrong).toBe(404);
  });
});
