import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { card, cell, typeCard, waitSaved } from './helpers';

async function newMapIn(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey map' }).click();
  await expect(cell(page, 'Customer actions', 'Step 1')).toBeVisible();
  return decodeURIComponent(new URL(page.url()).hash.replace('#/map/', ''));
}

async function open(context: BrowserContext, id: string, deaf = false): Promise<Page> {
  const page = await context.newPage();
  if (deaf) {
    // This tab never hears the others (as if their messages were late): it edits a stale revision.
    await page.addInitScript(() => {
      const add = BroadcastChannel.prototype.addEventListener;
      BroadcastChannel.prototype.addEventListener = function (this: BroadcastChannel, type: string, ...rest: unknown[]) {
        if (type === 'message') return;
        return (add as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof add;
    });
  }
  await page.goto(`/#/map/${encodeURIComponent(id)}`);
  await expect(cell(page, 'Customer actions', 'Step 1')).toBeVisible();
  return page;
}

test('an edit in one tab shows in the other within a second', async ({ page, context }) => {
  const id = await newMapIn(page);
  const other = await open(context, id);
  await typeCard(page, 'Customer actions', 'Step 1', 'Calls the hotline');
  await expect(card(other, 'Calls the hotline')).toBeVisible({ timeout: 1000 });
  await expect(other.locator('.notice')).toContainText('Updated with changes from another tab.');
  await typeCard(other, 'Thoughts', 'Step 2', 'Why so slow?');
  await expect(card(page, 'Why so slow?')).toBeVisible({ timeout: 1000 });
});

test('simultaneous edits never silently overwrite: the stale tab is told and keeps its work as a copy', async ({ page, context }) => {
  const id = await newMapIn(page);
  const stale = await open(context, id, true);
  await typeCard(page, 'Customer actions', 'Step 1', 'Edit from tab A');
  await waitSaved(page);
  await typeCard(stale, 'Customer actions', 'Step 2', 'Edit from tab B');
  const banner = stale.getByRole('alert');
  await expect(banner).toContainText('This map was changed in another tab.');
  // B's later edits stay in B, unsaved; A's stored work is untouched
  await typeCard(stale, 'Thoughts', 'Step 3', 'Another edit from B');
  await page.reload();
  await expect(card(page, 'Edit from tab A')).toBeVisible();
  await expect(card(page, 'Edit from tab B')).toHaveCount(0);
  // B keeps both results: its version becomes a copy, A's stays
  await banner.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(stale.getByRole('textbox', { name: 'Map title' })).toHaveValue('Untitled journey map (my copy)');
  await expect(card(stale, 'Edit from tab B')).toBeVisible();
  await expect(card(stale, 'Another edit from B')).toBeVisible();
  await expect(card(stale, 'Edit from tab A')).toHaveCount(0);
  await stale.getByRole('button', { name: 'Back to library' }).click();
  await expect(stale.locator('.library__table tbody tr')).toHaveCount(2);
});

test('the stale tab can choose the other version instead', async ({ page, context }) => {
  const id = await newMapIn(page);
  const stale = await open(context, id, true);
  await typeCard(page, 'Customer actions', 'Step 1', 'Edit from tab A');
  await waitSaved(page);
  await typeCard(stale, 'Customer actions', 'Step 2', 'Edit from tab B');
  await stale.getByRole('alert').getByRole('button', { name: 'Load the other tab’s version' }).click();
  await expect(card(stale, 'Edit from tab A')).toBeVisible();
  await expect(card(stale, 'Edit from tab B')).toHaveCount(0);
  await typeCard(stale, 'Thoughts', 'Step 1', 'Saved again');
  await waitSaved(stale);
  await page.reload();
  await expect(card(page, 'Saved again')).toBeVisible();
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
  await newMapIn(page);
  const library = await context.newPage();
  await library.goto('/');
  await expect(library.getByRole('link', { name: 'Untitled journey map' })).toBeVisible();
  const title = page.getByRole('textbox', { name: 'Map title' });
  await title.fill('宽带移机 旅程');
  await title.press('Enter');
  await waitSaved(page);
  await expect(library.getByRole('link', { name: '宽带移机 旅程' })).toBeVisible({ timeout: 1000 });
});
