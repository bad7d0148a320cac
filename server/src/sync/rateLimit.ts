import type WebSocket from 'ws';
import { CLOSE, LIMITS } from '../../../src/sync/protocol.ts';

type Limits = Pick<typeof LIMITS, 'messagesPerSecond' | 'messageBurst' | 'bytesPerSecond' | 'bytesBurst'>;

/**
 * Token buckets on one socket's messages and bytes. Over budget, the socket is paused (reading
 * stops, TCP pushes back on the sender) until the buckets refill; a sender that keeps a deep debt
 * even so is closed with `rate-limited`.
 */
export function meterSocket(ws: WebSocket, limits: Limits = LIMITS, now: () => number = () => performance.now()): void {
  let messages: number = limits.messageBurst;
  let bytes: number = limits.bytesBurst;
  let last = now();
  let paused = false;

  ws.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
    const t = now();
    const elapsed = (t - last) / 1000;
    last = t;
    messages = Math.min(limits.messageBurst, messages + elapsed * limits.messagesPerSecond) - 1;
    bytes = Math.min(limits.bytesBurst, bytes + elapsed * limits.bytesPerSecond) - byteLength(data);
    if (messages < -limits.messageBurst || bytes < -limits.bytesBurst) {
      ws.close(CLOSE.rateLimited.code, CLOSE.rateLimited.reason);
      return;
    }
    if (!paused && (messages < 0 || bytes < 0)) {
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
