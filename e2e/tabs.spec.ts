import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { generateMap } from '../bench/generate';
import { LANES } from '../src/domain/lanes';
import { exportJson } from '../src/domain/formats/json';
import { card, cell, focusOn, typeCard, waitSaved } from './helpers';
import { storedMap } from './stored';

/** Two tabs on one map merge their edits (Yjs updates over a BroadcastChannel, and on disk). */

async function newMapIn(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey map' }).click();
  await expect(cell(page, 'Customer actions', 'Step 1')).toBeVisible();
  return decodeURIComponent(new URL(page.url()).hash.replace('#/map/', ''));
}

async function open(context: BrowserContext, id: string, deaf = false): Promise<Page> {
  const page = await context.newPage();
  if (deaf) {
    // This tab never hears the others (as if their messages were lost): only the disk joins them.
    await page.addInitScript(() => {
      const add = BroadcastChannel.prototype.addEventListener;
      BroadcastChannel.prototype.addEventListener = function (this: BroadcastChannel, type: string, ...rest: unknown[]) {
        if (type === 'message') return;
        return (add as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof add;
      Object.defineProperty(BroadcastChannel.prototype, 'onmessage', { set() {}, get: () => null, configurable: true });
    });
  }
  await page.goto(`/#/map/${encodeURIComponent(id)}`);
  await expect(page.locator('.board[data-ready]')).toBeVisible({ timeout: 30_000 });
  return page;
}

test('an edit in one tab shows in the other within a second, both ways', async ({ page, context }) => {
  const id = await newMapIn(page);
  const other = await open(context, id);
  await typeCard(page, 'Customer actions', 'Step 1', 'Calls the hotline');
  await expect(card(other, 'Calls the hotline')).toBeVisible({ timeout: 1000 });
  await typeCard(other, 'Thoughts', 'Step 2', 'Why so slow?');
  await expect(card(page, 'Why so slow?')).toBeVisible({ timeout: 1000 });
  // Undo in one tab takes back its own edit only.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'Calls the hotline')).toHaveCount(0);
  await expect(card(other, 'Calls the hotline')).toHaveCount(0, { timeout: 1000 });
  await expect(card(page, 'Why so slow?')).toBeVisible();
});

test('two tabs that cannot hear each other still keep both edits: nothing is stale, nothing is refused', async ({ page, context }) => {
  const id = await newMapIn(page);
  const deaf = await open(context, id, true);
  await typeCard(page, 'Customer actions', 'Step 1', 'Edit from tab A');
  await waitSaved(page);
  await typeCard(deaf, 'Customer actions', 'Step 2', 'Edit from tab B');
  await waitSaved(deaf);
  await expect(deaf.getByRole('alert')).toHaveCount(0);
  for (const tab of [page, deaf]) {
    await tab.reload();
    await expect(card(tab, 'Edit from tab A')).toBeVisible();
    await expect(card(tab, 'Edit from tab B')).toBeVisible();
  }
});

test('issue 11, defect 3: tab B commits a card 90–110 ms after tab A’s rename arrives; both survive (2,000 cards)', async ({ page, context }) => {
  test.setTimeout(240_000);
  const id = 'tabs-2000';
  const map = generateMap(2000, 7, id);
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles({ name: `${id}.json`, mimeType: 'application/json', buffer: Buffer.from(exportJson(map)) });
  await expect(page.locator(`.board[data-map-id="${id}"][data-ready]`)).toBeVisible({ timeout: 60_000 });
  const tabB = await open(context, id);
  const lane = map.lanes.find((l) => LANES[l.type].hasCards)!.title;
  const step = map.stages[0]!.steps[0]!.title;
  for (const delay of [90, 100, 110]) {
    const title = `Renamed in A (${delay})`;
    const text = `Committed in B ${delay} ms later`;
    // B has the card typed and ready to commit…
    await focusOn(tabB, cell(tabB, lane, step));
    await tabB.keyboard.type(text);
    // …A renames the map…
    const titleA = page.getByRole('textbox', { name: 'Map title' });
    await titleA.fill(title);
    await titleA.press('Enter');
    // …the rename arrives in B, and B commits its card that long after.
    await expect(tabB.getByRole('textbox', { name: 'Map title' })).toHaveValue(title, { timeout: 5000 });
    await tabB.waitForTimeout(delay); // the timing under test, not a wait for the app
    await tabB.keyboard.press('Enter');
    await expect(card(tabB, text)).toBeVisible();
    await waitSaved(tabB);
    await waitSaved(page);
    await expect(card(page, text)).toHaveCount(1, { timeout: 5000 });
    await expect(tabB.getByRole('alert')).toHaveCount(0);
    const stored = await storedMap(page, id);
    expect(stored.map!.title).toBe(title);
    expect(stored.map!.cards.filter((c) => c.text === text)).toHaveLength(1);
    expect(stored.map!.cards).toHaveLength(2000 + 1 + [90, 100, 110].indexOf(delay));
  }
});

test('deleting a map in one tab while another has it open is handled clearly', async ({ page, context }) => {
  const id = await newMapIn(page);
  const other = await open(context, id);
  await page.getByRole('button', { name: 'Back to library' }).click();
  await page.getByRole('group', { name: 'Actions for “Untitled journey map”' }).getByRole('button', { name: 'Delete' }).click();
  await expect(other.getByRole('alert')).toContainText('This map was deleted in another tab.');
  await typeCard(other, 'Customer actions', 'Step 1', 'Typed after the delete');
  await other.getByRole('alert').getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(card(other, 'Typed after the delete')).toBeVisible();
  await waitSaved(other);
  await page.reload();
  await expect(page.locator('.library__table tbody tr')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Untitled journey map (my copy)' })).toBeVisible();
});

test('a library open in another tab follows a map being edited', async ({ page, context }) => {
  const id = await newMapIn(page);
  const library = await context.newPage();
  await library.goto('/');
  await expect(library.getByRole('link', { name: 'Untitled journey map' })).toBeVisible();
  const title = page.getByRole('textbox', { name: 'Map title' });
  await title.fill('宽带移机 旅程');
  await title.press('Enter');
  await waitSaved(page);
  await expect(library.getByRole('link', { name: '宽带移机 旅程' })).toBeVisible({ timeout: 1000 });
  expect((await storedMap(page, id)).row!.title).toBe('宽带移机 旅程');
});
