// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCounter, laneOf, makeMap, stepIds } from '../../test/fixtures';
import { analyzeJourney } from '../analysis';
import * as edit from '../edit';
import { CARD_COLORS, CHANNELS, LANE_TYPES, LANES } from '../lanes';
import { METRICS, layoutMap } from '../layout';
import { canonical } from '../query';
import { sliceSteps } from '../slice';
import type { Comment } from '../comments';
import type { Card, JourneyMap } from '../types';
import { estimateMeasure } from '../wrap';
import { CSV_COLUMNS, exportCsv, importCsv, parseCsv } from './csv';
import { decodeText, detectFormat } from './decode';
import { ImportError } from './errors';
import { exportJson, importJson } from './json';
import { exportMermaid, fromMermaidScore, importMermaid, toMermaidScore } from './mermaid';
import { buildSvg, type SvgOptions } from './svg';

const measure = estimateMeasure(METRICS.fontSize);
const labels: SvgOptions['labels'] = {
  lines: { interaction: 'Line of interaction', visibility: 'Line of visibility', internal: 'Line of internal interaction' },
  peak: 'Peak',
  end: 'End',
  floor: 'Tolerance floor',
  failPoint: 'Fail point',
  wait: 'Wait',
  persona: 'Persona',
  scenario: 'Scenario',
  channel: (c) => c,
  duration: (m) => `${m} min`,
  waitTotal: (m) => `Wait ${m} min`,
};

function sample(): JourneyMap {
  let m = makeMap('blueprint');
  m = edit.addLane(m, { laneId: 'emo', type: 'emotion', title: '情绪曲线' });
  m = edit.addLane(m, { laneId: 'tp', type: 'touchpoint', title: '触点', index: 0 });
  const [s1, s2, s3] = stepIds(m);
  const customer = laneOf(m, 'customer');
  m = edit.addCard(m, { cardId: 'c1', laneId: customer, stepId: s1!, text: '拨打10000号 <script>alert(1)</script>' });
  m = edit.addCard(m, { cardId: 'c2', laneId: laneOf(m, 'frontstage'), stepId: s2!, text: 'Agent says "wait", then\nputs me on hold' });
  m = edit.updateCard(m, { cardId: 'c2', patch: { failPoint: true, waitMin: 12, color: 'pink' } });
  m = edit.addCard(m, { cardId: 'c3', laneId: 'tp', stepId: s1!, text: '=HYPERLINK("http://evil")' });
  m = edit.updateCard(m, { cardId: 'c3', patch: { channel: 'wechat' } });
  m = edit.addConnection(m, { id: 'k1', from: 'c1', to: 'c2', label: '转接 & <b>' });
  m = edit.setEmotion(m, { stepId: s1!, value: -1 });
  m = edit.setEmotion(m, { stepId: s2!, value: -3 });
  m = edit.setEmotion(m, { stepId: s3!, value: 2 });
  return edit.updateMapInfo(m, { persona: { name: '王女士', quote: 'I just want </text> to work' }, scenario: '搬家后办理宽带移机' });
}

function svgOf(map: JourneyMap) {
  const analysis = analyzeJourney(map);
  return buildSvg(map, layoutMap(map, measure), { labels, measure, background: 'white', moments: analysis });
}

