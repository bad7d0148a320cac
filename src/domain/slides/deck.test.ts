import { describe, expect, it } from 'vitest';
import { idCounter } from '../../test/fixtures';
import { analyzeJourney } from '../analysis';
import { svgTextRuns } from '../formats/svgText';
import { METRICS } from '../layout';
import { buildFromTemplate } from '../templates/build';
import { TEMPLATES } from '../templates/content';
import { estimateMeasure } from '../wrap';
import { planDeck, primsToSvg, slidePrims, type Prim, type SlideText } from '.';
import { fitStageLayout, MAX_STEP_WIDTH, STAGE_BOX, stagePart } from './deck';
import type { BacklogItem, JourneyMap } from '../types';

const measure = estimateMeasure(METRICS.fontSize);
const text: SlideText = {
  kind: 'Service blueprint',
  overview: 'The journey at a glance',
  stageOf: (n, t) => `Stage ${n} of ${t}`,
  part: (n, t) => `part ${n} of ${t}`,
  peak: 'Peak',
  end: 'End',
  floor: 'Tolerance floor',
  remembered: 'Remembered score',
  average: 'Average',
  rememberedHelp: 'help',
  fixFirst: 'What to fix first',
  fixHere: 'What to fix here',
  nothingHere: 'Nothing',
  summary: 'How customers will remember it',
  backlog: 'Improvement plan',
  status: (s) => `status:${s}`,
  score: (v) => (v === null ? '–' : v.toFixed(1)),
  value: (v) => String(v),
  findings: [],
  lines: { interaction: 'i', visibility: 'v', internal: 'n' },
  duration: (m) => `${m} min`,
  waitTotal: (m) => `Wait ${m} min`,
  marks: { keyMoment: 'MOT', surprise: 'Surprise' },
};

/** Every text run of a slide lies inside the 1280 × 720 frame, and none is under 14 px. */
function expectInFrame(prims: Prim[], label: string) {
  for (const r of svgTextRuns(primsToSvg(prims, 't'), measure)) {
    expect(r.x, `${label}: ${r.text}`).toBeGreaterThanOrEqual(0);
    expect(r.y, `${label}: ${r.text}`).toBeLessThanOrEqual(720);
  }
  for (const p of prims) {
    const t = p.t === 'text' ? p : p.t === 'rect' ? p.text : undefined;
    if (!t) continue;
    expect(t.size, `${label}: ${t.lines.join(' ')}`).toBeGreaterThanOrEqual(12);
    expect(t.x + t.w, `${label}: ${t.lines.join(' ')}`).toBeLessThanOrEqual(1280);
  }
}

const texts = (prims: Prim[]) => prims.flatMap((p) => (p.t === 'text' ? [p] : p.t === 'rect' && p.text ? [p.text] : []));

describe('the deck', () => {
  for (const tpl of TEMPLATES) {
    it(`${tpl.id}: card text on stage slides is 14 px or more of a 1280 × 720 slide, every card is shown, nothing leaves the slide`, () => {
      const map = buildFromTemplate(tpl, { lang: 'zh-CN', id: tpl.id, ids: idCounter(tpl.id), now: 0, laneTitle: (t) => t });
      const analysis = analyzeJourney(map);
      const deck = planDeck(map, analysis, measure);
      expect(deck[1]!.kind).toBe('overview');
      const shown: string[] = [];
      for (const spec of deck) {
        const prims = slidePrims(spec, { map, analysis, text: { ...text, findings: analysis.findings.map(() => ({ text: 'x', stepId: null })) }, measure });
        for (const r of svgTextRuns(primsToSvg(prims, 't'), measure)) {
          expect(r.x, `${spec.kind}: ${r.text}`).toBeGreaterThanOrEqual(0);
          expect(r.y, `${spec.kind}: ${r.text}`).toBeLessThanOrEqual(720);
        }
        if (spec.kind !== 'stage') continue;
        for (const p of prims) {
          if (p.t !== 'rect' || p.text?.role !== 'card') continue;
          expect(p.text.size).toBeGreaterThanOrEqual(14);
          expect(p.x + p.w).toBeLessThanOrEqual(1280);
          expect(p.y + p.h).toBeLessThanOrEqual(720);
          shown.push(p.text.lines.join(''));
        }
      }
      expect(shown.length).toBe(map.cards.length);
    });
  }
});

