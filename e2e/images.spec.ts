import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { LOD_ZOOM } from '../src/features/board/lod';
import { card, cell, PersistentBrowser, waitSaved } from './helpers';

/**
 * Photos and screenshots on cards: dropped or picked into a cell, stored once, kept across a
 * reload, refused with a message when they are not images or too large, drawn in exports,
 * carried by JSON into another profile, and freed when no map uses them any more.
 */

const EXPORT_TIMEOUT = 90_000;

/** A test picture drawn in the page (no binary in the repository): a 2400 × 1500 "photo" of a queue ticket. */
async function makePng(page: Page, width = 2400, height = 1500, hue = 200): Promise<Buffer> {
  const b64 = await page.evaluate(
    async ({ width, height, hue }) => {
      const c = new OffscreenCanvas(width, height);
      const g = c.getContext('2d')!;
      const grad = g.createLinearGradient(0, 0, width, height);
      grad.addColorStop(0, `hsl(${hue} 60% 55%)`);
      grad.addColorStop(1, `hsl(${hue + 40} 55% 30%)`);
      g.fillStyle = grad;
      g.fillRect(0, 0, width, height);
      g.fillStyle = '#fffdf5';
      g.fillRect(width * 0.3, height * 0.18, width * 0.4, height * 0.64);
      g.fillStyle = '#263238';
      g.font = `bold ${Math.round(height / 8)}px sans-serif`;
      g.textAlign = 'center';
      g.fillText('A017', width / 2, height / 2);
      g.font = `${Math.round(height / 22)}px sans-serif`;
      g.fillText('Please wait to be called', width / 2, height * 0.66);
      const blob = await c.convertToBlob({ type: 'image/png' });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    },
    { width, height, hue },
  );
  return Buffer.from(b64, 'base64');
}

/** Drops files on an element as the operating system would (a DataTransfer holding them). */
async function dropFiles(page: Page, target: Locator, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  const dt = await page.evaluateHandle(
    (list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: f.mimeType }));
      return dt;
    },
    files.map((f) => ({ name: f.name, mimeType: f.mimeType, b64: f.buffer.toString('base64') })),
  );
  await target.dispatchEvent('dragover', { dataTransfer: dt });
  await target.dispatchEvent('drop', { dataTransfer: dt });
}

/** The stored images, read from IndexedDB in the page. */
function storedImages(page: Page): Promise<{ hash: string; type: string; width: number; height: number; size: number }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('journeyprint');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('blobs').objectStore('blobs').getAll();
          req.onsuccess = () => {
            resolve((req.result as { hash: string; type: string; width: number; height: number; size: number }[]).map(({ hash, type, width, height, size }) => ({ hash, type, width, height, size })));
            open.result.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

async function exportAs(page: Page, format: string) {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: EXPORT_TIMEOUT }), dialog.getByRole('button', { name: 'Download' }).click()]);
  await expect(dialog.getByRole('status')).toContainText('Saved', { timeout: EXPORT_TIMEOUT });
  const bytes = readFileSync(await download.path());
  await dialog.getByRole('button', { name: 'Close' }).click();
  return bytes;
}

/** An image card's picture has loaded (decoded, not a broken image). */
async function expectShown(img: Locator): Promise<void> {
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
}

