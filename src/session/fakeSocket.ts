/**
 * A WebSocket that never reaches a server: enough to see what a connection opens, closes and
 * retries. (The real exchange with the server is covered end to end in e2e/share.spec.ts.)
 */
export class FakeSocket {
  static all: FakeSocket[] = [];
  readyState = 0;
  binaryType = '';
  closed = false;
  private handlers = new Map<string, (e: unknown) => void>();
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  addEventListener(name: string, h: (e: unknown) => void) {
    this.handlers.set(name, h);
  }
  removeEventListener(name: string) {
    this.handlers.delete(name);
  }
  send() {}
  close() {
    if (this.closed) return;
    this.closed = true;
    this.readyState = 3;
    const onClose = this.handlers.get('close');
    queueMicrotask(() => onClose?.({ code: 1000, reason: '' }));
  }
}
