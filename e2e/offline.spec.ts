import { expect, test } from '@playwright/test';
import { cell, typeCard, waitSaved } from './helpers';

test('after the first visit the app opens and works with no network; it is installable', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', /manifest\.webmanifest$/);
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ short_name: 'Journeyprint', display: 'standalone' });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  // the service worker has everything cached and controls the page
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'New journey map' }).click();
  await expect(cell(page, 'Customer actions', 'Step 1')).toBeVisible();
  await typeCard(page, 'Customer actions', 'Step 1', 'Written offline');
  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Written offline' })).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  await expect(dialog.getByRole('status')).toContainText('Saved');
});
