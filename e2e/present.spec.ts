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
  const total = Number(/1 \/ (\d+)/.exec((await deck.locator('.present__count').textContent()) ?? '')![1]);
  // cover, overview, each stage (in parts when its card text would fall under 14 px), peak, end, what to fix first, summary
  expect(total).toBeGreaterThanOrEqual(8);
  await page.screenshot({ path: 'test-results/present-cover.png' });
  const heading = (name: string | RegExp) => deck.getByRole('heading', { name });
  /** Moves on (as a clicker does) until the slide with this heading shows. */
  const nextUntil = async (name: string | RegExp) => {
    for (let i = 0; i < total && !(await heading(name).count()); i++) await page.keyboard.press('PageDown');
    await expect(heading(name)).toBeAttached();
  };

  await page.keyboard.press('PageDown'); // a clicker sends PageDown
  await expect(heading('The journey at a glance')).toBeAttached();
  await nextUntil('咨询');
  await expect(deck).toContainText('Stage 1 of 2');
  await nextUntil('办理');
  await expect(deck).toContainText('Stage 2 of 2');
  await page.screenshot({ path: 'test-results/present-stage.png' });
  await nextUntil(/区域分配错误/);
  await expect(deck).toContainText('Peak');
  await expect(deck).toContainText('工单派到了错误的片区，整个流程重新开始');
  await expect(deck).toContainText('falls below the tolerance floor');
  await page.screenshot({ path: 'test-results/present-peak.png' });
  await page.keyboard.press('ArrowRight');
  await expect(heading(/技术员上门/)).toBeAttached();
  await expect(deck).toContainText('End');
  await page.keyboard.press('End');
  await expect(deck).toContainText('How customers will remember it');
  await expect(deck).toContainText('Remembered score−1.0');
  await expect(deck).toContainText('Average−0.8'); // mean of −1, −1, −2, +1, −3, +1
  await page.screenshot({ path: 'test-results/present-summary.png' });
  await page.keyboard.press('ArrowLeft');
  await expect(deck).toContainText(`${total - 1} / ${total}`);
  await page.keyboard.press('Home');
  await expect(deck).toContainText(`1 / ${total}`);

  await page.keyboard.press('Escape');
  await expect(deck).toHaveCount(0);
  await expect(page.locator('.board')).toHaveAttribute('data-viewport', before);
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('宽带移机 服务蓝图');
});
