import { expect, test, type Page } from '@playwright/test';
import { card, fitAndWait, focusOn, typeCard } from './helpers';
import { expectSynced, joinMap, newPerson, shareMap, type Person } from './share';

/**
 * A workshop of three through the real sync server, as issue 15 describes it: Ana shares and
 * facilitates, Bo joins with the editor link, Cy with the view-only link. A comment with a mention
 * and a resolve; a vote Cy may join, from start to reveal to the backlog; the timer and "look here"
 * reach everyone; the structure lock binds Bo, and Cy can never edit.
 */
test.describe.configure({ mode: 'serial', timeout: 150_000 });

let ana: Person;
let bo: Person;
let cy: Person;

test.afterAll(async () => {
  for (const p of [ana, bo, cy]) await p?.context.close();
});

const facilitator = (p: Person) => p.page.getByRole('complementary', { name: 'Facilitator controls' });
const bar = (p: Person) => p.page.getByRole('region', { name: 'Workshop' });
const comments = (page: Page) => page.getByRole('complementary', { name: 'Comments' });
const place = (p: Person, text: string) => card(p.page, text).getByRole('button', { name: new RegExp(`^Place a dot on “${text}”`) }).click();

test('Ana shares; Bo joins as an editor and Cy as a viewer', async ({ browser }) => {
  [ana, bo, cy] = await Promise.all([newPerson(browser), newPerson(browser), newPerson(browser)]);
  await ana.page.getByRole('button', { name: 'New journey map' }).click();
  await typeCard(ana.page, 'Pain points', 'Step 1', 'Long queue');
  await typeCard(ana.page, 'Pain points', 'Step 2', 'Rude staff');
  await typeCard(ana.page, 'Opportunities', 'Step 1', 'Self check-in');
  const links = await shareMap(ana.page, 'Ana');
  await joinMap(bo.page, links.editor, 'Bo');
  await joinMap(cy.page, links.viewer, 'Cy');
  await expect(card(bo.page, 'Rude staff')).toBeVisible();
  await expect(card(cy.page, 'Rude staff')).toBeVisible();
});

test('Bo comments on a card mentioning Ana; Ana sees the mention and resolves it; Cy reads it but cannot comment', async () => {
  await focusOn(bo.page, card(bo.page, 'Long queue'));
  await bo.page.keyboard.press('Control+Alt+m');
  const box = comments(bo.page).getByRole('textbox', { name: 'Add a comment' });
  await box.fill('Twelve minutes at the desk, ');
  await box.press('End');
  await box.pressSequentially('@An');
  await expect(comments(bo.page).getByRole('option', { name: 'Ana' })).toBeVisible();
  await box.press('Enter'); // picks Ana
  await box.pressSequentially('can we staff a second desk?');
  await box.press('Enter');
  await expectSynced(bo.page);

  // Ana: the card's badge says the thread mentions her.
  const badge = card(ana.page, 'Long queue').locator('[data-comment-badge]');
  await expect(badge).toHaveAccessibleName('1 open comment thread · Mentions you', { timeout: 15_000 });
  await badge.click();
  const thread = comments(ana.page).locator('.thread').first();
  await expect(thread.locator('mark.mention--me')).toHaveText('@Ana');
  await thread.getByRole('button', { name: 'Resolve' }).first().click();
  await expectSynced(ana.page);
  await expect(card(bo.page, 'Long queue').locator('[data-comment-badge]')).toHaveCount(0, { timeout: 15_000 });

  // Cy, a viewer, reads the thread (resolved) but gets no box to write in.
  await focusOn(cy.page, card(cy.page, 'Long queue'));
  await cy.page.keyboard.press('Control+Alt+m');
  await expect(comments(cy.page).locator('.thread').first()).toContainText('can we staff a second desk?');
  await expect(comments(cy.page).getByRole('textbox', { name: 'Add a comment' })).toHaveCount(0);
  await expect(comments(cy.page).getByRole('button', { name: 'Reopen' })).toHaveCount(0);
});

