import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { card, typeCard, waitSaved } from './helpers';

/**
 * Issue 15 on a map nobody else has joined (its one user is its facilitator): a dot vote from
 * start to reveal to the backlog, the shared timer, the structure lock and "look here" to a slide.
 * What other participants see is the same document; the multi-browser cases need the share
 * feature and are left to the integrated suite.
 */

async function newJourney(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey map' }).click();
  await expect(page.getByRole('button', { name: 'Facilitator controls' })).toBeVisible();
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Facilitator controls' });
const bar = (page: Page) => page.getByRole('region', { name: 'Workshop' });

async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'Facilitator controls' }).click();
  await expect(panel(page)).toBeVisible();
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).include('.workshop-panel').include('.workshop-bar').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

test('a dot vote on pain points and opportunities: hidden, revealed, ranked, into the backlog', async ({ page }) => {
  test.setTimeout(120_000);
  await newJourney(page);
  await typeCard(page, 'Pain points', 'Step 1', 'Long queue');
  await typeCard(page, 'Pain points', 'Step 2', 'Rude staff');
  await typeCard(page, 'Opportunities', 'Step 1', 'Self check-in');
  await typeCard(page, 'Touchpoints', 'Step 1', 'Website');

  await openPanel(page);
  await axe(page);
  // Pain points and opportunities are chosen by default: the touchpoint is not in the vote.
  await expect(panel(page).locator('[data-vote-cards]')).toHaveAttribute('data-vote-cards', '3');
  await panel(page).getByRole('checkbox', { name: 'Several dots may go on one card' }).check();
  await panel(page).getByRole('button', { name: 'Start vote' }).click();
  await expect(bar(page).getByRole('status')).toHaveText('Voting: 3 of 3 dots left');
  await expect(card(page, 'Website').getByRole('button', { name: /Place a dot/ })).toHaveCount(0);

  const place = (text: string) => card(page, text).getByRole('button', { name: new RegExp(`^Place a dot on “${text}”`) }).click();
  await place('Rude staff');
  await place('Rude staff');
  await place('Long queue');
  await expect(bar(page).getByRole('status')).toHaveText('Voting: 0 of 3 dots left');
  await expect(card(page, 'Rude staff').locator('[data-my-dots]')).toHaveAttribute('data-my-dots', '2');
  // No dots left: the control says so, and pressing it anyway explains why nothing happens.
  const fourth = card(page, 'Self check-in').getByRole('button', { name: /^Place a dot on “Self check-in”/ });
  await expect(fourth).toHaveAttribute('aria-disabled', 'true');
  await fourth.press('Enter');
  await expect(page.getByText('You have no dots left. Take one back to move it.')).toBeVisible();
  await expect(card(page, 'Self check-in').locator('[data-my-dots]')).toHaveAttribute('data-my-dots', '0');
  // Taking one back frees it.
  await card(page, 'Long queue').getByRole('button', { name: 'Take a dot back from “Long queue”' }).click();
  await expect(bar(page).getByRole('status')).toHaveText('Voting: 1 of 3 dots left');
  await place('Long queue');
  // Secret until revealed: no totals anywhere.
  await expect(page.locator('[data-vote-total]')).toHaveCount(0);

  // The dots are in the document: they survive a reload.
  await waitSaved(page);
  await page.reload();
  await expect(bar(page).getByRole('status')).toHaveText('Voting: 0 of 3 dots left');
  await expect(card(page, 'Rude staff').locator('[data-my-dots]')).toHaveAttribute('data-my-dots', '2');

  await openPanel(page);
  await panel(page).getByRole('button', { name: 'Reveal votes' }).click();
  await expect(bar(page).getByRole('status')).toHaveText('Votes revealed');
  await expect(card(page, 'Rude staff').locator('[data-vote-total]')).toHaveAttribute('data-vote-total', '2');
  await expect(card(page, 'Long queue').locator('[data-vote-total]')).toHaveAttribute('data-vote-total', '1');
  await expect(card(page, 'Self check-in').locator('[data-vote-total]')).toHaveAttribute('data-vote-total', '0');
  const ranked = panel(page).getByRole('list', { name: 'Ranked by dots' }).getByRole('listitem');
  await expect(ranked).toHaveCount(2);
  await expect(ranked.nth(0)).toContainText('Rude staff');
  await expect(ranked.nth(0)).toContainText('2 dots');
  await expect(ranked.nth(1)).toContainText('Long queue');
  await axe(page);

  // The top item becomes an improvement item in one step.
  await panel(page).getByRole('spinbutton', { name: 'How many to add' }).fill('1');
  await panel(page).getByRole('button', { name: 'Add the top 1 to the backlog' }).click();
  await expect(page.getByText('Added 1 improvement item from the vote.')).toBeVisible();
  await page.getByRole('button', { name: 'Backlog', exact: true }).click();
  const backlog = page.getByRole('complementary', { name: 'Improvement backlog' });
  await expect(backlog.getByRole('textbox', { name: 'Item' })).toHaveValue('Rude staff');

  // Closing keeps the result in the panel; the cards go back to normal.
  await panel(page).getByRole('button', { name: 'Close vote' }).click();
  await expect(panel(page).getByText('Vote closed')).toBeVisible();
  await expect(ranked.nth(0)).toContainText('Rude staff');
  await expect(page.locator('[data-vote-total]')).toHaveCount(0);
});

