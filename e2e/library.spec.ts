import { expect, test, type Page } from '@playwright/test';
import { cell, typeCard, waitSaved } from './helpers';

async function newMap(page: Page, kind: 'New journey map' | 'New service blueprint', title: string) {
  await page.goto('/');
  await page.getByRole('button', { name: kind }).click();
  const input = page.getByRole('textbox', { name: 'Map title' });
  await input.fill(title);
  await input.press('Enter');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page.getByRole('heading', { name: 'Your maps' })).toBeVisible();
}

const rows = (page: Page) => page.locator('.library__table tbody tr th');

test('library: newest first, search, rename, duplicate, trash and restore', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('No maps yet.')).toBeVisible();
  await expect(page.locator('.storage-state')).not.toHaveAttribute('data-state', 'checking');

  await newMap(page, 'New journey map', 'Online purchase');
  await newMap(page, 'New service blueprint', '宽带移机');
  await expect(rows(page)).toHaveText(['宽带移机', 'Online purchase']);
  await expect(page.getByRole('row', { name: /宽带移机/ })).toContainText('Service blueprint');
  await expect(page.getByRole('row', { name: /Online purchase/ })).toContainText('Journey map');

  // search by title
  await page.getByRole('searchbox', { name: 'Search maps' }).fill('宽带');
  await expect(rows(page)).toHaveText(['宽带移机']);
  await page.getByRole('searchbox', { name: 'Search maps' }).fill('nothing like this');
  await expect(page.getByText('No maps match')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search maps' }).fill('');

  // rename in place
  const actions = (title: string) => page.getByRole('group', { name: `Actions for “${title}”` });
  await actions('Online purchase').getByRole('button', { name: 'Rename' }).click();
  const editor = page.getByRole('textbox', { name: 'New title for “Online purchase”' });
  await editor.press('ControlOrMeta+A');
  await editor.pressSequentially('Online purchase funnel');
  await editor.press('Enter');
  await expect(rows(page)).toHaveText(['Online purchase funnel', '宽带移机']);

  // duplicate: a full copy, opened independently
  await page.getByRole('link', { name: '宽带移机' }).click();
  await typeCard(page, 'Customer actions', 'Step 1', 'Calls the hotline');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Back to library' }).click();
  await actions('宽带移机').getByRole('button', { name: 'Duplicate' }).click();
  await expect(rows(page)).toHaveText(['宽带移机 (copy)', '宽带移机', 'Online purchase funnel']);
  await page.getByRole('link', { name: '宽带移机 (copy)' }).click();
  await expect(page.getByRole('group', { name: 'Calls the hotline' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to library' }).click();

  // delete to the trash, restore, delete forever
  await actions('宽带移机 (copy)').getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.notice')).toContainText('moved to the trash');
  await expect(rows(page)).toHaveText(['宽带移机', 'Online purchase funnel']);
  await page.getByRole('button', { name: 'Trash (1)' }).click();
  await expect(rows(page)).toHaveText(['宽带移机 (copy)']);
  await actions('宽带移机 (copy)').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to maps' }).click();
  await expect(rows(page)).toHaveCount(3);
  await actions('Online purchase funnel').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Trash (1)' }).click();
  await actions('Online purchase funnel').getByRole('button', { name: 'Delete forever' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to maps' }).click();
  await expect(rows(page)).toHaveText(['宽带移机 (copy)', '宽带移机']);

  // a map that no longer exists gets a clear message, not a blank board
  await page.goto('/#/map/does-not-exist');
  await expect(page.getByRole('alert')).toHaveText('This map does not exist any more. It may have been deleted.');
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the language follows the browser, a new map is in Chinese, and the choice can be switched and persists', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.getByRole('button', { name: '新建服务蓝图' }).click();
    await expect(cell(page, '客户行为', '步骤 1')).toBeVisible();
    await expect(page.getByRole('textbox', { name: '地图标题' })).toHaveValue('未命名服务蓝图');
    for (const lane of ['有形展示', '客户行为', '前台员工行为（顾客可见）', '后台员工行为（顾客不可见）', '支持过程']) {
      await expect(page.getByRole('group', { name: `泳道：${lane}` })).toBeVisible();
    }
    await expect(page.locator('[data-line="interaction"]')).toContainText('互动分界线');
    await typeCard(page, '客户行为', '步骤 1', '拨打客服热线');
    await expect(page.locator('.save-state')).toHaveText('所有更改已保存');

    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Back to library' })).toBeVisible();
    // the document keeps its own language; the interface changes
    await expect(cell(page, '客户行为', '步骤 1')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Back to library' })).toBeVisible();
    await page.getByRole('button', { name: 'Back to library' }).click();
    await expect(page.getByRole('button', { name: 'New journey map' })).toBeVisible();
  });
});
