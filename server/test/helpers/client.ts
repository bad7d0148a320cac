import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { syncUrl } from '../../../src/sync/protocol.ts';

/**
 * A participant as the app will be one: a Y.Doc synced through @hocuspocus/provider, here over
 * Node's `ws`. The document shape is the benchmark's: cards in a 'cards' Y.Map of Y.Maps.
 */
export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once authenticated and synced; rejects with the server's reason if refused. */
  ready: Promise<void>;
  /** Every reason the server gave for refusing or closing. */
  refusals: string[];
  /** Resolves when every local change has been acknowledged by the server. */
  acknowledged(): Promise<void>;
  close(): void;
}

export function connectClient(baseUrl: string, roomId: string, token: string, doc = new Y.Doc()): TestClient {
  const refusals: string[] = [];
  let resolveReady!: () => void;
  let rejectReady!: (e: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  ready.catch(() => undefined);
  const socket = new HocuspocusProviderWebsocket({ url: syncUrl(baseUrl, roomId), WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: roomId,
    token,
    document: doc,
    onSynced: () => resolveReady(),
    onAuthenticationFailed: ({ reason }) => {
      refusals.push(reason);
      rejectReady(new Error(reason));
    },
    onClose: ({ event }) => {
      if (event.reason) refusals.push(event.reason);
    },
  });
  provider.attach();
  return {
    doc,
    provider,
    ready,
    refusals,
    acknowledged: () => until(() => provider.isSynced && provider.unsyncedChanges === 0, 'changes acknowledged'),
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

export const cards = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('cards');

/** Adds or edits a card record in one transaction. */
export function setCard(doc: Y.Doc, id: string, fields: Record<string, unknown>): void {
  doc.transact(() => {
    let card = cards(doc).get(id);
    if (!card) {
      card = new Y.Map();
      cards(doc).set(id, card);
    }
    for (const [k, v] of Object.entries(fields)) card.set(k, v);
  });
}

export const cardText = (doc: Y.Doc, id: string) => cards(doc).get(id)?.get('text');

/** Polls `condition` (an app signal, not a fixed sleep) until true or the timeout. */
export async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
