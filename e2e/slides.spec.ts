import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { buildFromTemplate } from '../src/domain/templates/build';
import { TEMPLATES } from '../src/domain/templates/content';
import { pdfPageTexts } from '../src/test/pdfText';
import { broadbandMap, mapFile } from './fixtures';

const template = (id: string, lang: 'en' | 'zh-CN' | 'zh-TW') => {
  let n = 0;
  return buildFromTemplate(TEMPLATES.find((t) => t.id === id)!, { lang, id: `tpl-${id}-${lang}`, ids: () => `${id}-${++n}`, now: 1_700_000_000_000, laneTitle: (t) => t });
};

async function open(page: Page, file: ReturnType<typeof mapFile>, title: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles(file);
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue(title);
}

/** Walks the deck, screenshots every slide, and checks what a projector shows. */
async function walkDeck(page: Page, name: string) {
  await page.getByRole('button', { name: 'Present' }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck).toBeFocused();
  const total = Number(/\/ (\d+)/.exec((await deck.locator('.present__count').textContent())!)![1]);
  const kinds: string[] = [];
  for (let i = 0; i < total; i++) {
    await expect(deck.locator('.present__count')).toHaveText(`${i + 1} / ${total}`);
    const frame = deck.locator('.slide-frame');
    const kind = (await frame.getAttribute('data-slide'))!;
    kinds.push(kind);
    const facts = await frame.evaluate((el) => {
      const svg = el.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      const k = box.width / 1280;
      const cardSizes = [...svg.querySelectorAll('text.slide-card')].map((t) => Number(t.getAttribute('font-size')) * k);
      return { w: box.width, h: box.height, vw: innerWidth, vh: innerHeight, minCard: cardSizes.length ? Math.min(...cardSizes) : null, cards: cardSizes.length };
    });
    // 16:9, filling the screen's width or height
    expect(Math.abs(facts.w / facts.h - 16 / 9)).toBeLessThan(0.01);
    expect(Math.max(facts.w / facts.vw, facts.h / facts.vh)).toBeGreaterThan(0.99);
    if (kind === 'stage' && facts.cards > 0) {
      expect(facts.minCard!, `card text on slide ${i + 1}`).toBeGreaterThanOrEqual(14 * (facts.w / 1280) - 0.01);
    }
    await page.screenshot({ path: `test-results/slides-${name}-${String(i + 1).padStart(2, '0')}-${kind}.png` });
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  return kinds;
}

async function exportSlides(page: Page, format: string) {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: 'Download' }).click()]);
  await expect(dialog.getByRole('status')).toContainText('Saved', { timeout: 30_000 });
  const bytes = readFileSync((await download.path())!);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { name: download.suggestedFilename(), bytes };
}

test('the broadband template as a deck: overview, stages at 14 px or more, findings, the improvement plan; PDF and PPTX hold the card text', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const tpl = template('broadband', 'zh-CN');
  // A moment of truth on the first step and an open improvement item: both belong in the deck.
  const backlogTitle = '上门前一天短信告知工程师姓名和到达时段';
  const map = {
    ...tpl,
    stages: tpl.stages.map((s, i) => (i === 0 ? { ...s, steps: s.steps.map((st, j) => (j === 0 ? { ...st, keyMoment: true } : st)) } : s)),
    backlog: [{ id: 'b1', title: backlogTitle, stepId: null, source: { kind: 'manual' as const }, department: '客服中心', owner: '', due: '', status: 'agreed' as const, impact: 5, effort: 2 }],
  };
  await open(page, mapFile(map), map.title);
  const kinds = await walkDeck(page, 'broadband-1280');
  expect(kinds.slice(0, 2)).toEqual(['cover', 'overview']);
  expect(kinds).toContain('findings');
  expect(kinds.indexOf('backlog')).toBeGreaterThan(kinds.indexOf('findings'));
  expect(kinds.filter((k) => k === 'stage').length).toBeGreaterThanOrEqual(map.stages.length);
  // the card text of some stage slide was checked
  expect(kinds.includes('stage')).toBe(true);

  const pdf = await exportSlides(page, 'Slides (PDF, 16:9)');
  expect(pdf.name).toMatch(/\.pdf$/);
  const pages = pdfPageTexts(pdf.bytes);
  expect(pages).toHaveLength(kinds.length);
  const raw = pdf.bytes.toString('latin1');
  expect(raw.match(/\/MediaBox \[0 0 960 540\]/g)).toHaveLength(kinds.length);
  const all = pages.join('\n');
  for (const c of map.cards.slice(0, 5)) expect(all.replace(/\n/g, '')).toContain(c.text.replace(/\n/g, '').slice(0, 6));

  const pptx = await exportSlides(page, 'Slides (PowerPoint)');
  expect(pptx.name).toMatch(/\.pptx$/);
  const zip = await JSZip.loadAsync(pptx.bytes);
  const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  expect(slideFiles).toHaveLength(kinds.length);
  const xml = (await Promise.all(slideFiles.map((f) => zip.file(f)!.async('string')))).join('');
  const texts = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
  for (const c of map.cards.slice(0, 5)) expect(texts).toContain(c.text.replace(/\n/g, '').slice(0, 6));
  expect(xml).toContain(map.title);
  // The plan and the MOT chip are editable text too.
  expect(texts).toContain(backlogTitle);
  expect(texts).toContain('MOT');
});

test('a 12-step blueprint at 1920×1080 splits stages so card text stays readable', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await open(page, mapFile(broadbandMap(6)), '宽带移机 服务蓝图');
  const kinds = await walkDeck(page, 'twelve-1920');
  // the second stage has 9 steps: more than one slide
  expect(kinds.filter((k) => k === 'stage').length).toBeGreaterThan(2);
});