describe('stage slides fill the slide', () => {
  for (const tpl of TEMPLATES) {
    it(`${tpl.id}: each stage part spans the slide's width or its height, columns widened up to the widest readable`, () => {
      const map = buildFromTemplate(tpl, { lang: 'en', id: tpl.id, ids: idCounter(tpl.id), now: 0, laneTitle: (t) => t });
      for (const spec of planDeck(map, analyzeJourney(map), measure)) {
        if (spec.kind !== 'stage') continue;
        const { layout, k } = fitStageLayout(stagePart(map, spec.stepIds, spec.laneIds), measure);
        const w = layout.width * k;
        const h = (layout.height - METRICS.stageHeaderHeight) * k;
        const widest = layout.steps[0]!.w >= MAX_STEP_WIDTH;
        const label = `${spec.stageId} part ${spec.part}: ${Math.round(w)} × ${Math.round(h)} at ${k.toFixed(2)}`;
        expect(w, label).toBeLessThanOrEqual(STAGE_BOX.w + 0.5);
        expect(h, label).toBeLessThanOrEqual(STAGE_BOX.h + 0.5);
        expect(w >= STAGE_BOX.w * 0.9 || h >= STAGE_BOX.h * 0.95 || widest, label).toBe(true);
      }
    });
  }

  it('never lets a step chip cover the step title: chips sit on the duration row', () => {
    const map = buildFromTemplate(TEMPLATES[0]!, { lang: 'en', id: 'c', ids: idCounter('c'), now: 0, laneTitle: (t) => t });
    const long = { ...map, stages: map.stages.map((s, i) => (i === 0 ? { ...s, steps: s.steps.map((st, j) => (j === 0 ? { ...st, title: 'A very long step title that needs the whole header width', keyMoment: true, surprise: true } : st)) } : s)) };
    const analysis = analyzeJourney(long);
    const spec = planDeck(long, analysis, measure).find((s) => s.kind === 'stage')!;
    const prims = slidePrims(spec, { map: long, analysis, text, measure });
    const all = prims.flatMap((p) => (p.t === 'text' ? [p] : p.t === 'rect' && p.text ? [p.text] : []));
    const title = all.find((t) => t.lines[0]!.startsWith('A very long'))!;
    expect(title.lines[0]).toMatch(/…$/);
    for (const chip of all.filter((t) => ['MOT', 'Surprise'].includes(t.lines.join('')))) {
      const titleBottom = title.y + title.size * 1.3;
      expect(chip.y, chip.lines[0]).toBeGreaterThanOrEqual(titleBottom - 1);
    }
  });
});

