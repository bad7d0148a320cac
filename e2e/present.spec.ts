import { expect, test } from '@playwright/test';
import { broadbandMap, mapFile } from './fixtures';
import { fitAndWait } from './helpers';

test('present a map: persona first, stage by stage, peak and end, then the remembered score; Escape returns', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles(mapFile(broadbandMap()));
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('宽带移机 服务蓝图');
  await fitAndWait(page);
  const before = (await page.locator('.board').getAttribute('data-viewport'))!;
  expect(before).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+$/);

  await page.getByRole('button', { name: 'Present' }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck).toBeFocused();
  await expect(deck).toContainText('王女士');
  await expect(deck).toContainText('我只想搬家后能上网。');
  await expect(deck).toContainText('1 / 10'); // cover, overview, 2 stages in 2 parts each (11 lanes), peak, end, what to fix first, summary
  await page.screenshot({ path: 'test-results/present-cover.png' });

  await page.keyboard.press('PageDown'); // a clicker sends PageDown
  await expect(deck.getByRole('heading', { name: 'The journey at a glance' })).toBeAttached();
  await page.keyboard.press('PageDown');
  await expect(deck.getByRole('heading', { name: '咨询' })).toBeAttached();
  await expect(deck).toContainText('Stage 1 of 2 · part 1 of 2');
  await page.keyboard.press('ArrowRight');
  await expect(deck).toContainText('Stage 1 of 2 · part 2 of 2');
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByRole('heading', { name: '办理' })).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await page.screenshot({ path: 'test-results/present-stage.png' });
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByRole('heading', { name: /区域分配错误/ })).toBeAttached();
  await expect(deck).toContainText('Peak');
  await expect(deck).toContainText('工单派到了错误的片区，整个流程重新开始');
  await expect(deck).toContainText('falls below the tolerance floor');
  await page.screenshot({ path: 'test-results/present-peak.png' });
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByRole('heading', { name: /技术员上门/ })).toBeAttached();
  await expect(deck).toContainText('End');
  await page.keyboard.press('End');
  await expect(deck).toContainText('How customers will remember it');
  await expect(deck).toContainText('Remembered score−1.0');
  await expect(deck).toContainText('Average−0.8'); // mean of −1, −1, −2, +1, −3, +1
  await page.screenshot({ path: 'test-results/present-summary.png' });
  await page.keyboard.press('ArrowLeft');
  await expect(deck).toContainText('9 / 10');
  await page.keyboard.press('Home');
  await expect(deck).toContainText('1 / 10');

  await page.keyboard.press('Escape');
  await expect(deck).toHaveCount(0);
  await expect(page.locator('.board')).toHaveAttribute('data-viewport', before);
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('宽带移机 服务蓝图');
});
