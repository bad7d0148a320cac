import type { JourneyDB } from './schema';
import { directWriter, workerWriter, type Writer } from './writer';

let writer: Writer | null = null;

/** The app's writer: one saving worker for the whole app, or in-thread where workers are unavailable. */
export function appWriter(db: JourneyDB): Writer {
  if (writer) return writer;
  // "main" writes on this thread: a fallback switch, and what tests use to inject storage errors.
  if (readSetting('journeyprint.writer') === 'main') return (writer = directWriter(db));
  try {
    writer = workerWriter(
      db,
      new Worker(new URL('./writer.worker.ts', import.meta.url), { type: 'module', name: 'journeyprint-writer' }),
      // Folding the log, on a worker of its own so saves never queue behind it (started at the first fold).
      () => new Worker(new URL('./writer.worker.ts', import.meta.url), { type: 'module', name: 'journeyprint-folder' }),
    );
  } catch {
    writer = directWriter(db);
  }
  return writer;
}

function readSetting(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