describe('buildSvg', () => {
  it('is well-formed XML with every part of the map, text kept as text and escaped', () => {
    const { svg, width, height } = svgOf(sample());
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('b')).toHaveLength(0);
    const text = doc.documentElement.textContent!;
    for (const s of ['Test map', '王女士', 'I just want </text> to work', '搬家后办理宽带移机', 'Stage 1', 'Step 2', '拨打10000号 <script>alert(1)</script>', '转接 & <b>', 'Line of interaction', 'Line of visibility', 'Line of internal interaction', 'Peak', 'End', 'Tolerance floor', 'Fail point', 'W 12′', '情绪曲线', '触点', 'wechat']) {
      expect(text).toContain(s);
    }
    expect(doc.querySelectorAll('g.card')).toHaveLength(3);
    expect(doc.querySelectorAll('path[marker-end]')).toHaveLength(1);
    expect(Number(doc.documentElement.getAttribute('width'))).toBe(width);
    expect(height).toBeGreaterThan(layoutMap(sample(), measure).height);
  });

  it('draws every card, arrow and emotion of the map where the map puts them (property test)', () => {
    fc.assert(
      fc.property(mapArb, (map) => {
        const doc = new DOMParser().parseFromString(svgOf(map).svg, 'image/svg+xml');
        expect(doc.querySelector('parsererror')).toBeNull();
        const steps = map.stages.flatMap((s) => s.steps);
        const stepIndex = new Map(steps.map((s, i) => [s.id, i]));
        const laneIndex = new Map(map.lanes.map((l, i) => [l.id, i]));
        const groups = new Map([...doc.querySelectorAll('g.card')].map((g) => [g.getAttribute('data-id'), g]));
        expect(groups.size).toBe(map.cards.length);
        const drawn = map.cards.map((card) => {
          const g = groups.get(card.id)!;
          expect(g, card.id).toBeDefined();
          const box = g.querySelector('rect')!;
          const [x, y, w] = ['x', 'y', 'width'].map((a) => Number(box.getAttribute(a)));
          // in its step's column, whatever the layout says
          const col = METRICS.laneHeaderWidth + stepIndex.get(card.stepId)! * METRICS.stepWidth;
          expect(x).toBeGreaterThanOrEqual(col);
          expect(x! + w!).toBeLessThanOrEqual(col + METRICS.stepWidth);
          // all of its text, only broken into lines, each of which fits the card
          const lines = [...g.querySelectorAll('text tspan')].map((t) => t.textContent ?? '');
          expect(lines.join('').replace(/\s/g, '')).toBe(card.text.replace(/\s/g, ''));
          for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(w! - 2 * METRICS.cardPaddingX + 0.5);
          // a fail point has its red edge where the lane has fail points
          const failEdge = g.querySelectorAll('rect[width="4"]').length;
          expect(failEdge).toBe(card.failPoint && LANES[map.lanes[laneIndex.get(card.laneId)!]!.type].fields.includes('failPoint') ? 1 : 0);
          return { card, y };
        });
        // within a step, top to bottom in lane order, then card order
        for (const step of steps) {
          const here = drawn.filter((d) => d.card.stepId === step.id);
          const byY = here.slice().sort((a, b) => a.y! - b.y!).map((d) => d.card.id);
          const byMap = here.slice().sort((a, b) => laneIndex.get(a.card.laneId)! - laneIndex.get(b.card.laneId)! || a.card.order - b.card.order).map((d) => d.card.id);
          expect(byY).toEqual(byMap);
        }
        // one arrow per connection, two heads for a two-way one
        expect(doc.querySelectorAll('path[marker-end]')).toHaveLength(map.connections.length);
        expect(doc.querySelectorAll('path[marker-start]')).toHaveLength(map.connections.filter((k) => k.twoWay).length);
        // one point per scored step in each emotion lane: left to right in step order, higher when happier
        const scored = steps.filter((s) => s.emotion !== null);
        const emotionLanes = map.lanes.filter((l) => l.type === 'emotion').length;
        const points = [...doc.querySelectorAll('circle')].map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) }));
        expect(points).toHaveLength(scored.length * emotionLanes);
        for (let lane = 0; lane < emotionLanes; lane++) {
          const mine = points.slice(lane * scored.length, (lane + 1) * scored.length);
          mine.forEach((p, i) => {
            if (i === 0) return;
            expect(p.x).toBeGreaterThan(mine[i - 1]!.x);
            const [a, b] = [scored[i - 1]!.emotion!, scored[i]!.emotion!];
            expect(Math.sign(mine[i - 1]!.y - p.y)).toBe(Math.sign(b - a));
          });
        }
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it('a transparent background has no backdrop; a slice shows only its steps', () => {
    const m = sample();
    const a = analyzeJourney(m);
    const t = buildSvg(m, layoutMap(m, measure), { labels, measure, background: 'transparent', moments: a });
    expect(t.svg).not.toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    const bare = buildSvg(m, layoutMap(m, measure), { labels, measure, background: 'white', moments: a, chrome: false });
    expect(bare.svg).not.toContain('王女士');
    expect(bare.svg).not.toContain('class="legend"');
    expect(bare.height).toBeLessThan(t.height);
    const part = sliceSteps(m, new Set([stepIds(m)[2]!]));
    expect(part.stages[0]!.steps).toHaveLength(1);
    expect(part.cards).toHaveLength(0);
    expect(part.connections).toHaveLength(0);
  });
});

