import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../analysis';
import { LANES, type LaneType } from '../lanes';
import { restoreMap } from '../migrate';
import type { JourneyMap } from '../types';
import { idCounter } from '../../test/fixtures';
import { asCard, buildFromTemplate, type TemplateLanguage } from './build';
import { TEMPLATES } from './content';
import type { Localized, Template, TemplateCard } from './types';

const LANGS: readonly TemplateLanguage[] = ['en', 'zh-CN', 'zh-TW'];

const tpl = (id: string) => TEMPLATES.find((x) => x.id === id)!;
const build = (id: string | Template, lang: TemplateLanguage, prefix = typeof id === 'string' ? id : id.id) =>
  buildFromTemplate(typeof id === 'string' ? tpl(id) : id, { lang, id: `t-${prefix}`, ids: idCounter(prefix), now: 0, laneTitle: (type) => type });
const stepsOf = (m: JourneyMap) => m.stages.flatMap((s) => s.steps);
const stepTitle = (m: JourneyMap, stepId: string) => stepsOf(m).find((s) => s.id === stepId)!.title;
const laneTypeOf = (m: JourneyMap, laneId: string) => m.lanes.find((l) => l.id === laneId)!.type;

/** Every card of a template with its lane type and step index. */
function cardsOf(t: Template): { card: TemplateCard; lane: LaneType; step: number }[] {
  return t.stages.flatMap((s) => s.steps).flatMap((step, i) => (Object.entries(step.cards) as [LaneType, (Localized | TemplateCard)[]][]).flatMap(([lane, list]) => list.map((item) => ({ card: asCard(item), lane, step: i }))));
}

/** Every authored text of a template (titles, persona, cards, fields, connection labels). */
function textsOf(v: unknown): Localized[] {
  if (Array.isArray(v)) return v.flatMap(textsOf);
  if (v && typeof v === 'object') return 'tw' in v && 'zh' in v && 'en' in v ? [v as Localized] : Object.values(v).flatMap(textsOf);
  return [];
}

/** Characters that exist only in Simplified Chinese; none may appear in Traditional text. */
const SIMPLIFIED_ONLY = [...'们这个来说为发对时话现么过还没当经动问题业务务实区团队网络设单号宽带机车门后与关让进检证护药医结'];
/** Words a converter leaves behind that a Taiwanese writer would not use. */
const MAINLAND_WORDS = ['酒店', '志願者', '片區', '屬地', '工單', '佇列', '信息', '視頻', '默認', '賬', '打車', '出租車', '軟件', '激活', '網點', '二維碼', '手機銀行', '登錄', '質量', '身份證', 'B 超'];

