import { describe, expect, it } from 'vitest';
import { laneOf, makeMap, stepIds } from '../../test/fixtures';
import { analyzeJourney } from '../analysis';
import { addComment, replyComment, setResolved } from '../comments';
import * as edit from '../edit';
import { METRICS, layoutMap } from '../layout';
import type { JourneyMap } from '../types';
import { estimateMeasure } from '../wrap';
import { buildSvg, type SvgOptions } from './svg';
import { commentedItems, commentListPages } from './svgComments';
import { svgTextRuns } from './svgText';

const measure = estimateMeasure(METRICS.fontSize);
const ann = { id: 'ann-0001', name: 'Ann', color: '#1971c2' };
const labels = { heading: 'Comments', kind: { card: 'Card', step: 'Step', stage: 'Stage' } };
const svgLabels = { lines: { interaction: 'i', visibility: 'v', internal: 'n' }, peak: 'Peak', end: 'End', floor: 'Floor', failPoint: 'F', wait: 'W', persona: 'P', scenario: 'S', channel: (c: string) => c, duration: String, waitTotal: String } as SvgOptions['labels'];

function commented(): JourneyMap {
  let m = makeMap();
  const steps = stepIds(m);
  m = edit.addCard(m, { cardId: 'c1', laneId: laneOf(m, 'customer'), stepId: steps[2]!, text: 'Waits in line' });
  m = edit.addCard(m, { cardId: 'c2', laneId: laneOf(m, 'customer'), stepId: steps[0]!, text: 'Books online' });
  m = addComment(m, { id: 'k1', target: { kind: 'card', id: 'c1' }, text: 'Too long <b>&', author: ann, now: 1 });
  m = replyComment(m, { id: 'k2', parentId: 'k1', text: '同意，排队 20 分钟', author: { ...ann, id: 'bo', name: '小李' }, now: 2 });
  m = addComment(m, { id: 'k3', target: { kind: 'step', id: steps[0]! }, text: 'Rename this step', author: ann, now: 3 });
  m = addComment(m, { id: 'k4', target: { kind: 'card', id: 'c2' }, text: 'Done already', author: ann, now: 4 });
  return setResolved(m, { id: 'k4', resolved: true });
}

const svg = (map: JourneyMap, withComments: boolean) => {
  const layout = layoutMap(map, measure);
  const opts: SvgOptions = { labels: svgLabels, measure, background: 'white', moments: analyzeJourney(map) };
  return buildSvg(map, layout, withComments ? { ...opts, comments: { items: commentedItems(map, layout), labels, list: true } } : opts);
};

describe('comments in exported images', () => {
  it('numbers the items with open threads in reading order; resolved threads are left out', () => {
    const map = commented();
    const items = commentedItems(map, layoutMap(map, measure));
    expect(items.map((i) => [i.n, i.target.kind, i.name, i.threads.length])).toEqual([
      [1, 'step', 'Step 1', 1],
      [2, 'card', 'Waits in line', 1],
    ]);
  });

  it('draws markers and the list only when asked, text escaped and searchable', () => {
    const map = commented();
    const plain = svg(map, false);
    expect(plain.svg).not.toContain('comment-marker');
    expect(plain.svg).not.toContain('Too long');
    const withComments = svg(map, true);
    expect(withComments.svg.match(/class="comment-marker"/g)).toHaveLength(4); // two on the map, two in the list
    expect(withComments.svg).toContain('Too long &lt;b&gt;&amp;');
    expect(withComments.height).toBeGreaterThan(plain.height + 100);
    const text = svgTextRuns(withComments.svg, measure).map((r) => r.text);
    expect(text).toEqual(expect.arrayContaining(['Comments', 'Card: Waits in line', 'Ann:', '小李:', '同意，排队 20 分钟', 'Step: Step 1']));
    expect(text).not.toContain('Done already');
  });

  it('splits a long list over pages, never cutting an item', () => {
    let map = commented();
    for (let i = 0; i < 30; i++) map = replyComment(map, { id: `r${i}`, parentId: 'k3', text: `reply ${i} `.repeat(12), author: ann, now: 10 + i });
    const items = commentedItems(map, layoutMap(map, measure));
    const pages = commentListPages(items, labels, 1000, 700, measure, 'sans-serif');
    expect(pages.length).toBe(2);
    expect(pages[0]!.svg).toContain('data-n="1"');
    expect(pages[1]!.svg).toContain('data-n="2"');
    expect(pages[1]!.height).toBeLessThanOrEqual(700);
  });
});
