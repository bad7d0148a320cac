import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pick } from '../src/domain/templates/build';
import { fitAndWait } from './helpers';
import { TEMPLATES } from '../src/domain/templates/content';

const LANGS = [
  { locale: 'en-US', lang: 'en', button: 'New from template' },
  { locale: 'zh-CN', lang: 'zh-CN', button: '从模板新建' },
  { locale: 'zh-TW', lang: 'zh-TW', button: '從範本新增' },
] as const;

/** No card's text runs out of its card (lines are laid out to fit; this checks the browser agrees). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-card]')].flatMap((card) => {
      const text = card.querySelector<HTMLElement>('.card__text');
      const lines = [...card.querySelectorAll<HTMLElement>('.card__line')];
      const bad = lines.some((l) => l.scrollWidth > l.clientWidth + 1) || (text && text.scrollHeight > text.clientHeight + 1);
      return bad ? [card.getAttribute('aria-label') ?? ''] : [];
    }),
  );
}

for (const { locale, lang, button } of LANGS) {
  test.describe(locale, () => {
    test.use({ locale });

    test(`every template opens complete and renders with no overflow (${locale})`, async ({ page }) => {
      test.setTimeout(360_000); // nine templates, each opened, measured and fitted
      for (const tpl of TEMPLATES) {
        await page.goto('/');
        await page.getByRole('button', { name: button }).click();
        const dialog = page.getByRole('dialog');
        if (tpl === TEMPLATES[0]) {
          const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
          expect(axe.violations.map((v) => v.id)).toEqual([]);
        }
        await dialog.getByRole('button', { name: new RegExp(pick(tpl.title, lang).replace(/[()]/g, '.')) }).click();
        await expect(page.getByRole('textbox').first()).toHaveValue(pick(tpl.title, lang));
        await expect(page.locator('[data-card]').first()).toBeVisible();
        expect(await overflowing(page), `${tpl.id} ${locale}`).toEqual([]);
        await fitAndWait(page, /Fit view|适应视图|符合畫面/);
        expect(await overflowing(page), `${tpl.id} ${locale}, whole map`).toEqual([]);
        if (tpl.id === 'hotel' || tpl.id === 'hospital') await page.screenshot({ path: `test-results/template-${tpl.id}-${locale}.png` });
      }
    });
  });
}
