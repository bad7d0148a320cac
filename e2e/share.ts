import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { BASE_URL } from './browser';

/**
 * Helpers for specs with several people on one map (sharing, presence, workshop tools). Each
 * person is a browser context of their own (own IndexedDB, own identity); they meet through the
 * e2e server's sync (playwright.config.ts runs the built app on the real Node server).
 */

export interface Person {
  context: BrowserContext;
  page: Page;
}

/** A new person in their own browser context, on the library. */
export async function newPerson(browser: Browser, locale = 'en-US'): Promise<Person> {
  const context = await browser.newContext({ baseURL: BASE_URL, locale, viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto('/');
  return { context, page };
}

/** The toolbar's connection indicator (absent while the map is not shared). */
export const indicator = (page: Page): Locator => page.locator('.room-status');

/** Waits for the indicator to say `state` ('connected', 'syncing', 'offline', 'refused'…). */
export async function expectConnection(page: Page, state: string, timeout = 20_000): Promise<void> {
  await expect(indicator(page)).toHaveAttribute('data-connection', state, { timeout });
}

/** Connected with every local change acknowledged by the server: what others can now see. */
export async function expectSynced(page: Page): Promise<void> {
  await expectConnection(page, 'connected');
  await expect(indicator(page)).toHaveAttribute('data-pending', '0');
}

/** Fills in the name form if the app asks for one (it asks once per browser). */
async function giveName(page: Page, name: string): Promise<void> {
  const field = page.getByLabel('Your name');
  if (await field.isVisible().catch(() => false)) {
    await field.fill(name);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
}

export interface Links {
  editor: string;
  viewer: string;
}

/**
 * Shares the map open on `page` (as its facilitator) and returns its join links once the server
 * holds the whole map. Leaves the Share dialog closed.
 */
export async function shareMap(page: Page, name = 'Ana'): Promise<Links> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this map' });
  await expect(dialog.locator('[data-phase]')).not.toHaveAttribute('data-phase', 'checking', { timeout: 15_000 });
  if ((await dialog.locator('[data-phase]').getAttribute('data-phase')) === 'name') await giveName(page, name);
  const start = dialog.getByRole('button', { name: 'Create a link' });
  if (await start.isVisible().catch(() => false)) await start.click();
  await expect(dialog.locator('[data-phase]')).toHaveAttribute('data-phase', 'shared', { timeout: 30_000 });
  const links = await readLinks(page);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expectSynced(page);
  return links;
}

/** The facilitator's links as the open Share dialog shows them. */
export async function readLinks(page: Page): Promise<Links> {
  const dialog = page.getByRole('dialog', { name: 'Share this map' });
  const link = dialog.locator('.link-box__link');
  await dialog.getByRole('radio', { name: 'Editor link' }).check();
  const editor = await link.inputValue();
  await dialog.getByRole('radio', { name: 'View-only link' }).check();
  const viewer = await link.inputValue();
  await dialog.getByRole('radio', { name: 'Editor link' }).check();
  return { editor, viewer };
}

/** Opens a join link as a participant, gives a name if asked, and waits for the synced board. */
export async function joinMap(page: Page, link: string, name = 'Bo'): Promise<void> {
  await page.goto(link);
  await expect(page.locator('[data-screen="join"], .board[data-ready="true"]').first()).toBeVisible({ timeout: 20_000 });
  await giveName(page, name);
  await expect(page.locator('.board')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expectConnection(page, 'connected');
}

/** Ticks or unticks "Work offline" in the Share dialog (the way a person cuts the connection). */
export async function setWorkOffline(page: Page, on: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this map' });
  const box = dialog.getByRole('checkbox', { name: 'Work offline' });
  if (on) await box.check();
  else await box.uncheck();
  await dialog.getByRole('button', { name: 'Close' }).click();
}
