/**
 * A minimal PDF writer: each page shows one lossless RGB image (Flate, i.e. zlib-compressed
 * bytes) placed in a rectangle. Enough for print-sharp raster exports without a dependency.
 */

export interface PdfPage {
  widthPt: number;
  heightPt: number;
  image: { width: number; height: number; zlibRgb: Uint8Array };
  /** Where the image goes on the page, in points from the bottom-left corner. */
  place: { x: number; y: number; w: number; h: number };
}

const enc = new TextEncoder();

/** A PDF text string in UTF-16BE hex, so Chinese titles survive in the document info. */
function pdfText(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

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
  const pageNums = pages.map((_, i) => 4 + i * 3);
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, `<< /Type /Pages /Kids [${pageNums.map((p) => `${p} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  object(3, `<< /Title ${pdfText(info.title)} /Producer (Journeyprint) >>`);
  pages.forEach((page, i) => {
    const p = pageNums[i]!;
    const { x, y, w, h } = page.place;
    const content = enc.encode(`q ${n(w)} 0 0 ${n(h)} ${n(x)} ${n(y)} cm /Im0 Do Q`);
    object(p, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${n(page.widthPt)} ${n(page.heightPt)}] /Resources << /XObject << /Im0 ${p + 2} 0 R >> >> /Contents ${p + 1} 0 R >>`);
    object(p + 1, `<< /Length ${content.length} >>`, content);
    const img = page.image;
    object(p + 2, `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${img.zlibRgb.length} >>`, img.zlibRgb);
  });
  const xref = length;
  const count = 4 + pages.length * 3;
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
export function planPages(args: { paper: Paper; width: number; height: number; fixedWidth: number; stepWidth: number; stepCount: number }): PagePlan[] {
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
  const plans: PagePlan[] = [];
  for (let i = 0; i < args.stepCount; i += perPage) {
    plans.push({ widthPt: page.w, heightPt: page.h, scale, steps: all.slice(i, i + perPage) });
  }
  return plans;
}

export const PDF_MARGIN_PT = MARGIN_PT;
