import { chromium, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, chromiumArgs, executablePath } from './browser';

/**
 * A browser with a real profile on disk, so IndexedDB survives a reload and a relaunch (a plain
 * new page keeps IndexedDB in memory).
 */
export class PersistentBrowser {
  readonly dir = mkdtempSync(join(tmpdir(), 'journeyprint-profile-'));
  context: BrowserContext | null = null;

  async launch(locale = 'en-US'): Promise<Page> {
    this.context = await chromium.launchPersistentContext(this.dir, {
      executablePath,
      args: chromiumArgs,
      headless: true,
      locale,
      viewport: { width: 1440, height: 900 },
      baseURL: BASE_URL,
    });
    this.context.setDefaultTimeout(10_000);
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    return page;
  }

  async close(): Promise<void> {
    await this.context?.close();
    this.context = null;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export const cell = (page: Page, lane: string, step: string): Locator =>
  page.getByRole('group', { name: `${lane} / ${step}`, exact: true });

export const card = (page: Page, text: string): Locator => page.getByRole('group', { name: text, exact: true });

/** Presses Tab until the focused element has the given accessible name (keyboard only). */
export async function tabTo(page: Page, name: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/**
 * Focuses a board node. Nodes outside the viewport are not mounted (culling), so when the node
 * is not there, fit the map in view first, as a person would.
 */
export async function focusOn(page: Page, locator: Locator): Promise<void> {
  if ((await locator.count()) === 0) {
    await page.getByRole('button', { name: 'Fit view' }).click();
    await locator.waitFor();
  }
  await locator.focus();
}

/** Types on a focused cell: the first key opens the card editor, Enter commits. */
export async function typeCard(page: Page, lane: string, step: string, text: string): Promise<void> {
  await focusOn(page, cell(page, lane, step));
  if (/^[\x20-\x7e]+$/.test(text)) {
    await page.keyboard.type(text);
  } else {
    // Non-ASCII text arrives from an input method, not as key presses: open the editor, insert.
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(text);
  }
  await page.keyboard.press('Enter');
  await expect(card(page, text)).toBeVisible();
}

/** Renames a stage/step/lane header in place with the keyboard. */
export async function renameHeader(page: Page, label: string, title: string): Promise<void> {
  await focusOn(page, page.getByRole('group', { name: label, exact: true }));
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(title);
  await page.keyboard.press('Enter');
}

export async function setEmotion(page: Page, step: string, value: number): Promise<void> {
  const slider = page.getByRole('slider', { name: `Emotion: ${step}`, exact: true });
  await focusOn(page, slider);
  await page.keyboard.press('Delete');
  await page.keyboard.press(value >= 0 ? 'ArrowUp' : 'ArrowDown'); // from "not set" to ±1
  for (let i = 1; i < Math.abs(value); i++) await page.keyboard.press(value >= 0 ? 'ArrowUp' : 'ArrowDown');
  if (value === 0) await page.keyboard.press('ArrowDown');
  await expect(slider).toHaveAttribute('aria-valuenow', String(value));
}

export async function waitSaved(page: Page): Promise<void> {
  await expect(page.locator('.save-state')).toHaveAttribute('data-state', 'saved');
  await expect(page.locator('.save-state')).toHaveText('All changes saved');
}

/** What a user sees of the map, in a comparable form. */
export async function boardSnapshot(page: Page) {
  // Off-screen nodes are not mounted: fit the whole map in view first, and wait for the board to
  // say the fit is done and drawn.
  await fitAndWait(page);
  const seen = await page.evaluate(() => {
    const labels = (sel: string) => Array.from(document.querySelectorAll(sel), (el) => el.getAttribute('aria-label'));
    const board = document.querySelector<HTMLElement>('.board')!;
    const pane = board.querySelector('.react-flow')!.getBoundingClientRect();
    const onScreen = (sel: string) =>
      Array.from(document.querySelectorAll<HTMLElement>(sel), (el) => {
        const r = (el.closest('.react-flow__node') ?? el).getBoundingClientRect();
        return { label: el.getAttribute('aria-label'), left: r.left - pane.left, top: r.top - pane.top, badges: el.querySelector('.card__meta')?.textContent ?? '' };
      });
    return {
      title: (document.querySelector('input[aria-label="Map title"]') as HTMLInputElement).value,
      stages: labels('.header--stage'),
      steps: labels('.header--step'),
      lanes: labels('.header--lane'),
      viewport: board.dataset.viewport,
      cards: onScreen('[data-card]'),
      emotions: Array.from(document.querySelectorAll('[role="slider"]'), (el) => [el.getAttribute('aria-label'), el.getAttribute('aria-valuetext')]),
      connections: document.querySelectorAll('.react-flow__edge').length,
      edgeLabels: Array.from(document.querySelectorAll('.connection__label'), (el) => el.textContent),
      lines: Array.from(document.querySelectorAll('[data-line]'), (el) => el.getAttribute('data-line')),
    };
  });
  const { viewport, cards, ...rest } = seen;
  return {
    ...rest,
    cards: cards
      .map(({ label, left, top, badges }) => ({ label, ...toFlow({ left, top, viewport }), badges }))
      .sort((a, b) => a.x - b.x || a.y - b.y),
  };
}

/** Clicks Fit view and waits for the board's own signal that the fitted view is drawn. */
export async function fitAndWait(page: Page, name: string | RegExp = 'Fit view'): Promise<void> {
  const board = page.locator('.board');
  await page.getByRole('button', { name }).click();
  const requested = await board.getAttribute('data-fit-requested');
  expect(requested).not.toBeNull();
  await expect(board).toHaveAttribute('data-fitted', requested!, { timeout: 15_000 });
}

/**
 * Where an element sits on the map (flow coordinates, whatever the pan and zoom): its place on
 * the pane, less the viewport the board publishes as `data-viewport="x y zoom"`.
 */
function toFlow({ left, top, viewport }: { left: number; top: number; viewport: string | undefined }): { x: number; y: number } {
  if (!viewport) throw new Error('the board publishes no viewport (data-viewport)');
  const [vx, vy, zoom] = viewport.split(' ').map(Number) as [number, number, number];
  // Layout positions are whole pixels; rounding absorbs the zoom's floating-point error.
  return { x: Math.round((left - vx) / zoom), y: Math.round((top - vy) / zoom) };
}

/** A node's position on the board (flow coordinates), independent of pan and zoom. */
export async function flowPosition(locator: Locator): Promise<{ x: number; y: number }> {
  return toFlow(
    await locator.evaluate((el) => {
      const board = el.closest<HTMLElement>('.board')!;
      const pane = board.querySelector('.react-flow')!.getBoundingClientRect();
      const r = (el.closest('.react-flow__node') ?? el).getBoundingClientRect();
      return { left: r.left - pane.left, top: r.top - pane.top, viewport: board.dataset.viewport };
    }),
  );
}
