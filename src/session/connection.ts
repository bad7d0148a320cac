import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { syncUrl } from '../sync/protocol';
import { INITIAL_LINK, isLimitClose, isTerminalRefusal, reduce, view, type LinkEvent, type LinkState, type LinkView } from './connectionState';
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
  /** Work offline: the socket closes, edits are kept on this device and merge when back online. */
  setWorkOffline(on: boolean): void;
  /**
   * Holds the connection while the room's secrets change (rotate, stop): otherwise the server's
   * close would make it reconnect at once with a secret that is about to stop working.
   */
  hold(): void;
  /** Reconnects after `hold`, with the new secret if there is one. */
  resume(secret?: string): void;
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

/**
 * After the server closed the document for a limit (too large, too fast), wait before sending
 * it again; after a rotation or a stop, ask at once where we stand.
 */
const restartDelay = (reason: string) => (isLimitClose(reason) ? 10_000 : 0);

/** Reconnect quickly after a blip, but never hammer a server that a room of people reconnects to. */
const RETRY = { delay: 1_000, minDelay: 500, factor: 2, maxDelay: 8_000, jitter: true } as const;

export function connectRoom(session: DocumentSession, room: RoomAddress, options: ConnectOptions = {}): RoomConnection {
  let secret = room.secret;
  let link: LinkState = INITIAL_LINK;
  let released = false;
  let ended = false;
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
        onClose: ({ event }) => {
          dispatch({ type: 'closed', reason: event.reason ?? '' });
          // The server closed this document but not the socket (the link was rotated, sharing
          // stopped, a limit was hit): only a new socket authenticates again and learns which.
          if (socket.status === 'connected') setTimeout(() => !released && socket.webSocket?.close(), restartDelay(event.reason ?? ''));
        },
        // The socket is ours (built above so its events reach the provider once): it ends with
        // the provider, also when the session had closed before this connection was made.
        onDestroy: () => {
          // Destroying the socket makes it forward a 'destroy' to this provider again.
          if (ended) return;
          ended = true;
          released = true;
          socket.destroy();
          for (const w of waiters) w.reject(new Error('closed'));
          waiters.clear();
        },
      }),
  );
  if (!released) provider.attach();

  let held = false;
  const reopen = () => {
    if (released || held || link.workOffline) return;
    if (socket.status === 'connected') {
      // connect() does nothing on an open socket: close it and let the provider reconnect.
      socket.shouldConnect = true;
      socket.webSocket?.close();
    } else void socket.connect();
  };

  return {
    provider,
    state: () => shown,
    setWorkOffline(on) {
      if (released) return;
      dispatch({ type: 'workOffline', on });
      if (on) socket.disconnect();
      else reopen();
    },
    hold() {
      held = true;
      socket.disconnect();
    },
    resume(next) {
      if (next) secret = next;
      held = false;
      // A refusal of the old secret is forgotten: the new one gets its own answer.
      if (next) dispatch({ type: 'rekeyed' });
      reopen();
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
      // The provider would destroy the awareness it was given and clear this person's state in
      // it; but it is the session's, and presence goes on using it: keep both.
      const awareness = session.awareness;
      const local = awareness.getLocalState();
      const destroy = awareness.destroy;
      awareness.destroy = () => {};
      try {
        session.disconnect(provider);
      } finally {
        awareness.destroy = destroy;
      }
      if (local !== null) awareness.setLocalState(local);
      // The others are no longer here.
      const others = [...awareness.getStates().keys()].filter((id) => id !== awareness.clientID);
      if (others.length) removeAwarenessStates(awareness, others, 'released');
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
