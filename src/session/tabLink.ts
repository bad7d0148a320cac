import * as Y from 'yjs';

/**
 * Tabs with the same map open exchange Yjs updates over a BroadcastChannel, so their edits
 * merge instead of one tab's write refusing (or overwriting) the other's. A tab that opens the
 * map asks the others for whatever its stored copy lacks (their edits may not be on disk yet).
 */
type Message = { type: 'update'; update: Uint8Array; from: string; to?: string } | { type: 'hello'; sv: Uint8Array; from: string };

export const TAB_ORIGIN = 'tab';

export class TabLink {
  private readonly channel: BroadcastChannel;
  /** This link's own id (a tab may open the same map again after closing it). */
  private readonly id = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());

  constructor(
    mapId: string,
    private readonly doc: Y.Doc,
  ) {
    this.channel = new BroadcastChannel(`journeyprint/map/${mapId}`);
    this.channel.onmessage = (e: MessageEvent<Message>) => this.receive(e.data);
    this.channel.postMessage({ type: 'hello', sv: Y.encodeStateVector(doc), from: this.id } satisfies Message);
  }

  /** Sends a local update to the other tabs (before it is on disk: they merge it at once). */
  send(update: Uint8Array): void {
    this.channel.postMessage({ type: 'update', update, from: this.id } satisfies Message);
  }

  close(): void {
    this.channel.close();
  }

  private receive(msg: Message): void {
    if (!msg || msg.from === this.id) return;
    try {
      if (msg.type === 'hello') {
        this.channel.postMessage({ type: 'update', update: Y.encodeStateAsUpdate(this.doc, msg.sv), from: this.id, to: msg.from } satisfies Message);
      } else if (msg.type === 'update' && (!msg.to || msg.to === this.id) && msg.update instanceof Uint8Array) {
        Y.applyUpdate(this.doc, msg.update, TAB_ORIGIN);
      }
    } catch (error) {
      // A malformed message changes nothing; the document and the views stay as they were.
      console.error('Journeyprint: ignored a malformed message from another tab', error);
    }
  }
}
