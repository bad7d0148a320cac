import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { idCounter, laneOf, makeMap, stepIds } from '../../test/fixtures';
import * as edit from '../edit';
import { exportBackup, importBackup } from './backup';
import { exportCsv, importCsv } from './csv';
import { ImportError } from './errors';
import { exportJson, importJson } from './json';
import { exportMermaid, importMermaid } from './mermaid';

// Thousands of property cases: on a busy two-core machine they need more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

/**
 * Hostile input: random and mutated files must never throw anything but an ImportError, and
 * valid files must round-trip. The total number of cases tried is written for the README.
 */
let cases = 0;
// Each test takes 0.2–2 s on a quiet 2-core machine (the timeout above is for a busy one). The
// runs are weighted towards mutated valid files, which reach deep into the importers; random text
// mostly stops at the parser.
const counted = <T,>(arb: fc.Arbitrary<T>) => arb.map((v) => (cases++, v));

function sample() {
  let m = makeMap('blueprint');
  const [s1, s2] = stepIds(m);
  m = edit.addCard(m, { cardId: 'a', laneId: laneOf(m, 'customer'), stepId: s1!, text: '拨打10000号，"机器人", <b>' });
  m = edit.addCard(m, { cardId: 'b', laneId: laneOf(m, 'frontstage'), stepId: s2!, text: 'Agent, on hold\nfor 12 min' });
  m = edit.updateCard(m, { cardId: 'b', patch: { failPoint: true, waitMin: 12 } });
  m = edit.addConnection(m, { id: 'k', from: 'a', to: 'b', label: '转接' });
  return edit.setEmotion(m, { stepId: s1!, value: -2 });
}

/** Random edits to a valid file: delete, insert or replace a few characters. */
function mutated(text: string) {
  return fc
    .array(fc.tuple(fc.nat({ max: Math.max(0, text.length - 1) }), fc.constantFrom('delete', 'insert', 'replace'), fc.string({ minLength: 1, maxLength: 3, unit: 'binary' })), { minLength: 1, maxLength: 6 })
    .map((ops) => {
      let t = text;
      for (const [at, op, s] of ops) {
        const i = Math.min(at, t.length);
        t = op === 'delete' ? t.slice(0, i) + t.slice(i + 1) : op === 'insert' ? t.slice(0, i) + s + t.slice(i) : t.slice(0, i) + s + t.slice(i + 1);
      }
      return t;
    });
}

/** Imports, and expects either a map or an ImportError (any other throw is a bug). */
function onlyImportErrors(run: () => unknown): void {
  let error: unknown = null;
  try {
    run();
  } catch (e) {
    error = e;
  }
  if (error !== null && !(error instanceof ImportError)) throw error; // fast-check shrinks it and reports it whole
  expect(error === null || error instanceof ImportError).toBe(true);
}

const csvOpts = () => ({ id: 'f', ids: idCounter('f'), title: 'F', now: 0, labels: { emotions: 'E' } });
const mmdOpts = () => ({ id: 'f', ids: idCounter('f'), now: 0, labels: { untitled: 'U', emotions: 'E' } });

describe('importers never throw anything but an ImportError', () => {
  it('JSON: random text, random JSON values, mutated exports', () => {
    fc.assert(fc.property(counted(fc.string({ unit: 'binary', maxLength: 200 })), (s) => onlyImportErrors(() => importJson(s))), { numRuns: 300 });
    fc.assert(fc.property(counted(fc.jsonValue({ maxDepth: 4 })), (v) => onlyImportErrors(() => importJson(JSON.stringify(v)))), { numRuns: 600 });
    fc.assert(fc.property(counted(mutated(exportJson(sample()))), (s) => onlyImportErrors(() => importJson(s))), { numRuns: 1200 });
  });

  it('JSON: structurally valid maps with hostile values in every field', () => {
    const base = JSON.parse(exportJson(sample()));
    const paths = [['title'], ['kind'], ['toleranceFloor'], ['persona'], ['stages'], ['stages', 0, 'steps'], ['stages', 0, 'steps', 0, 'emotion'], ['lanes', 0, 'type'], ['cards'], ['cards', 0, 'text'], ['cards', 0, 'laneId'], ['cards', 1, 'waitMin'], ['connections', 0, 'from'], ['marks'], ['schemaVersion'], ['__proto__'], ['constructor']];
    fc.assert(
      fc.property(counted(fc.tuple(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }))), ([path, value]) => {
        const doc = structuredClone(base);
        let o = doc;
        for (const k of path.slice(0, -1)) o = o[k as string];
        o[path[path.length - 1] as string] = value;
        onlyImportErrors(() => importJson(JSON.stringify(doc)));
      }),
      { numRuns: 800 },
    );
  });

  it('CSV: random text and mutated exports', () => {
    fc.assert(fc.property(counted(fc.string({ unit: 'binary', maxLength: 200 })), (s) => onlyImportErrors(() => importCsv(`stage,step,lane,text\n${s}`, csvOpts()))), { numRuns: 500 });
    fc.assert(fc.property(counted(mutated(exportCsv(sample()))), (s) => onlyImportErrors(() => importCsv(s, csvOpts()))), { numRuns: 600 });
  });

  it('Mermaid: random text and mutated exports', () => {
    fc.assert(fc.property(counted(fc.string({ unit: 'binary', maxLength: 200 })), (s) => onlyImportErrors(() => importMermaid(`journey\n${s}`, mmdOpts()))), { numRuns: 400 });
    fc.assert(fc.property(counted(mutated(exportMermaid(sample()))), (s) => onlyImportErrors(() => importMermaid(s, mmdOpts()))), { numRuns: 500 });
  });

  it('backups: mutated files', () => {
    const text = exportBackup([{ map: sample(), updatedAt: 1, deletedAt: null }], 1);
    fc.assert(fc.property(counted(mutated(text)), (s) => onlyImportErrors(() => importBackup(s))), { numRuns: 300 });
  });

  it('valid files round-trip', () => {
    fc.assert(
      fc.property(counted(fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter((s) => s.trim() !== '')), (text) => {
        const m = edit.updateCard(sample(), { cardId: 'a', patch: { text } });
        const back = importJson(exportJson(m));
        expect(back.cards.find((c) => c.id === 'a')!.text).toBe(m.cards.find((c) => c.id === 'a')!.text);
        const csv = importCsv(exportCsv(m), csvOpts());
        expect(csv.cards.map((c) => c.text)).toContain(m.cards.find((c) => c.id === 'a')!.text);
      }),
      { numRuns: 200 },
    );
  });
});

afterAll(() => {
  mkdirSync('.reliability', { recursive: true });
  writeFileSync('.reliability/fuzz.json', JSON.stringify({ propertyCases: cases }, null, 2));
  expect(cases).toBeGreaterThanOrEqual(5_000);
});