/** Random maps with CJK, emoji and markup in every text. */
const textArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
  fc.constantFrom('客户行为', '😀 emoji 👨‍👩‍👧', '<img src=x onerror=alert(1)>', '宽带移机，机器人听不懂', 'a "quoted", comma'),
).filter((s) => s.trim().length > 0);

const mapArb = fc
  .record({
    title: textArb,
    stages: fc.array(fc.record({ title: textArb, steps: fc.array(fc.record({ title: textArb, emotion: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }) }), { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 3 }),
    lanes: fc.array(fc.record({ type: fc.constantFrom(...LANE_TYPES), title: textArb }), { minLength: 1, maxLength: 6 }),
    cards: fc.array(
      fc.record({
        text: textArb,
        lane: fc.nat(),
        step: fc.nat(),
        color: fc.option(fc.constantFrom(...CARD_COLORS), { nil: null }),
        failPoint: fc.boolean(),
        waitMin: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
        channel: fc.option(fc.constantFrom(...CHANNELS), { nil: null }),
        owner: fc.string({ maxLength: 10 }),
      }),
      { maxLength: 12 },
    ),
    connections: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), twoWay: fc.boolean(), label: fc.oneof(fc.constant(''), textArb) }), { maxLength: 8 }),
    comments: fc.array(fc.record({ on: fc.nat(), kind: fc.constantFrom('card', 'step', 'stage'), text: textArb, reply: fc.boolean(), resolved: fc.boolean(), who: fc.nat(2), edited: fc.boolean() }), { maxLength: 8 }),
  })
  .map((r): JourneyMap => {
    const ids = idCounter('r');
    const stages = r.stages.map((s) => ({ id: ids(), title: s.title, steps: s.steps.map((st) => ({ id: ids(), title: st.title, emotion: st.emotion, durationMin: null })) }));
    const lanes = r.lanes.map((l) => ({ id: ids(), type: l.type, title: l.title }));
    const steps = stages.flatMap((s) => s.steps);
    const cardLanes = lanes.filter((l) => LANES[l.type].hasCards);
    const cards: Card[] = cardLanes.length
      ? r.cards.map((c, i) => ({
          id: ids(),
          laneId: cardLanes[c.lane % cardLanes.length]!.id,
          stepId: steps[c.step % steps.length]!.id,
          order: i,
          text: c.text,
          color: c.color,
          failPoint: c.failPoint,
          waitMin: c.waitMin,
          channel: c.channel,
          rootCause: '',
          owner: c.owner,
          metricType: null,
          metricValue: null,
          sampleSize: null,
        }))
      : [];
    // Arrows between distinct cards, one per pair (the import boundary drops any other kind).
    const pairs = new Set<string>();
    const connections = cards.length < 2 ? [] : r.connections.flatMap((k) => {
      const [from, to] = [cards[k.from % cards.length]!.id, cards[k.to % cards.length]!.id];
      if (from === to || pairs.has(`${from}>${to}`)) return [];
      pairs.add(`${from}>${to}`);
      return [{ id: ids(), from, to, twoWay: k.twoWay, label: k.label }];
    });
    // Comment threads on cards, steps and stages, with replies, by up to three people.
    const people = [0, 1, 2].map((i) => ({ id: `person-${i}`, name: ['Ann', '小李', 'Bo Li'][i]!, color: '#1971c2' }));
    const comments: Comment[] = [];
    r.comments.forEach((k, i) => {
      const pool = k.kind === 'card' ? cards : k.kind === 'step' ? steps : stages;
      const roots = comments.filter((c) => c.parentId === null);
      const root = k.reply && roots.length ? roots[k.on % roots.length]! : null;
      const target = root ? root.target : pool.length ? { kind: k.kind, id: pool[k.on % pool.length]!.id } : null;
      if (!target) return;
      comments.push({ id: ids(), target, parentId: root?.id ?? null, author: people[k.who]!, createdAt: 1000 + i, editedAt: k.edited ? 2000 + i : null, text: k.text, resolved: !root && k.resolved, mentions: k.edited ? [people[(k.who + 1) % 3]!.id] : [] });
    });
    const extra = comments.length ? { comments, people } : {};
    return { ...makeMap('journey', 'rand'), title: r.title, stages, lanes, cards, connections, ...extra };
  });

