import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { card, cell, focusOn, PersistentBrowser } from './helpers';

/** An edit made just before the tab or window goes away is there on reopen. */
async function newMap(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey map' }).click();
  await expect(cell(page, 'Customer actions', 'Step 1')).toBeVisible();
  return decodeURIComponent(new URL(page.url()).hash.replace('#/map/', ''));
}

async function editThen(page: Page, text: string, leave: () => Promise<unknown>): Promise<void> {
  await cell(page, 'Customer actions', 'Step 1').focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await leave(); // at once: no waiting for "All changes saved"
}

test('an edit just before closing the tab, closing the window or navigating away is kept', async () => {
  test.setTimeout(120_000);
  const browser = new PersistentBrowser();
  try {
    let page = await browser.launch();
    const id = await newMap(page);
    const url = `/#/map/${encodeURIComponent(id)}`;

    for (let i = 0; i < 5; i++) {
      await editThen(page, `before navigating away ${i}`, () => page.goto('about:blank'));
      await page.goto(url);
      await focusOn(page, card(page, `before navigating away ${i}`)); // it may sit below the fold as the cell grows
    }

    for (let i = 0; i < 5; i++) {
      const tab = page;
      await editThen(tab, `before closing the tab ${i}`, () => tab.close({ runBeforeUnload: true }));
      page = await browser.context!.newPage();
      await page.goto(url);
      await focusOn(page, card(page, `before closing the tab ${i}`));
    }

    for (let i = 0; i < 5; i++) {
      await editThen(page, `before closing the window ${i}`, () => browser.close());
      page = await browser.launch();
      await page.goto(url);
      await focusOn(page, card(page, `before closing the window ${i}`));
    }
    mkdirSync('.reliability', { recursive: true });
    writeFileSync('.reliability/close.json', JSON.stringify({ navigateAway: 5, tabClosed: 5, windowClosed: 5, kept: 15 }, null, 2));
  } finally {
    await browser.close();
    browser.dispose();
  }
});