test('a vote Cy may join: dots from all three, secret until Ana reveals, the top item into the backlog', async () => {
  await ana.page.getByRole('button', { name: 'Facilitator controls' }).click();
  await facilitator(ana).getByRole('checkbox', { name: 'Viewers may vote' }).check();
  await facilitator(ana).getByRole('button', { name: 'Start vote' }).click();
  for (const p of [bo, cy]) await expect(bar(p).locator('[data-vote-status] [role=status]')).toHaveText('Voting: 3 of 3 dots left', { timeout: 15_000 });
  // Panels open on every screen: the whole map in view, so every card is drawn.
  for (const p of [ana, bo, cy]) await fitAndWait(p.page);

  await place(bo, 'Rude staff');
  await place(cy, 'Rude staff');
  await place(cy, 'Long queue');
  await expect(bar(cy).locator('[data-vote-status] [role=status]')).toHaveText('Voting: 1 of 3 dots left');
  await expectSynced(bo.page);
  await expectSynced(cy.page);
  await place(ana, 'Rude staff');
  // Nobody sees totals before the reveal.
  for (const p of [ana, bo, cy]) await expect(p.page.locator('[data-vote-total]')).toHaveCount(0);

  await facilitator(ana).getByRole('button', { name: 'Reveal votes' }).click();
  // Cy's dots reached the server and everyone: the totals agree on every screen.
  for (const p of [ana, bo, cy]) {
    await expect(card(p.page, 'Rude staff').locator('[data-vote-total]')).toHaveAttribute('data-vote-total', '3', { timeout: 15_000 });
    await expect(card(p.page, 'Long queue').locator('[data-vote-total]')).toHaveAttribute('data-vote-total', '1');
  }
  await facilitator(ana).getByRole('spinbutton', { name: 'How many to add' }).fill('1');
  await facilitator(ana).getByRole('button', { name: 'Add the top 1 to the backlog' }).click();
  await expectSynced(ana.page);
  await bo.page.getByRole('button', { name: 'Backlog', exact: true }).click();
  await expect(bo.page.getByRole('complementary', { name: 'Improvement backlog' }).getByRole('textbox', { name: 'Item' })).toHaveValue('Rude staff', { timeout: 15_000 });
  await bo.page.getByRole('button', { name: 'Backlog', exact: true }).click();
});

test('the timer and "look here" reach the editor and the viewer', async () => {
  await facilitator(ana).getByRole('button', { name: 'Start timer' }).click();
  for (const p of [bo, cy]) await expect(bar(p).locator('[data-timer-status]')).toHaveAttribute('data-timer-status', 'running', { timeout: 15_000 });
  await facilitator(ana).getByRole('button', { name: 'Bring everyone to my view' }).click();
  for (const p of [bo, cy]) await expect(bar(p).getByText('Moved by the facilitator')).toBeVisible({ timeout: 15_000 });
});

test('the structure lock binds Bo but not his cards; Cy cannot edit at all', async () => {
  await facilitator(ana).getByRole('checkbox', { name: 'Lock stages, steps and lanes' }).check();
  await expect(bar(bo).locator('[data-structure-locked]')).toHaveText('Structure locked', { timeout: 15_000 });
  await expect(bo.page.getByRole('button', { name: 'Add stage' })).toBeDisabled();
  await expect(ana.page.getByRole('button', { name: 'Add stage' })).toBeEnabled();
  await typeCard(bo.page, 'Pain points', 'Step 3', 'No parking');
  await expectSynced(bo.page);
  await expect(card(cy.page, 'No parking')).toBeVisible({ timeout: 15_000 });
  await expect(cy.page.getByRole('button', { name: 'Add stage' })).toBeDisabled();
  await expect(cy.page.getByRole('textbox', { name: 'Card text' })).toHaveCount(0);
});
