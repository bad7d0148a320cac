import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension, type onChangePayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { AUTH_FAILURE, CLOSE, LIMITS, ROOM_ID_PATTERN, type Limits } from '../../../src/sync/protocol.ts';
import { roleFor } from '../rooms/secrets.ts';
import type { Storage } from '../store/index.ts';
import { documentUpdateIn, isDecodableUpdate, isEmptyUpdate } from './messages.ts';

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
 * The sync engine: Hocuspocus with (in this order) Redis when scaling out, the database, and our
 * rules (authentication by room secret, read-only viewers, size limits, the durable update log).
 */
export function createSync(options: SyncOptions): Hocuspocus {
  const { storage } = options;
  const limits = { ...LIMITS, ...options.limits };
  /** Upper bound of each loaded document's encoded size: exact at load and store, plus updates since. */
  const sizes = new Map<string, number>();
  const extensions: Extension[] = [];

  // Redis must run before the database (its priority 1000 sorts it first): its onStoreDocument
  // takes a lock so that only one instance writes a room at a time. When another instance holds
  // the lock, it throws an empty error and this instance's store is skipped. That skip loses
  // nothing here: every update is already in the log (see the rules below) and stores merge.
  if (options.redisUrl) extensions.push(new Redis(redisConfig(options.redisUrl)));

  extensions.push(
    new CoalescingDatabase({
      fetch: async ({ documentName }) => {
        const room = await storage.rooms.get(documentName);
        if (!room || room.stoppedAt !== null) return null;
        return storage.documents.fetch(documentName);
      },
      store: async ({ documentName, state }) => {
        const room = await storage.rooms.get(documentName);
        // A stopped room's document was deleted; a late debounced store must not bring it back.
        if (!room || room.stoppedAt !== null) return;
        await storage.documents.store(documentName, state);
        sizes.set(documentName, state.byteLength);
      },
    }, options.compactIntervalMs),
  );

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
    async afterLoadDocument({ documentName, document }) {
      sizes.set(documentName, Y.encodeStateAsUpdate(document).byteLength);
    },
    async beforeHandleMessage({ update: message, connection, document, documentName }) {
      const update = documentUpdateIn(message);
      if (!update || isEmptyUpdate(update)) return;
      if (!isDecodableUpdate(update)) throw closeWith(CLOSE.invalidUpdate);
      if (connection.readOnly) return; // Hocuspocus refuses it; nothing to log
      let size = (sizes.get(documentName) ?? 0) + update.byteLength;
      if (size > limits.maxDocumentBytes) {
        size = Y.encodeStateAsUpdate(document).byteLength + update.byteLength;
        if (size > limits.maxDocumentBytes) throw closeWith(CLOSE.documentTooLarge);
      }
      sizes.set(documentName, size);
      // Durable before it is applied and acknowledged: a crash after the ack loses nothing.
      await storage.documents.append(documentName, update);
    },
    async afterUnloadDocument({ documentName, instance }) {
      if (!instance.documents.has(documentName)) sizes.delete(documentName);
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
 * Hocuspocus queues one more store for every update that arrives while a store is running (its
 * max-debounce path), so in a busy room stores run back to back, each encoding and compacting the
 * whole document and holding up the update log behind it. Since every update is already durable
 * in the log, a store is only compaction: run at most one per `minIntervalMs` per document, and
 * none when nothing changed since the last one.
 */
class CoalescingDatabase extends Database {
  private readonly changes = new Map<string, number>();
  private readonly stored = new Map<string, number>();
  private readonly storedAt = new Map<string, number>();

  constructor(configuration: ConstructorParameters<typeof Database>[0], private readonly minIntervalMs: number) {
    super(configuration);
  }

  async onChange({ documentName }: onChangePayload) {
    this.changes.set(documentName, (this.changes.get(documentName) ?? 0) + 1);
  }

  override async onStoreDocument(data: onChangePayload) {
    const version = this.changes.get(data.documentName) ?? 0;
    if (this.stored.get(data.documentName) === version) return;
    if (performance.now() - (this.storedAt.get(data.documentName) ?? -Infinity) < this.minIntervalMs) return;
    this.storedAt.set(data.documentName, performance.now());
    // Read the version and encode in the same synchronous step, so no update falls between.
    await super.onStoreDocument(data);
    this.stored.set(data.documentName, version);
  }

  async afterUnloadDocument({ documentName, instance }: { documentName: string; instance: Hocuspocus }) {
    if (instance.documents.has(documentName)) return;
    this.changes.delete(documentName);
    this.stored.delete(documentName);
    this.storedAt.delete(documentName);
  }
}
