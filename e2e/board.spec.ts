import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, cell, flowPosition, typeCard, waitSaved } from './helpers';

async function newJourney(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey map' }).click();
  await expect(cell(page, 'Customer actions', 'Step 1')).toBeVisible();
}

async function dragTo(page: Page, from: Locator, to: { x: number; y: number }) {
  const a = (await from.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.up();
}

async function center(l: Locator) {
  const b = (await l.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

test('double-clicking a cell starts a card there; dragging on a cell pans the board', async ({ page }) => {
  await newJourney(page);
  const target = cell(page, 'Thoughts', 'Step 2');
  await target.dblclick({ position: { x: 100, y: 50 } });
  await page.keyboard.type('Is this the cheapest plan?');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Is this the cheapest plan?')).toBeVisible();
  const viewport = async () => Number((await page.locator('.board').getAttribute('data-viewport'))!.split(' ')[1]);
  const before = await viewport();
  const from = await center(cell(page, 'Opportunities', 'Step 3'));
  await dragTo(page, cell(page, 'Opportunities', 'Step 3'), { x: from.x - 100, y: from.y - 150 });
  expect(await viewport()).toBeCloseTo(before - 150, 0);
});

test('dragging a card to another cell is one undo step', async ({ page }) => {
  await newJourney(page);
  await typeCard(page, 'Customer actions', 'Step 1', 'Searches for a plan');
  const target = await center(cell(page, 'Thoughts', 'Step 3'));
  const before = await flowPosition(card(page, 'Searches for a plan'));
  await dragTo(page, card(page, 'Searches for a plan'), target);
  await expect.poll(async () => (await flowPosition(card(page, 'Searches for a plan'))).x).toBe(before.x + 440);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => flowPosition(card(page, 'Searches for a plan'))).toEqual(before);
  // dropping outside any cell changes nothing
  await dragTo(page, card(page, 'Searches for a plan'), { x: 60, y: 60 });
  await expect.poll(async () => flowPosition(card(page, 'Searches for a plan'))).toEqual(before);
});

test('dragging an emotion point sets the score in one undo step', async ({ page }) => {
  await newJourney(page);
  const slider = page.getByRole('slider', { name: 'Emotion: Step 2' });
  await expect(slider).toHaveAttribute('aria-valuetext', 'Not set');
  const c = await center(slider);
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(c.x, c.y - i * 9);
  await page.mouse.up();
  await expect(slider).toHaveAttribute('aria-valuenow', '3');
  const top = await center(slider);
  await page.mouse.move(top.x, top.y);
  await page.mouse.down();
  await page.mouse.move(c.x, c.y + 30, { steps: 8 });
  await page.mouse.up();
  await expect(slider).toHaveAttribute('aria-valuenow', '-1');
  await page.keyboard.press('Control+Z');
  await expect(slider).toHaveAttribute('aria-valuenow', '3');
  await page.keyboard.press('Control+Z');
  await expect(slider).toHaveAttribute('aria-valuetext', 'Not set');
});

test('steps and lanes reorder by dragging their headers and by Alt+Arrow', async ({ page }) => {
  await newJourney(page);
  const steps = () => page.locator('.header--step').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  const lanes = () => page.locator('.header--lane').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  await dragTo(page, page.getByRole('group', { name: 'Step: Step 1' }), await center(page.getByRole('group', { name: 'Step: Step 3' })));
  await expect.poll(async () => {
    const xs = await Promise.all(['Step 1', 'Step 2', 'Step 3'].map(async (s) => (await flowPosition(page.getByRole('group', { name: `Step: ${s}` }))).x));
    return xs[0]! > xs[2]!;
  }).toBe(true);
  await page.getByRole('group', { name: 'Step: Step 2' }).focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(async () => (await flowPosition(page.getByRole('group', { name: 'Step: Step 2' }))).x).toBeGreaterThan(
    (await flowPosition(page.getByRole('group', { name: 'Step: Step 3' }))).x,
  );
  expect(await steps()).toHaveLength(3);

  const opp = page.getByRole('group', { name: 'Lane: Opportunities' });
  await dragTo(page, opp, await center(page.getByRole('group', { name: 'Lane: Touchpoints' })));
  await expect.poll(async () => (await flowPosition(opp)).y).toBe((await flowPosition(page.locator('.header--step').first())).y + 48);
  await page.getByRole('group', { name: 'Lane: Pain points' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  expect((await lanes())[0]).toBe('Lane: Opportunities');
});

test('renaming and deleting stages, steps and lanes; the last of each is kept', async ({ page }) => {
  await newJourney(page);
  await page.getByRole('group', { name: 'Step: Step 2' }).dblclick();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText('选择套餐');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Step: 选择套餐' })).toBeFocused();
  await typeCard(page, 'Thoughts', '选择套餐', 'Which plan is cheapest?');
  await page.getByRole('group', { name: 'Step: 选择套餐' }).focus();
  await page.keyboard.press('Delete');
  await expect(page.locator('.header--step')).toHaveCount(2);
  await expect(card(page, 'Which plan is cheapest?')).toHaveCount(0);
  await page.keyboard.press('Control+Z');
  await expect(card(page, 'Which plan is cheapest?')).toBeVisible();

  await page.getByRole('group', { name: 'Lane: Opportunities' }).click();
  await page.getByRole('button', { name: 'Delete lane' }).click();
  await expect(page.getByRole('group', { name: 'Lane: Opportunities' })).toHaveCount(0);

  await page.getByRole('group', { name: 'Stage: Stage 1' }).focus();
  await page.keyboard.press('Delete');
  await expect(page.locator('.notice')).toContainText('A map needs at least one stage.');
  await expect(page.locator('.header--stage')).toHaveCount(1);
  await waitSaved(page);
});

test('typing in Chinese: a composing Enter never commits; Shift+Enter is a new line; Escape cancels', async ({ page }) => {
  await newJourney(page);
  const target = cell(page, 'Customer actions', 'Step 1');
  await target.focus();
  // An input method's first key arrives as keyCode 229: it opens the editor without a character.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', windowsVirtualKeyCode: 229, key: 'Process', code: 'KeyK' });
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await expect(editor).toBeFocused();
  await cdp.send('Input.imeSetComposition', { text: 'kuan', selectionStart: 4, selectionEnd: 4 });
  // Enter while composing confirms the candidate; it must not commit the card.
  await editor.dispatchEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true });
  await expect(editor).toBeVisible();
  await cdp.send('Input.insertText', { text: '宽带移机' });
  await expect(editor).toHaveValue('宽带移机');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.insertText('第二行');
  await page.keyboard.press('Enter');
  await expect(card(page, '宽带移机\n第二行')).toBeVisible();
  await expect(target).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.insertText('never mind');
  await page.keyboard.press('Escape');
  await expect(card(page, 'never mind')).toHaveCount(0);
});

test('pasting lines makes one card each; long text wraps and the row grows so nothing is cut off', async ({ page }) => {
  await newJourney(page);
  const target = cell(page, 'Pain points', 'Step 2');
  await target.focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '等待时间太长\n\nHad to repeat the address\n区域分配错误');
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  for (const text of ['等待时间太长', 'Had to repeat the address', '区域分配错误']) await expect(card(page, text)).toBeVisible();

  const laneBelow = page.getByRole('group', { name: 'Lane: Opportunities' });
  const yBefore = (await flowPosition(laneBelow)).y;
  const fit = () => page.getByRole('button', { name: 'Fit view' }).click(); // the lane may move out of view
  const long = '客户在App里提交了宽带移机申请，系统却把新地址分配到了错误的片区，工单被退回，客户只好再次致电客服，从头说明一遍自己的地址和需求。';
  await typeCard(page, 'Pain points', 'Step 2', long);
  const box = card(page, long);
  expect(await box.locator('.card__line').count()).toBeGreaterThan(3);
  const fits = await box.evaluate((el) => {
    const text = el.querySelector('.card__text') as HTMLElement;
    return [...el.querySelectorAll<HTMLElement>('.card__line')].every((l) => l.scrollWidth <= l.clientWidth + 1) && text.scrollHeight <= text.clientHeight + 1;
  });
  expect(fits).toBe(true);
  await fit();
  expect((await flowPosition(laneBelow)).y).toBeGreaterThan(yBefore);
});

test('arrow keys reach cells outside the viewport, and the board follows', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await newJourney(page);
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Add step' }).click();
  // A new step comes into view, renaming: Escape keeps its numbered title.
  await expect(page.getByRole('textbox', { name: 'Rename' })).toHaveValue('Step 7');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Step: Step 7' })).toBeFocused();
  await waitSaved(page);
  await page.reload(); // back to the top-left corner
  await cell(page, 'Customer actions', 'Step 1').focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  const far = cell(page, 'Customer actions', 'Step 7');
  await expect(far).toBeFocused();
  await expect(far).toBeInViewport({ ratio: 1 });
  await expect(cell(page, 'Customer actions', 'Step 1')).toHaveCount(0); // off-screen nodes are not mounted
});

