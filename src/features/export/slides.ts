import { buildPdf, type PdfPage } from '../../domain/formats/pdf';
import { lineHeightOf, SLIDE_H, SLIDE_W, type Prim } from '../../domain/slides';
import type { JourneyMap } from '../../domain/types';
import { fileName } from '../../ui/download';
import type { DeckSlide } from '../present/deck';
import { pdfTextLayer, type ExportResult } from './exporters';
import { canvasToZlibRgb, rasterize, startEncoder } from './raster';

/** A 16:9 page: 1280 × 720 px at 96 dpi is 960 × 540 pt (13.33 × 7.5 in, PowerPoint's widescreen). */
const PAGE_W = 960;
const PAGE_H = 540;

/** Slides as a PDF, one a page: each slide's picture at 2× with its text as real text over it. */
export async function exportSlidesPdf(doc: JourneyMap, slides: readonly DeckSlide[]): Promise<ExportResult> {
  const pages: Promise<PdfPage>[] = [];
  // One worker compresses every slide: the previous one while this one is drawn, one at a time.
  const encoder = startEncoder();
  try {
    for (const s of slides) {
      const r = await rasterize(s.svg, SLIDE_W, SLIDE_H, 2, '#ffffff');
      const place = { x: 0, y: 0, w: PAGE_W, h: PAGE_H };
      const { width, height } = r.canvas;
      await pages.at(-1);
      const text = pdfTextLayer(s.svg, place, SLIDE_W);
      pages.push(canvasToZlibRgb(r.canvas, encoder).then((zlibRgb) => ({ widthPt: PAGE_W, heightPt: PAGE_H, image: { width, height, zlibRgb }, place, text })));
    }
    await Promise.all(pages);
  } finally {
    encoder?.terminate();
  }
  const bytes = buildPdf(await Promise.all(pages), { title: doc.title });
  return { blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }), name: fileName(doc.title, 'pdf'), pages: pages.length };
}

const IN = 1 / 96; // slide pixels to inches
const PT = 0.75; // pixels to points
const hex = (c: string) => c.replace('#', '').toUpperCase();
const FONT = 'Microsoft YaHei';

type Slide = ReturnType<InstanceType<typeof import('pptxgenjs').default>['addSlide']>;

function textOpts(p: Extract<Prim, { t: 'text' }>) {
  return {
    x: p.x * IN,
    y: p.y * IN,
    w: p.w * IN,
    h: Math.max(1, p.lines.length) * lineHeightOf(p) * IN,
    fontSize: p.size * PT,
    fontFace: FONT,
    color: hex(p.color),
    bold: !!p.bold,
    align: p.align ?? 'left',
    valign: 'top' as const,
    margin: 0,
    lineSpacing: lineHeightOf(p) * PT,
  };
}

/** One display-list item as PowerPoint shapes: text stays text, a card is a shape holding its words. */
function addPrim(pptx: InstanceType<typeof import('pptxgenjs').default>, slide: Slide, p: Prim, images?: ReadonlyMap<string, string>): void {
  switch (p.t) {
    case 'image': {
      const box = { x: p.x * IN, y: p.y * IN, w: p.w * IN, h: p.h * IN };
      const data = images?.get(p.hash);
      // A picture, cropped to fill its box like the board's; where this device lacks it, a tinted box.
      if (data) slide.addImage({ data, ...box, sizing: { type: 'cover', w: box.w, h: box.h }, altText: p.alt });
      else slide.addShape(pptx.ShapeType.rect, { ...box, fill: { color: 'ECEFF1' }, line: { type: 'none' } });
      return;
    }
    case 'rect': {
      const box = { x: p.x * IN, y: p.y * IN, w: p.w * IN, h: p.h * IN, fill: { color: hex(p.fill) }, line: p.stroke ? { color: hex(p.stroke), width: 0.75 } : { type: 'none' as const } };
      const shape = p.radius ? pptx.ShapeType.roundRect : pptx.ShapeType.rect;
      const radius = p.radius ? { rectRadius: Math.min(0.5, p.radius / Math.min(p.w, p.h)) } : {};
      if (p.text) {
        const inset = (p.text.x - p.x) * PT;
        // An image card's words start below its photo (the image is its own shape, on top).
        const below = p.text.y - p.y > 2 * (p.text.x - p.x) ? (p.text.y - p.y) * PT : inset;
        slide.addText(p.text.lines.join('\n'), { ...box, ...radius, shape, fontSize: p.text.size * PT, fontFace: FONT, color: hex(p.text.color), bold: !!p.text.bold, align: p.text.align ?? 'left', valign: 'top', margin: [inset * 0.8, inset, 0, below], lineSpacing: lineHeightOf(p.text) * PT });
      } else slide.addShape(shape, { ...box, ...radius });
      return;
    }
    case 'text':
      slide.addText(p.lines.join('\n'), textOpts(p));
      return;
    case 'line':
      addLine(pptx, slide, p.x1, p.y1, p.x2, p.y2, { color: hex(p.color), width: p.width * PT, dashType: p.dash ? 'dash' : 'solid', endArrowType: p.arrow ? 'triangle' : undefined, beginArrowType: p.arrow === 'both' ? 'triangle' : undefined });
      return;
    case 'poly':
      p.points.slice(1).forEach((q, i) => {
        const a = p.points[i]!;
        const last = i === p.points.length - 2;
        addLine(pptx, slide, a.x, a.y, q.x, q.y, { color: hex(p.color), width: p.width * PT, endArrowType: last && p.arrow ? 'triangle' : undefined, beginArrowType: i === 0 && p.arrow === 'both' ? 'triangle' : undefined });
      });
      return;
    case 'circle':
      slide.addShape(pptx.ShapeType.ellipse, { x: (p.cx - p.r) * IN, y: (p.cy - p.r) * IN, w: 2 * p.r * IN, h: 2 * p.r * IN, fill: { color: hex(p.fill) }, line: p.stroke ? { color: hex(p.stroke), width: 2 } : { type: 'none' } });
      return;
  }
}

type LineProps = { color: string; width: number; dashType?: 'dash' | 'solid'; endArrowType?: 'triangle'; beginArrowType?: 'triangle' };

/** A line from (x1,y1) to (x2,y2): PowerPoint draws lines in a box, flipped for the other directions. */
function addLine(pptx: InstanceType<typeof import('pptxgenjs').default>, slide: Slide, x1: number, y1: number, x2: number, y2: number, line: LineProps): void {
  if (x1 === x2 && y1 === y2) return;
  slide.addShape(pptx.ShapeType.line, {
    x: Math.min(x1, x2) * IN,
    y: Math.min(y1, y2) * IN,
    w: Math.abs(x2 - x1) * IN,
    h: Math.abs(y2 - y1) * IN,
    flipH: x2 < x1,
    flipV: y2 < y1,
    line,
  });
}

/** Slides as PowerPoint (widescreen): every item an editable shape or text box. */
export async function exportSlidesPptx(doc: JourneyMap, slides: readonly DeckSlide[], images?: ReadonlyMap<string, string>): Promise<ExportResult> {
  // Loaded on demand: the writer is large and only this export needs it.
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = doc.title;
  for (const s of slides) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    for (const p of s.prims) addPrim(pptx, slide, p, images);
  }
  const blob = (await pptx.write({ outputType: 'blob' })) as Blob;
  return { blob: new Blob([blob], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' }), name: fileName(doc.title, 'pptx'), pages: slides.length };
}
