import { expect, test, type Page } from '@playwright/test';
import { broadbandMap, mapFile } from './fixtures';
import { fitAndWait } from './helpers';

/** §3 of issue 13: a zoomed-out board you can read, headers that stay, a Fit view that fits. */

async function openBroadband(page: Page, extraSteps: number) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles(mapFile(broadbandMap(extraSteps)));
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('宽带移机 服务蓝图');
  await expect(page.locator('.board')).toHaveAttribute('data-ready', 'true');
}

type Box = { x: number; y: number; width: number; height: number };
const right = (b: Box) => b.x + b.width;
const bottom = (b: Box) => b.y + b.height;
const overlaps = (a: Box, b: Box) => a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);

/** The map's extent on screen: stage headers span its width, lane headers its height (both stay mounted zoomed out). */
async function mapBox(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.react-flow__node-stage, .react-flow__node-lane')].map((n) => n.getBoundingClientRect());
    const x = Math.min(...boxes.map((b) => b.left));
    const y = Math.min(...boxes.map((b) => b.top));
    return { x, y, width: Math.max(...boxes.map((b) => b.right)) - x, height: Math.max(...boxes.map((b) => b.bottom)) - y };
  });
}

/** Pixels of the overview canvas of (almost exactly) a theme colour. */
async function colourCount(page: Page, hex: string, tolerance = 12): Promise<number> {
  return page.locator('[data-testid="overview"]').evaluate((canvas: HTMLCanvasElement, [hex, tolerance]) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 200 && Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < tolerance) n++;
    return n;
  }, [hex, tolerance] as const);
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('zoomed out, the board shows titles, first lines, arrows and the curve, and Fit view keeps it clear of the panel and minimap', async ({ page }) => {
      await openBroadband(page, 14);
      await fitAndWait(page);
      const overview = page.locator('[data-testid="overview"]');
      await expect(overview).toBeVisible();
      // Titles at a legible size in the pinned bands.
      const left = page.getByTestId('pinned-left');
      const top = page.getByTestId('pinned-top');
      await expect(left).toContainText('后台');
      await expect(left).toContainText('客户行为');
      await expect(top).toContainText('咨询');
      await expect(top).toContainText('办理');
      expect(await left.locator('.pinned__lane').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(11);
      expect(await colourCount(page, '#546e7a', 40), 'arrows').toBeGreaterThan(8);
      expect(await colourCount(page, '#1565c0', 40), 'emotion curve').toBeGreaterThan(30);
      await page.screenshot({ path: `test-results/overview-${viewport.width}.png` });

      // Fit view: the whole map inside the board (left of the inspector), not under the minimap.
      await expect(page.locator('.inspector')).toBeVisible();
      const board = (await page.locator('.board').boundingBox())!;
      const map = await mapBox(page);
      const minimap = (await page.locator('.minimap').boundingBox())!;
      expect(map.x).toBeGreaterThanOrEqual(board.x);
      expect(right(map)).toBeLessThanOrEqual(right(board) + 1);
      expect(map.y).toBeGreaterThanOrEqual(board.y);
      expect(bottom(map)).toBeLessThanOrEqual(bottom(board) + 1);
      expect(overlaps(map, minimap), 'map under the minimap').toBe(false);
      // The lane band sits against the grid, over the header column only.
      const band = (await left.boundingBox())!;
      expect(band.x).toBeGreaterThanOrEqual(board.x - 1);

      // Closer, still zoomed out: each card's first line where it fits, and ink for it on the canvas.
      const zoomIn = page.getByRole('button', { name: 'Zoom in' });
      for (let i = 0; i < (viewport.width === 1280 ? 3 : 1); i++) await zoomIn.click(); // to about 0.3-0.39
      await expect(overview).toBeVisible();
      await expect.poll(async () => Number(await overview.getAttribute('data-texts'))).toBeGreaterThanOrEqual(6);
      expect(await colourCount(page, '#1c2430', 60), 'card text').toBeGreaterThan(20);
      await page.screenshot({ path: `test-results/overview-closer-${viewport.width}.png` });
    });

    test('lane headers stay at the left edge and stage/step headers at the top while panning', async ({ page }) => {
      await openBroadband(page, 14);
      const board = (await page.locator('.react-flow').boundingBox())!;
      await expect(page.getByTestId('pinned-left')).toHaveCount(0); // the real headers are in view
      const start = { x: board.x + board.width * 0.6, y: board.y + board.height * 0.6 };
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x - 500, start.y - 200, { steps: 12 });
      await page.mouse.up();
      const left = page.getByTestId('pinned-left');
      const top = page.getByTestId('pinned-top');
      await expect(left).toBeVisible();
      await expect(top).toBeVisible();
      const l = (await left.boundingBox())!;
      const t = (await top.boundingBox())!;
      expect(Math.abs(l.x - board.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(t.y - board.y)).toBeLessThanOrEqual(1);
      // The pinned "后台" row lines up with the real backstage row under it.
      const pinned = (await left.locator('[data-lane="后台"]').boundingBox())!;
      const row = (await page.getByRole('group', { name: /^后台 \/ / }).first().boundingBox())!;
      expect(Math.abs(pinned.y - row.y)).toBeLessThanOrEqual(2);
      await expect(top.locator('.pinned__step').first()).toBeVisible();
      await page.screenshot({ path: `test-results/pinned-${viewport.width}.png` });
    });

    test('Fit view on a small map, inspector open: fitted left of the panel, clear of the minimap', async ({ page }) => {
      await openBroadband(page, 0);
      await fitAndWait(page);
      const board = (await page.locator('.board').boundingBox())!;
      const inspector = (await page.locator('.inspector').boundingBox())!;
      const map = await mapBox(page);
      expect(map.x).toBeGreaterThanOrEqual(board.x);
      expect(right(map)).toBeLessThanOrEqual(inspector.x + 1);
      expect(overlaps(map, (await page.locator('.minimap').boundingBox())!)).toBe(false);
      await page.screenshot({ path: `test-results/fit-${viewport.width}.png` });
    });
  });
}