test('Ctrl+Enter adds a step after the current one; "?" opens the shortcuts sheet', async ({ page }) => {
  await newJourney(page);
  await cell(page, 'Thoughts', 'Step 1').focus();
  await page.keyboard.press('Control+Enter');
  await expect(cell(page, 'Thoughts', 'Step 4')).toBeFocused();
  const x = async (name: string) => (await flowPosition(page.getByRole('group', { name: `Step: ${name}` }))).x;
  expect(await x('Step 4')).toBeLessThan(await x('Step 2')); // right after Step 1
  await page.keyboard.type('In the new step');
  await page.keyboard.press('Enter');
  await expect(card(page, 'In the new step')).toBeVisible();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('Add a step after this one');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Card text' })).toHaveCount(0); // "?" did not also start a card
});

test('a cell focused right after a commit keeps the focus, even before the next frame (a busy machine)', async ({ page }) => {
  await newJourney(page);
  await cell(page, 'Customer actions', 'Step 1').focus();
  await page.keyboard.type('First');
  await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
  const next = await cell(page, 'Customer actions', 'Step 2').elementHandle();
  // Commit and move on in one task, as a loaded machine delivers them before the app's next frame.
  await page.evaluate((el) => {
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
    (el as HTMLElement).focus();
  }, next);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
  await expect(card(page, 'First')).toBeVisible();
  await expect(cell(page, 'Customer actions', 'Step 2')).toBeFocused();
  await page.keyboard.type('Second');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Second')).toBeVisible();
  // Each card in its own step: the first commit did not take the second card's keys.
  const x = async (l: Locator) => (await flowPosition(l)).x;
  expect(await x(card(page, 'First'))).toBeLessThan(await x(page.getByRole('group', { name: 'Step: Step 2' })));
  expect(await x(card(page, 'Second'))).toBeGreaterThan(await x(page.getByRole('group', { name: 'Step: Step 2' })));
  expect(await x(card(page, 'Second'))).toBeLessThan(await x(page.getByRole('group', { name: 'Step: Step 3' })));
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the keyboard flow in the Chinese interface with an input method: type, compose, commit, Tab, arrows, duplicate, delete', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '新建旅程地图' }).click();
    const start = cell(page, '客户行为', '步骤 1');
    await start.focus();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', windowsVirtualKeyCode: 229, key: 'Process', code: 'KeyB' });
    const editor = page.getByRole('textbox', { name: '卡片文字' });
    await expect(editor).toBeFocused();
    await cdp.send('Input.imeSetComposition', { text: 'boda', selectionStart: 4, selectionEnd: 4 });
    await editor.dispatchEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true });
    await expect(editor).toBeVisible(); // a composing Enter picks a candidate, it does not commit
    await cdp.send('Input.insertText', { text: '拨打客服热线' });
    await page.keyboard.press('Enter');
    await expect(card(page, '拨打客服热线')).toBeVisible();
    await expect(start).toBeFocused();
    await page.keyboard.press('Tab'); // next step, same lane
    await expect(cell(page, '客户行为', '步骤 2')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('机器人听不懂');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown'); // to the card in this cell
    await expect(card(page, '机器人听不懂')).toBeFocused();
    await page.keyboard.press('Control+d');
    await expect(card(page, '机器人听不懂')).toHaveCount(2);
    await page.keyboard.press('Delete');
    await expect(card(page, '机器人听不懂')).toHaveCount(1);
    await expect(page.locator('.save-state')).toHaveText('所有更改已保存');
  });
});
