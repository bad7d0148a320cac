import { JourneyDB } from './schema';

/** The one Dexie instance of the app (tests make their own). */
export const db = new JourneyDB();

// Only what needs no Yjs: the document functions (repo.ts) load with the board or on demand.
export * from './library';
export * from './errors';
export type { MapRow, CardRow } from './schema';
export { JourneyDB } from './schema';