test('the shared timer: start, pause, add a minute, resume, reset, and the end sound once', async ({ page }) => {
  await page.clock.install();
  await newJourney(page);
  await openPanel(page);
  await panel(page).getByRole('spinbutton', { name: 'Minutes', exact: true }).fill('2');
  await panel(page).getByRole('button', { name: 'Start timer' }).click();
  const timer = bar(page).getByRole('timer');
  const status = bar(page).locator('[data-timer-status]');
  await expect(status).toHaveAttribute('data-timer-status', 'running');
  await page.clock.runFor(30_000);
  await expect(timer).toHaveText('1:30');
  await panel(page).getByRole('button', { name: 'Pause timer' }).click();
  await expect(status).toHaveAttribute('data-timer-status', 'paused');
  await page.clock.runFor(20_000);
  await expect(timer).toHaveText('1:30');
  await panel(page).getByRole('button', { name: 'Add a minute' }).click();
  await expect(timer).toHaveText('2:30');
  await panel(page).getByRole('button', { name: 'Resume timer' }).click();
  await page.clock.runFor(10_000);
  await expect(timer).toHaveText('2:20');
  await panel(page).getByRole('button', { name: 'Reset timer' }).click();
  await expect(status).toHaveAttribute('data-timer-status', 'idle');
  await expect(timer).toHaveText('3:00');

  // Runs to the end: "time is up" and one soft chime (counted on the page; muting stops it).
  await panel(page).getByRole('spinbutton', { name: 'Minutes', exact: true }).fill('1');
  await panel(page).getByRole('button', { name: 'Start timer' }).click();
  await page.clock.runFor(61_000);
  await expect(status).toHaveAttribute('data-timer-status', 'done');
  await expect(page.locator('html')).toHaveAttribute('data-chimes', '1');
  await page.clock.runFor(5_000);
  await expect(page.locator('html')).toHaveAttribute('data-chimes', '1');
  await bar(page).getByRole('button', { name: 'Mute the end sound' }).click();
  await panel(page).getByRole('button', { name: 'Start timer' }).click();
  await page.clock.runFor(61_000);
  await expect(status).toHaveAttribute('data-timer-status', 'done');
  await expect(page.locator('html')).toHaveAttribute('data-chimes', '1');
});

test('the structure lock shows to everyone and survives a reload; the facilitator still edits', async ({ page }) => {
  await newJourney(page);
  await openPanel(page);
  await panel(page).getByRole('checkbox', { name: 'Lock stages, steps and lanes' }).check();
  await expect(bar(page).locator('[data-structure-locked]')).toHaveText('Structure locked');
  // The lock binds the others, not the facilitator (a map nobody joined is its facilitator's).
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeEnabled();
  await waitSaved(page);
  await page.reload();
  await expect(bar(page).locator('[data-structure-locked]')).toHaveText('Structure locked');
  await openPanel(page);
  await expect(panel(page).getByRole('checkbox', { name: 'Lock stages, steps and lanes' })).toBeChecked();
  await panel(page).getByRole('checkbox', { name: 'Lock stages, steps and lanes' }).uncheck();
  await expect(bar(page)).toHaveCount(0);
});

test('look here to a slide opens the presentation there', async ({ page }) => {
  await newJourney(page);
  await openPanel(page);
  await panel(page).getByRole('spinbutton', { name: 'Slide number' }).fill('2');
  await panel(page).getByRole('button', { name: 'Bring everyone to this slide' }).click();
  await expect(page.locator('.present__count')).toHaveText(/^2 \/ \d+$/);
});

test('another tab on the map follows look here, and sees the timer and the vote', async ({ page, context }) => {
  await newJourney(page);
  await typeCard(page, 'Pain points', 'Step 1', 'Long queue');
  const id = decodeURIComponent(new URL(page.url()).hash.replace('#/map/', ''));
  const other = await context.newPage();
  await other.goto(`/#/map/${encodeURIComponent(id)}`);
  await expect(other.locator('.board[data-ready]')).toBeVisible({ timeout: 30_000 });
  const viewport = () => other.locator('.react-flow__viewport').getAttribute('style');
  const before = await viewport();

  await openPanel(page);
  // Zoom the asking page in on a corner, then bring everyone there.
  await page.locator('.react-flow__pane').hover();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await panel(page).getByRole('button', { name: 'Bring everyone to my view' }).click();
  await expect(bar(other).getByText('Moved by the facilitator')).toBeVisible();
  await expect.poll(viewport).not.toBe(before);
  // The page that asked does not move, nor say it was moved.
  await expect(page.getByText('Moved by the facilitator')).toHaveCount(0);

  await panel(page).getByRole('button', { name: 'Start timer' }).click();
  await expect(bar(other).locator('[data-timer-status]')).toHaveAttribute('data-timer-status', 'running');
  await panel(page).getByRole('button', { name: 'Start vote' }).click();
  await expect(bar(other).locator('[data-vote-status] [role=status]')).toHaveText('Voting: 3 of 3 dots left');
});
