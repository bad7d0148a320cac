import { describe, expect, it } from 'vitest';
import * as edit from '../edit';
import { sha256Hex } from '../images';
import { layoutMap } from '../layout';
import { laneOf, makeMap, stepIds } from '../../test/fixtures';
import { exportBackup, readBackup } from './backup';
import { ImportError } from './errors';
import { base64ToBytes, bytesToBase64, decodeImages, encodeImages, type ImageRecord } from './images';
import { exportJson, importJsonWithRepairs } from './json';
import { buildSvg, type SvgLabels } from './svg';

const PNG_1PX = base64ToBytes('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==');
const measure = (s: string) => s.length * 8;

async function record(bytes = PNG_1PX): Promise<ImageRecord> {
  return { hash: await sha256Hex(bytes), type: 'image/png', width: 1, height: 1, bytes };
}

function imageMap(hash: string) {
  const map = makeMap();
  const [s1] = stepIds(map);
  return edit.addCard(map, { cardId: 'photo', laneId: laneOf(map, 'evidence'), stepId: s1!, text: 'Waiting-room sign', from: { image: hash, imageAlt: 'sign.png' } });
}

async function rejection(p: Promise<unknown>): Promise<ImportError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ImportError);
  return e as ImportError;
}

describe('embedded images (the images section of JSON and backups)', () => {
  it('round-trips: base64, section, decode', async () => {
    const big = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) & 255);
    expect(base64ToBytes(bytesToBase64(big))).toEqual(big);
    const img = await record();
    const section = encodeImages([img]);
    expect(Object.keys(section)).toEqual([img.hash]);
    expect(section[img.hash]!.data.startsWith('data:image/png;base64,')).toBe(true);
    expect(await decodeImages(section)).toEqual([img]);
    expect(await decodeImages(undefined)).toEqual([]);
  });

  it('refuses an image whose bytes do not match its hash, naming it', async () => {
    const img = await record();
    const section = encodeImages([img]);
    const other = await record(Uint8Array.of(...PNG_1PX, 0));
    const tampered = { [img.hash]: { ...section[img.hash]!, data: `data:image/png;base64,${bytesToBase64(other.bytes)}` } };
    const e = await rejection(decodeImages(tampered));
    expect(e.message).toMatch(/^images\.[0-9a-f]{12}…: the data does not match its SHA-256/);
  });

  it('refuses what is not an image, or not the type it claims', async () => {
    const text = new TextEncoder().encode('just some text');
    const hash = await sha256Hex(text);
    const e = await rejection(decodeImages({ [hash]: { type: 'image/png', width: 1, height: 1, data: `data:image/png;base64,${bytesToBase64(text)}` } }));
    expect(e.message).toContain('the data is not an image');
    const jpeg = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 1, 2, 3);
    const j = await rejection(decodeImages({ [await sha256Hex(jpeg)]: { type: 'image/png', width: 1, height: 1, data: `data:image/png;base64,${bytesToBase64(jpeg)}` } }));
    expect(j.message).toContain('the data is image/jpeg, not image/png');
  });

  it('validates the shape with zod: type, size, key, data URL', async () => {
    const img = await record();
    const ok = encodeImages([img])[img.hash]!;
    expect((await rejection(decodeImages({ [img.hash]: { ...ok, type: 'text/html' } }))).message).toMatch(/^images\.[0-9a-f]{64}\.type/);
    expect((await rejection(decodeImages({ nothex: ok }))).message).toContain('is not a SHA-256');
    expect((await rejection(decodeImages({ [img.hash]: { ...ok, width: 0 } }))).message).toContain('width');
    expect((await rejection(decodeImages({ [img.hash]: { ...ok, data: `data:image/png;base64,${'A'.repeat(28_000_000)}` } }))).message).toContain('larger than 20 MB');
    expect((await rejection(decodeImages({ [img.hash]: { ...ok, data: 'https://example.com/x.png' } }))).message).toContain('data URL');
    expect((await rejection(decodeImages([1, 2]))).reason).toBe('invalid');
  });

  it('a JSON map carries its images beside it, and reads back the same', async () => {
    const img = await record();
    const map = imageMap(img.hash);
    const text = exportJson(map, encodeImages([img]));
    const back = importJsonWithRepairs(text);
    expect(back.map.cards[0]).toMatchObject({ image: img.hash, imageAlt: 'sign.png' });
    expect(await decodeImages(back.images)).toEqual([img]);
    // no images, no section: the file is what it always was
    expect(JSON.parse(exportJson(makeMap(), {}))).not.toHaveProperty('images');
  });

  it('a backup carries every map’s images once', async () => {
    const img = await record();
    const text = exportBackup([{ map: imageMap(img.hash), updatedAt: 1, deletedAt: null }], 2, encodeImages([img]));
    const back = readBackup(text);
    expect(back.entries[0]!.map.cards[0]!.image).toBe(img.hash);
    expect(await decodeImages(back.images)).toEqual([img]);
  });
});

