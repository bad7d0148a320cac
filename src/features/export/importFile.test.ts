import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { db, purgeMap } from '../../db';
import { insertMap } from '../../db/repo';
import { exportJson } from '../../domain/formats/json';
import i18n from '../../i18n';
import { makeMap } from '../../test/fixtures';
import { importText } from './importFile';

// Thousands of property cases: on a busy two-core machine they need more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

describe('importText', () => {
  it('a failed import changes nothing that was stored (random and mutated files)', async () => {
    await insertMap(db, makeMap('blueprint', 'existing'));
    const snapshot = async () => JSON.stringify({ maps: await db.maps.toArray(), docs: await db.docs.toArray(), cards: await db.cards.toArray(), updates: await db.updates.toArray() });
    const before = await snapshot();
    const valid = exportJson(makeMap('journey', 'other'));
    await fc.assert(
      fc.asyncProperty(
        // Weighted towards truncated valid files, which get furthest before failing; random text
        // mostly stops at the parser.
        fc.oneof(
          { arbitrary: fc.string({ unit: 'binary', maxLength: 120 }), weight: 1 },
          { arbitrary: fc.nat({ max: valid.length - 1 }).map((i) => valid.slice(0, i)), weight: 3 },
          { arbitrary: fc.constantFrom('{"schemaVersion": 1}', 'journey\n  section\n   x: 0: y', 'stage,step,lane,text\n"a', '{"format":"journeyprint-backup"}'), weight: 1 },
        ),
        async (text) => {
          const r = await importText('fuzz.json', text, i18n.t);
          if (r.ok) await purgeMap(db, r.map.id); // rare valid input: undo it and go on
          else expect(await snapshot()).toBe(before);
        },
      ),
      { numRuns: 80 },
    );
  }, 30_000);

  it('importing a map whose id exists adds a copy and leaves the original', async () => {
    const m = makeMap('journey', 'dup');
    await insertMap(db, m);
    const r = await importText('dup.json', exportJson(m), i18n.t);
    expect(r.ok && r.map.id).not.toBe('dup');
    expect(await db.maps.get('dup')).toBeTruthy();
  });
});
