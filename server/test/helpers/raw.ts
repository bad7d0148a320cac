import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { SYNC_PATH } from '../../../src/sync/protocol.ts';

/** Hand-made Hocuspocus frames, for what a well-behaved provider would never send. */
export function authMessage(documentName: string, token: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, 2); // Auth
  encoding.writeVarUint(e, 0); // Token
  encoding.writeVarString(e, token);
  return encoding.toUint8Array(e);
}

export function updateMessage(documentName: string, update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, 0); // Sync
  encoding.writeVarUint(e, 2); // update
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

export interface RawSocket {
  ws: WebSocket;
  open: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  received: Uint8Array[];
}

export function rawSocket(baseUrl: string, query = ''): RawSocket {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}${SYNC_PATH}${query}`);
  const received: Uint8Array[] = [];
  ws.on('message', (data) => received.push(new Uint8Array(data as Buffer)));
  ws.on('error', () => undefined);
  const open = new Promise<void>((resolve) => ws.once('open', () => resolve()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  return { ws, open, closed, received };
}
