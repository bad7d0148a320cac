/** Makes every `put` on one object store throw `error` (a full disk, a broken disk); returns the undo. */
export function failPuts(store: string, error: () => Error): () => void {
  const original = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
    if (this.name === store) throw error();
    return original.apply(this, args);
  };
  return () => {
    IDBObjectStore.prototype.put = original;
  };
}
