import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer, type WebSocket } from 'ws';
import { CLOSE, HEALTH_PATH, LIMITS, SYNC_PATH, type Limits } from '../../src/sync/protocol.ts';
import type { ServerConfig } from './config.ts';
import { roomsApi } from './http/api.ts';
import { cspFromBuild, securityHeaders, sendJson } from './http/headers.ts';
import { serveStatic } from './http/static.ts';
import { openStorage, type Storage } from './store/index.ts';
import { createSync } from './sync/hocuspocus.ts';
import { meterSocket } from './sync/rateLimit.ts';

export interface RunningServer {
  port: number;
  url: string;
  sync: Hocuspocus;
  storage: Storage;
  /** Stops listening, stores every document, closes connections and the database. */
  close(): Promise<void>;
}

/** How often documents nobody is connected to are looked for and unloaded (a safety net). */
const SWEEP_MS = 60_000;

/** One port: the built app, the room API and the sync websocket. */
export async function startServer(config: ServerConfig & { limits?: Partial<Limits> }): Promise<RunningServer> {
  const limits = { ...LIMITS, ...config.limits };
  const storage = await openStorage(config);
  const sync = createSync({ storage, redisUrl: config.redisUrl, storeDebounceMs: config.storeDebounceMs, storeMaxDebounceMs: config.storeMaxDebounceMs, compactIntervalMs: config.compactIntervalMs, limits });
  const headers = securityHeaders(cspFromBuild(config.distDir));
  const api = roomsApi(storage, sync, { trustProxy: config.trustProxy });

  const http: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const handled = path === HEALTH_PATH
      ? Promise.resolve(sendJson(res, 200, { ok: true, storage: storage.kind, scaledOut: Boolean(config.redisUrl) })).then(() => true)
      : api(req, res).then((done) => done || serveStatic(req, res, config.distDir).then(() => true));
    handled.catch((error: unknown) => {
      // Never echo the request (its headers may hold a secret); the error itself is ours.
      console.error('[http]', req.method, path, error instanceof Error ? error.message : error);
      if (!res.headersSent) sendJson(res, 500, { error: 'server-error' });
      else res.destroy();
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  const authenticated = new WeakSet<IncomingMessage>();
  sync.configure({
    extensions: [
      ...sync.configuration.extensions,
      { extensionName: 'JourneyprintSocket', connected: async ({ request }) => void authenticated.add(request) },
    ],
  });

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== SYNC_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      ws.on('error', (error) => console.error('[ws]', error.message));
      meterSocket(ws, limits);
      const timer = setTimeout(() => {
        if (!authenticated.has(req)) ws.close(CLOSE.authTimeout.code, CLOSE.authTimeout.reason);
      }, limits.authTimeoutMs);
      timer.unref();
      ws.once('close', () => clearTimeout(timer));
      sync.handleConnection(ws, req);
    });
  });

  const sweep = setInterval(() => {
    for (const document of sync.documents.values()) {
      if (document.getConnectionsCount() === 0) void sync.unloadDocument(document);
    }
  }, SWEEP_MS);
  sweep.unref();

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const { port } = http.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  const close = () => (closing ??= (async () => {
    clearInterval(sweep);
    http.close();
    // Store what is pending now, then let the connections go (each last close stores again if needed).
    await Promise.all([...sync.documents.values()].map((d) => sync.debouncer.executeNow(`onStoreDocument-${d.name}`)));
    sync.closeConnections();
    for (const ws of wss.clients) ws.terminate();
    wss.close();
    await waitFor(() => sync.getDocumentsCount() === 0, 5_000);
    await sync.hooks('onDestroy', { instance: sync });
    http.closeAllConnections();
    await storage.close();
  })());

  return { port, url: `http://localhost:${port}`, sync, storage, close };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
}