describe('JSON', () => {
  it('round-trips any map exactly, arrows included (property test, CJK and emoji)', () => {
    let withArrows = 0;
    let withReplies = 0;
    fc.assert(
      fc.property(mapArb, (map) => {
        if (map.connections.length > 0) withArrows++;
        if (map.comments?.some((c) => c.parentId)) withReplies++;
        expect(importJson(exportJson(map))).toEqual(canonical(map));
      }),
      { numRuns: 300 },
    );
    expect(withArrows).toBeGreaterThan(50); // the generator really does make arrows
    expect(withReplies).toBeGreaterThan(50); // …and comment threads with replies
  }, 30_000);

  it('names the line and column of a syntax error, and the field of an invalid value', () => {
    expect(() => importJson('{\n  "title": "x",\n  oops\n}')).toThrow(/line 3, column \d+/);
    const bad = JSON.parse(exportJson(sample()));
    bad.stages[0].steps[1].emotion = 'very sad';
    expect(() => importJson(JSON.stringify(bad))).toThrow(/stages\.0\.steps\.1\.emotion/);
  });

  it('refuses unknown versions and non-maps', () => {
    expect(() => importJson(JSON.stringify({ ...sample(), schemaVersion: 7 }))).toThrow(ImportError);
    expect(() => importJson('[]')).toThrow(ImportError);
    expect(() => importJson('"hello"')).toThrow(ImportError);
  });
});

describe('CSV', () => {
  const ids = () => idCounter('csv');
  const opts = () => ({ id: 'csvmap', ids: ids(), title: 'Imported', now: 0, labels: { emotions: 'Emotions' } });

  it('writes one row per card in the export columns, UTF-8 with a BOM, formulas defused', () => {
    const csv = exportCsv(sample());
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 3 + 1); // three cards, and Step 3 without cards
    expect(csv).toContain(`'=HYPERLINK(""http://evil"")`);
    expect(csv).toContain('"Agent says ""wait"", then\nputs me on hold"');
  });

  it('round-trips the cards, their fields, steps and emotions', () => {
    const original = sample();
    const back = importCsv(exportCsv(original), opts());
    const texts = (m: JourneyMap) => m.cards.map((c) => c.text).sort();
    expect(texts(back)).toEqual(texts(original));
    const c2 = back.cards.find((c) => c.text.startsWith('Agent says'))!;
    expect(c2).toMatchObject({ failPoint: true, waitMin: 12, color: 'pink' });
    expect(back.cards.find((c) => c.text.startsWith('=HYPERLINK'))!.channel).toBe('wechat');
    expect(back.stages.flatMap((s) => s.steps.map((st) => [st.title, st.emotion]))).toEqual([
      ['Step 1', -1],
      ['Step 2', -3],
      ['Step 3', 2], // no cards: its own row keeps the step and its emotion
    ]);
    expect(back.lanes.map((l) => l.type)).toEqual(['touchpoint', 'customer', 'frontstage', 'emotion']);
    expect(back.kind).toBe('blueprint');
  });

  it('reports malformed files by line and changes nothing', () => {
    expect(() => importCsv('stage,step,lane,text\n"unclosed,x,y,z\n', opts())).toThrow(/line 2.*never closed/);
    expect(() => importCsv('stage,lane,text\na,b,c\n', opts())).toThrow(/missing column "step"/);
    expect(() => importCsv('stage,step,emotion,lane,text\na,b,9,c,d\n', opts())).toThrow(/line 2: emotion "9"/);
    expect(() => importCsv('stage,step,lane,lane type,text\na,b,c,spaceship,d\n', opts())).toThrow(/unknown lane type/);
    expect(() => importCsv('stage,step,lane,text\n', opts())).toThrow(/no rows/);
    expect(() => importCsv('stage,step,lane,text\na,b",c,d\n', opts())).toThrow(/line 2/);
  });

  it('decodes GBK (Excel on a Chinese Windows) as well as UTF-8', () => {
    const hex =
      '73746167652c737465702c656d6f74696f6e2c6c616e652c6c616e6520747970652c746578742c6f776e65720d0acadbc7b02cd7c9d1afbfcdb7fe2c2d322ccdb4b5e32c7061696e2cb5c8b4fdcab1bce4ccabb3a4a3acbfcdb7fecbb5b2bbc7e5b3fe2cbfcdb7fe0d0a';
    const bytes = new Uint8Array(hex.match(/../g)!.map((h) => parseInt(h, 16)));
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('gb18030');
    const map = importCsv(text, opts());
    expect(map.stages[0]!.title).toBe('售前');
    expect(map.cards[0]).toMatchObject({ text: '等待时间太长，客服说不清楚', owner: '客服' });
    expect(decodeText(new TextEncoder().encode('\ufeffstage,步骤')).text).toBe('stage,步骤');
    expect(decodeText(new TextEncoder().encode('纯 UTF-8')).encoding).toBe('utf-8');
  });
});

