import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openStorage } from '../../src/store/index.ts';

/**
 * PGlite's first start runs initdb (tens of seconds on a busy machine); reopening a data folder
 * takes well under a second. Build one migrated data folder per run; each server copies it.
 */
export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'jp-server-test-'));
  const template = join(root, 'template');
  const storage = await openStorage({ dataDir: template });
  await storage.close();
  project.provide('pgliteTemplate', template);
  project.provide('tmpRoot', root);
  return () => rmSync(root, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    tmpRoot: string;
  }
}
