import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { addComment } from '../src/domain/comments';
import { upsertPerson } from '../src/domain/people';
import type { JourneyMap } from '../src/domain/types';
import { broadbandMap, mapFile } from './fixtures';
import { card, focusOn, PersistentBrowser, waitSaved } from './helpers';

/** Who this browser is: set before the app reads it, with no name yet (the app asks, once). */
const ME = { id: 'me-00000000001', name: '', color: '#1971c2' };
const BO = { id: 'bo-00000000002', name: 'Bo Li', color: '#2f9e44' };

/** The broadband blueprint with a colleague (Bo) who asked me something on the first stage. */
function sharedMap(): JourneyMap {
  const m = upsertPerson(broadbandMap(), BO);
  return addComment(m, { id: 'bo-1', target: { kind: 'stage', id: m.stages[0]!.id }, text: '@Mei please check the stage names', author: BO, now: Date.UTC(2026, 0, 5), mentions: [ME.id] });
}

const EXPORT_TIMEOUT = 90_000;

async function exportAs(page: Page, format: string, opts: { comments?: boolean; paper?: string } = {}) {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  if (opts.paper) await dialog.getByRole('radio', { name: opts.paper, exact: true }).check();
  const include = dialog.getByRole('checkbox', { name: 'Include comments' });
  if (await include.count()) await include.setChecked(!!opts.comments);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: EXPORT_TIMEOUT }), dialog.getByRole('button', { name: 'Download' }).click()]);
  await expect(dialog.getByRole('status')).toContainText('Saved', { timeout: EXPORT_TIMEOUT });
  const bytes = readFileSync(await download.path());
  await dialog.getByRole('button', { name: 'Close' }).click();
  return bytes;
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Comments' });
const badge = (page: Page, kind: string, id: string) => page.locator(`[data-comment-badge="${kind}:${id}"]`);
const toolbarCount = (page: Page) => page.locator('[data-command="comments"] .icon-button__badge');