describe('templates', () => {
  it('the nine real cases, each complete in three languages; four are service blueprints', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['broadband', 'govHall', 'hospital', 'bankBranch', 'purchase', 'retail', 'carsharing', 'hotel', 'springFestival']);
    expect(TEMPLATES.filter((t) => t.kind === 'blueprint').map((t) => t.id)).toEqual(['broadband', 'govHall', 'hospital', 'bankBranch']);
    for (const t of TEMPLATES) {
      for (const lang of LANGS) {
        const m = build(t.id, lang);
        const again = restoreMap(JSON.parse(JSON.stringify(m)));
        expect(again.ok && again.repaired).toEqual([]);
        expect(stepsOf(m).every((s) => s.emotion !== null), `${t.id}: emotions on every step`).toBe(true);
        expect(m.cards.length, `${t.id}: cards`).toBeGreaterThan(10);
        expect(m.persona.name && m.persona.quote && m.scenario).toBeTruthy();
        expect(m.cards.every((c) => LANES[laneTypeOf(m, c.laneId)].hasCards)).toBe(true);
        expect(m.cards.some((c) => c.owner && c.rootCause), `${t.id}: a pain point with owner and root cause`).toBe(true);
        expect(m.cards.some((c) => c.waitMin), `${t.id}: a wait point`).toBe(true);
        expect(m.connections.length).toBe(t.connections?.length ?? 0);
      }
    }
  });

  it('each blueprint has physical evidence, every layer, fail and wait points, recoveries and hand-offs', () => {
    for (const t of TEMPLATES.filter((x) => x.kind === 'blueprint')) {
      const cards = cardsOf(t);
      for (const lane of ['evidence', 'customer', 'frontstage', 'backstage', 'support', 'pain'] as const) expect(cards.some((c) => c.lane === lane), `${t.id}: ${lane}`).toBe(true);
      expect(cards.some((c) => c.card.fail), `${t.id}: fail point`).toBe(true);
      expect(cards.some((c) => c.card.wait), `${t.id}: wait point`).toBe(true);
      expect(cards.filter((c) => c.card.recovers).every((c) => c.lane === 'frontstage' || c.lane === 'backstage'), `${t.id}: recovery is a staff action`).toBe(true);
      expect(t.connections?.length ?? 0, `${t.id}: hand-offs`).toBeGreaterThanOrEqual(3);
      const emotions = t.stages.flatMap((s) => s.steps.map((x) => x.emotion));
      expect(Math.min(...emotions), `${t.id}: a real low`).toBeLessThanOrEqual(-2);
      expect(emotions.at(-1), `${t.id}: a positive end`).toBeGreaterThan(0);
    }
    const hospital = tpl('hospital');
    expect(hospital.stages.length).toBe(5);
    expect(hospital.stages.flatMap((s) => s.steps).length).toBeGreaterThanOrEqual(11);
  });

  it('every case marks its moments of truth; the hotel umbrella is a surprise at the end', () => {
    for (const t of TEMPLATES) expect(t.stages.flatMap((s) => s.steps).some((x) => x.keyMoment), t.id).toBe(true);
    const hotelSteps = tpl('hotel').stages.flatMap((s) => s.steps);
    expect(hotelSteps.filter((x) => x.surprise)).toEqual([hotelSteps.at(-1)]);
  });

  it('every fail point is linked to its recovery card (服务补救) on the map', () => {
    for (const t of TEMPLATES) {
      const m = build(t.id, 'zh-CN');
      for (const f of m.cards.filter((c) => c.failPoint)) expect(m.cards.find((c) => c.id === f.recoveryCardId)?.text, `${t.id}: ${f.text}`).toMatch(/^补救：/);
    }
  });

  it('broadband: the wrongly routed order is re-dispatched internally by the agent who owns the case', () => {
    const zh = build('broadband', 'zh-CN');
    const fail = zh.cards.find((c) => c.failPoint)!;
    expect(stepTitle(zh, fail.stepId)).toBe('工单派错片区');
    const text = zh.cards.map((c) => c.text).join('\n');
    for (const fix of ['首问负责', '内部改派', '主动致电']) expect(text).toContain(fix);
    // The customer speaks to the voice robot (routed by keyword) and presses keys in the menu (routed by key path).
    const cardsIn = (title: string) => zh.cards.filter((c) => stepTitle(zh, c.stepId) === title).map((c) => c.text).join('\n');
    expect(cardsIn('语音导航')).toMatch(/说.*宽带移机[\s\S]*关键词/);
    expect(cardsIn('按键菜单')).toMatch(/按键[\s\S]*按键路径/);
    expect(cardsIn('按键菜单')).not.toContain('关键词分流');
    expect(/^[\x20-\x7e]+$/.test(zh.cards.find((c) => laneTypeOf(zh, c.laneId) === 'evidence')!.text)).toBe(false);
  });

  it('car sharing ends on the bill shock, scored negative', () => {
    const m = build('carsharing', 'zh-CN');
    const a = analyzeJourney(m);
    expect(stepTitle(m, a.end!.stepId)).toBe('账单');
    expect(a.end!.value).toBeLessThan(0);
    expect(m.cards.filter((c) => c.stepId === a.end!.stepId).map((c) => c.text)).toContain('超时十分钟却按一小时收费');
    expect(a.findings.map((f) => f.code)).toContain('end-is-negative');
  });

  it('hotel: the umbrella is lent at check-out, so the peak and the end are one moment', () => {
    const m = build('hotel', 'en');
    const a = analyzeJourney(m);
    expect(a.peak!.value).toBe(3);
    expect(a.peak!.stepId).toBe(a.end!.stepId);
    expect(stepTitle(m, a.end!.stepId)).toMatch(/Check-out/);
    expect(m.cards.some((c) => c.stepId === a.end!.stepId && /umbrella/.test(c.text))).toBe(true);
  });

  it('purchase: CES after tasks, CSAT after conversations, NPS once, about the relationship, at the end', () => {
    const m = build('purchase', 'en');
    const byStep = Object.fromEntries(stepsOf(m).map((s) => [s.title, m.cards.filter((c) => c.stepId === s.id && c.metricType).map((c) => c.metricType)]));
    expect(byStep).toMatchObject({ 'Online chat': ['CSAT'], Checkout: ['CES'], 'Setup and registration': ['CES'], 'Support call': ['CSAT'], 'A month of use': ['NPS'] });
    expect(m.cards.filter((c) => c.metricType === 'NPS').map((c) => c.stepId)).toEqual([stepsOf(m).at(-1)!.id]);
    expect(tpl('purchase').description.en).not.toMatch(/each stage|every stage/);
  });

  it('春运: the entrance check and the ticket gate are two steps, and 12306 services for older travellers are there', () => {
    const m = build('springFestival', 'zh-CN');
    const titles = stepsOf(m).map((s) => s.title);
    const entrance = titles.findIndex((x) => x.includes('进站口'));
    const gate = titles.findIndex((x) => x.includes('检票口'));
    expect(entrance).toBeGreaterThanOrEqual(0);
    expect(gate).toBeGreaterThan(entrance);
    const text = m.cards.map((c) => c.text).join('\n');
    for (const service of ['敬老版', '重点旅客', '爱心通道', '人工窗口', '电话订票']) expect(text).toContain(service);
    const low = analyzeJourney(m).stages.flatMap((s) => (s.lowest ? [s.lowest] : [])).sort((a, b) => a.value - b.value)[0]!;
    expect([stepTitle(m, low.stepId), low.value]).toEqual(['找人帮忙', -3]);
    const tw = build('springFestival', 'zh-TW');
    expect(stepsOf(tw).map((s) => s.title).join()).toContain('剪票');
  });
});

