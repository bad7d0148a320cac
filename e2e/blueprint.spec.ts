import { expect, test, type Page } from '@playwright/test';
import { boardSnapshot, card, cell, fitAndWait, flowPosition, focusOn, PersistentBrowser, renameHeader, setEmotion, tabTo, typeCard, waitSaved } from './helpers';

/**
 * The core-editor acceptance test: a real blueprint (the broadband-relocation case) built from
 * the library with the keyboard and the accessible names of the contract, then reloaded and
 * reopened in a relaunched browser with a persistent profile.
 */
const TITLE = '宽带移机 Broadband relocation';
const STEPS = ['Bot answers', 'Self-service menu', 'Transfer to a human', 'Address registered', 'Wrong region assigned', 'Technician visit'];
const EMOTIONS = [-1, -1, -2, 1, -3, 1];

async function buildBlueprint(page: Page) {
  await page.goto('/');
  await tabTo(page, 'New service blueprint');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'Customer actions', 'Step 1')).toBeVisible();

  const title = page.getByRole('textbox', { name: 'Map title' });
  await title.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(TITLE);
  await page.keyboard.press('Enter');

  // Stages and steps
  await renameHeader(page, 'Stage: Stage 1', '咨询 Enquiry');
  for (let i = 0; i < 3; i++) await renameHeader(page, `Step: Step ${i + 1}`, STEPS[i]!);
  // A new stage or step opens renaming with its numbered title selected: type over it.
  const renameNew = async (numbered: string, title: string) => {
    const editor = page.getByRole('textbox', { name: 'Rename' });
    await expect(editor).toBeFocused();
    await expect(editor).toHaveValue(numbered);
    await page.keyboard.insertText(title);
    await page.keyboard.press('Enter');
  };
  await page.getByRole('button', { name: 'Add stage' }).press('Enter');
  await renameNew('Stage 2', '办理 Fulfilment');
  await renameHeader(page, 'Step: Step 4', STEPS[3]!);
  for (const [n, name] of [[5, STEPS[4]!], [6, STEPS[5]!]] as const) {
    await page.getByRole('button', { name: 'Add step' }).press('Enter');
    await renameNew(`Step ${n}`, name);
  }
  await expect(page.getByRole('group', { name: `Step: ${STEPS[5]}` })).toBeFocused();

  // Every other lane type, from the "Add lane" menu, by keyboard
  for (const lane of ['Touchpoints', 'Thoughts', 'Emotions', 'Pain points', 'Opportunities', 'Metrics', 'Notes']) {
    await page.getByRole('button', { name: 'Add lane' }).press('Enter');
    const item = page.getByRole('menuitem', { name: lane, exact: true });
    await expect(page.getByRole('menu')).toBeVisible();
    for (let i = 0; i < 12 && !(await item.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group', { name: `Lane: ${lane}`, exact: true })).toBeVisible();
  }

  // Cards in every card lane
  await typeCard(page, 'Physical evidence', STEPS[0]!, 'IVR voice menu');
  await typeCard(page, 'Customer actions', STEPS[0]!, '拨打10000号，机器人问了三遍才听懂我要办理宽带移机');
  await typeCard(page, 'Customer actions', STEPS[1]!, 'Chooses the business type');
  await typeCard(page, 'Customer actions', STEPS[2]!, 'Waits for an agent');
  await typeCard(page, 'Frontstage', STEPS[2]!, 'Agent takes the new address');
  await typeCard(page, 'Frontstage', STEPS[4]!, '工单派到了错误的片区');
  await typeCard(page, 'Backstage', STEPS[3]!, 'Order created in CRM');
  await typeCard(page, 'Support processes', STEPS[3]!, 'Region lookup service');
  await typeCard(page, 'Touchpoints', STEPS[0]!, 'Hotline 10000');
  await typeCard(page, 'Thoughts', STEPS[4]!, '为什么又要从头再来？');
  await typeCard(page, 'Pain points', STEPS[4]!, 'Flow restarts from zero');
  await typeCard(page, 'Opportunities', STEPS[4]!, 'Validate the region at entry');
  await typeCard(page, 'Metrics', STEPS[5]!, 'Post-visit survey');
  await typeCard(page, 'Notes', STEPS[5]!, 'Technician arrived on day 9');

  // Lane fields, in the inspector of the focused card
  await focusOn(page, card(page, 'Waits for an agent'));
  await page.getByRole('spinbutton', { name: 'Wait (minutes)' }).fill('12');
  await page.keyboard.press('Tab');
  await focusOn(page, card(page, '工单派到了错误的片区'));
  await page.getByRole('checkbox', { name: 'Fail point' }).check();
  await focusOn(page, card(page, 'Hotline 10000'));
  await page.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Phone / call centre' });
  await focusOn(page, card(page, 'Flow restarts from zero'));
  await page.getByRole('textbox', { name: 'Root cause' }).fill('Address-to-region table is out of date');
  await page.getByRole('textbox', { name: 'Owning department' }).fill('客服');
  await page.keyboard.press('Tab');
  await focusOn(page, card(page, 'Post-visit survey'));
  await page.getByRole('combobox', { name: 'Metric', exact: true }).selectOption('CSAT');
  await page.getByRole('spinbutton', { name: 'Metric value' }).fill('3.2');
  await page.getByRole('spinbutton', { name: 'Sample size' }).fill('120');
  await page.keyboard.press('Tab');
  await expect(card(page, 'Post-visit survey')).toContainText('CSAT 3.2 (n=120)');
  await expect(card(page, '工单派到了错误的片区')).toContainText('F');
  await expect(page.getByRole('group', { name: `Step: ${STEPS[2]}` })).toContainText('Wait 12 min');

  // Connections: one from the inspector (keyboard), one dragged with the mouse
  await focusOn(page, card(page, 'Agent takes the new address'));
  await page.getByRole('searchbox', { name: 'Connect to' }).fill('CRM');
  await page.getByRole('button', { name: `Connect to Order created in CRM (Backstage / ${STEPS[3]})` }).press('Enter');
  await page.getByRole('textbox', { name: 'Label' }).fill('工单');
  await page.keyboard.press('Tab');
  await dragConnection(page, 'Order created in CRM', 'Region lookup service');
  await page.getByRole('radio', { name: 'Two-way dependency' }).check();
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // Emotions with the keyboard
  for (let i = 0; i < STEPS.length; i++) await setEmotion(page, STEPS[i]!, EMOTIONS[i]!);

  // Persona and tolerance floor in the map inspector
  await focusOn(page, cell(page, 'Notes', STEPS[0]!));
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Persona name' }).fill('王女士');
  await page.getByRole('textbox', { name: 'Persona role' }).fill('Home broadband customer');
  await page.getByRole('textbox', { name: 'Persona quote' }).fill('我只想搬家后能上网。');
  await page.getByRole('spinbutton', { name: 'Tolerance floor' }).fill('-2.5');
  await page.keyboard.press('Tab');
  await waitSaved(page);
}

async function continueTest(page: Page, browser: PersistentBrowser) {
    // Arrow keys walk the grid: a cell, its card, the next lane's cell.
    await focusOn(page, cell(page, 'Physical evidence', STEPS[0]!));
    await page.keyboard.press('ArrowDown');
    await expect(card(page, 'IVR voice menu')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(cell(page, 'Customer actions', STEPS[0]!)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(cell(page, 'Customer actions', STEPS[1]!)).toBeFocused();

    // Move a card to the next step and back with Alt+Arrow
    const note = card(page, 'Technician arrived on day 9');
    await note.focus();
    const home = await flowPosition(note);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(note).toBeFocused();
    await expect.poll(async () => (await flowPosition(note)).x).toBe(home.x - 220);
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(async () => (await flowPosition(note)).x).toBe(home.x);

    // Undo and redo: Delete a card, Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y, and the buttons
    await focusOn(page, card(page, 'Technician arrived on day 9'));
    await page.keyboard.press('Delete');
    await expect(card(page, 'Technician arrived on day 9')).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(card(page, 'Technician arrived on day 9')).toHaveCount(1);
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expect(card(page, 'Technician arrived on day 9')).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(card(page, 'Technician arrived on day 9')).toHaveCount(1);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(card(page, 'Technician arrived on day 9')).toHaveCount(0);
    await focusOn(page, cell(page, 'Notes', STEPS[0]!));
    await page.keyboard.press('Control+Z');
    await expect(card(page, 'Technician arrived on day 9')).toHaveCount(1);
    await page.keyboard.press('Control+Y');
    await expect(card(page, 'Technician arrived on day 9')).toHaveCount(0);
    await page.keyboard.press('Control+Z');
    await expect(card(page, 'Technician arrived on day 9')).toHaveCount(1);
    await waitSaved(page);

    const before = await boardSnapshot(page);
    expect(before.title).toBe(TITLE);
    expect(before.lanes).toHaveLength(12);
    expect(before.cards).toHaveLength(14);
    expect(before.connections).toBe(2);
    expect(before.edgeLabels).toEqual(['工单']);
    expect(before.lines).toEqual(['interaction', 'visibility', 'internal']);
    expect(before.emotions.map((e) => e[1])).toEqual(['-1', '-1', '-2', '+1', '-3', '+1']);
    await page.locator('.react-flow').screenshot({ path: 'test-results/blueprint-board.png' });
    await fitAndWait(page);
    await page.screenshot({ path: 'test-results/blueprint-fit.png' });

    // Reload: everything is back
    await page.reload();
    await expect(cell(page, 'Customer actions', STEPS[0]!)).toBeVisible();
    expect(await boardSnapshot(page)).toEqual(before);

    // Close the browser, launch it again on the same profile, reopen from the library
    await browser.close();
    const again = await browser.launch();
    await again.goto('/');
    await tabTo(again, TITLE);
    await again.keyboard.press('Enter');
    await expect(cell(again, 'Customer actions', STEPS[0]!)).toBeVisible();
    expect(await boardSnapshot(again)).toEqual(before);

    // Fields are back too
    await focusOn(again, card(again, 'Flow restarts from zero'));
    await expect(again.getByRole('textbox', { name: 'Root cause' })).toHaveValue('Address-to-region table is out of date');
    await expect(again.getByRole('textbox', { name: 'Owning department' })).toHaveValue('客服');
    await focusOn(again, card(again, 'Hotline 10000'));
    await expect(again.getByRole('combobox', { name: 'Channel' })).toHaveValue('phone');
    await focusOn(again, card(again, 'Waits for an agent'));
    await expect(again.getByRole('spinbutton', { name: 'Wait (minutes)' })).toHaveValue('12');
    await focusOn(again, cell(again, 'Notes', STEPS[0]!));
    await again.keyboard.press('Escape');
    await expect(again.getByRole('textbox', { name: 'Persona name' })).toHaveValue('王女士');
    await expect(again.getByRole('textbox', { name: 'Persona quote' })).toHaveValue('我只想搬家后能上网。');
    await expect(again.getByRole('spinbutton', { name: 'Tolerance floor' })).toHaveValue('-2.5');
}

async function dragConnection(page: Page, from: string, to: string) {
  const source = card(page, from);
  await source.hover();
  const handle = source.locator('.react-flow__handle[data-handleid="b"]');
  const target = card(page, to).locator('.react-flow__handle[data-handleid="t"]');
  const a = (await handle.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 + 8, { steps: 12 });
  await page.mouse.up();
}

test('build the broadband-relocation blueprint with the keyboard; it survives reload and relaunch', async () => {
  test.setTimeout(240_000);
  const browser = new PersistentBrowser();
  try {
    const page = await browser.launch();
    await buildBlueprint(page);
    await continueTest(page, browser);
  } catch (error) {
    await browser.context?.pages()[0]?.screenshot({ path: 'test-results/blueprint-failure.png' }).catch(() => {});
    throw error;
  } finally {
    await browser.close();
    browser.dispose();
  }
});
