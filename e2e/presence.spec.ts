import { expect, test, type Page } from '@playwright/test';
import { card, typeCard } from './helpers';
import { joinMap, newPerson, shareMap, type Person } from './share';

/**
 * Presence between two people on one shared map (two browser contexts through the real sync
 * server): who is here, a live cursor, a selection outlined, following a view and a presentation.
 * One story in order; each step starts where the previous one left the room.
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const CUSTOMER = 'Customer actions';
const TEXT = 'Searches for a plan';
let ana: Person;
let bo: Person;

const transform = async (page: Page) => (await page.locator('.board').getAttribute('data-viewport'))!.split(' ').map(Number) as [number, number, number];
const avatar = (page: Page, name: string) => page.getByRole('group', { name: 'People here' }).getByRole('button', { name, exact: true });

test.afterAll(async () => {
  await ana?.context.close();
  await bo?.context.close();
});

test('Bo joins Ana: each sees the other in the toolbar, nobody sees themselves', async ({ browser }) => {
  ana = await newPerson(browser);
  bo = await newPerson(browser);
  await ana.page.getByRole('button', { name: 'New journey map' }).click();
  await typeCard(ana.page, CUSTOMER, 'Step 1', TEXT);
  // Alone, the toolbar shows nobody.
  await expect(ana.page.getByRole('group', { name: 'People here' })).toHaveCount(0);
  const links = await shareMap(ana.page, 'Ana Lima');
  await joinMap(bo.page, links.editor, 'Bo');
  await expect(avatar(bo.page, 'Ana Lima')).toBeVisible({ timeout: 10_000 });
  await expect(avatar(bo.page, 'Ana Lima')).toHaveText('AL');
  await expect(avatar(ana.page, 'Bo')).toBeVisible({ timeout: 10_000 });
  await expect(avatar(ana.page, 'Ana Lima')).toHaveCount(0);
});

test("Ana's pointer moves on Bo's screen, at the same place of the map though Bo zoomed out", async () => {
  await bo.page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(async () => (await transform(bo.page))[2]).toBeLessThan(1);
  const target = (await card(ana.page, TEXT).boundingBox())!;
  await ana.page.mouse.move(target.x + 10, target.y + 5);
  await ana.page.mouse.move(target.x + 20, target.y + 10, { steps: 4 });
  const cursor = bo.page.locator('[data-presence-cursor]');
  await expect(cursor).toHaveCount(1, { timeout: 10_000 });
  await expect(cursor).toContainText('Ana Lima');
  // The arrow's tip lies in the same card on Bo's (zoomed-out) board.
  await expect
    .poll(async () => {
      const tip = (await cursor.boundingBox())!;
      const box = (await card(bo.page, TEXT).boundingBox())!;
      return tip.x > box.x && tip.x < box.x + box.width && tip.y > box.y && tip.y < box.y + box.height;
    }, { timeout: 10_000 })
    .toBe(true);
  // Leaving the board takes the pointer away.
  await ana.page.mouse.move(5, 5);
  await expect(cursor).toHaveCount(0, { timeout: 10_000 });
});

test("the card Ana selects is outlined on Bo's screen in her colour, with her name", async () => {
  await card(ana.page, TEXT).click();
  const outline = card(bo.page, TEXT).locator('[data-remote-selected]');
  await expect(outline).toHaveAttribute('data-remote-selected', 'Ana Lima', { timeout: 10_000 });
  const colour = await avatar(bo.page, 'Ana Lima').evaluate((el) => getComputedStyle(el).getPropertyValue('--person'));
  expect(await outline.evaluate((el) => getComputedStyle(el).getPropertyValue('--person'))).toBe(colour);
  await ana.page.locator('.react-flow__pane').click({ position: { x: 900, y: 700 } });
  await expect(outline).toHaveCount(0, { timeout: 10_000 });
});

test("Bo follows Ana's view until he moves on his own", async () => {
  await avatar(bo.page, 'Ana Lima').click();
  await bo.page.getByRole('button', { name: 'Follow Ana Lima' }).click();
  await expect(bo.page.locator('[data-following]')).toContainText('Following Ana Lima');
  await ana.page.getByRole('button', { name: 'Zoom in' }).click();
  await ana.page.getByRole('button', { name: 'Zoom in' }).click();
  const anaView = async () => transform(ana.page);
  await expect.poll(async () => (await anaView())[2]).toBeGreaterThan(1);
  // Same window, same panels: following means the very same transform.
  await expect
    .poll(async () => {
      const [a, b] = [await anaView(), await transform(bo.page)];
      return Math.abs(a[0] - b[0]) < 2 && Math.abs(a[1] - b[1]) < 2 && Math.abs(a[2] - b[2]) < 0.01;
    }, { timeout: 10_000 })
    .toBe(true);
  await bo.page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(bo.page.locator('[data-following]')).toHaveCount(0);
});

test("Ana presents: Bo is asked, follows, and sees her slide; when she stops he is back on the board", async () => {
  await ana.page.getByRole('button', { name: 'Present to everyone' }).click();
  await expect(ana.page.getByRole('button', { name: 'Present to everyone' })).toHaveAttribute('aria-pressed', 'true');
  const invite = bo.page.locator('[data-inviting]');
  await expect(invite).toContainText('Ana Lima is presenting.', { timeout: 10_000 });
  await invite.getByRole('button', { name: 'Follow Ana Lima' }).click();
  await expect(bo.page.locator('[data-following]')).toBeVisible();

  await ana.page.getByRole('button', { name: 'Present', exact: true }).click();
  const anaDeck = ana.page.getByRole('dialog', { name: 'Presentation' });
  await expect(anaDeck).toBeVisible();
  await ana.page.keyboard.press('ArrowRight');
  await ana.page.keyboard.press('ArrowRight');
  const count = await anaDeck.locator('.present__count').textContent();
  expect(count).toMatch(/^3 \/ \d+$/);
  const boDeck = bo.page.getByRole('dialog', { name: 'Presentation' });
  await expect(boDeck.locator('.present__count')).toHaveText(count!, { timeout: 10_000 });
  await ana.page.keyboard.press('ArrowLeft');
  await expect(boDeck.locator('.present__count')).toHaveText(count!.replace(/^3/, '2'), { timeout: 10_000 });
  await ana.page.keyboard.press('Escape');
  await expect(boDeck).toHaveCount(0, { timeout: 10_000 });
  await expect(bo.page.locator('[data-following]')).toBeVisible();
});
