import { expect, test } from '@playwright/test';
import { card, focusOn, typeCard } from './helpers';
import { expectSynced, joinMap, newPerson, shareMap, type Person } from './share';

/**
 * The workshop tools between two people through the real sync server: Ana shares and
 * facilitates, Bo joins with the editor link. The structure lock binds Bo (not Ana), his dot
 * stays secret until Ana reveals, "look here" moves him, and he sees her timer.
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let ana: Person;
let bo: Person;

test.afterAll(async () => {
  await ana?.context.close();
  await bo?.context.close();
});

const panel = (p: Person) => p.page.getByRole('complementary', { name: 'Facilitator controls' });
const bar = (p: Person) => p.page.getByRole('region', { name: 'Workshop' });

test('Ana shares a map and Bo joins as an editor', async ({ browser }) => {
  ana = await newPerson(browser);
  bo = await newPerson(browser);
  await ana.page.getByRole('button', { name: 'New journey map' }).click();
  await typeCard(ana.page, 'Pain points', 'Step 1', 'Long queue');
  await typeCard(ana.page, 'Pain points', 'Step 2', 'Rude staff');
  const links = await shareMap(ana.page, 'Ana');
  await joinMap(bo.page, links.editor, 'Bo');
  await expect(card(bo.page, 'Rude staff')).toBeVisible();
});

test('the structure lock disables structure edits for Bo, with the reason, but not cards', async () => {
  await ana.page.getByRole('button', { name: 'Facilitator controls' }).click();
  await panel(ana).getByRole('checkbox', { name: 'Lock stages, steps and lanes' }).check();
  await expect(bar(bo).locator('[data-structure-locked]')).toHaveText('Structure locked', { timeout: 10_000 });
  await expect(bo.page.getByRole('button', { name: 'Add stage' })).toBeDisabled();
  await expect(bo.page.getByRole('button', { name: 'Add lane' })).toBeDisabled();
  await expect(ana.page.getByRole('button', { name: 'Add stage' })).toBeEnabled();
  // The stage inspector is disabled and says why.
  await focusOn(bo.page, bo.page.getByRole('group', { name: 'Stage: Stage 1', exact: true }));
  await expect(bo.page.locator('.inspector .structure-locked__note')).toBeVisible();
  await expect(bo.page.locator('.inspector').getByRole('textbox').first()).toBeDisabled();
  // Renaming from the header is refused too, with the same reason; the title stays.
  await bo.page.keyboard.press('Enter');
  await bo.page.keyboard.press('ControlOrMeta+A');
  await bo.page.keyboard.insertText('Bo was here');
  await bo.page.keyboard.press('Enter');
  await expect(bo.page.getByText('The facilitator has locked stages, steps and lanes. You can still add and edit cards.').first()).toBeVisible();
  await expect(bo.page.getByRole('group', { name: 'Stage: Stage 1', exact: true })).toBeVisible();
  // Cards are still his to add.
  await typeCard(bo.page, 'Pain points', 'Step 3', 'No parking');
  await expectSynced(bo.page);
  await focusOn(ana.page, card(ana.page, 'No parking')); // fits the map in view if it is off-screen
  // Bo cannot change the facilitator's settings.
  await bo.page.getByRole('button', { name: 'Facilitator controls' }).click();
  await expect(panel(bo).getByText('Only the facilitator can change these.')).toBeVisible();
  await expect(panel(bo).getByRole('checkbox', { name: 'Lock stages, steps and lanes' })).toBeDisabled();
  await bo.page.getByRole('button', { name: 'Close facilitator controls' }).click();
});

test('Bo’s dot stays secret until Ana reveals; then both see the totals', async () => {
  await panel(ana).getByRole('button', { name: 'Start vote' }).click();
  await expect(bar(bo).locator('[data-vote-status] [role=status]')).toHaveText('Voting: 3 of 3 dots left', { timeout: 10_000 });
  await card(bo.page, 'Rude staff').getByRole('button', { name: /^Place a dot on “Rude staff”/ }).click();
  await expect(bar(bo).locator('[data-vote-status] [role=status]')).toHaveText('Voting: 2 of 3 dots left');
  await expectSynced(bo.page);
  // Ana's own dots are her own: she still has three, and sees no totals.
  await expect(bar(ana).locator('[data-vote-status] [role=status]')).toHaveText('Voting: 3 of 3 dots left');
  await expect(ana.page.locator('[data-vote-total]')).toHaveCount(0);
  await card(ana.page, 'Rude staff').getByRole('button', { name: /^Place a dot on “Rude staff”/ }).click();
  await panel(ana).getByRole('button', { name: 'Reveal votes' }).click();
  await expect(card(bo.page, 'Rude staff').locator('[data-vote-total]')).toHaveAttribute('data-vote-total', '2', { timeout: 10_000 });
  await expect(card(ana.page, 'Rude staff').locator('[data-vote-total]')).toHaveAttribute('data-vote-total', '2');
});

test('look here moves Bo; he sees Ana’s timer', async () => {
  for (let i = 0; i < 3; i++) await ana.page.getByRole('button', { name: 'Zoom in' }).click();
  await panel(ana).getByRole('button', { name: 'Bring everyone to my view' }).click();
  await expect(bar(bo).getByText('Moved by the facilitator')).toBeVisible({ timeout: 10_000 });
  await panel(ana).getByRole('button', { name: 'Start timer' }).click();
  await expect(bar(bo).locator('[data-timer-status]')).toHaveAttribute('data-timer-status', 'running', { timeout: 10_000 });
});
