import type WebSocket from 'ws';
import { CLOSE, LIMITS, type Limits } from '../../../src/sync/protocol.ts';

type RateLimits = Pick<Limits, 'messagesPerSecond' | 'messageBurst' | 'bytesPerSecond' | 'bytesBurst' | 'floodCloseMs'>;

/**
 * Token buckets on one socket's messages and bytes. Over budget, the socket is paused (reading
 * stops, TCP pushes back on the sender) until the buckets refill. A sender that stays over budget
 * for `floodCloseMs` without backing off, or runs up a debt of a whole burst, is closed with `rate-limited`.
 */
export function meterSocket(ws: WebSocket, limits: RateLimits = LIMITS, now: () => number = () => performance.now()): void {
  let messages: number = limits.messageBurst;
  let bytes: number = limits.bytesBurst;
  let last = now();
  let paused = false;
  let overSince: number | null = null;

  ws.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
    const t = now();
    const elapsed = (t - last) / 1000;
    last = t;
    messages = Math.min(limits.messageBurst, messages + elapsed * limits.messagesPerSecond) - 1;
    bytes = Math.min(limits.bytesBurst, bytes + elapsed * limits.bytesPerSecond) - byteLength(data);
    const over = messages < 0 || bytes < 0;
    // Hysteresis: only a sender that backed off to half a burst is forgiven its throttling.
    if (over) overSince ??= t;
    else if (messages > limits.messageBurst / 2 && bytes > limits.bytesBurst / 2) overSince = null;
    if (messages < -limits.messageBurst || bytes < -limits.bytesBurst || (overSince !== null && t - overSince > limits.floodCloseMs)) {
      // A paused socket cannot read the peer's closing handshake: resume, and cut it if it stalls.
      ws.resume();
      ws.close(CLOSE.rateLimited.code, CLOSE.rateLimited.reason);
      setTimeout(() => ws.terminate(), 2000).unref();
      return;
    }
    if (!paused && over) {
      const waitMs = Math.ceil(1000 * Math.max(-messages / limits.messagesPerSecond, -bytes / limits.bytesPerSecond));
      paused = true;
      ws.pause();
      setTimeout(() => {
        paused = false;
        if (ws.readyState === ws.OPEN) ws.resume();
      }, waitMs).unref();
    }
  });
}

const byteLength = (data: Buffer | ArrayBuffer | Buffer[]) =>
  Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength;
