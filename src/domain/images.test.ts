import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as edit from './edit';
import { fitWithin, imageHashes, imageTitle, MAX_IMAGE_SIDE, sha256Hex, sniffImageType, storagePlan, unusedImages } from './images';
import { cardHeight, layoutMap, METRICS } from './layout';
import { restoreMap } from './migrate';
import { laneOf, makeMap, stepIds } from '../test/fixtures';

const PNG_1PX = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const measure = (s: string) => s.length * 8;

describe('downscale sizing', () => {
  it('fits the long side within 1,600 px, keeps the aspect, never scales up', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200, scaled: true });
    expect(fitWithin(1200, 4000)).toEqual({ width: 480, height: 1600, scaled: true });
    expect(fitWithin(1600, 900)).toEqual({ width: 1600, height: 900, scaled: false });
    expect(fitWithin(300, 200)).toEqual({ width: 300, height: 200, scaled: false });
    // a banner keeps at least a pixel
    expect(fitWithin(100_000, 3)).toEqual({ width: 1600, height: 1, scaled: true });
  });

  it('for any size: within the limit, each side within a pixel of the exact scale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 20_000 }), (w, h) => {
        const r = fitWithin(w, h);
        expect(Math.max(r.width, r.height)).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
        expect(r.width).toBeGreaterThanOrEqual(1);
        expect(r.height).toBeGreaterThanOrEqual(1);
        // each side within a pixel of the exact scale: the aspect is kept up to rounding
        const k = MAX_IMAGE_SIDE / Math.max(w, h);
        if (r.scaled) expect([Math.abs(r.width - w * k), Math.abs(r.height - h * k)].every((d) => d <= 1)).toBe(true);
        else expect(r).toEqual({ width: w, height: h, scaled: false });
      }),
    );
  });

  it('photos become JPEG, screenshots and transparency stay PNG, small files are kept as they are', () => {
    expect(storagePlan({ type: 'image/jpeg', width: 4032, height: 3024, hasAlpha: false })).toEqual({ keepOriginal: false, type: 'image/jpeg', width: 1600, height: 1200 });
    expect(storagePlan({ type: 'image/jpeg', width: 800, height: 600, hasAlpha: false })).toMatchObject({ keepOriginal: true, type: 'image/jpeg' });
    expect(storagePlan({ type: 'image/png', width: 2880, height: 1800, hasAlpha: false })).toMatchObject({ keepOriginal: false, type: 'image/png', width: 1600, height: 1000 });
    expect(storagePlan({ type: 'image/png', width: 640, height: 480, hasAlpha: true })).toMatchObject({ keepOriginal: true, type: 'image/png' });
    expect(storagePlan({ type: 'image/webp', width: 640, height: 480, hasAlpha: false })).toMatchObject({ keepOriginal: false, type: 'image/jpeg' });
    expect(storagePlan({ type: 'image/webp', width: 640, height: 480, hasAlpha: true })).toMatchObject({ keepOriginal: false, type: 'image/png' });
  });
});

describe('identity by content', () => {
  it('hashes bytes with SHA-256: the same bytes, the same key (stored once)', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(PNG_1PX.slice())).toBe(await sha256Hex(PNG_1PX));
    expect(await sha256Hex(Uint8Array.of(...PNG_1PX, 0))).not.toBe(await sha256Hex(PNG_1PX));
  });

  it('knows an image by its bytes, not its name', () => {
    expect(sniffImageType(PNG_1PX)).toBe('image/png');
    expect(sniffImageType(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('GIF89a'))).toBe('image/gif');
    expect(sniffImageType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('hello, not an image'))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });

  it('names a card after its file', () => {
    expect(imageTitle('收据.JPG')).toBe('收据');
    expect(imageTitle('C:\\photos\\front desk.png')).toBe('front desk');
    expect(imageTitle('.png')).toBe('.png');
  });
});

describe('freeing images', () => {
  const H = (c: string) => c.repeat(64);
  it('frees what no map uses, keeps what any map uses and what was stored within the grace period', () => {
    const stored = [
      { hash: H('a'), createdAt: 0 },
      { hash: H('b'), createdAt: 0 },
      { hash: H('c'), createdAt: 95_000 },
    ];
    expect(unusedImages(stored, new Set([H('a')]), 100_000, 60_000)).toEqual([H('b')]);
    expect(unusedImages(stored, new Set([H('a')]), 100_000, 0)).toEqual([H('b'), H('c')]);
    expect(unusedImages(stored, new Set([H('a'), H('b'), H('c')]), 1e9, 0)).toEqual([]);
  });

  it("lists a map's images once each", () => {
    const map = makeMap();
    const lane = laneOf(map, 'evidence');
    const [s1, s2] = stepIds(map);
    let m = edit.addCard(map, { cardId: 'x', laneId: lane, stepId: s1!, text: 'a', from: { image: H('a') } });
    m = edit.addCard(m, { cardId: 'y', laneId: lane, stepId: s2!, text: 'b', from: { image: H('a') } });
    m = edit.addCard(m, { cardId: 'z', laneId: lane, stepId: s2!, text: 'c' });
    expect([...imageHashes(m)]).toEqual([H('a')]);
  });
});

describe('the image field', () => {
  const hash = 'f'.repeat(64);
  it('makes the card taller by the image band, on every lane with cards', () => {
    const map = makeMap();
    const [s1] = stepIds(map);
    for (const type of ['evidence', 'customer', 'backstage'] as const) {
      const m = edit.addCard(map, { cardId: 'c', laneId: laneOf(map, type), stepId: s1!, text: 'Receipt', from: { image: hash, imageAlt: 'receipt.jpg' } });
      const box = layoutMap(m, measure).cards.get('c')!;
      expect(box.hasImage).toBe(true);
      expect(box.h).toBe(cardHeight(1, false) + METRICS.imageHeight);
    }
  });

  it('passes the boundary with its alt text; a malformed hash is refused, an edit to one is ignored', () => {
    const map = makeMap();
    const lane = laneOf(map, 'evidence');
    const [s1] = stepIds(map);
    const m = edit.addCard(map, { cardId: 'c', laneId: lane, stepId: s1!, text: 'Receipt', from: { image: hash, imageAlt: 'receipt.jpg' } });
    const back = restoreMap(JSON.parse(JSON.stringify(m)));
    expect(back.ok && back.map.cards[0]).toMatchObject({ image: hash, imageAlt: 'receipt.jpg' });
    const bad = { ...m, cards: [{ ...m.cards[0], image: 'not-a-hash' }] };
    expect(restoreMap(bad)).toMatchObject({ ok: false, error: expect.stringContaining('cards.0.image') });
    expect(edit.updateCard(m, { cardId: 'c', patch: { image: '../../etc/passwd' } })).toBe(m);
    expect(edit.updateCard(m, { cardId: 'c', patch: { image: null } }).cards[0]!.image).toBeNull();
  });
});
