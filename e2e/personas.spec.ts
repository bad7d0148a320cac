import { expect, test } from '@playwright/test';
import { cell } from './helpers';

test('a persona library shared across maps: create, pick in a map, shown in the board header, save back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('No personas yet.')).toBeVisible();
  await page.getByRole('button', { name: 'New persona' }).click();
  const dialog = page.getByRole('dialog', { name: 'New persona' });
  await dialog.getByLabel('Persona name').fill('王女士');
  await dialog.getByLabel('Persona role').fill('Home broadband customer');
  await dialog.getByLabel('Frustrations').fill('Repeating her address to every agent');
  await dialog.getByLabel('Persona quote').fill('我只想搬家后能上网。');
  await dialog.getByRole('radio', { name: 'Colour 3' }).check();
  await dialog.getByRole('button', { name: 'Save persona' }).click();
  const card = page.locator('.persona-card').filter({ hasText: '王女士' });
  await expect(card).toContainText('Home broadband customer');
  await expect(card.locator('.avatar')).toHaveText('王');

  await page.getByRole('button', { name: 'New service blueprint' }).click();
  await expect(cell(page, 'Customer actions', 'Step 1')).toBeVisible();
  await page.getByRole('combobox', { name: 'Choose from the persona library' }).selectOption({ label: '王女士 · Home broadband customer' });
  await expect(page.getByRole('textbox', { name: 'Persona name' })).toHaveValue('王女士');
  await expect(page.getByRole('textbox', { name: 'Frustrations' })).toHaveValue('Repeating her address to every agent');
  const chip = page.getByRole('button', { name: 'Persona: 王女士, Home broadband customer' });
  await expect(chip).toBeVisible();
  await expect(chip.locator('.avatar')).toHaveCSS('background-color', 'rgb(106, 27, 154)');

  // a persona written in a map goes into the library too
  await page.getByRole('textbox', { name: 'Persona name' }).fill('Li Na');
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Save to persona library' }).click();
  await expect(page.locator('.notice')).toContainText('“Li Na” saved to the persona library.');
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page.locator('.persona-card')).toHaveCount(2);
  await expect(page.locator('.persona-card').filter({ hasText: 'Li Na' }).locator('.avatar')).toHaveText('LN');
});
