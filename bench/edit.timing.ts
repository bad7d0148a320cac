import { it } from 'vitest';
import * as Y from 'yjs';
import { analyzeJourney } from '../src/domain/analysis';
import { updateCard } from '../src/domain/edit';
import { layoutMap, METRICS } from '../src/domain/layout';
import { routeMap } from '../src/domain/routing';
import { estimateMeasure } from '../src/domain/wrap';
import { createEdgeBuilder, createNodeBuilder } from '../src/features/board/buildNodes';
import { DocumentSession } from '../src/session/DocumentSession';
import { writeMap } from '../src/sync/write';
import { generateMap } from './generate';

/**
 * What one card edit costs on the main thread at 500, 2,000 and 5,000 cards, stage by stage
 * (run: npx vitest run -c bench/routing.config.ts bench/edit.timing.ts). The browser bench counts
 * the long tasks; this says where a long task's time goes, in CPU time (so a loaded machine
 * does not distort it). Prints numbers, asserts nothing.
 */
const measure = estimateMeasure(METRICS.fontSize);
const labelWidth = (s: string) => measure(s) * (12 / METRICS.fontSize);

/** CPU time of this process in ms: unlike the wall clock, it does not count time other processes took (a busy machine). */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

it('edit pipeline cost', () => {
  for (const cards of [500, 2000, 5000]) {
    const map = generateMap(cards);
    const doc = new Y.Doc();
    writeMap(doc, null, map, 'storage');
    const session = new DocumentSession(map.id, doc);
    const nodes = createNodeBuilder();
    const edges = createEdgeBuilder(labelWidth);
    let snap = session.map!;
    let layout = layoutMap(snap, measure);
    nodes(snap, layout, analyzeJourney(snap));
    edges(snap, layout, null);
    const t: Record<string, number[]> = { write: [], snapshot: [], layout: [], analysis: [], route: [], nodes: [], edges: [], total: [] };
    for (let i = 0; i < 40; i++) {
      const card = snap.cards[(i * 7919) % snap.cards.length]!;
      const t0 = cpu();
      session.applyEdit(updateCard, { cardId: card.id, patch: { text: `${card.text}${i % 2 ? 'x' : 'y'}` } });
      const t1 = cpu();
      snap = session.map!;
      const t2 = cpu();
      layout = layoutMap(snap, measure);
      const t3 = cpu();
      const analysis = analyzeJourney(snap);
      const t4 = cpu();
      routeMap(layout, snap.connections, labelWidth);
      const t5 = cpu();
      nodes(snap, layout, analysis);
      const t6 = cpu();
      edges(snap, layout, null);
      const t7 = cpu();
      t.write!.push(t1 - t0);
      t.snapshot!.push(t2 - t1);
      t.layout!.push(t3 - t2);
      t.analysis!.push(t4 - t3);
      t.route!.push(t5 - t4);
      t.nodes!.push(t6 - t5);
      t.edges!.push(t7 - t6);
      t.total!.push(t7 - t0);
    }
    console.log(`edit at ${cards} cards (median ms): ${Object.entries(t).map(([k, v]) => `${k} ${median(v).toFixed(2)}`).join(', ')}`);
    void session.close();
  }
});
