import { JourneyDB } from './schema';

/** The one Dexie instance of the app (tests make their own). */
export const db = new JourneyDB();

export * from './repo';
export * from './errors';
export type { MapRow, CardRow } from './schema';
export { JourneyDB } from './schema';