describe('marks and the improvement plan in the deck', () => {
  // The template's own marks cleared, so each test says which steps are marked.
  const base = (): JourneyMap => {
    const map = buildFromTemplate(TEMPLATES[0]!, { lang: 'en', id: 'm', ids: idCounter('m'), now: 0, laneTitle: (t) => t });
    return { ...map, stages: map.stages.map((s) => ({ ...s, steps: s.steps.map((st) => ({ ...st, keyMoment: false, surprise: false })) })) };
  };
  const item = (title: string, impact: number, effort: number, status: BacklogItem['status'] = 'proposed', department = 'Service'): BacklogItem => ({ id: title, title, stepId: null, source: { kind: 'manual' }, department, owner: '', due: '', status, impact, effort });
  const mark = (map: JourneyMap, patch: { keyMoment?: boolean; surprise?: boolean }, at = 0): JourneyMap => {
    const stages = map.stages.map((s, i) => (i === 0 ? { ...s, steps: s.steps.map((st, j) => (j === at ? { ...st, ...patch } : st)) } : s));
    return { ...map, stages };
  };
  const render = (map: JourneyMap) => {
    const analysis = analyzeJourney(map);
    return planDeck(map, analysis, measure).map((spec) => ({ spec, prims: slidePrims(spec, { map, analysis, text, measure }) }));
  };

  it('shows a moment of truth and a surprise as chips beside the step title, on its stage slide and the overview', () => {
    const map = mark(mark(base(), { keyMoment: true }, 0), { surprise: true }, 1);
    const first = map.stages[0]!;
    const deck = render(map);
    const stage = deck.find((s) => s.spec.kind === 'stage' && s.spec.stageId === first.id)!;
    for (const slide of [stage, deck.find((s) => s.spec.kind === 'overview')!]) {
      const all = texts(slide.prims);
      const mot = all.filter((t) => t.lines.join('') === 'MOT');
      const surprise = all.filter((t) => t.lines.join('') === 'Surprise');
      expect(mot, slide.spec.kind).toHaveLength(1);
      expect(surprise, slide.spec.kind).toHaveLength(1);
      for (const chip of [...mot, ...surprise]) expect(chip.size).toBeGreaterThanOrEqual(14);
      // Beside its own step: the chip and the step title share a column.
      const title = all.find((t) => t.bold && t.size < 20 && first.steps[0]!.title.startsWith(t.lines[0]!))!;
      expect(title, slide.spec.kind).toBeDefined();
      expect(Math.abs(mot[0]!.y - title.y), slide.spec.kind).toBeLessThan(80);
      expect(mot[0]!.x + mot[0]!.w).toBeGreaterThan(title.x);
      expect(mot[0]!.x).toBeLessThan(title.x + title.w + 40);
      expectInFrame(slide.prims, slide.spec.kind);
    }
    // Unmarked maps carry no chips.
    expect(render(base()).flatMap((s) => texts(s.prims)).some((t) => t.lines.join('') === 'MOT')).toBe(false);
  });

  it('adds a slide of the open backlog items after what to fix first: most impact, then least effort, at most six', () => {
    const backlog = [item('Done already', 5, 1, 'done'), item('Small tweak', 2, 1), item('Call back within a day', 5, 2, 'agreed', 'Customer care'), item('Rebuild routing', 5, 5, 'inProgress')];
    for (let i = 0; i < 5; i++) backlog.push(item(`Filler ${i}`, 1, 5));
    const deck = render({ ...base(), backlog });
    const kinds = deck.map((s) => s.spec.kind);
    expect(kinds).toContain('backlog');
    expect(kinds.indexOf('backlog')).toBeGreaterThan(kinds.indexOf('findings'));
    const slide = deck.find((s) => s.spec.kind === 'backlog')!;
    const lines = texts(slide.prims).map((t) => t.lines.join(''));
    expect(lines).toContain('Improvement plan');
    const titles = lines.filter((l) => l === 'Small tweak' || l === 'Call back within a day' || l === 'Rebuild routing' || l.startsWith('Filler'));
    expect(titles.slice(0, 3)).toEqual(['Call back within a day', 'Rebuild routing', 'Small tweak']);
    expect(titles).toHaveLength(6);
    expect(lines).not.toContain('Done already');
    expect(lines).toContain('Customer care · status:agreed');
    for (const t of texts(slide.prims)) expect(t.size, t.lines.join('')).toBeGreaterThanOrEqual(20);
    expectInFrame(slide.prims, 'backlog');
  });

  it('has no backlog slide without open items', () => {
    expect(render(base()).some((s) => s.spec.kind === 'backlog')).toBe(false);
    expect(render({ ...base(), backlog: [item('Shipped', 5, 1, 'done')] }).some((s) => s.spec.kind === 'backlog')).toBe(false);
  });

  it('keeps long backlog titles inside the slide', () => {
    const long = 'Send every customer a text message with the technician’s name and arrival window the evening before, and again when the technician sets off'.repeat(2);
    const backlog = Array.from({ length: 6 }, (_, i) => item(`${i} ${long}`, 5, 1, 'proposed', 'A department with a rather long name'));
    const slide = render({ ...base(), backlog }).find((s) => s.spec.kind === 'backlog')!;
    expectInFrame(slide.prims, 'backlog');
    for (const t of texts(slide.prims)) expect(t.y + t.lines.length * Math.round(t.size * 1.3)).toBeLessThanOrEqual(720);
  });
});