test('an image dropped into a cell becomes an image card: stored once, kept, exported, imported elsewhere, freed when unused', async ({ browser }) => {
  test.setTimeout(240_000);
  const profile = new PersistentBrowser();
  try {
    const page = await profile.launch();
    await page.goto('/');
    await page.getByRole('button', { name: 'New service blueprint' }).click();
    await expect(page.locator('.board')).toHaveAttribute('data-ready', 'true');

    // drop: a 2400 × 1500 PNG into Physical evidence / Step 1
    const photo = await makePng(page);
    await dropFiles(page, cell(page, 'Physical evidence', 'Step 1'), [{ name: 'queue-ticket.png', mimeType: 'image/png', buffer: photo }]);
    const ticket = card(page, 'queue-ticket');
    await expect(ticket).toBeVisible();
    await expectShown(ticket.getByRole('img', { name: 'queue-ticket.png' }));
    await expect(page.locator('.notice')).toContainText('Added 1 image card.');
    await waitSaved(page);
    // downscaled to a long side of 1,600 px, kept as PNG (a screenshot-like picture)
    const stored = await storedImages(page);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ type: 'image/png', width: 1600, height: 1000 });

    // the same picture again, into another cell: a second card, still one stored image
    await dropFiles(page, cell(page, 'Physical evidence', 'Step 2'), [{ name: 'queue-ticket.png', mimeType: 'image/png', buffer: photo }]);
    await expect(card(page, 'queue-ticket')).toHaveCount(2);
    expect(await storedImages(page)).toHaveLength(1);
    // undo the second: one card again
    await page.keyboard.press('ControlOrMeta+z');
    await expect(card(page, 'queue-ticket')).toHaveCount(1);

    // refused, with a message, changing nothing: not an image, and too large (picked with Insert image)
    await cell(page, 'Customer actions', 'Step 1').focus();
    for (const [file, message] of [
      [{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') }, '“notes.txt” is not an image.'],
      [{ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.concat([photo.subarray(0, 16), Buffer.alloc(21 * 1024 * 1024)]) }, '“huge.png” is larger than 20 MB.'],
    ] as const) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Insert image' }).click()]);
      await chooser.setFiles(file, { timeout: 60_000 }); // 21 MB crosses the DevTools protocol slowly
      await expect(page.locator('.notice')).toContainText(message);
    }
    await expect(page.locator('[data-card]')).toHaveCount(1);
    expect(await storedImages(page)).toHaveLength(1);

    // alt text: the file's name by default, editable in the inspector
    await ticket.click();
    const alt = page.getByLabel('Alt text (what the image shows)');
    await expect(alt).toHaveValue('queue-ticket.png');
    await alt.fill('Queue ticket A017 from the kiosk');
    await alt.press('Tab');
    await expectShown(ticket.getByRole('img', { name: 'Queue ticket A017 from the kiosk' }));
    await waitSaved(page);

    // a reload keeps it
    await page.reload();
    await expect(page.locator('.board')).toHaveAttribute('data-ready', 'true');
    await expectShown(card(page, 'queue-ticket').getByRole('img', { name: 'Queue ticket A017 from the kiosk' }));
    await page.screenshot({ path: 'test-results/images-board.png' });

    // SVG export: the picture is in it, as a data URL, cropped to fill the card
    const svg = (await exportAs(page, 'SVG (vector)')).toString('utf8');
    expect(svg).toMatch(/<image class="card-image" href="data:image\/png;base64,[A-Za-z0-9+/=]{1000,}"[^>]*preserveAspectRatio="xMidYMid slice"/);
    expect(svg).toContain('<title>Queue ticket A017 from the kiosk</title>');
    writeFileSync('test-results/images-export.svg', svg);
    const png = await exportAs(page, 'PNG image');
    writeFileSync('test-results/images-export.png', png);

    // JSON export → import into a fresh profile: the image comes along
    const json = await exportAs(page, 'JSON (the complete map)');
    const parsed = JSON.parse(json.toString('utf8')) as { images?: Record<string, { type: string; data: string }> };
    expect(Object.keys(parsed.images ?? {})).toEqual([stored[0]!.hash]);
    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto('/');
    await fresh.getByRole('button', { name: 'Import' }).click();
    await fresh.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles({ name: 'map.json', mimeType: 'application/json', buffer: json });
    await expectShown(card(fresh, 'queue-ticket').getByRole('img', { name: 'Queue ticket A017 from the kiosk' }));
    expect((await storedImages(fresh)).map((s) => s.hash)).toEqual([stored[0]!.hash]);
    // a file whose image was tampered with is refused, and nothing is added
    const tampered = json.toString('utf8').replace(/(base64,[A-Za-z0-9+/]{200})[A-Za-z0-9+/]{4}/, '$1AAAA');
    await fresh.goto('/');
    await fresh.getByRole('button', { name: 'Import' }).click();
    await fresh.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(tampered) });
    await expect(fresh.getByRole('dialog')).toContainText('does not match its SHA-256');
    await fresh.close();

    // deleting the card: undo brings the picture back (nothing is freed while the map is open)
    await card(page, 'queue-ticket').focus();
    await page.keyboard.press('Delete');
    await expect(page.locator('[data-card]')).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+z');
    await expectShown(card(page, 'queue-ticket').getByRole('img'));
    await card(page, 'queue-ticket').focus();
    await page.keyboard.press('Delete');
    await expect(page.locator('[data-card]')).toHaveCount(0);
    await waitSaved(page);

    // the library counts it until a map is deleted forever, which frees what no map uses
    await page.getByRole('button', { name: 'Back to library' }).click();
    await expect(page.locator('[data-images]')).toHaveAttribute('data-images', '1');
    await page.getByRole('button', { name: 'New journey map' }).click();
    await expect(page.locator('.board')).toHaveAttribute('data-ready', 'true');
    await page.getByRole('button', { name: 'Back to library' }).click();
    const actions = page.getByRole('row', { name: /Untitled journey map/ });
    await actions.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Trash (1)' }).click();
    await page.getByRole('row', { name: /Untitled journey map/ }).getByRole('button', { name: 'Delete forever' }).click();
    await expect(page.getByText('The trash is empty.')).toBeVisible();
    await expect(page.locator('[data-images]')).toHaveCount(0);
    expect(await storedImages(page)).toEqual([]);
  } finally {
    await profile.close();
    profile.dispose();
  }
});

