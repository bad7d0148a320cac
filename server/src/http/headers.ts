import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';

/** Without a built app there is nothing to run: refuse everything, including framing. */
const FALLBACK_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The header form of the built app's Content-Security-Policy. The build puts the policy from
 * vite.config.ts (`CSP`) in index.html's meta tag, which static hosts rely on; read from there it
 * is always the policy of the app being served. `frame-ancestors` only works as a header.
 */
export function cspFromBuild(distDir: string): string {
  let html: string;
  try {
    html = readFileSync(join(distDir, 'index.html'), 'utf8');
  } catch {
    return FALLBACK_CSP;
  }
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return meta ? `${meta[1]}; frame-ancestors 'none'` : FALLBACK_CSP;
}

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    // The room secret travels in the URL fragment, which is never sent; send no referrer at all.
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}
