import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { en, zhCN, zhTW } from '../src/i18n/resources';
import { cell, card } from './helpers';

/**
 * Issue 16 in three languages: moments of truth and surprises on the board, a fail point linked to
 * its recovery, the staff lane with its curve and shared-pain finding, and the improvement backlog
 * (from a finding and from a card, its list, its impact × effort matrix, its CSV), all kept across
 * a reload.
 */
const LANGS = [
  { locale: 'en-US', L: en },
  { locale: 'zh-CN', L: zhCN },
  { locale: 'zh-TW', L: zhTW },
] as const;

/** No WCAG A/AA violations in the analysis and backlog panels and the step headers. */
async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .include('.analysis-panel')
    .include('.backlog-panel')
    .include('.step-marks')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));

for (const { locale, L } of LANGS) {
  test.describe(locale, () => {
    test.use({ locale });
    test(`MOT, surprise, recovery, staff lane and backlog (${locale})`, async ({ page }) => {
      test.setTimeout(150_000);
      const step = (n: number) => fill(L.defaults.step, { n });
      // Off-screen nodes are not mounted: fit the map in view first, as a person would.
      const focusOn = async (locator: Locator) => {
        if ((await locator.count()) === 0) {
          await page.getByRole('button', { name: L.toolbar.fitView }).click();
          await locator.waitFor();
        }
        await locator.focus();
      };
      const stepHeader = (n: number) => page.getByRole('group', { name: fill(L.board.step, { title: step(n) }), exact: true });
      const saved = () => expect(page.locator('.save-state')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
      const addCard = async (lane: string, n: number, text: string) => {
        await focusOn(cell(page, lane, step(n)));
        await page.keyboard.press('Enter');
        await page.keyboard.insertText(text);
        await page.keyboard.press('Enter');
        await expect(card(page, text)).toBeVisible();
        await focusOn(card(page, text)); // focusing a card selects it
      };
      const setNumber = async (label: string, value: number) => {
        const box = page.getByRole('spinbutton', { name: label, exact: true });
        await box.fill(String(value));
        await box.press('Enter');
      };

      await page.goto('/');
      await page.getByRole('button', { name: L.library.newJourney }).click();

      // Emotions from the step inspector; step 1 a moment of truth, step 2 a surprise.
      for (const [n, v] of [[1, -2], [2, 1], [3, 2]] as const) {
        await focusOn(stepHeader(n));
        await setNumber(L.inspector.emotion, v);
      }
      await focusOn(stepHeader(1));
      await page.getByRole('checkbox', { name: L.insight.markKeyMoment }).check();
      await focusOn(stepHeader(2));
      await page.getByRole('checkbox', { name: L.insight.markSurprise }).check();
      await expect(stepHeader(1).locator('[data-mark="mot"]')).toHaveText(L.insight.chipKeyMoment);
      await expect(stepHeader(2).locator('[data-mark="surprise"]')).toContainText(L.insight.chipSurprise);

      // A staff lane: what staff do, what hurts them, how they feel.
      await page.getByRole('button', { name: L.toolbar.addLane }).click();
      await page.getByRole('menuitem', { name: L.lanes.staff }).click();
      await addCard(L.lanes.staff, 1, '手工重录工单');
      await page.getByRole('textbox', { name: L.insight.staffPain, exact: true }).fill('两套系统不同步');
      await setNumber(L.insight.staffEmotion, -2);
      await addCard(L.lanes.staff, 3, '回访结案');
      await setNumber(L.insight.staffEmotion, 1);
      await expect(page.getByTestId('staff-curve')).toBeVisible();

      // A customer pain point in the same step, and a fail point with no recovery yet.
      await addCard(L.lanes.pain, 1, '同样的信息说了两遍');
      await addCard(L.lanes.customer, 1, '工单被派错片区');
      await page.getByRole('checkbox', { name: L.inspector.failPoint, exact: true }).check();
      await page.getByRole('button', { name: L.analysis.toggle, exact: true }).click();
      const panel = page.getByRole('complementary', { name: L.analysis.region });
      await expect(panel.locator('.finding[data-code="shared-pain"]')).toContainText('两套系统不同步');
      await expect(panel.locator('.finding[data-code="fail-point-without-recovery"]')).toBeVisible();
      await expect(panel.locator('.finding[data-code="key-moment-negative"]')).toHaveCount(0); // step 1 is the peak and is reported as such
      await expect(panel.getByTestId('mot')).toContainText(step(1));
      await expect(panel.getByTestId('surprise')).toContainText(step(2));
      await expect(panel.locator('[data-moment="low"]')).toContainText(step(1));
      await expect(panel.locator('[data-moment="high"]')).toContainText(step(3));

      // Link the recovery: the finding goes away.
      await addCard(L.lanes.opportunity, 2, '主动致歉并告知进度');
      await focusOn(card(page, '工单被派错片区'));
      const recovery = page.getByRole('combobox', { name: L.insight.recovery, exact: true });
      await recovery.selectOption({ label: `主动致歉并告知进度 (${L.lanes.opportunity} / ${step(2)})` });
      await expect(panel.locator('.finding[data-code="fail-point-without-recovery"]')).toHaveCount(0);

      // Backlog: one item from a finding, one from the opportunity card.
      await panel.locator('.finding[data-code="shared-pain"] .finding__backlog').click();
      await focusOn(card(page, '主动致歉并告知进度'));
      await page.getByRole('button', { name: L.insight.toBacklog, exact: true }).click();
      await expect(page.getByRole('button', { name: new RegExp(`^${L.backlog.toggle}`) })).toContainText('2');
      await page.getByRole('button', { name: L.toolbar.fitView }).click(); // the step headers may have scrolled away
      await expect(stepHeader(1).locator('[data-mark="backlog"]')).toContainText('1');
      await expect(stepHeader(2).locator('[data-mark="backlog"]')).toContainText('1');
      await page.getByRole('button', { name: new RegExp(`^${L.backlog.toggle}`) }).click();
      const backlog = page.getByRole('complementary', { name: L.backlog.title });
      await expect(backlog.locator('.backlog-item')).toHaveCount(2);
      const second = backlog.locator('.backlog-item').nth(1);
      await expect(second.getByRole('textbox', { name: L.backlog.itemTitle })).toHaveValue('主动致歉并告知进度');
      await second.getByRole('textbox', { name: L.backlog.department }).fill('客服部');
      await second.getByRole('textbox', { name: L.backlog.department }).press('Tab');
      await second.getByRole('combobox', { name: L.backlog.status }).selectOption({ label: L.backlog.statuses.agreed });
      await second.getByRole('spinbutton', { name: L.backlog.impact }).fill('5');
      await second.getByRole('spinbutton', { name: L.backlog.impact }).press('Enter');
      await second.getByRole('spinbutton', { name: L.backlog.effort }).fill('1');
      await second.getByRole('spinbutton', { name: L.backlog.effort }).press('Enter');
      await axe(page);
      await backlog.getByRole('button', { name: L.backlog.matrix, exact: true }).click();
      const quickWin = backlog.locator('.backlog-matrix__cell[data-impact="5"][data-effort="1"]');
      await expect(quickWin.locator('.backlog-dot')).toHaveText('主动致歉并告知进度');
      await expect(backlog.locator('.backlog-matrix__cell[data-impact="3"][data-effort="3"] .backlog-dot')).toHaveCount(1);
      await axe(page);

      if (locale !== 'zh-TW') {
        await panel.screenshot({ path: `test-results/practice-analysis-${locale}.png` });
        await backlog.screenshot({ path: `test-results/practice-matrix-${locale}.png` });
      }

      // CSV: BOM, the header, the agreed item with its department.
      const download = page.waitForEvent('download');
      await backlog.getByRole('button', { name: L.backlog.exportCsv }).click();
      const csv = readFileSync((await (await download).path())!, 'utf8');
      expect(csv.startsWith('\ufefftitle,stage,step,department,owner,due,status,impact,effort,source')).toBe(true);
      expect(csv).toContain('主动致歉并告知进度,');
      expect(csv).toContain(',客服部,,,agreed,5,1,card:');

      if (locale !== 'zh-TW') {
        await page.getByRole('button', { name: L.analysis.close }).click();
        await page.getByRole('button', { name: L.backlog.close }).click();
        await page.getByRole('button', { name: L.toolbar.inspector, exact: true }).click();
        await page.getByRole('button', { name: L.toolbar.fitView }).click();
        await page.screenshot({ path: `test-results/practice-board-${locale}.png` });
      }

      // Everything is saved: reload and find it again.
      await saved();
      await page.reload();
      await expect(stepHeader(1).locator('[data-mark="mot"]')).toBeVisible({ timeout: 20_000 });
      await expect(stepHeader(2).locator('[data-mark="surprise"]')).toBeVisible();
      await expect(stepHeader(2).locator('[data-mark="backlog"]')).toContainText('1');
      await expect(page.getByTestId('staff-curve')).toBeVisible();
      await focusOn(card(page, '工单被派错片区'));
      await expect(page.getByRole('combobox', { name: L.insight.recovery, exact: true })).toHaveValue(/.+/);
    });
  });
}
