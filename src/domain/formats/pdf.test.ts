import { describe, expect, it } from 'vitest';
import { deflateSync, inflateSync } from 'node:zlib';
import { pdfPageTexts } from '../../test/pdfText';
import { buildPdf, packStages, planPages, PAPER } from './pdf';

describe('buildPdf', () => {
  it('writes a valid PDF with one image per page and a Unicode title', () => {
    const rgb = new Uint8Array(2 * 2 * 3).fill(200);
    const page = { widthPt: 842, heightPt: 595, image: { width: 2, height: 2, zlibRgb: deflateSync(rgb) }, place: { x: 24, y: 24, w: 100, h: 100 } };
    const bytes = buildPdf([page, page, page], { title: '宽带移机' });
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(3);
    expect(text).toContain('/Count 3');
    expect(text).toContain('<FEFF5BBD5E2679FB673A>');
    // every xref offset points at its object
    const xrefAt = Number(/startxref\n(\d+)/.exec(text)![1]);
    const entries = text.slice(xrefAt).split('\n').slice(3).filter((l) => / n $/.test(l));
    entries.forEach((line, i) => expect(text.slice(Number(line.slice(0, 10)), Number(line.slice(0, 10)) + 10)).toMatch(new RegExp(`^${i + 1} 0 obj`)));
    // the image stream inflates back to the pixels
    const start = text.indexOf('stream\n', text.indexOf('/Subtype /Image')) + 7;
    const len = Number(/\/Subtype \/Image[^>]*\/Length (\d+)/.exec(text)![1]);
    expect([...inflateSync(bytes.slice(start, start + len))]).toEqual([...rgb]);
  });
});

describe('planPages', () => {
  const base = { fixedWidth: 228, stepWidth: 220 };
  it('puts a small map on one page', () => {
    const plan = planPages({ ...base, paper: 'a4', width: 1000, height: 600, stepCount: 4 });
    expect(plan).toHaveLength(1);
    expect(plan[0]!.scale).toBeLessThanOrEqual(0.75);
  });
  it('splits a long journey by step columns at a readable scale', () => {
    const plan = planPages({ ...base, paper: 'a4', width: 228 + 40 * 220, height: 900, stepCount: 40 });
    expect(plan.length).toBeGreaterThan(1);
    expect(plan.flatMap((p) => p.steps)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    for (const p of plan) {
      expect(p.scale).toBeGreaterThanOrEqual(0.5);
      expect((base.fixedWidth + p.steps.length * base.stepWidth) * p.scale).toBeLessThanOrEqual(PAPER.a4.w - 48 + 0.01);
    }
    expect(planPages({ ...base, paper: 'a3', width: 228 + 40 * 220, height: 900, stepCount: 40 }).length).toBeLessThan(plan.length);
  });
  it('one page sized to the map, within the largest page PDF allows', () => {
    expect(planPages({ ...base, paper: 'fit', width: 2000, height: 1000, stepCount: 8 })[0]).toMatchObject({ widthPt: 1500, heightPt: 750 });
    const huge = planPages({ ...base, paper: 'fit', width: 100_000, height: 1000, stepCount: 400 })[0]!;
    expect(huge.widthPt).toBeLessThanOrEqual(14_400);
  });
});

describe('the PDF text layer', () => {
  it('carries the text as real text: CJK, emoji and ASCII come back out, page by page', () => {
    const rgb = deflateSync(new Uint8Array(3).fill(255));
    const page = (texts: string[]) => ({ widthPt: 842, heightPt: 595, image: { width: 1, height: 1, zlibRgb: rgb }, place: { x: 0, y: 0, w: 842, h: 595 }, text: texts.map((text, i) => ({ text, x: 10, y: 500 - i * 20, size: 10, width: 80 })) });
    const bytes = buildPdf([page(['宽带移机 服务蓝图', '客户拨打 10000 号', '繁體：網路']), page(['😀 emoji (parens) \\ back'])], { title: 't' });
    const texts = pdfPageTexts(bytes);
    expect(texts).toEqual(['宽带移机 服务蓝图\n客户拨打 10000 号\n繁體：網路', '😀 emoji (parens) \\ back']);
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).toContain('3 Tr'); // invisible: the picture shows the text, the layer only carries it
    expect(raw).toContain('/Encoding /Identity-H');
  });
});

describe('packStages', () => {
  it('keeps a stage on one page when it fits, and splits only a stage longer than a page', () => {
    expect(packStages([3, 3, 3], 5)).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);
    expect(packStages([2, 2, 3], 5)).toEqual([[0, 1, 2, 3], [4, 5, 6]]);
    expect(packStages([7, 1], 5)).toEqual([[0, 1, 2, 3, 4], [5, 6, 7]]);
  });
});
