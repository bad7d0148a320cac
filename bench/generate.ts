import { LANES, type LaneType } from '../src/domain/lanes';
import { SCHEMA_VERSION, type Card, type Connection, type JourneyMap } from '../src/domain/types';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same map on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZH = ['客户拨打客服热线咨询宽带移机', '机器人没有听懂，反复转接', '在App里填写新地址并提交申请', '客服确认身份并登记工单', '系统自动分配到所在片区', '技术员电话预约上门时间', '等待超过两天没有回音', '上门安装并测试网速', '收到满意度调查短信', '对照表过期导致派单错误'];
const EN = ['Customer calls the hotline about moving', 'Bot does not understand and transfers again', 'Fills in the new address in the app', 'Agent verifies identity and logs the order', 'System assigns the order to a region', 'Technician phones to book a visit', 'Waits two days without any news', 'Installs the line and tests the speed', 'Receives a satisfaction survey by SMS', 'Region table out of date, wrong dispatch'];
const LANE_SET: LaneType[] = ['touchpoint', 'customer', 'frontstage', 'backstage', 'support', 'emotion', 'pain', 'opportunity', 'notes'];

/**
 * A map of `cards` cards across 8 card lanes (plus the emotion lane), Chinese and English text
 * of realistic length, connections between about a fifth of the cards, emotions on every step.
 */
export function generateMap(cards: number, seed = 42, id = `bench-${cards}`, options: { steps?: number } = {}): JourneyMap {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const lanes = LANE_SET.map((type, i) => ({ id: `${id}-lane${i}`, type, title: `${type} ${i + 1}` }));
  const cardLanes = lanes.filter((l) => LANES[l.type].hasCards);
  // Two cards per cell on average: 2,000 cards are 125 steps, which fit a 2× PNG. `steps` packs
  // the cards into that many steps instead (a deck of few, crowded stages).
  const perStep = options.steps ? Math.ceil(cards / options.steps) : 16;
  const stepCount = Math.max(1, Math.ceil(cards / perStep));
  const stageSize = 6;
  const stages = Array.from({ length: Math.ceil(stepCount / stageSize) }, (_, s) => ({
    id: `${id}-st${s}`,
    title: `阶段 Stage ${s + 1}`,
    steps: Array.from({ length: Math.min(stageSize, stepCount - s * stageSize) }, (_, k) => ({
      id: `${id}-s${s * stageSize + k}`,
      title: `步骤 ${s * stageSize + k + 1}`,
      emotion: Math.round(r() * 6 - 3),
      durationMin: Math.round(r() * 30),
    })),
  }));
  const steps = stages.flatMap((s) => s.steps);
  const out: Card[] = [];
  const counts = new Map<string, number>();
  for (let i = 0; i < cards; i++) {
    const step = steps[Math.floor(i / perStep)]!;
    const lane = cardLanes[i % cardLanes.length]!;
    const key = `${lane.id}|${step.id}`;
    const order = counts.get(key) ?? 0;
    counts.set(key, order + 1);
    const text = r() < 0.5 ? pick(ZH) : pick(EN);
    out.push({
      id: `${id}-c${i}`,
      laneId: lane.id,
      stepId: step.id,
      order,
      text: r() < 0.2 ? `${text}，${pick(ZH)}` : text,
      color: null,
      failPoint: lane.type === 'frontstage' && r() < 0.1,
      waitMin: lane.type === 'customer' && r() < 0.2 ? Math.round(r() * 30) : null,
      channel: lane.type === 'touchpoint' ? pick(['wechat', 'phone', 'app', 'web'] as const) : null,
      rootCause: '',
      owner: lane.type === 'pain' ? pick(['客服', '物流/仓储', '研发']) : '',
      metricType: null,
      metricValue: null,
      sampleSize: null,
    });
  }
  const connections: Connection[] = [];
  for (let i = 0; i + 1 < out.length && connections.length < cards / 5; i += 5) {
    connections.push({ id: `${id}-k${i}`, from: out[i]!.id, to: out[i + 1]!.id, twoWay: r() < 0.2, label: '' });
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    kind: 'blueprint',
    title: `Benchmark ${cards} cards`,
    persona: { name: '王女士', role: 'Home broadband customer', goals: '', frustrations: '', quote: '', color: null },
    scenario: '',
    expectations: '',
    toleranceFloor: -2,
    marks: { peak: null, end: null },
    stages,
    lanes,
    cards: out,
    connections,
    createdAt: 0,
  };
}