describe('Mermaid journey', () => {
  it('maps −3…+3 to 1–5 and back', () => {
    expect([-3, -2, -1, 0, 1, 2, 3].map(toMermaidScore)).toEqual([1, 2, 2, 3, 4, 4, 5]);
    expect([1, 2, 3, 4, 5].map(fromMermaidScore)).toEqual([-3, -2, 0, 2, 3]);
    expect(toMermaidScore(null)).toBe(3);
  });

  it('writes a title, a section per stage and a task per step with the customer-facing actors', () => {
    const text = exportMermaid(sample());
    expect(text).toBe(
      ['journey', '  title Test map', '  section Stage 1', '    Step 1: 2: 触点, customer', '    Step 2: 1: frontstage', '    Step 3: 4', '  accDescr {', '    搬家后办理宽带移机', '  }', ''].join('\n'),
    );
  });

  it('reads Mermaid text back into a journey map', () => {
    const m = importMermaid(
      'journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n    Go upstairs: 3: Me, Cat\n  section Go home\n    Sit down: 1: Me\n',
      { id: 'mm', ids: idCounter('m'), now: 0, labels: { untitled: 'Untitled', emotions: 'Emotions' } },
    );
    expect(m.title).toBe('My working day');
    expect(m.stages.map((s) => [s.title, s.steps.map((st) => [st.title, st.emotion])])).toEqual([
      ['Go to work', [['Make tea', 3], ['Go upstairs', 0]]],
      ['Go home', [['Sit down', -3]]],
    ]);
    expect(m.lanes.map((l) => [l.title, l.type])).toEqual([['Me', 'customer'], ['Cat', 'customer'], ['Emotions', 'emotion']]);
    expect(m.cards).toHaveLength(4);
  });

  it('reports malformed text by line', () => {
    const o = { id: 'mm', ids: idCounter('m'), now: 0, labels: { untitled: 'U', emotions: 'E' } };
    expect(() => importMermaid('flowchart TD\nA-->B', o)).toThrow(/line 1/);
    expect(() => importMermaid('journey\n  section S\n    Task: 9: Me', o)).toThrow(/line 3: score "9"/);
    expect(() => importMermaid('journey\n  section S\n    no colon here', o)).toThrow(/line 3/);
    expect(() => importMermaid('', o)).toThrow(ImportError);
  });
});

describe('detectFormat', () => {
  it('goes by the extension, then by the content', () => {
    expect(detectFormat('a.json', '')).toBe('json');
    expect(detectFormat('a.csv', '')).toBe('csv');
    expect(detectFormat('a.mmd', '')).toBe('mermaid');
    expect(detectFormat('pasted', 'journey\n title x')).toBe('mermaid');
    expect(detectFormat('x.txt', '{"a":1}')).toBe('json');
    expect(detectFormat('x.txt', 'stage,step,lane,text\n')).toBe('csv');
    expect(detectFormat('x.txt', 'hello')).toBeNull();
  });
});
