import { chromium, expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restoreMap } from '../src/domain/migrate';
import { BASE_URL, chromiumArgs, executablePath } from './browser';
import { cell, focusOn, waitSaved } from './helpers';

/**
 * Crash safety: edits while the browser is killed with SIGKILL at random moments. After every
 * relaunch, each edit the app had reported as saved must be there, a pasted batch is all there
 * or not at all, and the stored map passes the validate boundary with nothing to repair.
 */
const ROUNDS = 20;

async function launch(dir: string): Promise<{ proc: ChildProcess; page: Page; close: () => Promise<void> }> {
  const proc = spawn(executablePath, [...chromiumArgs, '--headless=new', `--user-data-dir=${dir}`, '--remote-debugging-port=0', '--window-size=1440,900', 'about:blank'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const ws = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${err}`)), 20_000);
    proc.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  const browser = await chromium.connectOverCDP(ws);
  const context = browser.contexts()[0]!;
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1440, height: 900 });
  return { proc, page, close: () => browser.close().catch(() => {}) };
}

function kill(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    try {
      process.kill(-proc.pid!, 'SIGKILL'); // the whole process group: browser, renderers, storage
    } catch {
      resolve();
    }
  });
}

/** Everything stored for the map, read straight from IndexedDB. */
async function stored(page: Page, mapId: string) {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('journeyprint');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result as T[]);
        r.onerror = () => reject(r.error);
      });
    const maps = await all<Record<string, unknown>>('maps');
    const docs = await all<Record<string, unknown>>('docs');
    const cards = (await all<Record<string, unknown>>('cards')).filter((c) => c.mapId === id);
    db.close();
    return { row: maps.find((m) => m.id === id) ?? null, doc: docs.find((d) => d.mapId === id) ?? null, cards };
  }, mapId);
}

test('edits survive SIGKILL at random moments; every reported save is there, no batch is half there', async () => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'journeyprint-crash-'));
  const confirmed: string[] = [];
  const batches: string[][] = [];
  let mapId = '';
  let unconfirmedKept = 0;
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      const { proc, page, close } = await launch(dir);
      if (!mapId) {
        await page.goto(`${BASE_URL}/`);
        await page.getByRole('button', { name: 'New journey map' }).click();
        await expect(cell(page, 'Customer actions', 'Step 1')).toBeVisible();
        mapId = decodeURIComponent(new URL(page.url()).hash.replace('#/map/', ''));
      } else {
        await page.goto(`${BASE_URL}/#/map/${encodeURIComponent(mapId)}`);
        await expect(cell(page, 'Customer actions', 'Step 1')).toBeVisible();
      }

      // What survived the last kill
      const { row, doc: structure, cards } = await stored(page, mapId);
      const texts = new Set(cards.map((c) => c.text as string));
      for (const text of confirmed) expect(texts, `round ${round}: "${text}" was reported saved`).toContain(text);
      for (const batch of batches) expect([0, batch.length], `round ${round}: a batch is whole or absent`).toContain(batch.filter((t) => texts.has(t)).length);
      const { revision: _r, updatedAt: _u, deletedAt: _d, cardCount, ...meta } = row as Record<string, unknown>;
      const { mapId: _id, ...rest } = structure as Record<string, unknown>;
      const check = restoreMap({ ...rest, ...meta, cards: cards.map(({ mapId: _m, ...c }) => c) });
      expect(check.ok, `round ${round}: the stored map is valid`).toBe(true);
      if (check.ok) expect(check.repaired).toEqual([]);
      expect(cardCount).toBe(cards.length);
      const pending = [...texts].filter((t) => t.startsWith(`r${round - 1}-`) && !confirmed.includes(t));
      unconfirmedKept += pending.length;
      if (round === ROUNDS) {
        await close();
        await kill(proc);
        break;
      }

      // A few edits, each confirmed saved, then a kill at a random moment
      const edits = 2 + Math.floor(rand() * 4);
      const killAt = Math.floor(rand() * edits);
      for (let k = 0; k < edits; k++) {
        // One cell at the top-left: it stays in view (and mounted) however tall it grows.
        await focusOn(page, cell(page, 'Customer actions', 'Step 1'));
        const batch = k % 2 === 1;
        const lines = batch ? [`r${round}-e${k}-a`, `r${round}-e${k}-b`, `r${round}-e${k}-c`] : [`r${round}-e${k}`];
        if (batch) {
          await page.evaluate((text) => {
            const data = new DataTransfer();
            data.setData('text/plain', text);
            document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
          }, lines.join('\n'));
          batches.push(lines);
        } else {
          await page.keyboard.type(lines[0]!);
          await page.keyboard.press('Enter');
        }
        if (k === killAt) {
          await new Promise((r) => setTimeout(r, Math.floor(rand() * 20)));
          break; // killed before the app reported this edit saved
        }
        await waitSaved(page);
        confirmed.push(...lines);
      }
      await kill(proc);
      await close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync('.reliability', { recursive: true });
  writeFileSync('.reliability/crash.json', JSON.stringify({ rounds: ROUNDS, editsReportedSaved: confirmed.length, batches: batches.length, unconfirmedKept, reportedSavedButLost: 0 }, null, 2));
  expect(confirmed.length).toBeGreaterThan(ROUNDS);
});
