import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { buildFromTemplate } from '../src/domain/templates/build';
import { TEMPLATES } from '../src/domain/templates/content';
import type { Connection, JourneyMap } from '../src/domain/types';
import { mapFile } from './fixtures';
import { fitAndWait } from './helpers';

const template = (id: string, lang: 'en' | 'zh-CN' | 'zh-TW') => {
  let n = 0;
  return buildFromTemplate(TEMPLATES.find((t) => t.id === id)!, { lang, id: `tpl-${id}-${lang}`, ids: () => `${id}-${++n}`, now: 1_700_000_000_000, laneTitle: (t) => t });
};

/** The template with the arrows the issue found crossing cards: Backstage up to Customer actions across Frontstage, and on to the next step. */
function withArrows(m: JourneyMap): JourneyMap {
  const lane = (type: string) => m.lanes.find((l) => l.type === type)?.id;
  const first = (type: string, stepId: string) => m.cards.find((c) => c.laneId === lane(type) && c.stepId === stepId);
  const steps = m.stages.flatMap((s) => s.steps);
  const connections: Connection[] = [];
  steps.forEach((step, i) => {
    const back = first('backstage', step.id);
    const cust = first('customer', step.id);
    const next = steps[i + 1] && (first('frontstage', steps[i + 1]!.id) ?? first('backstage', steps[i + 1]!.id));
    if (back && cust) connections.push({ id: `up-${i}`, from: back.id, to: cust.id, twoWay: false, label: '' });
    if (back && next) connections.push({ id: `on-${i}`, from: back.id, to: next.id, twoWay: i % 2 === 0, label: i % 2 ? '' : '流转' });
  });
  return { ...m, connections };
}

async function exportSvg(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'SVG (vector)', exact: true }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
  await expect(dialog.getByRole('status')).toContainText('Saved');
  await dialog.getByRole('button', { name: 'Close' }).click();
  return readFileSync((await download.path())!, 'utf8');
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`arrows go around cards on the board and the SVG draws the same paths (${size.width}×${size.height})`, async ({ page }) => {
    await page.setViewportSize(size);
    const map = withArrows(template('broadband', 'zh-CN'));
    expect(map.connections.length).toBeGreaterThan(0);
    await page.goto('/');
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles(mapFile(map));
    await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue(map.title);
    // Wait for the fit to land: counted during its animation (still near zoom 1), the edges were
    // there, the zoom-in below was skipped, and the fit then ended in the overview, without edges.
    await fitAndWait(page);
    // at a working zoom the edges are drawn (below 0.4 the board shows its overview)
    await page.locator('.react-flow__pane').hover();
    for (let i = 0; i < 6 && (await page.locator('.react-flow__edge').count()) === 0; i++) {
      const before = (await page.locator('.board').getAttribute('data-viewport')) ?? '';
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -300);
      await page.keyboard.up('Control');
      // the board publishes its viewport: wait for the zoom to land, not for a guessed delay
      await expect(page.locator('.board')).not.toHaveAttribute('data-viewport', before);
    }
    await expect(page.locator('.react-flow__edge').first()).toBeAttached();
    const board = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('.react-flow__edge')].map((g) => [g.getAttribute('data-id') ?? g.getAttribute('data-testid')?.replace('rf__edge-', ''), g.querySelector('path.connection')?.getAttribute('d')])),
    );
    await page.screenshot({ path: `test-results/routing-board-${size.width}.png` });

    const svg = await exportSvg(page);
    const drawn = Object.fromEntries([...svg.matchAll(/<path class="connection" data-id="([^"]*)" d="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    expect(Object.keys(drawn).sort()).toEqual(map.connections.map((k) => k.id).sort());
    for (const [id, d] of Object.entries(board)) expect(d, `board edge ${id}`).toBe(drawn[id!]);
    // orthogonal: every path is made of horizontal and vertical runs (and rounded corners)
    for (const d of Object.values(drawn)) expect(d).toMatch(/^M[\d.]+,[\d.]+( (L|Q)[\d.,\s]+)+$/);
  });
}
