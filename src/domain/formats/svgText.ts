/**
 * The text of an SVG this app wrote, with where each run sits: for the PDF's searchable text
 * layer (the page is the rasterised SVG, the text goes on top of it, invisible) and for tests.
 * It reads only what buildSvg and the slide writer emit: <g transform="translate()">,
 * nested <svg x y width height viewBox>, <text x y font-size text-anchor> and <tspan x dy>.
 */

export interface TextRun {
  text: string;
  /** Start of the baseline, in the outer SVG's pixels, after text-anchor. */
  x: number;
  y: number;
  /** Font size in the outer SVG's pixels. */
  size: number;
  /** Advance width in the outer SVG's pixels (measured). */
  width: number;
}

interface Frame {
  dx: number;
  dy: number;
  k: number;
  tag: string;
}

const ATTR = /([\w-]+)="([^"]*)"/g;

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) out[m[1]!] = m[2]!;
  return out;
}

export function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e[1] === 'x' || e[1] === 'X' ? String.fromCodePoint(parseInt(e.slice(2), 16)) : String.fromCodePoint(Number(e.slice(1))),
  );
}

/** Text runs of an SVG, each measured at 1 px by `measure` (font size scales it). */
export function svgTextRuns(svg: string, measure: (text: string) => number, measureSize = 14): TextRun[] {
  const runs: TextRun[] = [];
  const stack: Frame[] = [{ dx: 0, dy: 0, k: 1, tag: 'root' }];
  let text: { x: number; y: number; size: number; anchor: string } | null = null;
  let pending: { x: number; y: number } | null = null;
  const top = () => stack[stack.length - 1]!;
  const emit = (raw: string) => {
    const t = unescapeXml(raw);
    if (!text || !pending || !t.trim()) return;
    const f = top();
    const size = text.size * f.k;
    const width = measure(t) * (text.size / measureSize) * f.k;
    let x = f.dx + pending.x * f.k;
    if (text.anchor === 'middle') x -= width / 2;
    else if (text.anchor === 'end') x -= width;
    runs.push({ text: t, x, y: f.dy + pending.y * f.k, size, width });
  };
  for (const m of svg.matchAll(/<(\/?)(g|svg|text|tspan|title|style|defs)\b([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, close, tag, rest, selfClose, content] = m;
    if (content !== undefined) {
      if (text && !['title', 'style', 'defs'].includes(top().tag)) emit(content);
      continue;
    }
    if (close) {
      if (tag === 'text') text = pending = null;
      else if (tag !== 'tspan') stack.pop();
      continue;
    }
    const a = attrs(rest ?? '');
    if (tag === 'g' || tag === 'svg' || tag === 'title' || tag === 'style' || tag === 'defs') {
      if (selfClose) continue;
      const f = top();
      let dx = f.dx;
      let dy = f.dy;
      let k = f.k;
      const tr = /translate\(\s*([-\d.]+)[ ,]+([-\d.]+)\s*\)/.exec(a.transform ?? '');
      if (tr) {
        dx += Number(tr[1]) * k;
        dy += Number(tr[2]) * k;
      }
      if (tag === 'svg' && stack.length > 1 && a.viewBox) {
        // A nested drawing scaled into its box (slides place the board's image this way).
        const [vx, vy, vw] = a.viewBox.split(/[ ,]+/).map(Number) as [number, number, number, number];
        const scale = Number(a.width) / vw;
        dx += Number(a.x ?? 0) * k - vx * scale * k;
        dy += Number(a.y ?? 0) * k - vy * scale * k;
        k *= scale;
      }
      stack.push({ dx, dy, k, tag: tag! });
      continue;
    }
    if (tag === 'text') {
      text = { x: Number(a.x ?? 0), y: Number(a.y ?? 0), size: Number(a['font-size'] ?? 16), anchor: a['text-anchor'] ?? 'start' };
      pending = { x: text.x, y: text.y };
      if (selfClose) text = pending = null;
    } else if (tag === 'tspan' && text && pending) {
      pending = { x: a.x !== undefined ? Number(a.x) : pending.x, y: pending.y + Number(a.dy ?? 0) };
    }
  }
  return runs;
}
