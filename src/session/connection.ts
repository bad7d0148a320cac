import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { syncUrl } from '../sync/protocol';
import { INITIAL_LINK, isTerminalRefusal, reduce, view, type LinkEvent, type LinkState, type LinkView } from './connectionState';
import type { DocumentSession } from './DocumentSession';

/** Which room a session joins, and with which secret (the link's, or the facilitator's). */
export interface RoomAddress {
  roomId: string;
  secret: string;
  /** The sync server's origin, e.g. http://localhost:4173. */
  origin: string;
}

/**
 * One open map's connection to its room: a HocuspocusProvider on the session's document and
 * awareness, with the provider's events folded into a `LinkView` for the toolbar. Lives exactly
 * as long as it is wanted: the session destroys it when it closes, `release()` ends it earlier
 * (sharing stopped), and it never outlives its session.
 */
export interface RoomConnection {
  readonly provider: HocuspocusProvider;
  readonly state: () => LinkView;
  /** The secret sent on the next (re)connection: after a rotation, the facilitator's new one. */
  setSecret(secret: string): void;
  /** Work offline: the socket closes, edits are kept on this device and merge when back online. */
  setWorkOffline(on: boolean): void;
  /** Resolves once the server holds every local change; rejects with the reason if refused. */
  whenAcknowledged(): Promise<void>;
  /** Ends the connection; the session (and its awareness, used by presence) goes on. */
  release(): void;
}

export interface ConnectOptions {
  /** Told of every change of what the indicator should show. */
  onView?: (view: LinkView) => void;
  /** Told once when the server refuses the link for good (wrong secret, sharing stopped…). */
  onRefused?: (reason: string) => void;
  /** The WebSocket class (tests in Node pass `ws`). */
  WebSocketPolyfill?: unknown;
}

/** Reconnect quickly after a blip, but never hammer a server that a room of people reconnects to. */
const RETRY = { delay: 1_000, minDelay: 500, factor: 2, maxDelay: 8_000, jitter: true } as const;

export function connectRoom(session: DocumentSession, room: RoomAddress, options: ConnectOptions = {}): RoomConnection {
  let secret = room.secret;
  let link: LinkState = INITIAL_LINK;
  let released = false;
  const waiters = new Set<{ resolve: () => void; reject: (e: Error) => void }>();
  let shown = view(link);

  const socket = new HocuspocusProviderWebsocket({
    url: syncUrl(room.origin, room.roomId),
    ...RETRY,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill as typeof WebSocket } : {}),
  });

  const dispatch = (event: LinkEvent) => {
    if (released) return;
    link = reduce(link, event);
    const next = view(link);
    if (next.connection !== shown.connection || next.pending !== shown.pending || next.reason !== shown.reason) {
      shown = next;
      options.onView?.(next);
    }
    settle();
  };

  const settle = () => {
    if (!waiters.size) return;
    if (link.refusal) {
      for (const w of waiters) w.reject(new Error(link.refusal));
      waiters.clear();
    } else if (shown.connection === 'connected' && provider.unsyncedChanges === 0) {
      for (const w of waiters) w.resolve();
      waiters.clear();
    }
  };

  const provider = session.connect(
    (doc) =>
      new HocuspocusProvider({
        websocketProvider: socket,
        name: room.roomId,
        // Read at each (re)connection, so a rotated secret is used without a new provider.
        token: () => secret,
        document: doc,
        awareness: session.awareness,
        onStatus: ({ status }) => dispatch({ type: 'status', status }),
        onAuthenticated: () => dispatch({ type: 'authenticated' }),
        onAuthenticationFailed: ({ reason }) => {
          dispatch({ type: 'refused', reason });
          if (isTerminalRefusal(reason)) {
            // Retrying the same secret cannot succeed; stop instead of knocking forever.
            socket.disconnect();
            options.onRefused?.(reason);
          }
        },
        onSynced: () => dispatch({ type: 'synced' }),
        onUnsyncedChanges: ({ number }) => dispatch({ type: 'unsynced', count: number }),
        onClose: ({ event }) => dispatch({ type: 'closed', reason: event.reason ?? '' }),
        // The socket is ours (built above so its events reach the provider once): it ends with
        // the provider, also when the session had closed before this connection was made.
        onDestroy: () => {
          released = true;
          socket.destroy();
          for (const w of waiters) w.reject(new Error('closed'));
          waiters.clear();
        },
      }),
  );
  if (!released) provider.attach();

  return {
    provider,
    state: () => shown,
    setSecret(next) {
      secret = next;
    },
    setWorkOffline(on) {
      if (released) return;
      dispatch({ type: 'workOffline', on });
      if (on) socket.disconnect();
      else void socket.connect();
    },
    whenAcknowledged() {
      if (released) return Promise.reject(new Error('closed'));
      return new Promise<void>((resolve, reject) => {
        waiters.add({ resolve, reject });
        settle();
      });
    },
    release() {
      if (released) return;
      // The provider would destroy the awareness it was given, which is the session's (presence
      // keeps using it): take it back first, and forget the others, who are no longer here.
      const awareness = session.awareness;
      awareness.off('update', provider.boundAwarenessUpdateHandler);
      provider.configuration.awareness = null;
      const others = [...awareness.getStates().keys()].filter((id) => id !== awareness.clientID);
      if (others.length) removeAwarenessStates(awareness, others, 'released');
      session.disconnect(provider);
    },
  };
}

export type FetchResult = { ok: true; doc: Y.Doc } | { ok: false; error: string };

/**
 * The room's document as the server holds it, for joining: a short-lived provider on a fresh
 * document, ended as soon as the first exchange is done (or refused, or timed out). Nothing is
 * stored here; the caller decides what to keep.
 */
export function fetchRoomDocument(room: RoomAddress, timeoutMs = 30_000, WebSocketPolyfill?: unknown): Promise<FetchResult> {
  const doc = new Y.Doc();
  return new Promise<FetchResult>((resolve) => {
    let done = false;
    const socket = new HocuspocusProviderWebsocket({
      url: syncUrl(room.origin, room.roomId),
      ...RETRY,
      ...(WebSocketPolyfill ? { WebSocketPolyfill: WebSocketPolyfill as typeof WebSocket } : {}),
    });
    const finish = (result: FetchResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      provider.destroy();
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, error: 'timeout' }), timeoutMs);
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room.roomId,
      token: room.secret,
      document: doc,
      awareness: null,
      onSynced: () => finish({ ok: true, doc }),
      onAuthenticationFailed: ({ reason }) => finish({ ok: false, error: reason }),
    });
    provider.attach();
  });
}