test('image cards in the slides (PDF, PowerPoint) and the zoomed-out overview', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  // the broadband blueprint with photos on its physical evidence and a screenshot on a touchpoint
  const { createHash } = await import('node:crypto');
  const { encodeImages } = await import('../src/domain/formats/images');
  const { exportJson } = await import('../src/domain/formats/json');
  const edit = await import('../src/domain/edit');
  const { broadbandMap } = await import('./fixtures');
  let map = broadbandMap();
  const images = [];
  for (const [cardId, hue, w, h] of [
    ['c9', 30, 1600, 1200],
    ['c6', 200, 900, 1600],
  ] as const) {
    const bytes = new Uint8Array(await makePng(page, w, h, hue));
    const hash = createHash('sha256').update(bytes).digest('hex');
    images.push({ hash, type: 'image/png' as const, width: w, height: h, bytes });
    map = edit.updateCard(map, { cardId, patch: { image: hash, imageAlt: `photo ${cardId}` } });
  }
  const lane = map.lanes.find((l) => l.type === 'evidence')!.id;
  map = edit.addCard(map, { cardId: 'c11', laneId: lane, stepId: 's4', text: '移机申请表（纸质）', from: { image: images[0]!.hash, imageAlt: 'form' } });
  map = edit.addCard(map, { cardId: 'c12', laneId: lane, stepId: 's6', text: '上门工单回执', from: { image: 'e'.repeat(64), imageAlt: 'receipt' } });
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('File (JSON, CSV or Mermaid)').setInputFiles({ name: 'photos.json', mimeType: 'application/json', buffer: Buffer.from(exportJson(map, encodeImages(images))) });
  await expect(page.getByRole('textbox', { name: 'Map title' })).toHaveValue('宽带移机 服务蓝图');
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expectShown(card(page, 'IVR 语音菜单').getByRole('img', { name: 'photo c9' }));
  // an image whose bytes this device does not have says so
  await expect(card(page, '上门工单回执').getByRole('img', { name: 'Image not on this device' })).toBeVisible();
  await page.screenshot({ path: 'test-results/images-board-broadband.png' });

  // paste a screenshot into a cell: a new image card; drop a photo onto a card: it gains the photo
  const shot = await makePng(page, 1280, 720, 120);
  await cell(page, '想法', 'Step 2').evaluate((el, b64) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'image.png', { type: 'image/png' }));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, shot.toString('base64'));
  await expectShown(card(page, 'image').getByRole('img', { name: 'image.png' }));
  await dropFiles(page, card(page, '客服记录新地址'), [{ name: 'desk.png', mimeType: 'image/png', buffer: shot }]);
  await expectShown(card(page, '客服记录新地址').getByRole('img', { name: 'desk.png' }));

  // a backup carries the images; restored into another profile they show there
  await page.getByRole('button', { name: 'Back to library' }).click();
  const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
  const fresh = await (await page.context().browser()!.newContext()).newPage();
  await fresh.goto('/');
  await fresh.getByLabel('Backup file to restore').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: readFileSync(await backup.path()) });
  await expect(fresh.locator('.notice')).toContainText('Restored 1 maps');
  await expect(fresh.locator('[data-images]')).toHaveAttribute('data-images', '3'); // two photos and the screenshot
  await fresh.getByRole('link', { name: '宽带移机 服务蓝图' }).click();
  await fresh.getByRole('button', { name: 'Fit view' }).click();
  await expectShown(card(fresh, '客服记录新地址').getByRole('img', { name: 'desk.png' }));
  await fresh.close();
  await page.getByRole('link', { name: '宽带移机 服务蓝图' }).click();
  await expect(page.locator('.board')).toHaveAttribute('data-ready', 'true');

  // zoomed out: the overview canvas draws a placeholder band, and no object URL is held for unmounted cards
  // Each click zooms out from wherever the last click's animation had got to, so on a busy
  // machine eight clicks may not be enough: click until the board's own viewport signal says so.
  const zoom = async () => Number((await page.locator('.board').getAttribute('data-viewport'))!.split(' ')[2]);
  await expect(async () => {
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect(await zoom()).toBeLessThan(LOD_ZOOM);
  }).toPass({ timeout: 60_000 });
  await expect(page.locator('[data-card]')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/images-overview.png' });
  await page.getByRole('button', { name: 'Fit view' }).click();

  // slides: the stage slide shows the photo
  await page.getByRole('button', { name: 'Present' }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck).toBeFocused();
  for (let i = 0; i < 8 && !(await deck.locator('svg image.card-image').count()); i++) await page.keyboard.press('ArrowRight');
  await expect(deck.locator('svg image.card-image').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/images-slide.png' });
  await page.keyboard.press('Escape');

  const slides = async (format: string) => {
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: format, exact: true }).check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: EXPORT_TIMEOUT }), dialog.getByRole('button', { name: 'Download' }).click()]);
    await expect(dialog.getByRole('status')).toContainText('Saved', { timeout: EXPORT_TIMEOUT });
    await dialog.getByRole('button', { name: 'Close' }).click();
    return readFileSync(await download.path());
  };
  writeFileSync('test-results/images-slides.pdf', await slides('Slides (PDF, 16:9)'));
  const pptx = await slides('Slides (PowerPoint)');
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(pptx);
  // the photos are pictures in the deck, with their alt text
  expect(Object.keys(zip.files).filter((f) => /^ppt\/media\/image-\d+-\d+\.png$/.test(f)).length).toBeGreaterThan(0);
  const xml = (await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')))).join('');
  expect(xml).toContain('descr="photo c9"');
});

for (const [locale, insert, refused, added] of [
  ['zh-CN', '插入图片', '“notes.txt”不是图片。', '已添加 1 张图片卡片。'],
  ['zh-TW', '插入圖片', '「notes.txt」不是圖片。', '已加入 1 張圖片卡。'],
] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    test('inserting an image says what happened in the interface language', async ({ page }) => {
      await page.goto('/');
      await page.locator('.library__actions button.primary').nth(1).click();
      await expect(page.locator('.board')).toHaveAttribute('data-ready', 'true');
      await page.locator('[data-cell]').first().focus();
      const pick = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: insert }).click()]);
        await chooser.setFiles(file);
      };
      await pick({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
      await expect(page.locator('.notice')).toContainText(refused);
      await expect(page.locator('[data-card]')).toHaveCount(0);
      await pick({ name: '收据.png', mimeType: 'image/png', buffer: await makePng(page, 400, 300) });
      await expect(page.locator('.notice')).toContainText(added);
      await expectShown(card(page, '收据').getByRole('img', { name: '收据.png' }));
    });
  });
}