describe('every template analyses without a finding that contradicts its own data', () => {
  it('in any language and with any ids', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATES), fc.constantFrom(...LANGS), fc.stringMatching(/^[a-z]{1,6}$/), (t, lang, prefix) => {
        const m = build(t, lang, prefix);
        const a = analyzeJourney(m);
        const codes = a.findings.map((f) => f.code);
        // The end feels the way the story says it does.
        expect(Math.sign(a.end!.value), `${t.id}: end`).toBe(t.endsWell ? 1 : -1);
        if (t.endsWell) expect(codes).not.toContain('end-is-negative');
        expect(codes).not.toContain('fail-point-without-recovery');
        expect(codes).not.toContain('mark-unscored');
        // Nothing the template says is dropped on the way in.
        const cards = cardsOf(t);
        expect(a.failPoints.length).toBe(cards.filter((c) => c.card.fail).length);
        expect(a.totalWaitMin).toBe(cards.reduce((n, c) => n + (c.card.wait ?? 0), 0));
        expect(m.cards.length).toBe(cards.length);
      }),
      { numRuns: 60 },
    );
  });

  it('every card uses only its lane\'s fields, in a lane the template has', () => {
    for (const t of TEMPLATES) {
      for (const { card, lane } of cardsOf(t)) {
        const where = `${t.id}: "${card.text.en}"`;
        expect(t.lanes, where).toContain(lane);
        const fields = LANES[lane].fields;
        if (card.fail) expect(fields, where).toContain('failPoint');
        if (card.wait) expect(fields, where).toContain('wait');
        if (card.channel) expect(fields, where).toContain('channel');
        if (card.metric) expect(fields, where).toContain('metric');
        if (card.owner || card.rootCause) expect(fields, where).toContain('owner');
        if (lane === 'pain') expect(card.owner && card.rootCause, `${where}: owner and root cause`).toBeTruthy();
      }
    }
  });

  it('every fail point is felt in its step and has a recovery, in that step or later', () => {
    for (const t of TEMPLATES) {
      const cards = cardsOf(t);
      const ids = cards.flatMap((c) => (c.card.id ? [c.card.id] : []));
      expect(new Set(ids).size, `${t.id}: unique card ids`).toBe(ids.length);
      const emotions = t.stages.flatMap((s) => s.steps.map((x) => x.emotion));
      for (const f of cards.filter((c) => c.card.fail)) {
        const where = `${t.id}: "${f.card.text.en}"`;
        expect(emotions[f.step], where).toBeLessThanOrEqual(0);
        const recovery = cards.filter((c) => c.card.recovers === f.card.id && f.card.id);
        expect(recovery.length, `${where}: recovery`).toBeGreaterThan(0);
        for (const r of recovery) expect(r.step, where).toBeGreaterThanOrEqual(f.step);
      }
      for (const r of cards.filter((c) => c.card.recovers)) expect(cards.find((c) => c.card.id === r.card.recovers)?.card.fail, `${t.id}: ${r.card.recovers}`).toBe(true);
      for (const k of t.connections ?? []) expect([ids.includes(k.from), ids.includes(k.to)], `${t.id}: ${k.from} → ${k.to}`).toEqual([true, true]);
    }
  });

  it('all three languages build the same map but for its words', () => {
    const words = new Set(['title', 'text', 'name', 'role', 'goals', 'quote', 'scenario', 'expectations', 'rootCause', 'owner', 'label']);
    const shape = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(shape) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, words.has(k) && typeof x === 'string' ? Boolean(x) : shape(x)])) : v;
    for (const t of TEMPLATES) {
      const [en, cn, tw] = LANGS.map((lang) => shape(build(t.id, lang)));
      expect(cn, t.id).toEqual(en);
      expect(tw, t.id).toEqual(en);
    }
  });

  it('Chinese text is Chinese, English is English, and 繁體中文 is written for Taiwan', () => {
    for (const t of TEMPLATES) {
      for (const l of textsOf(t)) {
        expect(/[\u4e00-\u9fff]/.test(l.zh) && /[\u4e00-\u9fff]/.test(l.tw), `${t.id}: "${l.en}" has Chinese text`).toBe(true);
        expect(/[\u3000-\u9fff\uff00-\uffef]/.test(l.en), `${t.id}: "${l.en}" is English`).toBe(false);
        expect(l.tw, `${t.id}: "${l.en}" is not a copy of the Simplified text`).not.toBe(l.zh.length > 4 ? l.zh : '');
        for (const ch of SIMPLIFIED_ONLY) expect(l.tw.includes(ch), `${t.id}: "${l.tw}" has Simplified ${ch}`).toBe(false);
        for (const w of MAINLAND_WORDS) expect(l.tw.includes(w), `${t.id}: "${l.tw}" says ${w}`).toBe(false);
      }
    }
    const all = JSON.stringify(TEMPLATES.map((t) => textsOf(t).map((l) => l.tw)));
    for (const taiwan of ['寬頻', '飯店', '志工', '受理編號', '客服專線', '網路', '手機', '資訊']) expect(all).toContain(taiwan);
  });
});
