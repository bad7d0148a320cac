import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { card, cell, typeCard, waitSaved } from './helpers';
import { storedTexts } from './stored';

async function newMap(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey map' }).click();
  await expect(cell(page, 'Customer actions', 'Step 1')).toBeVisible();
  return decodeURIComponent(new URL(page.url()).hash.replace('#/map/', ''));
}

test('a full disk is shown, the work stays in memory and can be downloaded, nothing stored is damaged', async ({ page }) => {
  // Write from the page's own thread, so the test can make IndexedDB report a full disk.
  await page.addInitScript(() => {
    localStorage.setItem('journeyprint.writer', 'main');
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { __full?: boolean }).__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const id = await newMap(page);
  await typeCard(page, 'Customer actions', 'Step 1', 'Saved before the disk filled');
  await waitSaved(page);
  await page.evaluate(() => ((window as unknown as { __full: boolean }).__full = true));
  await typeCard(page, 'Thoughts', 'Step 2', 'Precious unsaved idea');
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('Not saved: the browser’s storage is full.');
  await expect(card(page, 'Precious unsaved idea')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Download a copy (JSON)' }).click()]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('Precious unsaved idea');
  // what was stored is intact: the earlier card, and no half of the failed batch
  expect(await storedTexts(page, id)).toEqual(['Saved before the disk filled']);
  // space is freed: Retry saves it
  await page.evaluate(() => ((window as unknown as { __full: boolean }).__full = false));
  await banner.getByRole('button', { name: 'Retry' }).click();
  await waitSaved(page);
  await page.reload();
  await expect(card(page, 'Precious unsaved idea')).toBeVisible();
});

test('a newer version opening the database tells the old tab to reload, and the old tab stops writing', async ({ page, context }) => {
  const id = await newMap(page);
  await typeCard(page, 'Customer actions', 'Step 1', 'Written by the old version');
  await waitSaved(page);
  // Another tab runs a newer Journeyprint: it opens the database at a higher version.
  const newer = await context.newPage();
  await newer.goto('/#/');
  const upgraded = await newer.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const req = indexedDB.open('journeyprint', 990);
        req.onupgradeneeded = () => req.result.createObjectStore('fromTheFuture');
        req.onsuccess = () => {
          req.result.close();
          resolve('upgraded');
        };
        req.onblocked = () => resolve('blocked');
      }),
  );
  expect(upgraded).toBe('upgraded');
  await expect(page.getByRole('alert')).toContainText('A newer version of Journeyprint is open in another tab. Reload this tab to keep editing.');
  await typeCard(page, 'Thoughts', 'Step 1', 'Typed after the upgrade');
  expect(await storedTexts(newer, id)).toEqual(['Written by the old version']);
});

test('backup of the whole library, restore into an empty one, and when each map was last exported', async ({ page, context }) => {
  await newMap(page);
  await typeCard(page, 'Customer actions', 'Step 1', 'In the backup');
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'JSON (the complete map)' }).check();
  await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Back to library' }).click();
  const row = page.getByRole('row', { name: /Untitled journey map/ });
  await expect(row).not.toContainText('Never');
  await expect(page.locator('.storage-state')).toHaveAttribute('data-state', /persistent|bestEffort|unsupported/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Journeyprint backup \d{4}-\d{2}-\d{2}\.json$/);
  const backup = readFileSync(await download.path(), 'utf8');

  // a fresh library elsewhere (another browser profile) restores it
  const fresh = await (await context.browser()!.newContext()).newPage();
  await fresh.goto('/');
  await expect(fresh.getByText('No maps yet.')).toBeVisible();
  await fresh.getByLabel('Backup file to restore').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(fresh.locator('.notice')).toContainText('Restored 1 maps from the backup; 0 were already in the library');
  await fresh.getByRole('link', { name: 'Untitled journey map' }).click();
  await expect(card(fresh, 'In the backup')).toBeVisible();
  // restoring again changes nothing
  await fresh.getByRole('button', { name: 'Back to library' }).click();
  await fresh.getByLabel('Backup file to restore').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(fresh.locator('.notice')).toContainText('Restored 0 maps from the backup; 1 were already in the library');
  await expect(fresh.locator('.library__table tbody tr')).toHaveCount(1);
});

test('the Content-Security-Policy lets only our own scripts run, and the app works within it', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('__violation', (v: string) => violations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violation: (v: string) => void }).__violation(`${e.violatedDirective} ${e.blockedURI}`)));
  await newMap(page);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const d of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "img-src 'self' data: blob:"]) expect(meta).toContain(d);
  // an injected inline script does not run
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.head.appendChild(s);
    return (window as unknown as { __inline?: number }).__inline;
  });
  expect(ran).toBeUndefined();
  expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
  violations.length = 0;
  // normal use raises no violation: editing, the analysis panel, exporting a PNG
  await typeCard(page, 'Customer actions', 'Step 1', 'Within the policy');
  await page.getByRole('button', { name: 'Analysis' }).click();
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  await waitSaved(page);
  expect(violations).toEqual([]);
});
