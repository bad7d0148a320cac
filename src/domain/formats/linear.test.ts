import { describe, expect, it } from 'vitest';
import { idCounter } from '../../test/fixtures';
import { importCsv } from './csv';
import { detectFormat } from './decode';
import { ImportError } from './errors';
import { importJson } from './json';
import { importMermaid } from './mermaid';

/*
 * In a file of its own, so each run starts on a fresh heap: a heap grown by other tests makes
 * the large inputs pay for garbage collection that has nothing to do with the parsers.
 */
const mmdOpts = () => ({ id: 'mm', ids: idCounter('m'), now: 0, labels: { untitled: 'U', emotions: 'E' } });
const csvOpts = () => ({ id: 'c', ids: idCounter('c'), title: 'T', now: 0, labels: { emotions: 'E' } });

describe('imports stay linear on adversarial text (defect 2, defect 7)', () => {
  const quiet = (run: () => unknown) => () => {
    try {
      run();
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
    }
  };
  /** Time per run: repeated until 30 ms have passed (small inputs are too quick to time once). */
  const timeOf = (run: () => void) => {
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 30) {
      run();
      n++;
    }
    return (performance.now() - t0) / n;
  };
  /**
   * How much longer `large` takes than `small`: after a warm-up, the two are timed in turn five
   * times and the median ratio is kept, so a burst of load on a busy machine hits both sides.
   */
  const ratioOf = (large: () => void, small: () => void) => {
    large();
    small();
    const ratios = Array.from({ length: 5 }, () => timeOf(large) / timeOf(small)).sort((a, b) => a - b);
    return ratios[2]!;
  };
  const adversaries: [string, (n: number) => string, (s: string) => unknown][] = [
    ['Mermaid: a task, spaces, then ":x\\ry"', (n) => `journey\nt:${' '.repeat(n)}:x\ry`, (s) => importMermaid(s, mmdOpts())],
    ['Mermaid: a task of spaces and colons', (n) => `journey\n  a${' :'.repeat(n / 2)}`, (s) => importMermaid(s, mmdOpts())],
    ['Mermaid: a task, spaces, then ":x\\u2028y"', (n) => `journey\nt:${' '.repeat(n)}:x\u2028y`, (s) => importMermaid(s, mmdOpts())],
    ['Mermaid: an unclosed accDescr block', (n) => `journey\naccDescr {\n${'x '.repeat(n / 2)}`, (s) => importMermaid(s, mmdOpts())],
    ['detect: "step step …"', (n) => 'step '.repeat(n / 5), (s) => detectFormat('a.txt', s)],
    ['detect: %% lines', (n) => '%%\n'.repeat(n / 3), (s) => detectFormat('a.txt', s)],
    ['CSV: quotes', (n) => `stage,step,lane,text\n${'"a""'.repeat(n / 4)}`, (s) => importCsv(s, csvOpts())],
    ['CSV: spaces then a bad number', (n) => `stage,step,lane,lane type,text,wait (min)\nA,B,L,customer,t,${'1'.repeat(n)}x\n`, (s) => importCsv(s, csvOpts())],
    ['CSV: distinct steps', (n) => `stage,step,lane,text\n${Array.from({ length: n / 20 }, (_, i) => `S,step ${i},L,t`).join('\n')}`, (s) => importCsv(s, csvOpts())],
    ['JSON: deep whitespace', (n) => `{${' '.repeat(n)}`, (s) => importJson(s)],
  ];
  it.each(adversaries)('%s: 1 MB takes less than 300× the time of 10 KB', (_, make, run) => {
    const small = make(10_000);
    const large = make(1_000_000);
    const ratio = ratioOf(quiet(() => run(large)), quiet(() => run(small)));
    expect(ratio).toBeLessThan(300);
  }, 120_000);

  it('detection reads only the head of a text, and that linearly: 1 KB against 64 KB', () => {
    for (const make of [(n: number) => 'step '.repeat(n / 5), (n: number) => `${' '.repeat(n - 9)}journey:x`]) {
      const big = make(64 * 1024);
      const little = make(1024);
      const ratio = ratioOf(() => void detectFormat('a.txt', big), () => void detectFormat('a.txt', little));
      expect(ratio).toBeLessThan(300); // linear is ~64×; quadratic would be ~4,000×
    }
  }, 120_000);

  it('a CSV of 10,000 distinct steps costs about 10× one of 1,000 (defect 7)', () => {
    const csv = (n: number) => `stage,step,lane,lane type,text\n${Array.from({ length: n }, (_, i) => `S${i % 7},step ${i},L,customer,card ${i}`).join('\n')}`;
    const small = csv(1_000);
    const large = csv(10_000);
    expect(importCsv(large, csvOpts()).cards).toHaveLength(10_000);
    const ratio = ratioOf(() => void importCsv(large, csvOpts()), () => void importCsv(small, csvOpts()));
    expect(ratio).toBeLessThan(40); // linear is ~10×; quadratic would be ~100×
  }, 120_000);
});