test('comment, reply, mention, resolve and reopen; badges, the panel’s filters and jumps; reload; JSON and image exports', async () => {
  test.setTimeout(240_000);
  const browser = new PersistentBrowser();
  try {
    const page = await browser.launch();
    await page.goto('/');
    await page.evaluate((me) => localStorage.setItem('journeyprint.identity', JSON.stringify(me)), ME);
    await page.reload();
    const map = sharedMap();
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles(mapFile(map, 'shared.json'));
    await expect(card(page, '客服记录新地址')).toBeVisible();
    const stageId = map.stages[0]!.id;

    // Bo's thread shows on the stage header (standing out: it mentions me) and in the toolbar.
    await expect(badge(page, 'stage', stageId)).toHaveAccessibleName('1 open comment thread · Mentions you');
    await expect(badge(page, 'stage', stageId)).toHaveClass(/comment-badge--me/);
    await expect(toolbarCount(page)).toHaveText('1');
    await expect(badge(page, 'card', 'c2')).toHaveCount(0);

    // A comment on a card: select it, Ctrl+Alt+M; the name is asked for once, inline.
    await focusOn(page, card(page, '客服记录新地址'));
    await page.keyboard.press('Control+Alt+m');
    await expect(panel(page).getByRole('heading', { name: 'Card: 客服记录新地址' })).toBeVisible();
    await panel(page).getByLabel('Your name').fill('Mei');
    const box = panel(page).getByRole('textbox', { name: 'Add a comment' });
    await box.fill('Twelve minutes is too long, ');
    await box.press('End');
    await box.pressSequentially('@Bo');
    const option = panel(page).getByRole('option', { name: 'Bo Li' });
    await expect(option).toBeVisible();
    await box.press('Enter'); // picks the person, does not post
    await expect(box).toHaveValue('Twelve minutes is too long, @Bo Li ');
    await box.pressSequentially('what do you think?');
    await box.press('Enter');
    const mine = panel(page).locator('.thread').first();
    await expect(mine.locator('.comment__author').first()).toHaveText('Mei (you)');
    await expect(mine.locator('mark.mention')).toHaveText('@Bo Li');
    await expect(badge(page, 'card', 'c2')).toHaveAccessibleName('1 open comment thread');
    await expect(badge(page, 'card', 'c2')).not.toHaveClass(/comment-badge--me/);
    await expect(toolbarCount(page)).toHaveText('2');
    // Asked once: the name is kept.
    await expect(panel(page).getByLabel('Your name')).toHaveCount(0);

    // Reply, then edit my own reply.
    await mine.getByRole('button', { name: 'Reply' }).click();
    await mine.getByRole('textbox', { name: 'Reply' }).fill('Measured on 12 calls');
    await mine.getByRole('textbox', { name: 'Reply' }).press('Enter');
    const reply = mine.locator('.thread__replies .comment');
    await expect(reply.locator('.comment__text')).toHaveText('Measured on 12 calls');
    await reply.getByRole('button', { name: 'Edit' }).click();
    await mine.getByRole('textbox', { name: 'Edit comment' }).fill('Measured on 14 calls');
    await mine.getByRole('button', { name: 'Save' }).click();
    await expect(reply.locator('.comment__text')).toHaveText('Measured on 14 calls');
    await expect(reply.locator('.comment__time')).toContainText('edited');

    // Resolve: the card's badge goes, the toolbar counts one; reopen brings it back.
    await mine.getByRole('button', { name: 'Resolve' }).first().click();
    await expect(badge(page, 'card', 'c2')).toHaveCount(0);
    await expect(toolbarCount(page)).toHaveText('1');
    await expect(mine.locator('.tag--resolved')).toHaveText('Resolved');
    await mine.getByRole('button', { name: 'Reopen' }).click();
    await expect(badge(page, 'card', 'c2')).toBeVisible();
    await expect(toolbarCount(page)).toHaveText('2');

    // All threads, filtered; mentions of me; a jump to the stage.
    await panel(page).getByRole('button', { name: '← All comments' }).click();
    const threads = panel(page).locator('.thread');
    await expect(threads).toHaveCount(2);
    await panel(page).getByRole('button', { name: '@ Mentions of you' }).click();
    await expect(threads).toHaveCount(1);
    await expect(threads.first().locator('.comment--mentions-me .tag--mention')).toHaveText('Mentions you');
    await expect(threads.first().locator('mark.mention--me')).toHaveText('@Mei');
    const axe = await new AxeBuilder({ page }).include('.comments-panel').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    expect(axe.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
    await page.screenshot({ path: 'test-results/comments-panel-mentions.png' });
    await panel(page).getByRole('button', { name: `Stage: ${map.stages[0]!.title}` }).click();
    await expect(page.locator(`[data-header="stage:${stageId}"]`)).toBeFocused();
    await expect(panel(page).getByRole('heading', { name: `Stage: ${map.stages[0]!.title}` })).toBeVisible();
    await panel(page).getByRole('button', { name: '← All comments' }).click();
    await panel(page).getByRole('button', { name: '@ Mentions of you' }).click();
    await panel(page).getByRole('button', { name: 'Resolved', exact: true }).click();
    await expect(threads).toHaveCount(0);
    await panel(page).getByRole('button', { name: 'All', exact: true }).click();
    await expect(threads).toHaveCount(2);
    await page.screenshot({ path: 'test-results/comments-panel-all.png' });

    // Everything survives a reload.
    await waitSaved(page);
    await page.reload();
    await expect(card(page, '客服记录新地址')).toBeVisible();
    await expect(badge(page, 'card', 'c2')).toBeVisible();
    await expect(toolbarCount(page)).toHaveText('2');

    // JSON carries comments and people; importing it gives the same threads.
    const json = JSON.parse((await exportAs(page, 'JSON (the complete map)')).toString('utf8')) as JourneyMap;
    expect(json.comments!.map((c) => c.text).sort()).toEqual(['@Mei please check the stage names', 'Measured on 14 calls', 'Twelve minutes is too long, @Bo Li what do you think?']);
    expect(json.people!.map((p) => p.name).sort()).toEqual(['Bo Li', 'Mei']);
    expect(json.comments!.find((c) => c.text.startsWith('Twelve'))!.mentions).toEqual([BO.id]);

    // Images leave comments out unless asked.
    const plain = (await exportAs(page, 'SVG (vector)')).toString('utf8');
    expect(plain).not.toContain('comment-marker');
    expect(plain).not.toContain('Twelve minutes');
    const withComments = (await exportAs(page, 'SVG (vector)', { comments: true })).toString('utf8');
    expect(withComments.match(/class="comment-marker"/g)).toHaveLength(4);
    expect(withComments).toContain('Twelve minutes is too long');
    writeFileSync('test-results/comments.png', await exportAs(page, 'PNG image', { comments: true }));
    const pdfPlain = await exportAs(page, 'PDF', { paper: 'A4 landscape' });
    const pdf = await exportAs(page, 'PDF', { comments: true, paper: 'A4 landscape' });
    writeFileSync('test-results/comments.pdf', pdf);
    const pages = (b: Buffer) => (b.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages(pdf)).toBe(pages(pdfPlain) + 1); // the list on a page of its own
    if (process.env.COMMENTS_PDF_PNG) execFileSync('pdftoppm', ['-png', '-r', '60', 'test-results/comments.pdf', 'test-results/comments-pdf']);

    // The exported JSON imports as a new map with the same open threads.
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
    await expect(page.locator('.notice')).toContainText('Imported');
    // The map is there already, so the copy gets fresh ids: its comments follow them.
    await expect(card(page, '客服记录新地址').locator('.comment-badge')).toHaveAccessibleName('1 open comment thread');
    await expect(toolbarCount(page)).toHaveText('2');
  } finally {
    await browser.close();
    browser.dispose();
  }
});

test('a comment is one undo step, and a person alone can comment on a step', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('journeyprint.identity', JSON.stringify({ id: 'solo-000000001', name: 'Solo', color: '#9c36b5' })));
  await page.reload();
  await page.getByRole('button', { name: 'New service blueprint' }).click();
  const step = page.getByRole('group', { name: 'Step: Step 1', exact: true });
  await focusOn(page, step);
  await page.getByRole('button', { name: 'Comments' }).first().click();
  const box = panel(page).getByRole('textbox', { name: 'Add a comment' });
  await box.fill('Who owns this step?');
  await box.press('Enter');
  await expect(panel(page).locator('.comment__text')).toHaveText('Who owns this step?');
  const stepId = (await step.getAttribute('data-header'))!.slice('step:'.length);
  await expect(badge(page, 'step', stepId)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(panel(page).locator('.comment')).toHaveCount(0);
  await expect(badge(page, 'step', stepId)).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(panel(page).locator('.comment__text')).toHaveText('Who owns this step?');
  // Deleting one's own comment says so and offers Undo.
  await panel(page).getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.notice')).toContainText('Comment deleted.');
  await expect(panel(page).locator('.comment')).toHaveCount(0);
  await page.locator('.notice').getByRole('button', { name: 'Undo' }).click();
  await expect(panel(page).locator('.comment__text')).toHaveText('Who owns this step?');
});
