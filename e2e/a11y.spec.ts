import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { card, cell, typeCard } from './helpers';

async function axe(page: Page, label: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  violations += summary.length; // counted before the assertion, so a failing run reports them
  checked.push(label);
  expect(summary).toEqual([]);
  // axe really looked: names, roles, contrast and ARIA rules were evaluated and passed
  expect(result.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['button-name', 'aria-allowed-attr', 'color-contrast', 'label']));
}

const checked: string[] = [];
let violations = 0;
let failedTests = 0;
// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook asks for from this pattern
test.afterEach(({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) failedTests++;
});
// The figures the README reports: what was found, not what was hoped for. A test that failed for
// any other reason (a timeout before a screen was checked) is reported too.
test.afterAll(() => {
  mkdirSync('.reliability', { recursive: true });
  writeFileSync('.reliability/a11y.json', JSON.stringify({ screensChecked: checked.length, violations, failedTests, screens: checked }, null, 2));
});

for (const locale of ['en-US', 'zh-CN']) {
  test.describe(locale, () => {
    test.use({ locale });

    test(`no WCAG A/AA violations on the library, board and inspector (${locale})`, async ({ page }) => {
      const zh = locale === 'zh-CN';
      await page.goto('/');
      await expect(page.locator('.storage-state')).not.toHaveAttribute('data-state', 'checking');
      await axe(page, 'empty library');
      await page.getByRole('button', { name: zh ? '新建服务蓝图' : 'New service blueprint' }).click();
      const customer = zh ? '客户行为' : 'Customer actions';
      const step = zh ? '步骤 1' : 'Step 1';
      await expect(cell(page, customer, step)).toBeVisible();
      await typeCard(page, customer, step, 'Calls the hotline');
      await typeCard(page, customer, zh ? '步骤 2' : 'Step 2', 'Waits');
      await axe(page, 'board with map inspector');
      await card(page, 'Calls the hotline').focus();
      await page.getByRole('checkbox', { name: zh ? '失败点' : 'Fail point' }).check();
      await axe(page, 'card inspector');
      await page.getByRole('button', { name: zh ? '分析' : 'Analysis', exact: true }).click();
      await axe(page, 'empty analysis panel');
      await page.getByRole('group', { name: zh ? '泳道：客户行为' : 'Lane: Customer actions' }).click();
      await page.getByRole('button', { name: zh ? '添加泳道' : 'Add lane' }).click();
      await page.getByRole('menuitem', { name: zh ? '情绪曲线' : 'Emotions' }).click();
      await page.getByRole('slider').first().focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(page.getByTestId('remembered')).toBeVisible();
      await axe(page, 'analysis panel with findings');
      await page.getByRole('button', { name: zh ? '添加泳道' : 'Add lane' }).click();
      await axe(page, 'add-lane menu');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: zh ? '导出' : 'Export' }).click();
      await page.getByRole('radio', { name: 'PDF', exact: true }).check();
      await page.getByRole('radio', { name: zh ? '选定的阶段' : 'Selected stages' }).check();
      await axe(page, 'export dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: zh ? '导入' : 'Import' }).click();
      await page.getByLabel(zh ? '或粘贴 Mermaid 旅程图文本' : 'Or paste Mermaid journey text').fill('journey\n  section A\n    Task: 9: Me');
      await page.getByRole('button', { name: zh ? '导入文本' : 'Import text' }).click();
      await expect(page.getByRole('dialog').getByRole('alert')).not.toBeEmpty();
      await axe(page, 'import dialog with an error');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: zh ? '返回地图库' : 'Back to library' }).click();
      await axe(page, 'library with a map');
    });
  });
}

// Sharing: the name form, the shared room's links and QR code, and the toolbar's connection
// indicator (the e2e server is the real sync server).
for (const locale of ['en-US', 'zh-CN']) {
  test.describe(`sharing ${locale}`, () => {
    test.use({ locale });
    test(`no WCAG A/AA violations in the Share dialog (${locale})`, async ({ page }) => {
      const zh = locale === 'zh-CN';
      await page.goto('/');
      await page.getByRole('button', { name: zh ? '新建服务蓝图' : 'New service blueprint' }).click();
      await expect(page.locator('.board')).toHaveAttribute('data-ready', 'true');
      await page.getByRole('button', { name: zh ? '分享' : 'Share', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.locator('[data-phase="name"]')).toBeVisible({ timeout: 15_000 });
      await axe(page, 'share dialog: name');
      await dialog.getByLabel(zh ? '你的名字' : 'Your name').fill('Ana');
      await dialog.getByRole('button', { name: zh ? '继续' : 'Continue' }).click();
      await dialog.getByRole('button', { name: zh ? '生成链接' : 'Create a link' }).click();
      await expect(dialog.locator('[data-phase="shared"]')).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('.room-status')).toHaveAttribute('data-connection', 'connected', { timeout: 20_000 });
      await axe(page, 'share dialog: links, QR code and connection');
      await dialog.getByRole('button', { name: zh ? '停止分享' : 'Stop sharing' }).click();
      await axe(page, 'share dialog: confirm stop');
    });
  });
}
