import { describe, expect, it } from 'vitest';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import * as edit from './edit';
import { METRICS, cellAt, emotionFromY, emotionY, layoutMap } from './layout';
import { estimateMeasure } from './wrap';

const measure = estimateMeasure(METRICS.fontSize);

describe('layoutMap', () => {
  it('places steps as columns and lanes as rows after the headers', () => {
    const map = makeMap();
    const layout = layoutMap(map, measure);
    expect(layout.steps.map((s) => s.x)).toEqual([180, 400, 620]);
    expect(layout.width).toBe(180 + 3 * METRICS.stepWidth);
    expect(layout.lanes[0]!.y).toBe(METRICS.stageHeaderHeight + METRICS.stepHeaderHeight);
    for (let i = 1; i < layout.lanes.length; i++) {
      expect(layout.lanes[i]!.y).toBe(layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.h);
    }
  });

  it('wraps long Chinese text and grows the row so nothing is cut off', () => {
    const map = makeMap();
    const customer = laneOf(map, 'customer');
    const [s1, s2] = stepIds(map);
    const before = layoutMap(map, measure).lanes[1]!.h;
    const long = '客户在App中提交宽带移机申请，系统却把新地址分配到了错误的片区，导致工单被退回，客户不得不再次致电客服重新登记。';
    let m = edit.addCard(map, { cardId: 'a', laneId: customer, stepId: s1!, text: long });
    m = edit.addCard(m, { cardId: 'b', laneId: customer, stepId: s1!, text: '短' });
    m = edit.addCard(m, { cardId: 'c', laneId: customer, stepId: s2!, text: 'short' });
    const layout = layoutMap(m, measure);
    const a = layout.cards.get('a')!;
    const b = layout.cards.get('b')!;
    expect(a.lines.length).toBeGreaterThan(3);
    expect(a.lines.join('')).toBe(long);
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.h);
    const lane = layout.lanes[1]!;
    expect(lane.h).toBeGreaterThan(before);
    expect(b.y + b.h).toBeLessThanOrEqual(lane.y + lane.h);
    // the row below moves down with it
    expect(layout.lanes[2]!.y).toBe(lane.y + lane.h);
    // every line fits the card's text width
    for (const line of a.lines) expect(measure(line)).toBeLessThanOrEqual(METRICS.stepWidth - 2 * METRICS.cellPadding - 2 * METRICS.cardPaddingX);
  });

  it('gives cards with badges room for them', () => {
    const map = makeMap();
    const customer = laneOf(map, 'customer');
    const [s1] = stepIds(map);
    let m = edit.addCard(map, { cardId: 'a', laneId: customer, stepId: s1!, text: 'x' });
    const plain = layoutMap(m, measure).cards.get('a')!.h;
    m = edit.updateCard(m, { cardId: 'a', patch: { failPoint: true } });
    expect(layoutMap(m, measure).cards.get('a')!.h).toBe(plain + METRICS.metaHeight);
  });

  it('draws the three blueprint lines between the right lanes, following lane moves', () => {
    const map = makeMap();
    const layout = layoutMap(map, measure);
    const y = (type: string) => layout.lanes.find((l) => l.type === type)!.y;
    expect(layout.lines).toEqual([
      { kind: 'interaction', y: y('frontstage') },
      { kind: 'visibility', y: y('backstage') },
      { kind: 'internal', y: y('support') },
    ]);
    // frontstage moved to the bottom: the interaction line follows it, and with no backstage
    // below a frontstage any more there is no line of visibility
    const moved = edit.moveLane(map, { laneId: laneOf(map, 'frontstage'), toIndex: 4 });
    const l2 = layoutMap(moved, measure);
    expect(l2.lines.find((l) => l.kind === 'interaction')!.y).toBe(l2.lanes.find((l) => l.type === 'frontstage')!.y);
    expect(l2.lines.map((l) => l.kind)).toEqual(['interaction', 'internal']);
    // a journey map has no blueprint lines
    expect(layoutMap(makeMap('journey'), measure).lines).toEqual([]);
  });

  it('maps emotions to the emotion row and back, skipping unset steps', () => {
    const map = makeMap('journey');
    const [s1] = stepIds(map);
    const m = edit.setEmotion(map, { stepId: s1!, value: 3 });
    const layout = layoutMap(m, measure);
    const lane = layout.lanes.find((l) => l.type === 'emotion')!;
    const points = layout.emotion.get(lane.id)!;
    expect(points[0]!.y).toBeLessThan(lane.y + lane.h / 2);
    expect(points[1]!.y).toBeNull();
    for (const v of [-3, -1, 0, 2, 3]) expect(emotionFromY(emotionY(v, 10), 10)).toBeCloseTo(v);
  });

  it('lays out after each edit exactly as from scratch, reusing the rows the edit did not touch', () => {
    // Rows are reused per measure function: a fresh wrapper each time builds from scratch.
    const fresh = () => layoutMap(m, (s) => measure(s));
    let m = makeMap();
    const customer = laneOf(m, 'customer');
    const backstage = laneOf(m, 'backstage');
    const [s1, s2, s3] = stepIds(m);
    const edits: ((x: typeof m) => typeof m)[] = [
      (x) => edit.addCard(x, { cardId: 'a', laneId: customer, stepId: s1!, text: 'first' }),
      (x) => edit.addCard(x, { cardId: 'b', laneId: backstage, stepId: s2!, text: '后台' }),
      (x) => edit.addCard(x, { cardId: 'c', laneId: customer, stepId: s1!, text: 'second' }),
      // a card grows: its row grows, the rows below move down
      (x) => edit.updateCard(x, { cardId: 'a', patch: { text: '客户在App中提交宽带移机申请，系统却把新地址分配到了错误的片区，导致工单被退回。' } }),
      (x) => edit.updateCard(x, { cardId: 'b', patch: { failPoint: true } }),
      (x) => edit.moveCard(x, { cardId: 'c', laneId: backstage, stepId: s3!, index: 0 }),
      (x) => edit.addStep(x, { stageId: x.stages[0]!.id, stepId: 'new-step', title: 'n', index: 0 }),
      (x) => edit.moveLane(x, { laneId: backstage, toIndex: 0 }),
      (x) => edit.updateLane(x, { laneId: customer, patch: { title: 'renamed' } }),
      (x) => edit.updateCard(x, { cardId: 'a', patch: { text: 'short again' } }),
      (x) => edit.deleteCard(x, { cardId: 'b' }),
      (x) => edit.deleteStep(x, { stepId: 'new-step' }),
    ];
    for (const e of edits) {
      layoutMap(m, measure);
      m = e(m);
      expect(layoutMap(m, measure)).toEqual(fresh());
    }
  });

  it('keeps the boxes of a row whose cards did not change', () => {
    let m = makeMap();
    const customer = laneOf(m, 'customer');
    const backstage = laneOf(m, 'backstage');
    const [s1] = stepIds(m);
    m = edit.addCard(m, { cardId: 'a', laneId: customer, stepId: s1!, text: 'a' });
    m = edit.addCard(m, { cardId: 'b', laneId: backstage, stepId: s1!, text: 'b' });
    const before = layoutMap(m, measure);
    const after = layoutMap(edit.updateCard(m, { cardId: 'a', patch: { text: 'a2' } }), measure);
    expect(after.cards.get('b')).toBe(before.cards.get('b'));
    expect(after.lanes.find((l) => l.id === backstage)).toBe(before.lanes.find((l) => l.id === backstage));
    expect(after.cards.get('a')).not.toBe(before.cards.get('a'));
    // taller card above: the row below moves down, in new boxes
    const taller = layoutMap(edit.updateCard(m, { cardId: 'a', patch: { text: 'a '.repeat(80) } }), measure);
    expect(taller.cards.get('b')!.y).toBeGreaterThan(before.cards.get('b')!.y);
    expect(before.cards.get('b')!.y).toBe(after.cards.get('b')!.y);
  });

  it('finds the cell under a point, and none in the emotion row', () => {
    const map = makeMap('journey');
    const layout = layoutMap(map, measure);
    const lane = layout.lanes[1]!;
    const step = layout.steps[2]!;
    expect(cellAt(layout, step.x + 5, lane.y + 5)).toEqual({ laneId: lane.id, stepId: step.id });
    const emotion = layout.lanes.find((l) => l.type === 'emotion')!;
    expect(cellAt(layout, step.x + 5, emotion.y + 5)).toBeNull();
    expect(cellAt(layout, 5, lane.y + 5)).toBeNull();
  });
});

describe('card font', () => {
  it('the stylesheet draws cards in the font the layout measures with', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');
    const { CARD_FONT_FAMILY } = await import('./layout');
    expect(css).toContain(`--card-font: ${CARD_FONT_FAMILY};`);
  });
});
