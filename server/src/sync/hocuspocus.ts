import { Redis } from '@hocuspocus/extension-redis';
import {
  Hocuspocus, type afterUnloadDocumentPayload, type Connection, type Extension, type onChangePayload, type onLoadDocumentPayload, type onStoreDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import {
  AUTH_FAILURE, CLOSE, LIMITS, ROOM_ID_PATTERN, STRUCTURE_COLLECTIONS, STRUCTURE_LOCK_KEY, VOTE_ROUND_KEY, VOTES_MAP, WORKSHOP_MAP, type Limits, type Role,
} from '../../../src/sync/protocol.ts';
import { roleFor } from '../rooms/secrets.ts';
import { applyParts } from '../store/documents.ts';
import type { Storage } from '../store/index.ts';
import { decodeUpdate, documentUpdateIn, isEmptyUpdate, isSavedAck } from './messages.ts';
import { InFlight, touchedRoots, type Touched } from './touches.ts';

export interface SyncOptions {
  storage: Storage;
  redisUrl?: string;
  storeDebounceMs: number;
  storeMaxDebounceMs: number;
  compactIntervalMs: number;
  limits?: Partial<Limits>;
}

/** Thrown from a hook: Hocuspocus sends `reason` to the client (no `message`, so nothing is logged). */
const refuse = (reason: string) => ({ reason });
const closeWith = (event: { code: number; reason: string }) => ({ ...event });

/**
 * The sync engine: Hocuspocus with (in this order) Redis when scaling out, the store, and our
 * rules (authentication by room secret, read-only viewers, the workshop map and structure lock,
 * size limits, the durable update log).
 *
 * Ordering of one update: refused or accepted here (synchronously, no I/O), then appended to the
 * log (batched, asynchronous), applied and relayed to the others at once, and acknowledged to its
 * sender only when its log write is durable (see `holdAcks`). So others see an edit without
 * waiting for the disk, and an acknowledged edit survives a killed server; an edit relayed but
 * not yet durable when the server dies is unacknowledged, so its sender sends it again on
 * reconnect (and the others hold it too).
 */
export function createSync(options: SyncOptions): Hocuspocus {
  const { storage } = options;
  const limits = { ...LIMITS, ...options.limits };
  /** Upper bound of each loaded document's encoded size: exact at load and store, plus updates since. */
  const sizes = new Map<string, number>();
  /** Per document: the highest log row id known durable (every update up to it is applied). */
  const durableIds = new Map<string, number>();
  const inFlight = new Map<string, InFlight>();
  /** Per connection: the last append it asked for; its acknowledgements wait for it. */
  const durable = new WeakMap<Connection, Promise<unknown>>();
  /** Connections refused: messages of theirs already on the way are refused too. */
  const refused = new WeakMap<Connection, { code: number; reason: string }>();
  const extensions: Extension[] = [];

  // Redis must run before the store (its priority 1000 sorts it first): its onStoreDocument takes
  // a lock so that only one instance writes a room at a time. When another instance holds the
  // lock, it throws an empty error and this instance's store is skipped. That skip loses nothing
  // here: every update is already in the log (see the rules below) and stores merge.
  if (options.redisUrl) extensions.push(new Redis(redisConfig(options.redisUrl)));

  extensions.push(new LogCompaction({
    storage,
    minIntervalMs: options.compactIntervalMs,
    // Alone, this instance's document holds everything logged up to the durable id; with Redis,
    // other instances log too, so stores merge (see DocumentStore.store).
    upTo: options.redisUrl ? () => null : (name) => durableIds.get(name) ?? 0,
    stored: (name, bytes) => sizes.set(name, bytes),
  }));

  /**
   * Hocuspocus acknowledges (SyncStatus true) right after applying; hold that message until the
   * connection's latest append is durable, so "acknowledged" keeps meaning "survives a crash".
   */
  const holdAcks = (connection: Connection) => {
    if (durable.has(connection)) return;
    durable.set(connection, Promise.resolve());
    const send = connection.send.bind(connection);
    connection.send = (message: Uint8Array) => {
      if (!isSavedAck(message)) return send(message);
      durable.get(connection)!.then(
        () => send(message),
        () => connection.close(CLOSE.storageFailed),
      );
    };
  };

  const rules: Extension = {
    extensionName: 'JourneyprintRules',
    async onAuthenticate({ token, documentName, connectionConfig, instance, requestParameters }) {
      if (!ROOM_ID_PATTERN.test(documentName)) throw refuse(AUTH_FAILURE.roomNotFound);
      // A socket opened for one room (?room=, what the load balancer routed on) serves only that room.
      const routed = requestParameters.get('room');
      if (routed !== null && routed !== documentName) throw refuse(AUTH_FAILURE.roomNotFound);
      const verdict = roleFor(await storage.rooms.get(documentName), token);
      if ('failure' in verdict) throw refuse(verdict.failure);
      if ((instance.documents.get(documentName)?.getConnectionsCount() ?? 0) >= limits.maxConnectionsPerRoom) throw refuse(AUTH_FAILURE.roomFull);
      // Enforced by Hocuspocus itself: a read-only connection's updates are never applied.
      if (verdict.role === 'viewer') connectionConfig.readOnly = true;
      return { role: verdict.role };
    },
    // No await in here: Hocuspocus applies the message when this resolves, and a participant's
    // next message must not overtake it (nor be checked against a document missing it).
    async beforeHandleMessage({ update: message, connection, document, documentName, context }) {
      holdAcks(connection);
      const refusal = refused.get(connection);
      if (refusal) throw closeWith(refusal);
      const update = documentUpdateIn(message);
      if (!update || isEmptyUpdate(update)) return;
      const decoded = decodeUpdate(update);
      if (!decoded) throw closeWith(CLOSE.invalidUpdate);
      const role = (context as { role?: Role }).role;

      let own: ReturnType<typeof touchedRoots>['own'] | undefined;
      if (role !== 'facilitator') {
        const pending = inFlight.get(documentName) ?? new InFlight();
        inFlight.set(documentName, pending);
        const touched = touchedRoots(document, decoded, pending);
        if (role === 'viewer') {
          // A viewer is read-only (Hocuspocus drops the update and says it was not applied),
          // except for their own dots while a vote that lets viewers vote is open.
          connection.readOnly = !viewerMayApply(touched, document);
          if (connection.readOnly) return;
        } else {
          const why = refusalFor(touched, document);
          if (why) {
            refused.set(connection, why);
            throw closeWith(why);
          }
        }
        own = touched.own;
      }

      let size = (sizes.get(documentName) ?? 0) + update.byteLength;
      if (size > limits.maxDocumentBytes) {
        size = Y.encodeStateAsUpdate(document).byteLength + update.byteLength;
        if (size > limits.maxDocumentBytes) throw closeWith(CLOSE.documentTooLarge);
      }
      sizes.set(documentName, size);
      if (own) inFlight.get(documentName)!.add(document, own);

      const written = storage.documents.append(documentName, update).then((id) => {
        durableIds.set(documentName, Math.max(durableIds.get(documentName) ?? 0, id));
      });
      written.catch((error: unknown) => console.error('[store] append failed:', error instanceof Error ? error.message : error));
      durable.set(connection, written);
    },
    async afterUnloadDocument({ documentName, instance }) {
      if (instance.documents.has(documentName)) return;
      sizes.delete(documentName);
      durableIds.delete(documentName);
      inFlight.delete(documentName);
    },
  };
  extensions.push(rules);

  return new Hocuspocus({
    name: 'journeyprint',
    quiet: true,
    debounce: options.storeDebounceMs,
    maxDebounce: options.storeMaxDebounceMs,
    unloadImmediately: true,
    extensions,
  });
}

/** Why a non-facilitator's update is refused, or null when it may be applied. */
function refusalFor(touched: Touched, document: Y.Doc): { code: number; reason: string } | null {
  if (touched.roots.has(WORKSHOP_MAP)) return CLOSE.facilitatorOnly;
  if (touched.unknown) return CLOSE.invalidUpdate;
  if (document.getMap(WORKSHOP_MAP).get(STRUCTURE_LOCK_KEY) === true && STRUCTURE_COLLECTIONS.some((c) => touched.roots.has(c))) return CLOSE.structureLocked;
  return null;
}

/** Whether a viewer's update only places or takes back dots of an open vote that viewers may join. */
function viewerMayApply(touched: Touched, document: Y.Doc): boolean {
  if (touched.unknown || touched.roots.size === 0 || [...touched.roots].some((r) => r !== VOTES_MAP)) return false;
  const round = document.getMap(WORKSHOP_MAP).get(VOTE_ROUND_KEY) as { status?: unknown; viewers?: unknown } | undefined;
  return !!round && typeof round === 'object' && round.status === 'open' && round.viewers === true;
}

/** ioredis options from a redis:// or rediss:// URL, without depending on ioredis ourselves. */
function redisConfig(url: string) {
  const u = new URL(url);
  const db = Number(u.pathname.replace(/^\//, '') || 0);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    options: {
      username: u.username ? decodeURIComponent(u.username) : undefined,
      password: u.password ? decodeURIComponent(u.password) : undefined,
      db: Number.isInteger(db) ? db : 0,
      ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  };
}

/**
 * Loads a document from the store, and stores it: folds the update log into the stored state.
 * Every update is durable in the log before it is acknowledged, so a store is only compaction.
 * Hocuspocus queues one more store for every update that arrives while one runs (its max-debounce
 * path), so in a busy room stores would run back to back; run at most one per `minIntervalMs` per
 * document, and none when nothing changed since the last one.
 */
class LogCompaction implements Extension {
  extensionName = 'JourneyprintStore';
  private readonly changes = new Map<string, number>();
  private readonly stored = new Map<string, number>();
  private readonly storedAt = new Map<string, number>();

  constructor(private readonly options: {
    storage: Storage;
    minIntervalMs: number;
    upTo: (name: string) => number | null;
    stored: (name: string, bytes: number) => void;
  }) {}

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload) {
    const room = await this.options.storage.rooms.get(documentName);
    if (!room || room.stoppedAt !== null) return;
    const parts = await this.options.storage.documents.fetchParts(documentName);
    applyParts(document, parts);
    // The size limit's starting point: the stored bytes, not a second encoding of the document.
    this.options.stored(documentName, parts.reduce((n, p) => n + p.byteLength, 0));
  }

  async onChange({ documentName }: onChangePayload) {
    this.changes.set(documentName, (this.changes.get(documentName) ?? 0) + 1);
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload) {
    const version = this.changes.get(documentName) ?? 0;
    if (this.stored.get(documentName) === version) return;
    if (performance.now() - (this.storedAt.get(documentName) ?? -Infinity) < this.options.minIntervalMs) return;
    this.storedAt.set(documentName, performance.now());
    // The version, the log position and the state are read in one synchronous step, so no
    // update falls between them.
    const upTo = this.options.upTo(documentName);
    const state = Y.encodeStateAsUpdate(document);
    const { storage } = this.options;
    const room = await storage.rooms.get(documentName);
    // A stopped room's document was deleted; a late debounced store must not bring it back.
    if (!room || room.stoppedAt !== null) return;
    this.options.stored(documentName, await storage.documents.store(documentName, state, upTo));
    this.stored.set(documentName, version);
  }

  async afterUnloadDocument({ documentName, instance }: afterUnloadDocumentPayload) {
    if (instance.documents.has(documentName)) return;
    this.changes.delete(documentName);
    this.stored.delete(documentName);
    this.storedAt.delete(documentName);
  }
}
