import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db';
import { acquireImageUrl } from './imageUrls';

const HASH = 'a'.repeat(64);

afterEach(async () => {
  vi.restoreAllMocks();
  await db.blobs.clear();
});

describe('object URLs of shown images', () => {
  it('one URL per image however many cards show it, revoked when the last stops showing it', async () => {
    await db.blobs.add({ hash: HASH, blob: new Blob([Uint8Array.of(1, 2, 3)], { type: 'image/png' }), type: 'image/png', width: 1, height: 1, size: 3, createdAt: 0 });
    const created = vi.spyOn(URL, 'createObjectURL');
    const revoked = vi.spyOn(URL, 'revokeObjectURL');
    const a = acquireImageUrl(HASH);
    const b = acquireImageUrl(HASH);
    const url = await a.url;
    expect(url).toMatch(/^blob:/);
    expect(await b.url).toBe(url);
    expect(created).toHaveBeenCalledTimes(1);
    a.release();
    a.release(); // twice is once
    await Promise.resolve();
    expect(revoked).not.toHaveBeenCalled();
    b.release();
    await vi.waitFor(() => expect(revoked).toHaveBeenCalledWith(url));
  });

  it('a missing image is null and looked up again next time', async () => {
    const first = acquireImageUrl(HASH);
    expect(await first.url).toBeNull();
    await db.blobs.add({ hash: HASH, blob: new Blob([Uint8Array.of(1)], { type: 'image/png' }), type: 'image/png', width: 1, height: 1, size: 1, createdAt: 0 });
    const again = acquireImageUrl(HASH);
    expect(await again.url).toMatch(/^blob:/);
    // the first holder letting go does not revoke the second's URL
    const revoked = vi.spyOn(URL, 'revokeObjectURL');
    first.release();
    await Promise.resolve();
    expect(revoked).not.toHaveBeenCalled();
    again.release();
  });
});
