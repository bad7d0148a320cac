import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cell, PersistentBrowser } from './helpers';

/** Puts a raw row into the library's table, as an older version or a damaged disk might have. */
async function putRawRow(page: Page, row: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (r) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('journeyprint');
        open.onsuccess = () => {
          const tx = open.result.transaction('maps', 'readwrite');
          tx.objectStore('maps').put(r);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    row,
  );
}

const row = (id: string, over: Record<string, unknown>) => ({ id, title: id, kind: 'journey', createdAt: 1, revision: 1, updatedAt: Date.UTC(2026, 0, 1), deletedAt: null, cardCount: 0, ...over });

test('a malformed address shows "not found" with a way back (defect 8)', async ({ page }) => {
  await page.goto('/#/map/%');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await expect(page.getByRole('heading', { name: 'Your maps' })).toBeVisible();
});

test('absurd dates never blank the app; a render error shows what failed, a way back and the data (defect 1)', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey map' }).click();
  await expect(cell(page, 'Customer actions', 'Step 1')).toBeVisible();
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page.getByRole('heading', { name: 'Your maps' })).toBeVisible();

  // A restore with such dates is refused, naming the map and the field; nothing changes.
  const map = { schemaVersion: 1, id: 'absurd', kind: 'journey', title: 'Absurd', stages: [{ id: 's', title: 'S', steps: [{ id: 't', title: 'T' }] }], lanes: [{ id: 'l', type: 'customer', title: 'L' }] };
  await page.getByLabel('Backup file to restore').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'journeyprint-backup', version: 1, createdAt: 1, maps: [{ map, updatedAt: 1e20, deletedAt: 1e17 }] })),
  });
  await expect(page.getByText(/maps\.0\.updatedAt: 1000+ is not a date between 1970 and 2100/)).toBeVisible();

  // Rows already on disk with such dates (written before the check) show a dash, not a blank page.
  await putRawRow(page, row('future', { updatedAt: 1e20 }));
  await putRawRow(page, row('trashed', { deletedAt: 1e17 }));
  await page.reload();
  await expect(page.getByRole('row', { name: /future/ })).toContainText('—');
  await page.getByRole('button', { name: /Trash/ }).click();
  await expect(page.getByRole('row', { name: /trashed/ })).toContainText('—');
  await page.getByRole('button', { name: 'Back to maps' }).click();

  // Something that still breaks the library's rendering is caught by its error boundary.
  await putRawRow(page, row('broken', { title: { not: 'text' } }));
  await page.reload();
  const crashed = page.locator('[data-crashed="library"]');
  await expect(crashed.getByRole('heading', { name: 'Something went wrong in the library' })).toBeVisible();
  await expect(crashed).toContainText('What failed:');
  const download = page.waitForEvent('download');
  await crashed.getByRole('button', { name: 'Download my data' }).click();
  const backup = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as { maps: { map: { id: string } }[] };
  expect(backup.maps.length).toBeGreaterThanOrEqual(1);
  // …and the backup says which map it could not include, and why
  await expect(page.getByText(/Not included, because they could not be read: “\[object Object\]” \(schemaVersion/)).toBeVisible();
  await page.screenshot({ path: "test-results/hardening-crashed-library.png" });
});

type Leave = 'the tab closes' | 'the page navigates away';

async function draftsSurvive(how: Leave): Promise<void> {
  const browser = new PersistentBrowser();
  try {
    let page = await browser.launch();
    await page.goto('/');
    await page.getByRole('button', { name: 'New journey map' }).click();
    await expect(cell(page, 'Customer actions', 'Step 1')).toBeVisible();
    const url = page.url();
    const ways: Record<Leave, [(p: Page) => Promise<unknown>, () => Promise<Page>]> = {
      'the tab closes': [(p) => p.close({ runBeforeUnload: true }), () => browser.context!.newPage()],
      'the page navigates away': [(p) => p.goto('about:blank'), async () => page],
    };
    {
      const [leave, reopen] = ways[how];
      // An inspector field typed into and not left…
      await page.keyboard.press('Escape');
      await page.getByLabel('Scenario').fill(`scenario, then ${how}`);
      await leave(page);
      page = await reopen();
      await page.goto(url);
      await expect(cell(page, 'Customer actions', 'Step 1')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByLabel('Scenario')).toHaveValue(`scenario, then ${how}`);
      // …and a card being typed, never committed with Enter.
      await cell(page, 'Customer actions', 'Step 1').focus();
      await page.keyboard.type(`card, then ${how}`);
      await expect(page.getByRole('textbox', { name: 'Card text' })).toHaveValue(`card, then ${how}`);
      await leave(page);
      page = await reopen();
      await page.goto(url);
      await expect(page.getByRole('group', { name: `card, then ${how}`, exact: true })).toBeVisible();
    }
  } finally {
    await browser.close();
    browser.dispose();
  }
}

test('a card being typed and an inspector field not yet left are kept when the tab closes', async () => {
  test.setTimeout(180_000);
  await draftsSurvive('the tab closes');
});

// Navigating away in the same tab can freeze or discard the page before the exit write commits;
// the synchronous stash in localStorage (session/exitStash.ts) carries it to the next open.
test('a card being typed and an inspector field not yet left are kept when the page navigates away', async () => {
  test.setTimeout(180_000);
  await draftsSurvive('the page navigates away');
});

test('zod never trips the Content-Security-Policy; Mermaid with front matter imports, a bad line is named', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  const paste = page.getByLabel('Or paste Mermaid journey text');
  await paste.fill('journey\n  section S\n    A: 3\n  what is this\n');
  await page.getByRole('button', { name: 'Import text' }).click();
  await expect(page.getByRole('alert')).toContainText('line 4');
  await paste.fill('---\ntitle: Front matter\n---\n%%{init: {"theme": "forest"}}%%\njourney\n  accDescr: A described journey\n  section Go\n    Make tea: 5: Me\n    Think: 3\n');
  await page.getByRole('button', { name: 'Import text' }).click();
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('Front matter');
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});
