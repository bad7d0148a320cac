import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

// Hocuspocus message layout: varString documentName, varUint type, then per type. Sync (0) and
// SyncReply (4) carry a y-protocols sync message: varUint step (1 = step 2, 2 = update), varUint8Array.
const SYNC = 0;
const SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
const SYNC_STATUS = 8;

/** The Yjs update a client message would apply to the document, or null if it applies none. */
export function documentUpdateIn(message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== SYNC && type !== SYNC_REPLY) return null;
  const step = decoding.readVarUint(decoder);
  if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
  return decoding.readVarUint8Array(decoder);
}

/** An update with no structs and no deletions (a sync step 2 from an up-to-date client). */
export const isEmptyUpdate = (update: Uint8Array) => update.byteLength <= 2 && update.every((b) => b === 0);

/** Decodes without applying: garbage is null here, before it reaches the log or the document. */
export function decodeUpdate(update: Uint8Array): ReturnType<typeof Y.decodeUpdate> | null {
  try {
    return Y.decodeUpdate(update);
  } catch {
    return null;
  }
}

/** The server's "your update is saved" (SyncStatus true), which the provider counts as acknowledged. */
export function isSavedAck(message: Uint8Array): boolean {
  if (message.byteLength > 300) return false; // a name and two small numbers; skip the broadcasts fast
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder) === SYNC_STATUS && decoding.readVarUint(decoder) === 1;
  } catch {
    return false;
  }
}
