import { LANE_TYPES, LANES, METRIC_TYPES, laneHasField, type LaneType } from '../lanes';
import { restoreMap } from '../migrate';
import { SCHEMA_VERSION, type Card, type JourneyMap } from '../types';
import { ImportError } from './errors';
import { checkSize } from './limits';

/**
 * CSV: one row per card, UTF-8 with a BOM so Excel opens Chinese correctly. The header row is
 * fixed English keys (a file format, not interface text). Text cells that a spreadsheet would
 * run as a formula (= + - @ at the start) are written with a leading apostrophe, removed on
 * import; so is text that already starts with apostrophes before such a character, so "'=x"
 * comes back as "'=x". Numbers are numbers, never escaped. A step without cards is one row
 * with no lane and no text, so it keeps its place and its emotion.
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

/** A text a spreadsheet would run as a formula, possibly behind apostrophes (one is removed on import). */
const FORMULA = /^'*[=+\-@\t\r]/;

function cell(value: string | number | boolean | null): string {
  let s = value === null ? '' : typeof value === 'boolean' ? (value ? 'yes' : '') : String(value);
  if (typeof value === 'string' && FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A blank stage or step title is written as "-": a row needs a step to be read back. */
const orDash = (title: string) => (title.trim() ? title : '-');

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
  const withCards = new Set(cards.map((c) => c.stepId));
  const empty = (stepId: string) => {
    const info = stepInfo.get(stepId)!;
    rows.push([orDash(info.stage), orDash(info.step.title), info.step.emotion, ...CSV_COLUMNS.slice(3).map(() => null)].map(cell).join(','));
  };
  let next = 0; // steps in order: a step with no cards gets its own row where it stands
  const steps = [...stepInfo.keys()];
  const emptyUpTo = (index: number) => {
    for (; next <= index; next++) if (!withCards.has(steps[next]!)) empty(steps[next]!);
  };
  for (const c of cards) {
    emptyUpTo(stepIndex.get(c.stepId)!);
    const lane = laneById.get(c.laneId)!;
    const info = stepInfo.get(c.stepId)!;
    const has = (f: Parameters<typeof laneHasField>[1]) => laneHasField(lane.type, f);
    rows.push(
      [
        orDash(info.stage),
        orDash(info.step.title),
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
  emptyUpTo(steps.length - 1);
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

/**
 * RFC 4180 parsing; errors name the line. Returns rows of cells. Runs of plain characters are
 * sliced, not appended one by one, so a large file parses in one linear pass.
 */
export function parseCsv(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let line = 1;
  let i = 0;
  const n = s.length;
  const endRow = () => {
    if (row.some((c) => c.trim() !== '')) rows.push(row);
    row = [];
  };
  while (i <= n) {
    // One cell, starting at i.
    let field: string;
    if (s[i] === '"') {
      const quoteLine = line;
      const parts: string[] = [];
      let from = i + 1;
      for (;;) {
        const q = s.indexOf('"', from);
        if (q < 0) throw new ImportError('syntax', `line ${quoteLine}`, 'a quoted cell is never closed');
        parts.push(s.slice(from, q));
        if (s[q + 1] === '"') {
          parts.push('"');
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      field = parts.join('');
      for (let k = 0; k < field.length; k++) if (field.charCodeAt(k) === 10) line++;
      if (i < n && s[i] !== ',' && s[i] !== '\n' && s[i] !== '\r') throw new ImportError('syntax', `line ${line}`, 'text after a quoted cell');
    } else {
      let j = i;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (c === 44 || c === 10 || c === 13) break;
        if (c === 34) throw new ImportError('syntax', `line ${line}`, 'a quote inside an unquoted cell');
        j++;
      }
      field = s.slice(i, j);
      i = j;
    }
    row.push(field);
    if (i >= n) {
      endRow();
      break;
    }
    const sep = s[i];
    i++;
    if (sep === ',') continue;
    if (sep === '\r' && s[i] === '\n') i++;
    line++;
    endRow();
    if (i >= n) break;
  }
  return rows;
}

/** Removes the one apostrophe export puts before a formula-like text. */
const unformula = (s: string) => (s.startsWith("'") && /^'+[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

/** Plain decimals only: no hex, no "Infinity", no exponent; a leading apostrophe of old exports is allowed. */
const DECIMAL = /^[+-]?\d+(\.\d+)?$/;
function parseNumber(text: string): number | null {
  const v = text.replace(/^'/, '').replace('\u2212', '-').replace(',', '.');
  if (v.length > 40 || !DECIMAL.test(v)) return null;
  return Number(v);
}

type Column = (typeof CSV_COLUMNS)[number];
type StepDraft = { id: string; title: string; emotion: number | null; durationMin: null };

/** Builds a map from CSV in the export's columns (extra columns are ignored). Linear in the rows. */
export function importCsv(text: string, args: { id: string; ids: () => string; title: string; now: number; labels: { emotions: string } }): JourneyMap {
  checkSize('csv', text.length);
  const rows = parseCsv(text);
  if (rows.length < 2) throw new ImportError('empty', '', 'no rows after the header');
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const index = new Map(CSV_COLUMNS.map((c) => [c, header.indexOf(c)]));
  for (const required of ['stage', 'step', 'lane', 'text'] as const) {
    if (index.get(required)! < 0) throw new ImportError('invalid', 'line 1', `missing column "${required}"`);
  }
  const stages: { id: string; title: string; steps: StepDraft[] }[] = [];
  const stageByTitle = new Map<string, { id: string; title: string; steps: StepDraft[]; byTitle: Map<string, StepDraft> }>();
  const lanes: { id: string; type: LaneType; title: string }[] = [];
  const laneByKey = new Map<string, { id: string; type: LaneType; title: string }>();
  const cards: Card[] = [];
  const counts = new Map<string, number>();

  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = `line ${r + 1}`;
    const raw = (name: Column) => {
      const k = index.get(name)!;
      return k >= 0 ? (row[k] ?? '') : '';
    };
    const get = (name: Column) => unformula(raw(name)).trim();
    const stageTitle = get('stage') || 'Stage';
    const stepTitle = get('step');
    if (!stepTitle) throw new ImportError('invalid', line, 'the step is empty');
    let stage = stageByTitle.get(stageTitle);
    if (!stage) {
      stage = { id: args.ids(), title: stageTitle, steps: [], byTitle: new Map() };
      stageByTitle.set(stageTitle, stage);
      stages.push(stage);
    }
    const emotionText = get('emotion');
    const emotion = emotionText === '' ? null : parseNumber(emotionText);
    if (emotion !== null ? !(emotion >= -3 && emotion <= 3) : emotionText !== '') {
      throw new ImportError('invalid', line, `emotion "${emotionText.slice(0, 20)}" is not a number from -3 to 3`);
    }
    let step = stage.byTitle.get(stepTitle);
    if (!step) {
      step = { id: args.ids(), title: stepTitle, emotion, durationMin: null };
      stage.byTitle.set(stepTitle, step);
      stage.steps.push(step);
    } else if (step.emotion === null && emotion !== null) step.emotion = emotion;
    const text = unformula(raw('text'));
    const typeText = get('lane type');
    const laneText = get('lane');
    // A row without text is a step with no card (and, with no lane either, no lane).
    if (!text.trim() && !typeText && !laneText) continue;
    const type = (typeText || 'notes') as LaneType;
    if (!LANE_TYPES.includes(type)) throw new ImportError('invalid', line, `unknown lane type "${typeText.slice(0, 40)}"`);
    const laneTitle = laneText || type;
    const laneKey = `${type}\n${laneTitle}`;
    let lane = laneByKey.get(laneKey);
    if (!lane) {
      lane = { id: args.ids(), type, title: laneTitle };
      laneByKey.set(laneKey, lane);
      lanes.push(lane);
    }
    if (!text.trim()) continue;
    if (!LANES[type].hasCards) throw new ImportError('invalid', line, `lane type "${type}" holds no cards`);
    const numberOrNull = (name: Column) => {
      const v = get(name);
      if (v === '') return null;
      const n = parseNumber(v);
      if (n === null) throw new ImportError('invalid', line, `${name} "${v.slice(0, 20)}" is not a number`);
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
  }

  // Lane order is not in the file: each lane type's rank in the registry says where it goes.
  lanes.sort((a, b) => LANES[a.type].rank - LANES[b.type].rank);
  // Emotions travel per row; give them their lane back.
  if (stages.some((s) => s.steps.some((st) => st.emotion !== null)) && !lanes.some((l) => l.type === 'emotion')) {
    lanes.push({ id: args.ids(), type: 'emotion', title: args.labels.emotions });
  }
  if (!lanes.length) lanes.push({ id: args.ids(), type: 'emotion', title: args.labels.emotions });
  const blueprint = lanes.some((l) => ['frontstage', 'backstage', 'support'].includes(l.type));
  // Persona, floor, marks and the rest get their defaults at the validate boundary.
  const candidate = {
    schemaVersion: SCHEMA_VERSION,
    id: args.id,
    kind: blueprint ? 'blueprint' : 'journey',
    title: args.title,
    stages: stages.map(({ id, title, steps }) => ({ id, title, steps })),
    lanes,
    cards,
    createdAt: args.now,
  };
  const result = restoreMap(candidate);
  if (!result.ok) throw new ImportError('invalid', '', result.error);
  return result.map;
}
