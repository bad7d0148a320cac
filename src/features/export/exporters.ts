import type { TFunction } from 'i18next';
import { channelLabel } from '../../i18n/channelLabel';
import { analyzeJourney } from '../../domain/analysis';
import { exportCsv } from '../../domain/formats/csv';
import { exportJson } from '../../domain/formats/json';
import { exportMermaid } from '../../domain/formats/mermaid';
import { buildPdf, PAPER, planPages, PDF_MARGIN_PT, type Paper, type PdfPage, type PdfText } from '../../domain/formats/pdf';
import { svgTextRuns } from '../../domain/formats/svgText';
import { buildSvg, SVG_MARGIN, type SvgLabels } from '../../domain/formats/svg';
import { commentedItems, commentListPages, type CommentedItem, type CommentLabels } from '../../domain/formats/svgComments';
import { CARD_FONT_FAMILY, layoutMap, METRICS } from '../../domain/layout';
import { sliceSteps } from '../../domain/slice';
import type { JourneyMap } from '../../domain/types';
import { fileName } from '../../ui/download';
import { measureText } from '../board/measure';
import * as instrument from '../../instrument';
import { canvasToZlibRgb, encodePng, limitOf, MAX_PNG_PIXELS, rasterize, startEncoder, type Raster } from './raster';
import { imageHrefs, imagesSection } from '../images/hrefs';

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'json' | 'csv' | 'mermaid';

export interface ExportRequest {
  format: ExportFormat;
  scale: 1 | 2 | 3;
  background: 'white' | 'transparent';
  paper: Paper;
  /** Steps to include in images; null for the whole map. */
  stepIds: ReadonlySet<string> | null;
  /** Images only: numbered comment markers and the list of open threads (off unless asked). */
  comments?: boolean;
}

export interface ExportResult {
  blob: Blob;
  name: string;
  /** Facts worth telling: pixel size, pages, a scale reduced to fit the browser's limits. */
  width?: number;
  height?: number;
  pages?: number;
  reducedFrom?: number;
  /** Why the scale was reduced: a side too long for a canvas, the PNG pixel limit, or the browser's memory. */
  reducedBy?: 'side' | 'pixels' | 'memory';
  scale?: number;
}

export function svgLabels(t: TFunction): SvgLabels {
  return {
    lines: { interaction: t('lines.interaction'), visibility: t('lines.visibility'), internal: t('lines.internal') },
    peak: t('analysis.peak'),
    end: t('analysis.end'),
    floor: t('inspector.toleranceFloor'),
    failPoint: t('inspector.failPoint'),
    wait: t('export.waitLegend'),
    persona: t('inspector.persona'),
    scenario: t('inspector.scenario'),
    channel: (c) => channelLabel(t, c),
    marks: { keyMoment: t('insight.chipKeyMoment'), surprise: t('insight.chipSurprise') },
    // The step header's words, as the board writes them (exports use the interface language).
    duration: (min) => t('inspector.minutes', { count: min }),
    waitTotal: (min) => t('board.stepWait', { min }),
    imageMissing: t('images.missing'),
  };
}

export function commentLabels(t: TFunction): CommentLabels {
  return { heading: t('comments.exportHeading'), kind: { card: t('comments.on.card'), step: t('comments.on.step'), stage: t('comments.on.stage') } };
}

/**
 * The map (or the chosen part of it) as SVG: the shared layout, the whole map's peak and end.
 * With comments asked for: markers numbered for the part shown (or the given numbering, the
 * same on every page of a PDF) and, unless `list` is false, the threads below the map.
 */
export function mapSvg(
  map: JourneyMap,
  req: Pick<ExportRequest, 'background' | 'stepIds' | 'comments'>,
  t: TFunction,
  chrome = true,
  images?: ReadonlyMap<string, string>,
  numbered?: { items: readonly CommentedItem[]; list: boolean },
) {
  const part = req.stepIds ? sliceSteps(map, req.stepIds) : map;
  const layout = layoutMap(part, measureText);
  const c = req.comments ? (numbered ?? { items: commentedItems(part, layout), list: true }) : null;
  return buildSvg(part, layout, {
    labels: svgLabels(t),
    measure: measureText,
    background: req.background,
    moments: analyzeJourney(map),
    chrome,
    images,
    ...(c ? { comments: { ...c, labels: commentLabels(t) } } : {}),
  });
}

export async function runExport(map: JourneyMap, req: ExportRequest, t: TFunction): Promise<ExportResult> {
  const name = (ext: string) => fileName(map.title, ext);
  switch (req.format) {
    case 'json':
      return { blob: new Blob([exportJson(map, await imagesSection([map]))], { type: 'application/json' }), name: name('json') };
    case 'csv':
      return { blob: new Blob([exportCsv(map)], { type: 'text/csv;charset=utf-8' }), name: name('csv') };
    case 'mermaid':
      return { blob: new Blob([exportMermaid(map)], { type: 'text/plain;charset=utf-8' }), name: name('mmd') };
    case 'svg': {
      const { svg, width, height } = mapSvg(map, req, t, true, await imageHrefs(map));
      return { blob: new Blob([svg], { type: 'image/svg+xml' }), name: name('svg'), width, height };
    }
    case 'png': {
      const images = await imageHrefs(map);
      const t0 = instrument.now();
      const { svg, width, height } = mapSvg(map, req, t, true, images);
      const t1 = instrument.now();
      const encoder = startEncoder();
      let r: Raster;
      try {
        // A white export's SVG paints its own background (buildSvg): no fill under it.
        r = await rasterize(svg, width, height, req.scale, req.background === 'white' ? '#ffffff' : null, req.background === 'white', MAX_PNG_PIXELS);
      } catch (error) {
        encoder?.terminate();
        throw error;
      }
      const t2 = instrument.now();
      const blob = await encodePng(r.canvas, encoder);
      // Phase times, for the benchmark's breakdown of export cost.
      instrument.record('export:svg', t1 - t0);
      instrument.record('export:raster', t2 - t1);
      instrument.record('export:encode', instrument.now() - t2);
      instrument.record('export:megapixels', (r.canvas.width * r.canvas.height) / 1e6);
      const reduced = r.scale < req.scale - 1e-6;
      const reducedBy = reduced ? (limitOf(width, height, req.scale, MAX_PNG_PIXELS) ?? 'memory') : undefined;
      return { blob, name: name('png'), width: r.canvas.width, height: r.canvas.height, scale: r.scale, reducedFrom: reduced ? req.scale : undefined, reducedBy };
    }
    case 'pdf':
      return exportPdf(map, req, t, name('pdf'));
  }
}

