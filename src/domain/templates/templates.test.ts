import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../analysis';
import { LANES } from '../lanes';
import { restoreMap } from '../migrate';
import { idCounter } from '../../test/fixtures';
import { buildFromTemplate, type TemplateLanguage } from './build';
import { TEMPLATES } from './content';
import { SOURCES } from './source';

const build = (id: string, lang: TemplateLanguage) =>
  buildFromTemplate(TEMPLATES.find((t) => t.id === id)!, { lang, id: `t-${id}`, ids: idCounter(id), now: 0, laneTitle: (type) => type });

describe('templates', () => {
  it('the six real cases, each complete in three languages', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['broadband', 'purchase', 'retail', 'carsharing', 'hotel', 'springFestival']);
    expect(TEMPLATES.map((t) => t.title.en)).toEqual(SOURCES.map((s) => s.title.en));
    for (const tpl of TEMPLATES) {
      for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
        const m = build(tpl.id, lang);
        const again = restoreMap(JSON.parse(JSON.stringify(m)));
        expect(again.ok && again.repaired).toEqual([]);
        const steps = m.stages.flatMap((s) => s.steps);
        expect(steps.every((s) => s.emotion !== null), `${tpl.id}: emotions on every step`).toBe(true);
        expect(m.cards.length, `${tpl.id}: cards`).toBeGreaterThan(10);
        expect(m.persona.name && m.persona.quote && m.scenario).toBeTruthy();
        expect(m.cards.every((c) => LANES[m.lanes.find((l) => l.id === c.laneId)!.type].hasCards)).toBe(true);
        expect(m.cards.some((c) => c.owner && c.rootCause), `${tpl.id}: a pain point with owner and root cause`).toBe(true);
        expect(m.cards.some((c) => c.waitMin), `${tpl.id}: a wait point`).toBe(true);
        const a = analyzeJourney(m);
        expect(a.peak && a.end).toBeTruthy();
        if (lang !== 'en') expect(/[\u4e00-\u9fff]/.test(m.title)).toBe(true);
      }
    }
  });

  it('each case tells its story: the broadband fail point, the hotel umbrella, the missing help staff', () => {
    const broadband = build('broadband', 'en');
    const fail = broadband.cards.find((c) => c.failPoint)!;
    expect(broadband.stages.flatMap((s) => s.steps).find((s) => s.id === fail.stepId)!.title).toBe('Region assigned wrongly');
    expect(broadband.kind).toBe('blueprint');
    const hotel = analyzeJourney(build('hotel', 'en'));
    expect(hotel.peak!.value).toBe(3);
    const spring = build('springFestival', 'zh-CN');
    const peak = analyzeJourney(spring).peak!;
    expect(peak.value).toBe(-3);
    expect(spring.stages.flatMap((s) => s.steps).find((s) => s.id === peak.stepId)!.title).toBe('找引导员');
    const purchase = build('purchase', 'en');
    expect(new Set(purchase.cards.map((c) => c.metricType).filter(Boolean))).toEqual(new Set(['CSAT', 'CES', 'NPS']));
  });

  it('Traditional Chinese is Traditional, with Taiwan usage', () => {
    const all = JSON.stringify(TEMPLATES.map((t) => build(t.id, 'zh-TW')));
    for (const simplified of ['宽', '带', '问', '这', '机器', '设', '务']) expect(all).not.toContain(simplified);
    for (const slip of ['型別', '稽核', '賬', '運營商', '打車']) expect(all).not.toContain(slip);
    expect(all).toContain('寬頻移機');
  });
});

describe('generated content', () => {
  it('content.ts is source.ts plus Traditional Chinese, nothing else', () => {
    const strip = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'tw').map(([k, x]) => [k, strip(x)])) : v;
    expect(strip(JSON.parse(JSON.stringify(TEMPLATES)))).toEqual(JSON.parse(JSON.stringify(SOURCES)));
  });
});
