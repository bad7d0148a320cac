import { expect, test, type Page } from '@playwright/test';
import { card, cell } from './helpers';
import { broadbandMap, mapFile } from './fixtures';

/** §4 of issue 13: a finished interface. */

async function openBroadband(page: Page, importName = 'Import', fileLabel: string | RegExp = 'File (JSON, CSV or Mermaid)') {
  await page.goto('/');
  await page.getByRole('button', { name: importName }).click();
  await page.getByLabel(fileLabel).setInputFiles(mapFile(broadbandMap()));
  await expect(page.locator('.board')).toHaveAttribute('data-ready', 'true');
}

/** Every control of the toolbar on one row, none cut off. */
async function toolbarRow(page: Page) {
  return page.locator('.toolbar').evaluate((bar) => {
    const controls = [...bar.querySelectorAll<HTMLElement>('button, select, input')].filter((el) => el.offsetParent);
    const mids = controls.map((el) => {
      const r = el.getBoundingClientRect();
      return r.top + r.height / 2;
    });
    const title = bar.querySelector<HTMLInputElement>('.title-input')!;
    return {
      height: bar.getBoundingClientRect().height,
      spread: Math.max(...mids) - Math.min(...mids),
      titleCut: title.scrollWidth > title.clientWidth + 1,
      overflow: bar.scrollWidth > bar.clientWidth + 1,
      unnamed: controls.filter((el) => !(el.getAttribute('aria-label') || el.textContent?.trim() || el.id)).length,
    };
  });
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the toolbar is one row of named icon buttons; the title is never cut off (English and Chinese)', async ({ page }) => {
      await openBroadband(page);
      for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
        if (lang !== 'en') await page.locator('.language-select select').selectOption(lang);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('.persona-chip')).toBeVisible();
        const row = await toolbarRow(page);
        expect(row.height, lang).toBeLessThanOrEqual(52);
        expect(row.spread, lang).toBeLessThanOrEqual(4);
        expect(row.titleCut, lang).toBe(false);
        expect(row.overflow, lang).toBe(false);
        expect(row.unnamed, lang).toBe(0);
        await page.screenshot({ path: `test-results/board-${lang}-${viewport.width}.png` });
      }
      await page.locator('.language-select select').selectOption('en');
      const groups = page.locator('.toolbar [role="group"]');
      await expect(groups).toHaveCount(5);
      await expect(page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Fit view' })).toHaveAttribute('data-tip', 'Fit view · Ctrl+0');
    });
  });
}

test('the shortcuts sheet lists the registry keys, and those keys do what it says', async ({ page }) => {
  await openBroadband(page);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.locator('[data-shortcut="fitView"]')).toContainText('Ctrl+0');
  await expect(sheet.locator('[data-shortcut="fitView"]')).toContainText('Fit view');
  await expect(sheet.locator('[data-shortcut="undo"]')).toContainText('Ctrl+Z');
  await sheet.getByRole('button', { name: 'Close' }).click();
  const viewport = () => page.locator('.react-flow__viewport').getAttribute('style');
  const before = await viewport();
  await page.keyboard.press('Control+0');
  await expect.poll(viewport).not.toBe(before);
  await expect(page.locator('.inspector')).toBeVisible();
  await page.keyboard.press('Control+Alt+i');
  await expect(page.locator('.inspector')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Inspector' })).toHaveAttribute('aria-pressed', 'false');
});

test('a new step opens renaming with its title selected, numbered within the map; F2 selects the title', async ({ page }) => {
  await openBroadband(page);
  await page.getByRole('button', { name: 'Add step' }).click();
  const editor = page.getByRole('textbox', { name: 'Rename' });
  await expect(editor).toBeFocused();
  // Six steps in the map: the new one is Step 7, whatever was created before in this browser.
  expect(await editor.evaluate((el: HTMLTextAreaElement) => [el.value, el.selectionStart, el.selectionEnd])).toEqual(['Step 7', 0, 6]);
  await page.keyboard.type('回访');
  await page.keyboard.press('Enter');
  const header = page.getByRole('group', { name: 'Step: 回访', exact: true });
  await expect(header).toBeFocused();
  await page.keyboard.press('F2');
  expect(await page.getByRole('textbox', { name: 'Rename' }).evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, 2]);
  await page.keyboard.press('Escape');
});

test('deleting a lane with cards says what went and Undo in the toast brings it back', async ({ page }) => {
  await openBroadband(page);
  await page.getByRole('group', { name: 'Lane: 前台', exact: true }).focus();
  await page.keyboard.press('Delete');
  const toast = page.locator('.notice');
  await expect(toast).toContainText('前台');
  await expect(toast).toContainText('2 cards');
  await expect(card(page, '客服记录新地址')).toHaveCount(0);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, '客服记录新地址')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Lane: 前台', exact: true })).toBeVisible();
});

test('dragging a card highlights the cell it will land in', async ({ page }) => {
  await openBroadband(page);
  const from = (await card(page, '客服记录新地址').boundingBox())!;
  const target = cell(page, '前台', 'Step 2');
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 10, { steps: 12 });
  const hint = page.getByTestId('drop-target');
  await expect(hint).toBeVisible();
  const h = (await hint.boundingBox())!;
  expect(Math.abs(h.x - to.x)).toBeLessThanOrEqual(2);
  expect(Math.abs(h.width - to.width)).toBeLessThanOrEqual(2);
  await page.mouse.up();
  await expect(hint).toHaveCount(0);
});

test('the library shows each map as a thumbnail; the template gallery previews each template; the first visit says what to do', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Your first map' })).toBeVisible();
  await page.screenshot({ path: 'test-results/library-empty.png' });
  await page.getByRole('button', { name: 'New from template' }).click();
  const gallery = page.getByRole('dialog');
  await expect(gallery.locator('.thumb--template img')).toHaveCount(9);
  await expect.poll(() => gallery.locator('.thumb--template img').evaluateAll((imgs: HTMLImageElement[]) => imgs.filter((i) => i.complete && i.naturalWidth > 0).length)).toBe(9);
  await page.screenshot({ path: 'test-results/template-gallery.png' });
  await gallery.getByRole('button', { name: /Broadband relocation/ }).click();
  await expect(page.locator('.board')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Back to library' }).click();
  const thumb = page.locator('.library__table tbody tr').first().locator('.thumb img');
  await expect.poll(() => thumb.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  await page.screenshot({ path: 'test-results/library-thumbnails.png' });
});
