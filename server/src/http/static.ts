import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Vite puts content-hashed files in assets/: their URL changes when they do. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, the service worker, the manifest) is revalidated every time. */
const REVALIDATE = 'no-cache';

/**
 * Serves the built app from `distDir`. A path without an extension is a client route and gets
 * index.html (the app routes by hash today, but a deep link must never 404); a missing file WITH
 * an extension is a 404, so a stale chunk name never receives HTML.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, distDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const relative = normalize(pathname).replace(/^([/\\])+/, '');
  if (relative.split(sep).includes('..') || relative.includes('\0')) {
    res.writeHead(400).end();
    return;
  }
  const file = await existingFile(join(distDir, relative === '' ? 'index.html' : relative));
  if (file) return send(req, res, file, relative.startsWith(`assets${sep}`) ? IMMUTABLE : REVALIDATE);
  if (extname(relative) !== '') {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const index = await existingFile(join(distDir, 'index.html'));
  if (!index) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('The app is not built: run npm run build (npm start does).');
    return;
  }
  return send(req, res, index, REVALIDATE);
}

async function existingFile(path: string): Promise<FileInfo | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? { path, mtime: s.mtime, size: s.size } : null;
  } catch {
    return null;
  }
}

interface FileInfo { path: string; mtime: Date; size: number }

function send(req: IncomingMessage, res: ServerResponse, { path, mtime, size }: FileInfo, cacheControl: string): void {
  const lastModified = new Date(Math.floor(mtime.getTime() / 1000) * 1000);
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  if (!Number.isNaN(since) && lastModified.getTime() <= since) {
    res.writeHead(304, { 'Cache-Control': cacheControl, 'Last-Modified': lastModified.toUTCString() }).end();
    return;
  }
  res.writeHead(200, {
    'Content-Type': MIME[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size,
    'Cache-Control': cacheControl,
    'Last-Modified': lastModified.toUTCString(),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(path).on('error', () => res.destroy()).pipe(res);
}
