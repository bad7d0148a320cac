import { expect, test, type Page } from '@playwright/test';
import { renameHeader, setEmotion, typeCard, waitSaved } from './helpers';

async function journey(page: Page, title: string, emotions: number[]) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey map' }).click();
  const input = page.getByRole('textbox', { name: 'Map title' });
  await input.fill(title);
  await input.press('Enter');
  for (let i = 0; i < emotions.length; i++) await setEmotion(page, `Step ${i + 1}`, emotions[i]!);
  await waitSaved(page);
}

test('the analysis panel follows the emotions, honours a manual peak and compares with a future state', async ({ page }) => {
  await journey(page, 'Future state', [1, 1, 2]);
  await page.getByRole('button', { name: 'Back to library' }).click();
  await journey(page, 'Current state', [1, -1, -1]);

  await page.getByRole('button', { name: 'Analysis' }).click();
  const panel = page.getByRole('complementary', { name: 'Experience analysis' });
  await expect(panel).toBeVisible();
  const remembered = panel.getByTestId('remembered');
  const average = panel.getByTestId('average');
  // peak = last of the equal |1| scores (Step 3, −1), end = Step 3 (−1)
  await expect(remembered).toHaveText('−1.0');
  await expect(average).toHaveText('−0.3');
  await expect(panel.getByText('End: “Step 3” (−1.0)')).toBeVisible();

  // Keyboard changes on the board show at once in the panel
  await setEmotion(page, 'Step 2', -3);
  await expect(remembered).toHaveText('−2.0');
  await expect(average).toHaveText('−1.0');
  await expect(panel.getByText('Peak: “Step 2” (−3.0)')).toBeVisible();
  await expect(page.locator('.moment-label[data-moment="peak"]')).toHaveText('Peak');
  await expect(page.locator('.moment-label[data-moment="end"]')).toHaveText('End');
  const findings = panel.locator('.finding');
  await expect(findings.first()).toHaveAttribute('data-code', 'end-is-negative');
  await expect(panel.locator('.finding[data-code="dip-below-floor"]')).toContainText('“Step 2” falls below the tolerance floor');

  // A finding selects its step on the board
  await panel.locator('.finding[data-code="dip-below-floor"] button.link').click();
  await expect(page.getByRole('group', { name: 'Step: Step 2' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Step title' })).toHaveValue('Step 2');

  // Mark Step 1 as the peak by hand (from the step inspector)
  await renameHeader(page, 'Step: Step 1', 'Calls the hotline');
  await page.getByRole('group', { name: 'Step: Calls the hotline' }).focus();
  await page.getByRole('checkbox', { name: 'Mark as peak' }).check();
  await expect(panel.getByText('Peak: “Calls the hotline” (+1.0)')).toBeVisible();
  // The data says Step 2 (−3) is the most intense moment: the hand mark is kept, and flagged.
  await expect(panel.locator('.moments .tag')).toHaveText('marked by hand; the data now says “Step 2”');
  await expect(remembered).toHaveText('0.0');
  await expect(page.locator('.moment-label[data-moment="peak"]')).toBeVisible();

  // Pain points by owner and the channel matrix
  await typeCard(page, 'Pain points', 'Step 2', 'Bot does not understand');
  await page.getByRole('textbox', { name: 'Owning department' }).fill('客服');
  await page.getByRole('textbox', { name: 'Root cause' }).fill('Speech model not trained on dialects');
  await page.keyboard.press('Tab');
  await expect(panel.locator('.owner-group h4')).toHaveText('客服 1');
  await expect(panel.locator('.owner-group')).toContainText('Speech model not trained on dialects');
  await typeCard(page, 'Touchpoints', 'Calls the hotline', 'Hotline');
  await page.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Phone / call centre' });
  await expect(panel.locator('.matrix').first()).toContainText('Phone / call centre');

  // Compare with the future state
  await panel.getByRole('combobox', { name: 'Compare with' }).selectOption({ label: 'Future state' });
  await expect(panel.getByRole('img', { name: 'Emotion curves: this map and “Future state”' })).toBeVisible();
  await expect(panel.getByTestId('compare-direction')).toHaveText('Current “Current state” → future “Future state”');
  await expect(panel.locator('.compare-table tr').first()).toHaveText('Remembered score0.0 → +2.0 (+2.0) better');
  await page.screenshot({ path: 'test-results/analysis-panel.png' });
});

test('a map with no emotions explains what to do instead of showing numbers', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey map' }).click();
  await page.getByRole('button', { name: 'Analysis' }).click();
  const panel = page.getByRole('complementary', { name: 'Experience analysis' });
  await expect(panel).toContainText('Score the emotion of at least one step');
  await expect(panel).not.toContainText('NaN');
  // no scores at all, not a remembered score or an average of nothing
  await expect(panel.getByTestId('remembered')).toHaveCount(0);
  await expect(panel.getByTestId('average')).toHaveCount(0);
});
