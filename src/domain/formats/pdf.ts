/**
 * A minimal PDF writer: each page shows one lossless RGB image (Flate, i.e. zlib-compressed
 * bytes) placed in a rectangle, with the page's text laid over it invisibly (text render mode 3,
 * as scanned-and-OCR'd PDFs do), so the text can be searched, selected and copied while the
 * page keeps the exact look of the board. The text uses a Type0 font with Identity-H encoding and
 * a ToUnicode CMap: each distinct character gets a CID of its own, and extraction maps it back
 * to Unicode, Chinese and emoji included, without embedding a CJK font (invisible glyphs are
 * never drawn, so no font program is needed).
 */

export interface PdfPage {
  widthPt: number;
  heightPt: number;
  image: { width: number; height: number; zlibRgb: Uint8Array };
  /** Where the image goes on the page, in points from the bottom-left corner. */
  place: { x: number; y: number; w: number; h: number };
  /** Invisible text over the image, in points from the bottom-left corner. */
  text?: readonly PdfText[];
}

export interface PdfText {
  text: string;
  /** Start of the baseline. */
  x: number;
  y: number;
  size: number;
  /** Advance width the text should span (so a selection covers the drawn words). */
  width: number;
}

const enc = new TextEncoder();

/** A PDF text string in UTF-16BE hex, so Chinese titles survive in the document info. */
function pdfText(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

/** One CID per distinct character (a code point, so emoji stay whole), from 1. */
class Cids {
  readonly byChar = new Map<string, number>();
  hex(text: string): string {
    let out = '';
    for (const ch of text) {
      let cid = this.byChar.get(ch);
      if (cid === undefined) this.byChar.set(ch, (cid = this.byChar.size + 1));
      out += cid.toString(16).padStart(4, '0');
    }
    return out;
  }
  /** The ToUnicode CMap: CID → UTF-16BE, in blocks of at most 100 as the format asks. */
  toUnicode(): string {
    const entries = [...this.byChar].map(([ch, cid]) => {
      let u = '';
      for (let i = 0; i < ch.length; i++) u += ch.charCodeAt(i).toString(16).padStart(4, '0');
      return `<${cid.toString(16).padStart(4, '0')}> <${u}>`;
    });
    const blocks: string[] = [];
    for (let i = 0; i < entries.length; i += 100) blocks.push(`${Math.min(100, entries.length - i)} beginbfchar\n${entries.slice(i, i + 100).join('\n')}\nendbfchar`);
    return [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <FFFF>',
      'endcodespacerange',
      ...blocks,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
    ].join('\n');
  }
}

function textOps(runs: readonly PdfText[], cids: Cids): string {
  const ops: string[] = ['BT', '3 Tr'];
  for (const r of runs) {
    const chars = [...r.text].length;
    if (!chars || r.size <= 0) continue;
    // Every glyph advances 1 em (the font's default width); scale horizontally to the drawn width.
    const tz = Math.max(1, Math.min(1000, (100 * r.width) / (chars * r.size)));
    ops.push(`/F1 ${n(r.size)} Tf ${n(tz)} Tz 1 0 0 1 ${n(r.x)} ${n(r.y)} Tm <${cids.hex(r.text)}> Tj`);
  }
  ops.push('ET');
  return ops.join('\n');
}

export function buildPdf(pages: readonly PdfPage[], info: { title: string }): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? enc.encode(part) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (num: number, body: string, stream?: Uint8Array) => {
    offsets[num] = length;
    push(`${num} 0 obj\n${body}\n`);
    if (stream) {
      push('stream\n');
      push(stream);
      push('\nendstream\n');
    }
    push('endobj\n');
  };

  push('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n');
  // Objects 4–7 are the text font (Type0, its CIDFont, descriptor, ToUnicode); pages follow.
  const FONT = 4;
  const pageNums = pages.map((_, i) => 8 + i * 3);
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${pageNums.map((p) => `${p} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  object(3, `<< /Title ${pdfText(info.title)} /Producer (Journeyprint) >>`);
  const cids = new Cids();
  const contents = pages.map((page) => {
    const { x, y, w, h } = page.place;
    return `q ${n(w)} 0 0 ${n(h)} ${n(x)} ${n(y)} cm /Im0 Do Q${page.text?.length ? `\n${textOps(page.text, cids)}` : ''}`;
  });
  object(FONT, `<< /Type /Font /Subtype /Type0 /BaseFont /JourneyprintText /Encoding /Identity-H /DescendantFonts [${FONT + 1} 0 R] /ToUnicode ${FONT + 3} 0 R >>`);
  object(FONT + 1, `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /JourneyprintText /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${FONT + 2} 0 R /DW 1000 /CIDToGIDMap /Identity >>`);
  object(FONT + 2, '<< /Type /FontDescriptor /FontName /JourneyprintText /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>');
  const cmap = enc.encode(cids.toUnicode());
  object(FONT + 3, `<< /Length ${cmap.length} >>`, cmap);
  pages.forEach((page, i) => {
    const p = pageNums[i]!;
    const content = enc.encode(contents[i]!);
    object(p, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${n(page.widthPt)} ${n(page.heightPt)}] /Resources << /XObject << /Im0 ${p + 2} 0 R >> /Font << /F1 ${FONT} 0 R >> >> /Contents ${p + 1} 0 R >>`);
    object(p + 1, `<< /Length ${content.length} >>`, content);
    const img = page.image;
    object(p + 2, `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${img.zlibRgb.length} >>`, img.zlibRgb);
  });
  const xref = length;
  const count = 8 + pages.length * 3;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let i = 1; i < count; i++) push(`${String(offsets[i]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`);

  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export type Paper = 'a4' | 'a3' | 'fit';