/** The SVG's text, placed where the image shows it on the page (PDF points, from the bottom). */
export function pdfTextLayer(svg: string, place: PdfPage['place'], svgWidth: number): PdfText[] {
  const k = place.w / svgWidth;
  return svgTextRuns(svg, measureText).map((r) => ({ text: r.text, x: place.x + r.x * k, y: place.y + place.h - r.y * k, size: r.size * k, width: r.width * k }));
}

/** PDF: each page a lossless raster at about 200 dpi, so text stays sharp when printed, with its text as real (invisible) text over it. */
async function exportPdf(map: JourneyMap, req: ExportRequest, t: TFunction, fname: string): Promise<ExportResult> {
  const part = req.stepIds ? sliceSteps(map, req.stepIds) : map;
  const images = await imageHrefs(part);
  // Comments: one numbering for every page; the list below the map on a fitted page, else on pages of its own.
  const items = req.comments ? commentedItems(part, layoutMap(part, measureText)) : [];
  const numbered = { items, list: req.paper === 'fit' };
  const whole = mapSvg(map, { background: 'white', stepIds: req.stepIds, comments: req.comments }, t, true, images, numbered);
  const steps = part.stages.flatMap((s) => s.steps);
  const plans = planPages({
    paper: req.paper,
    width: whole.width,
    height: whole.height,
    fixedWidth: METRICS.laneHeaderWidth + 2 * SVG_MARGIN,
    stepWidth: METRICS.stepWidth,
    stepCount: steps.length,
    stageSizes: part.stages.map((s) => s.steps.length),
  });
  const pages: Promise<PdfPage>[] = [];
  let reduced = false;
  for (const plan of plans) {
    const ids = plan.steps.length === steps.length ? req.stepIds : new Set(plan.steps.map((i) => steps[i]!.id));
    const { svg, width, height } = plans.length === 1 ? whole : mapSvg(map, { background: 'white', stepIds: ids, comments: req.comments }, t, true, images, numbered);
    const wantPx = plan.scale * (200 / 72); // image pixels per layout pixel at 200 dpi
    const r = await rasterize(svg, width, height, wantPx, '#ffffff', true); // a white SVG: it paints its own background
    reduced ||= r.scale < wantPx - 1e-6;
    const w = width * plan.scale;
    const h = height * plan.scale;
    const margin = req.paper === 'fit' ? 0 : PDF_MARGIN_PT;
    const place = { x: req.paper === 'fit' ? 0 : (plan.widthPt - w) / 2, y: plan.heightPt - margin - h, w, h }; // centred across the page
    const { width: pw, height: ph } = r.canvas;
    // The previous page was compressed (in a worker) while this one was drawn; one at a time.
    await pages.at(-1);
    const text = pdfTextLayer(svg, place, width);
    pages.push(canvasToZlibRgb(r.canvas).then((zlibRgb) => ({ widthPt: plan.widthPt, heightPt: plan.heightPt, image: { width: pw, height: ph, zlibRgb }, place, text })));
  }
  if (req.paper !== 'fit' && items.length) {
    const paper = PAPER[req.paper];
    const LIST_WIDTH = 1000;
    const scale = Math.min(0.75, (paper.w - 2 * PDF_MARGIN_PT) / LIST_WIDTH);
    for (const page of commentListPages(items, commentLabels(t), LIST_WIDTH, (paper.h - 2 * PDF_MARGIN_PT) / scale, measureText, CARD_FONT_FAMILY)) {
      // One item with more replies than a page holds is printed smaller rather than cut.
      const k = Math.min(scale, (paper.h - 2 * PDF_MARGIN_PT) / page.height);
      const r = await rasterize(page.svg, page.width, page.height, k * (200 / 72), '#ffffff');
      const place = { x: (paper.w - page.width * k) / 2, y: paper.h - PDF_MARGIN_PT - page.height * k, w: page.width * k, h: page.height * k };
      await pages.at(-1);
      const text = pdfTextLayer(page.svg, place, page.width);
      const { width: pw, height: ph } = r.canvas;
      pages.push(canvasToZlibRgb(r.canvas).then((zlibRgb) => ({ widthPt: paper.w, heightPt: paper.h, image: { width: pw, height: ph, zlibRgb }, place, text })));
    }
  }
  const bytes = buildPdf(await Promise.all(pages), { title: map.title });
  return { blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }), name: fname, pages: pages.length, reducedFrom: reduced ? 1 : undefined };
}
