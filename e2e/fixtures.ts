import { createMap } from '../src/domain/create';
import * as edit from '../src/domain/edit';
import { exportJson } from '../src/domain/formats/json';
import type { LaneType } from '../src/domain/lanes';
import type { JourneyMap } from '../src/domain/types';

const counter = (prefix: string) => {
  let n = 0;
  return () => `${prefix}-${++n}`;
};

const labels = {
  title: '宽带移机 服务蓝图',
  stage: (n: number) => ['咨询', '办理', '上门'][n - 1] ?? `Stage ${n}`,
  step: (n: number) => `Step ${n}`,
  lane: (type: LaneType) => ({ evidence: '有形展示', customer: '客户行为', frontstage: '前台', backstage: '后台', support: '支持流程' } as Record<string, string>)[type] ?? type,
};

/** A realistic blueprint: CJK text, every lane type, fail and wait points, arrows, emotions. */
export function broadbandMap(extraSteps = 0): JourneyMap {
  const ids = counter('bb');
  let m = createMap({ id: 'fixture-broadband', kind: 'blueprint', labels, ids, now: 1_700_000_000_000 });
  m = edit.addStage(m, { stageId: 'st2', title: '办理', stepId: 's4', stepTitle: '地址登记' });
  m = edit.addStep(m, { stageId: 'st2', stepId: 's5', title: '区域分配错误' });
  m = edit.addStep(m, { stageId: 'st2', stepId: 's6', title: '技术员上门' });
  for (let i = 0; i < extraSteps; i++) m = edit.addStep(m, { stageId: 'st2', stepId: `x${i}`, title: `跟进 ${i + 1}` });
  for (const type of ['touchpoint', 'thinking', 'emotion', 'pain', 'opportunity', 'metric', 'notes'] as const) {
    m = edit.addLane(m, { laneId: `lane-${type}`, type, title: { touchpoint: '触点', thinking: '想法', emotion: '情绪曲线', pain: '痛点', opportunity: '机会点', metric: '指标', notes: '备注' }[type] });
  }
  const lane = (type: string) => m.lanes.find((l) => l.type === type)!.id;
  const [s1, s2, s3] = m.stages[0]!.steps.map((s) => s.id);
  const add = (id: string, type: string, step: string, text: string) => (m = edit.addCard(m, { cardId: id, laneId: lane(type), stepId: step, text }));
  add('c1', 'customer', s1!, '拨打10000号，机器人问了三遍才听懂我要办理宽带移机');
  add('c2', 'frontstage', s3!, '客服记录新地址');
  add('c3', 'frontstage', 's5', '工单派到了错误的片区，整个流程重新开始');
  add('c4', 'backstage', 's4', 'CRM 生成工单');
  add('c5', 'support', 's4', '地址-片区对照表');
  add('c6', 'touchpoint', s1!, '客服热线');
  add('c7', 'pain', 's5', '流程从头再来');
  add('c8', 'metric', 's6', '上门满意度');
  add('c9', 'evidence', s2!, 'IVR 语音菜单');
  add('c10', 'notes', 's6', 'Technician arrived on day 9');
  m = edit.updateCard(m, { cardId: 'c3', patch: { failPoint: true } });
  m = edit.updateCard(m, { cardId: 'c2', patch: { waitMin: 12, color: 'yellow' } });
  m = edit.updateCard(m, { cardId: 'c6', patch: { channel: 'phone' } });
  m = edit.updateCard(m, { cardId: 'c7', patch: { owner: '客服', rootCause: '对照表过期' } });
  m = edit.updateCard(m, { cardId: 'c8', patch: { metricType: 'CSAT', metricValue: 3.2, sampleSize: 120 } });
  m = edit.addConnection(m, { id: 'k1', from: 'c2', to: 'c4', label: '工单' });
  m = edit.addConnection(m, { id: 'k2', from: 'c4', to: 'c5', twoWay: true });
  [-1, -1, -2, 1, -3, 1].forEach((v, i) => (m = edit.setEmotion(m, { stepId: [s1, s2, s3, 's4', 's5', 's6'][i]!, value: v })));
  return edit.updateMapInfo(m, { persona: { name: '王女士', role: '家庭宽带用户', quote: '我只想搬家后能上网。' }, scenario: '搬家后办理宽带移机' });
}

/** Every text field carries a payload; none of them may ever run. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '</text><script>window.__pwned=1</script><text>',
  'javascript:window.__pwned=1',
  '<svg onload="window.__pwned=1"></svg>',
  '\u202eevil.exe\u202c',
];

export function hostileMap(): JourneyMap {
  let m = broadbandMap();
  m = { ...m, id: 'fixture-hostile', title: PAYLOADS[0]! };
  PAYLOADS.forEach((p, i) => (m = edit.updateCard(m, { cardId: `c${i + 1}`, patch: { text: p } })));
  m = edit.updateConnection(m, { id: 'k1', patch: { label: PAYLOADS[2] } });
  m = edit.renameStage(m, { stageId: m.stages[0]!.id, title: PAYLOADS[1]! });
  m = edit.updateStep(m, { stepId: m.stages[0]!.steps[0]!.id, patch: { title: PAYLOADS[3] } });
  m = edit.updateLane(m, { laneId: m.lanes[0]!.id, patch: { title: PAYLOADS[4] } });
  m = edit.updateCard(m, { cardId: 'c7', patch: { owner: PAYLOADS[0], rootCause: PAYLOADS[2] } });
  return edit.updateMapInfo(m, { persona: { name: PAYLOADS[4], quote: PAYLOADS[2], goals: PAYLOADS[1], role: PAYLOADS[5] }, scenario: PAYLOADS[0], expectations: PAYLOADS[3] });
}

export const asFile = (name: string, text: string, mimeType = 'application/json') => ({ name, mimeType, buffer: Buffer.from(text) });
export const mapFile = (m: JourneyMap, name = 'map.json') => asFile(name, exportJson(m));
