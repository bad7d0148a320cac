import { LANE_TYPES, LANES, METRIC_TYPES, laneHasField, type LaneType } from '../lanes';
import { restoreMap } from '../migrate';
import { SCHEMA_VERSION, type Card, type JourneyMap } from '../types';
import { ImportError, MAX_IMPORT_BYTES } from './errors';

/**
 * CSV: one row per card, UTF-8 with a BOM so Excel opens Chinese correctly. The header row is
 * fixed English keys (a file format, not interface text). Cells that a spreadsheet would run as
 * a formula (= + - @ at the start) are written with a leading apostrophe, removed on import.
 */
export const CSV_COLUMNS = [
  'stage',
  'step',
  'emotion',
  'lane',
  'lane type',
  'text',
  'colour',
  'fail point',
  'wait (min)',
  'channel',
  'root cause',
  'owner',
  'metric',
  'metric value',
  'sample size',
  'staff pain',
  'staff emotion',
] as const;

function cell(value: string | number | boolean | null): string {
  let s = value === null ? '' : typeof value === 'boolean' ? (value ? 'yes' : '') : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function exportCsv(map: JourneyMap): string {
  const laneById = new Map(map.lanes.map((l) => [l.id, l]));
  const stepInfo = new Map(map.stages.flatMap((s) => s.steps.map((st) => [st.id, { stage: s.title, step: st }] as const)));
  const rows = [CSV_COLUMNS.join(',')];
  // Column by column (step, then lane), as a journey is read; import rebuilds steps in this order.
  const stepIndex = new Map([...stepInfo.keys()].map((id, i) => [id, i]));
  const laneIndex = new Map(map.lanes.map((l, i) => [l.id, i]));
  const cards = map.cards
    .slice()
    .sort((a, b) => stepIndex.get(a.stepId)! - stepIndex.get(b.stepId)! || laneIndex.get(a.laneId)! - laneIndex.get(b.laneId)! || a.order - b.order);
  for (const c of cards) {
    const lane = laneById.get(c.laneId)!;
    const info = stepInfo.get(c.stepId)!;
    const has = (f: Parameters<typeof laneHasField>[1]) => laneHasField(lane.type, f);
    rows.push(
      [
        info.stage,
        info.step.title,
        info.step.emotion,
        lane.title,
        lane.type,
        c.text,
        c.color,
        has('failPoint') ? c.failPoint : null,
        has('wait') ? c.waitMin : null,
        has('channel') ? c.channel : null,
        has('rootCause') ? c.rootCause : null,
        has('owner') ? c.owner : null,
        has('metric') ? c.metricType : null,
        has('metric') ? c.metricValue : null,
        has('metric') ? c.sampleSize : null,
        has('staffPain') ? (c.staffPain ?? '') : null,
        has('staffEmotion') ? (c.staffEmotion ?? null) : null,
      ]
        .map(cell)
        .join(','),
    );
  }
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

/** RFC 4180 parsing; errors name the line. Returns rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const s = text.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (field !== '') throw new ImportError('syntax', `line ${line}`, 'a quote inside an unquoted cell');
      quoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else {
      field += ch;
    }
  }
  if (quoted) throw new ImportError('syntax', `line ${quoteLine}`, 'a quoted cell is never closed');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

const unformula = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

/** Builds a map from CSV in the export's columns (extra columns are ignored). */
export function importCsv(text: string, args: { id: string; ids: () => string; title: string; now: number; labels: { emotions: string } }): JourneyMap {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError('too-large', '', 'file is larger than 20 MB');
  const rows = parseCsv(text);
  if (rows.length < 2) throw new ImportError('empty', '', 'no rows after the header');
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const col = (name: (typeof CSV_COLUMNS)[number]) => header.indexOf(name);
  for (const required of ['stage', 'step', 'lane', 'text'] as const) {
    if (col(required) < 0) throw new ImportError('invalid', 'line 1', `missing column "${required}"`);
  }
  const stages: { id: string; title: string; steps: { id: string; title: string; emotion: number | null; durationMin: null }[] }[] = [];
  const lanes: { id: string; type: LaneType; title: string }[] = [];
  const cards: Card[] = [];
  const counts = new Map<string, number>();

  rows.slice(1).forEach((r, i) => {
    const line = `line ${i + 2}`;
    const get = (name: (typeof CSV_COLUMNS)[number]) => (col(name) >= 0 ? unformula((r[col(name)] ?? '').trim()) : '');
    const getRaw = (name: (typeof CSV_COLUMNS)[number]) => (col(name) >= 0 ? unformula(r[col(name)] ?? '') : '');
    const stageTitle = get('stage') || 'Stage';
    const stepTitle = get('step');
    if (!stepTitle) throw new ImportError('invalid', line, 'the step is empty');
    let stage = stages.find((s) => s.title === stageTitle);
    if (!stage) stages.push((stage = { id: args.ids(), title: stageTitle, steps: [] }));
    let step = stage.steps.find((s) => s.title === stepTitle);
    const emotionText = get('emotion');
    const emotion = emotionText === '' ? null : Number(emotionText.replace('\u2212', '-'));
    if (emotion !== null && !(Number.isFinite(emotion) && emotion >= -3 && emotion <= 3)) {
      throw new ImportError('invalid', line, `emotion "${emotionText}" is not a number from -3 to 3`);
    }
    if (!step) stage.steps.push((step = { id: args.ids(), title: stepTitle, emotion, durationMin: null }));
    const typeText = get('lane type');
    const type = (typeText || 'notes') as LaneType;
    if (!LANE_TYPES.includes(type)) throw new ImportError('invalid', line, `unknown lane type "${typeText}"`);
    const laneTitle = get('lane') || type;
    let lane = lanes.find((l) => l.title === laneTitle && l.type === type);
    if (!lane) lanes.push((lane = { id: args.ids(), type, title: laneTitle }));
    const text = getRaw('text');
    if (!text.trim()) return; // a row without text is a step with no card
    if (!LANES[type].hasCards) throw new ImportError('invalid', line, `lane type "${type}" holds no cards`);
    const numberOrNull = (name: (typeof CSV_COLUMNS)[number]) => {
      const v = get(name);
      if (v === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n)) throw new ImportError('invalid', line, `${name} "${v}" is not a number`);
      return n;
    };
    const channel = get('channel');
    const metric = get('metric').toUpperCase();
    const colour = get('colour');
    const key = `${lane.id}|${step.id}`;
    const order = counts.get(key) ?? 0;
    counts.set(key, order + 1);
    cards.push({
      id: args.ids(),
      laneId: lane.id,
      stepId: step.id,
      order,
      text,
      color: (colour || null) as Card['color'],
      failPoint: /^(yes|true|1|y|是|f)$/i.test(get('fail point')),
      waitMin: numberOrNull('wait (min)'),
      channel: channel || null, // a built-in key, or a channel the team named
      rootCause: get('root cause'),
      owner: get('owner'),
      metricType: metric ? (METRIC_TYPES.includes(metric as never) ? (metric as Card['metricType']) : null) : null,
      metricValue: numberOrNull('metric value'),
      sampleSize: numberOrNull('sample size'),
      ...(LANES[type].fields.includes('staffPain') && get('staff pain') ? { staffPain: get('staff pain') } : {}),
      ...(LANES[type].fields.includes('staffEmotion') && get('staff emotion') ? { staffEmotion: numberOrNull('staff emotion') } : {}),
    });
  });

  // Lane order is not in the file: each lane type's rank in the registry says where it goes.
  lanes.sort((a, b) => LANES[a.type].rank - LANES[b.type].rank);
  // Emotions travel per row; give them their lane back.
  if (stages.some((s) => s.steps.some((st) => st.emotion !== null)) && !lanes.some((l) => l.type === 'emotion')) {
    lanes.push({ id: args.ids(), type: 'emotion', title: args.labels.emotions });
  }
  const blueprint = lanes.some((l) => ['frontstage', 'backstage', 'support'].includes(l.type));
  // Persona, floor, marks and the rest get their defaults at the validate boundary.
  const candidate = { schemaVersion: SCHEMA_VERSION, id: args.id, kind: blueprint ? 'blueprint' : 'journey', title: args.title, stages, lanes, cards, createdAt: args.now };
  const result = restoreMap(candidate);
  if (!result.ok) throw new ImportError('invalid', '', result.error);
  return result.map;
}