/** Landscape paper sizes in points. */
export const PAPER: Record<Exclude<Paper, 'fit'>, { w: number; h: number }> = {
  a4: { w: 841.89, h: 595.28 },
  a3: { w: 1190.55, h: 841.89 },
};

/** 1 CSS px = 0.75 pt (96 dpi). Below half that, 14 px card text would print under 5 pt. */
const MAX_PT_PER_PX = 0.75;
const MIN_PT_PER_PX = 0.5;
const MARGIN_PT = 24;
/** The PDF format's largest page side. */
export const MAX_PAGE_PT = 14_400;

export interface PagePlan {
  widthPt: number;
  heightPt: number;
  /** Points per layout pixel on this page. */
  scale: number;
  /** Indexes of the steps on this page (all of them for a single page). */
  steps: number[];
}

/**
 * Splits a map over pages. On A4/A3 the whole map goes on one page if its text stays readable;
 * otherwise it is split by step columns at a readable scale, every page repeating the headers.
 * `fit` makes one page the size of the map.
 */
export function planPages(args: { paper: Paper; width: number; height: number; fixedWidth: number; stepWidth: number; stepCount: number; stageSizes?: readonly number[] }): PagePlan[] {
  const all = Array.from({ length: args.stepCount }, (_, i) => i);
  if (args.paper === 'fit') {
    const scale = Math.min(MAX_PT_PER_PX, MAX_PAGE_PT / args.width, MAX_PAGE_PT / args.height);
    return [{ widthPt: args.width * scale, heightPt: args.height * scale, scale, steps: all }];
  }
  const page = PAPER[args.paper];
  const availW = page.w - 2 * MARGIN_PT;
  const availH = page.h - 2 * MARGIN_PT;
  const whole = Math.min(MAX_PT_PER_PX, availW / args.width, availH / args.height);
  if (whole >= MIN_PT_PER_PX || args.stepCount <= 1) return [{ widthPt: page.w, heightPt: page.h, scale: whole, steps: all }];
  const scale = Math.min(MAX_PT_PER_PX, availH / args.height);
  const perPage = Math.max(1, Math.floor((availW / scale - args.fixedWidth) / args.stepWidth));
  return packStages(args.stageSizes ?? [args.stepCount], perPage).map((steps) => ({ widthPt: page.w, heightPt: page.h, scale, steps }));
}

/**
 * Step indexes per page: whole stages while they fit (a stage is never split when it fits on a
 * page), a stage longer than a page split into full pages of its own.
 */
export function packStages(stageSizes: readonly number[], perPage: number): number[][] {
  const pages: number[][] = [];
  let current: number[] = [];
  let at = 0;
  for (const size of stageSizes) {
    const steps = Array.from({ length: size }, (_, i) => at + i);
    at += size;
    if (current.length + size <= perPage) {
      current.push(...steps);
      continue;
    }
    if (current.length) pages.push(current);
    current = [];
    for (let i = 0; i < steps.length; i += perPage) {
      const chunk = steps.slice(i, i + perPage);
      if (chunk.length === perPage) pages.push(chunk);
      else current = chunk;
    }
  }
  if (current.length) pages.push(current);
  return pages;
}

export const PDF_MARGIN_PT = MARGIN_PT;
