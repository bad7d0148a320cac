import { expect, test, type Browser } from '@playwright/test';
import { card, cell, focusOn, typeCard } from './helpers';
import { expectConnection, expectSynced, indicator, joinMap, newPerson, readLinks, setWorkOffline, shareMap, type Links, type Person } from './share';

/**
 * Two (and three) people on one map through the real sync server: sharing, joining, edits both
 * ways, a viewer, a wrong secret, working offline, a rotated link and stopping. One story, in
 * order: each step starts where the previous one left the room.
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const CUSTOMER = 'Customer actions';
let ana: Person;
let bo: Person;
let links: Links;

async function people(browser: Browser) {
  ana ??= await newPerson(browser);
  bo ??= await newPerson(browser);
}

test.afterAll(async () => {
  await ana?.context.close();
  await bo?.context.close();
});

test('a map nobody shared has no indicator; without a sync server, Share says so and changes nothing', async ({ browser }) => {
  await people(browser);
  const { page } = ana;
  await page.getByRole('button', { name: 'New service blueprint' }).click();
  await expect(cell(page, CUSTOMER, 'Step 1')).toBeVisible();
  await typeCard(page, CUSTOMER, 'Step 1', 'Calls the hotline');
  await expect(indicator(page)).toHaveCount(0);

  // Served without a sync server (a static host answers /api/health with its 404 page): the
  // Share dialog says so plainly, and the map stays as it was.
  await ana.context.route('**/api/health', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' }));
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this map' });
  await expect(dialog.locator('[data-phase]')).toHaveAttribute('data-phase', 'no-server', { timeout: 15_000 });
  await expect(dialog).toContainText('Sharing needs a Journeyprint sync server');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await ana.context.unroute('**/api/health');
  await expect(indicator(page)).toHaveCount(0);
  await expect(card(page, 'Calls the hotline')).toBeVisible();
});

