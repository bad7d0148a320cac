import * as Y from 'yjs';
import type { JourneyMap } from '../domain/types';
import { Binding } from './binding';
import { writeMap } from './write';

/** A map's document with its binding, for tests: edits go through the same path as the app's. */
export class Replica {
  readonly doc = new Y.Doc();
  readonly binding = new Binding(this.doc);

  constructor(initial?: JourneyMap | Uint8Array) {
    if (initial instanceof Uint8Array) Y.applyUpdate(this.doc, initial);
    else if (initial) writeMap(this.doc, null, initial, 'load');
  }

  get map(): JourneyMap {
    return this.binding.snapshot()!;
  }

  edit<A>(fn: (map: JourneyMap, args: A) => JourneyMap, args: A): void {
    const prev = this.map;
    const next = fn(prev, args);
    if (next !== prev) writeMap(this.doc, prev, next, this);
  }

  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }

  /** Brings this replica up to date with another (what tab sync and the network do). */
  pull(from: Replica): void {
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(this.doc)), 'remote');
  }
}