describe('images in the SVG export', () => {
  const labels = { lines: { interaction: '', visibility: '', internal: '' }, peak: 'Peak', end: 'End', floor: 'Floor', failPoint: 'F', wait: 'W', persona: '', scenario: '', channel: (c: string) => c, duration: String, waitTotal: String, imageMissing: 'Image not on this device' } satisfies SvgLabels;
  const svgOf = (map: ReturnType<typeof imageMap>, images?: ReadonlyMap<string, string>) =>
    buildSvg(map, layoutMap(map, measure), { labels, measure, background: 'white', moments: { peak: null, end: null }, images }).svg;

  it('draws the photo across the card top, cropped to fill, its alt text as its title, text below', async () => {
    const img = await record();
    const href = `data:image/png;base64,${bytesToBase64(img.bytes)}`;
    const map = imageMap(img.hash);
    const svg = svgOf(map, new Map([[img.hash, href]]));
    expect(svg).toContain(`href="${href}"`);
    expect(svg).toMatch(/<image class="card-image"[^>]*preserveAspectRatio="xMidYMid slice" clip-path="url\(#card-image-0\)"><title>sign\.png<\/title><\/image>/);
    const box = layoutMap(map, measure).cards.get('photo')!;
    const textY = Number(/<text x="[\d.]+" y="([\d.]+)" font-size="14" fill="#1c2430"><tspan[^>]*>Waiting-room sign/.exec(svg)![1]);
    expect(textY).toBeGreaterThan(box.y + 116);
  });

  it('says so where this device lacks the image; a thumbnail (no images asked for) shows a quiet tint', async () => {
    const map = imageMap('a'.repeat(64));
    expect(svgOf(map, new Map())).toContain('Image not on this device');
    const thumb = svgOf(map);
    expect(thumb).toContain('card-image--missing');
    expect(thumb).not.toContain('Image not on this device');
    expect(svgOf(map, new Map([['a'.repeat(64), 'javascript:alert(1)']]))).not.toContain('javascript:');
  });
});

describe('images on slides', () => {
  it('a stage slide puts the photo across the card top and the words below it', async () => {
    const { gridPrims } = await import('../slides/grid');
    const { primsToSvg } = await import('../slides/prims');
    const img = await record();
    const map = imageMap(img.hash);
    const layout = layoutMap(map, measure);
    const text = { lines: { interaction: '', visibility: '', internal: '' }, duration: String, waitTotal: String, marks: { keyMoment: 'MOT', surprise: 'Surprise' } };
    const prims = gridPrims(map, layout, measure, text, 1.5, 0, 0);
    const image = prims.find((p) => p.t === 'image')!;
    const box = prims.find((p) => p.t === 'rect' && p.text?.lines[0] === 'Waiting-room sign')!;
    expect(image).toMatchObject({ hash: img.hash, alt: 'sign.png', h: 116 * 1.5 });
    expect(box.t === 'rect' && box.text!.y).toBeGreaterThanOrEqual(image.t === 'image' ? image.y + image.h : 0);
    const href = `data:image/png;base64,${bytesToBase64(img.bytes)}`;
    expect(primsToSvg(prims, 't', new Map([[img.hash, href]]))).toContain(`href="${href}"`);
    expect(primsToSvg(prims, 't', new Map(), 'Not here')).toContain('>Not here</text>');
  });
});