test('Ana shares; Bo opens the link, gets the map in his library, and edits reach each other', async () => {
  links = await shareMap(ana.page, 'Ana');
  expect(links.editor).toMatch(/#\/join\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{43}$/);
  expect(links.viewer).not.toBe(links.editor);
  await expect(ana.page.locator('.room-status__role')).toHaveText('Facilitator');
  // The QR code full screen, for the projector; Escape brings the dialog back.
  await ana.page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = ana.page.getByRole('dialog', { name: 'Share this map' });
  await dialog.getByRole('button', { name: 'Show QR full screen' }).click();
  const full = ana.page.locator('.qr-full svg[role="img"]');
  await expect(full).toHaveAttribute('data-qr', links.editor);
  expect((await full.boundingBox())!.height).toBeGreaterThan(600);
  await ana.page.keyboard.press('Escape');
  await expect(full).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await joinMap(bo.page, links.editor, 'Bo');
  await expect(card(bo.page, 'Calls the hotline')).toBeVisible();
  await expect(bo.page.locator('.room-status__role')).toHaveText('Editor');
  // The join link's secret does not stay in the address bar.
  expect(bo.page.url()).toContain('#/map/');

  await typeCard(bo.page, CUSTOMER, 'Step 2', 'Waits on hold');
  await expect(card(ana.page, 'Waits on hold')).toBeVisible({ timeout: 10_000 });
  await typeCard(ana.page, CUSTOMER, 'Step 3', 'Agent answers');
  await expect(card(bo.page, 'Agent answers')).toBeVisible({ timeout: 10_000 });
  await expectSynced(bo.page);
});

test('a viewer sees changes live but cannot edit', async ({ browser }) => {
  const cy = await newPerson(browser);
  try {
    await joinMap(cy.page, links.viewer, 'Cy');
    await expect(cy.page.locator('.room-status__role')).toHaveText('Viewer');
    await expect(cy.page.locator('[data-share-banner="viewer"]')).toBeVisible();
    await expect(card(cy.page, 'Waits on hold')).toBeVisible();
    await expect(cy.page.getByRole('button', { name: 'Add stage' })).toBeDisabled();
    await expect(cy.page.getByRole('textbox', { name: 'Map title' })).not.toBeEditable();
    // Typing on a cell opens no editor and makes no card.
    await focusOn(cy.page, cell(cy.page, CUSTOMER, 'Step 2'));
    await cy.page.keyboard.type('Sneaky edit');
    await expect(cy.page.locator('.board .text-editor')).toHaveCount(0);
    await cy.page.keyboard.press('Enter');
    await expect(card(cy.page, 'Sneaky edit')).toHaveCount(0);
    await typeCard(ana.page, CUSTOMER, 'Step 1', 'Gets a ticket number');
    await expect(card(cy.page, 'Gets a ticket number')).toBeVisible({ timeout: 10_000 });
    await expect(card(ana.page, 'Sneaky edit')).toHaveCount(0);
  } finally {
    await cy.context.close();
  }
});

test('a wrong secret gets a clear message, and nothing is added to the library', async ({ browser }) => {
  const dee = await newPerson(browser);
  try {
    const wrong = links.editor.replace(/\/[A-Za-z0-9_-]{43}$/, `/${'x'.repeat(43)}`);
    await dee.page.goto(wrong);
    const name = dee.page.getByLabel('Your name');
    await name.fill('Dee');
    await dee.page.getByRole('button', { name: 'Continue' }).click();
    await expect(dee.page.getByRole('alert')).toContainText('This link does not open this room');
    await dee.page.getByRole('button', { name: 'Back to library' }).click();
    await expect(dee.page.getByRole('button', { name: 'New service blueprint' })).toBeVisible();
    await expect(dee.page.locator('.library__table tbody tr')).toHaveCount(0);
  } finally {
    await dee.context.close();
  }
});

test('Bo works offline, both edit, and both have every edit once he is back', async () => {
  await setWorkOffline(bo.page, true);
  await expectConnection(bo.page, 'offline');
  await expect(indicator(bo.page)).toContainText('Offline — edits kept on this device');
  await typeCard(bo.page, CUSTOMER, 'Step 1', 'Offline idea');
  await typeCard(ana.page, CUSTOMER, 'Step 2', 'Online idea');
  await expect(card(bo.page, 'Online idea')).toHaveCount(0);
  await expect(card(ana.page, 'Offline idea')).toHaveCount(0);
  await setWorkOffline(bo.page, false);
  await expectSynced(bo.page);
  await expect(card(ana.page, 'Offline idea')).toBeVisible({ timeout: 10_000 });
  await expect(card(bo.page, 'Online idea')).toBeVisible({ timeout: 10_000 });
});

test('replacing the links refuses the old one; the new link opens the same copy, not a second', async () => {
  const { page } = ana;
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this map' });
  await dialog.getByRole('button', { name: 'Replace the links' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'New links made' })).toBeVisible();
  const fresh = await readLinks(page);
  expect(fresh.editor).not.toBe(links.editor);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expectSynced(page);

  await expectConnection(bo.page, 'refused');
  await expect(bo.page.locator('[data-share-banner="refused"]')).toContainText('the facilitator replaced this link');
  await joinMap(bo.page, fresh.editor, 'Bo');
  await typeCard(bo.page, CUSTOMER, 'Step 3', 'After rotation');
  await expect(card(page, 'After rotation')).toBeVisible({ timeout: 10_000 });
  // The membership is kept: the map reconnects by itself when opened again.
  await bo.page.reload();
  await expectConnection(bo.page, 'connected');
  await expect(card(bo.page, 'After rotation')).toBeVisible();
  await bo.page.goto('/');
  await expect(bo.page.locator('.library__table tbody tr')).toHaveCount(1);
  links = fresh;
});

test('stopping sharing leaves Bo a local copy he can keep editing', async () => {
  await joinMap(bo.page, links.editor, 'Bo');
  const { page } = ana;
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this map' });
  await dialog.getByRole('button', { name: 'Stop sharing' }).click();
  await dialog.getByRole('group', { name: 'Stop sharing' }).getByRole('button', { name: 'Stop sharing' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(indicator(page)).toHaveCount(0);

  await expect(bo.page.locator('[data-share-banner="stopped"]')).toContainText('stopped sharing this map');
  await expect(indicator(bo.page)).toHaveCount(0);
  await typeCard(bo.page, CUSTOMER, 'Step 2', 'Still mine');
  await bo.page.reload();
  await expect(card(bo.page, 'Still mine')).toBeVisible();
  await expect(card(bo.page, 'Calls the hotline')).toBeVisible();
  await expect(indicator(bo.page)).toHaveCount(0);
});
