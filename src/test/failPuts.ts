/** Makes every `put` and `add` on one object store throw `error` (a full disk, a broken disk); returns the undo. */
export function failPuts(store: string, error: () => Error): () => void {
  const put = IDBObjectStore.prototype.put;
  const add = IDBObjectStore.prototype.add;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    if (this.name === store) throw error();
    return put.apply(this, args);
  };
  IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
    if (this.name === store) throw error();
    return add.apply(this, args);
  };
  return () => {
    IDBObjectStore.prototype.put = put;
    IDBObjectStore.prototype.add = add;
  };
}
