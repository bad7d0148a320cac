import { expect, test, type Page } from '@playwright/test';
import { cell } from './helpers';

/** English words in what is on screen, apart from names that stay in English. */
async function englishLeft(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const parts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (el && el.closest('.card, .react-flow__attribution, [aria-hidden="true"]')) continue; // user content, attribution
      parts.push(n.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (el.closest('.react-flow__attribution')) continue;
      for (const a of ['aria-label', 'placeholder', 'title']) parts.push(el.getAttribute(a) ?? '');
    }
    return parts.join(' ');
  });
  const allowed = /^(Journeyprint|Mermaid|JSON|CSV|PDF|SVG|PNG|CSAT|CES|NPS|App|Enter|Delete|English|React|Flow|journey|title|section|PowerPoint)$/;
  return [...new Set(text.match(/[A-Za-z]{4,}/g) ?? [])].filter((w) => !allowed.test(w));
}

test.describe('繁體中文', () => {
  test.use({ locale: 'zh-TW' });

  test('a Taiwan browser gets 繁體中文 everywhere, and no interface string is left untranslated', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    expect(await englishLeft(page)).toEqual([]);
    await page.getByRole('button', { name: '新增服務藍圖' }).click();
    await expect(cell(page, '客戶行為', '步驟 1')).toBeVisible();
    await expect(page.locator('[data-line="visibility"]')).toContainText('可視分界線');
    expect(await englishLeft(page)).toEqual([]);
    await cell(page, '客戶行為', '步驟 1').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('撥打客服專線');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '分析', exact: true }).click();
    expect(await englishLeft(page)).toEqual([]);
    await page.getByRole('button', { name: '匯出' }).click();
    expect(await englishLeft(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '匯入' }).click();
    expect(await englishLeft(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.locator('.save-state')).toHaveText('所有變更已儲存');
  });
});

test.describe('switching', () => {
  test.use({ locale: 'en-US' });

  test('the choice of language persists, and every visible string changes with it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-TW');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await expect(page.getByRole('heading', { name: '我的地圖' })).toBeVisible();
    expect(await englishLeft(page)).toEqual([]);
    await page.reload();
    await expect(page.getByRole('button', { name: '新增旅程地圖' })).toBeVisible();
    await page.getByRole('combobox', { name: '語言' }).selectOption('zh-CN');
    await expect(page.getByRole('button', { name: '新建旅程地图' })).toBeVisible();
    expect(await englishLeft(page)).toEqual([]);
  });
});
