import { restoreMap } from '../migrate';
import { blankCard } from '../edit/cards';
import { SCHEMA_VERSION, type Card, type JourneyMap } from '../types';
import { ImportError, MAX_IMPORT_BYTES } from './errors';

/**
 * Mermaid `journey` diagrams: a section per stage, a task per step. Emotion −3…+3 maps to
 * Mermaid's 1–5 score (−3→1, 0→3, +3→5); the actors are the customer-facing lanes that have
 * cards in the step. Unscored steps are written as 3 (neutral), as Mermaid needs a score.
 */

export const toMermaidScore = (emotion: number | null): number => (emotion === null ? 3 : Math.round(((emotion + 3) * 4) / 6 + 1));
export const fromMermaidScore = (score: number): number => {
  const v = ((score - 1) * 6) / 4 - 3; // half away from zero, so 2 and 4 mirror each other
  return Math.sign(v) * Math.round(Math.abs(v));
};

/** Mermaid splits tasks on ":" and ends lines at newlines; "#" and ";" start comments/statements. */
function clean(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/:/g, '：').replace(/[#;]/g, ' ').replace(/\s+/g, ' ').trim();
}

const CUSTOMER_FACING = new Set(['customer', 'frontstage', 'touchpoint', 'evidence']);

export function exportMermaid(map: JourneyMap): string {
  const out = ['journey', `  title ${clean(map.title)}`];
  const facing = map.lanes.filter((l) => CUSTOMER_FACING.has(l.type));
  for (const stage of map.stages) {
    out.push(`  section ${clean(stage.title) || '-'}`);
    for (const step of stage.steps) {
      const actors = facing.filter((l) => map.cards.some((c) => c.laneId === l.id && c.stepId === step.id)).map((l) => clean(l.title).replace(/,/g, '，'));
      out.push(`    ${clean(step.title) || '-'}: ${toMermaidScore(step.emotion)}${actors.length ? `: ${actors.join(', ')}` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Parses Mermaid journey text into a journey map: sections → stages, tasks → steps, actors → lanes. */
export function importMermaid(text: string, args: { id: string; ids: () => string; now: number; labels: { untitled: string; emotions: string } }): JourneyMap {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError('too-large', '', 'file is larger than 20 MB');
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  let title = '';
  let seenHeader = false;
  const stages: { id: string; title: string; steps: { id: string; title: string; emotion: number; durationMin: null }[] }[] = [];
  const lanes: { id: string; type: 'customer' | 'emotion'; title: string }[] = [];
  const cards: Card[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/%%.*$/, '').trim();
    const where = `line ${i + 1}`;
    if (!line) return;
    if (!seenHeader) {
      if (line !== 'journey') throw new ImportError('syntax', where, 'a Mermaid journey starts with the word "journey"');
      seenHeader = true;
      return;
    }
    const kw = /^(title|section)\s+(.*)$/.exec(line);
    if (kw) {
      if (kw[1] === 'title') title = kw[2]!.trim();
      else stages.push({ id: args.ids(), title: kw[2]!.trim() || '-', steps: [] });
      return;
    }
    const task = /^([^:]+):\s*([^:]*?)\s*(?::\s*(.*))?$/.exec(line);
    if (!task) throw new ImportError('syntax', where, 'expected "task: score: actors"');
    const score = Number(task[2]);
    if (!Number.isInteger(score) || score < 1 || score > 5) throw new ImportError('invalid', where, `score "${task[2]}" must be a whole number from 1 to 5`);
    if (!stages.length) stages.push({ id: args.ids(), title: '-', steps: [] });
    const step = { id: args.ids(), title: task[1]!.trim(), emotion: fromMermaidScore(score), durationMin: null };
    stages[stages.length - 1]!.steps.push(step);
    for (const actor of (task[3] ?? '').split(',').map((a) => a.trim()).filter(Boolean)) {
      let lane = lanes.find((l) => l.title === actor);
      if (!lane) lanes.push((lane = { id: args.ids(), type: 'customer', title: actor }));
      cards.push(blankCard(args.ids(), lane.id, step.id, 0, step.title));
    }
  });
  if (!seenHeader) throw new ImportError('empty', '', 'the text is empty');
  if (!stages.some((s) => s.steps.length)) throw new ImportError('empty', '', 'the journey has no tasks');
  lanes.push({ id: args.ids(), type: 'emotion', title: args.labels.emotions });
  // Persona, floor, marks and the rest get their defaults at the validate boundary.
  const result = restoreMap({
    schemaVersion: SCHEMA_VERSION,
    id: args.id,
    kind: 'journey',
    title: title || args.labels.untitled,
    stages: stages.filter((s) => s.steps.length),
    lanes,
    cards,
    createdAt: args.now,
  });
  if (!result.ok) throw new ImportError('invalid', '', result.error);
  return result.map;
}
