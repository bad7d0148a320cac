import { CUSTOMER_FACING_LANES } from '../lanes';
import { restoreMap } from '../migrate';
import { blankCard } from '../edit/cards';
import { SCHEMA_VERSION, type Card, type JourneyMap } from '../types';
import { ImportError } from './errors';
import { checkSize } from './limits';

/**
 * Mermaid `journey` diagrams: a section per stage, a task per step. Emotion −3…+3 maps to
 * Mermaid's 1–5 score (−3→1, 0→3, +3→5); the actors are the customer-facing lanes that have
 * cards in the step. Unscored steps are written as 3 (neutral), as Mermaid needs a score. The
 * map's scenario travels as the diagram's accessible description (`accDescr { … }`).
 *
 * The reader never runs a regular expression over imported text that could backtrack: lines
 * are split, keywords are compared as prefixes, and each statement is cut at its separators
 * with indexOf. That keeps any input, however hostile, linear in its length.
 */

export const toMermaidScore = (emotion: number | null): number => (emotion === null ? 3 : Math.round(((emotion + 3) * 4) / 6 + 1));
export const fromMermaidScore = (score: number): number => {
  const v = ((score - 1) * 6) / 4 - 3; // half away from zero, so 2 and 4 mirror each other
  return Math.sign(v) * Math.round(Math.abs(v));
};

/**
 * Mermaid's lexer reads `%%` anywhere as a comment and `title`, `section`, `journey`, `accTitle`
 * and `accDescr` at the start of a statement as keywords, case-insensitively. A zero-width space
 * breaks those up on export and is dropped again on import, so such text round-trips.
 */
const ESCAPE = '\u200b';
const KEYWORDS = ['journey', 'title', 'section', 'acctitle', 'accdescr'];

/** Mermaid splits tasks on ":" and ends lines at newlines; "#" and ";" end a statement. */
function clean(text: string): string {
  return text
    .replaceAll(ESCAPE, '')
    .replace(/\s+/g, ' ')
    .replaceAll(':', '：')
    .replaceAll('#', '＃')
    .replaceAll(';', '；')
    .trim()
    .replace(/%(?=%)/g, `%${ESCAPE}`);
}

function escapeKeyword(name: string): string {
  const lower = name.toLowerCase();
  return KEYWORDS.some((k) => lower.startsWith(k)) ? `${name[0]}${ESCAPE}${name.slice(1)}` : name;
}

/** What Mermaid can hold of a text: the reader gives back exactly this. */
export const mermaidText = (text: string, fallback = '-'): string => clean(text).replaceAll(ESCAPE, '') || fallback;

export function exportMermaid(map: JourneyMap): string {
  const out = ['journey'];
  const title = clean(map.title);
  if (title) out.push(`  title ${title}`);
  const facing = map.lanes.filter((l) => CUSTOMER_FACING_LANES.has(l.type));
  // One pass over the cards (not one per step and lane): export stays linear in the map.
  const filled = new Set(map.cards.map((c) => `${c.laneId}\n${c.stepId}`));
  for (const stage of map.stages) {
    out.push(`  section ${clean(stage.title) || '-'}`);
    for (const step of stage.steps) {
      const actors = facing.filter((l) => filled.has(`${l.id}\n${step.id}`)).map((l) => clean(l.title).replaceAll(',', '，'));
      const name = escapeKeyword(clean(step.title) || '-');
      out.push(`    ${name}: ${toMermaidScore(step.emotion)}${actors.length ? `: ${actors.join(', ')}` : ''}`);
    }
  }
  // The scenario last, so the head of the file reads as a plain journey.
  const scenario = map.scenario.replaceAll('}', '｝').trim();
  if (scenario) out.push('  accDescr {', ...scenario.split(/\r?\n/).map((l) => `    ${l.replaceAll('\r', ' ')}`), '  }');
  return `${out.join('\n')}\n`;
}

/** The text before the first of `marks` (or all of it). */
function cutAt(s: string, marks: readonly string[]): string {
  let end = s.length;
  for (const m of marks) {
    const i = s.indexOf(m);
    if (i >= 0 && i < end) end = i;
  }
  return s.slice(0, end);
}

/** Splits into lines on \n, \r\n or \r (Mermaid ends statements at any of them). */
const splitLines = (text: string): string[] => text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);

/** `word` at the start of `line`, case-insensitively, followed by whitespace or the end. */
function keyword(line: string, word: string): string | null {
  if (line.slice(0, word.length).toLowerCase() !== word) return null;
  const next = line.charAt(word.length);
  if (next === '' || /\s/.test(next)) return line.slice(word.length);
  return null;
}

interface Parsed {
  title: string;
  description: string;
  sections: { title: string; tasks: { name: string; score: number; actors: string[] }[] }[];
}

/**
 * Reads Mermaid's journey syntax as its documentation defines it: YAML front matter, `%%{init}%%`
 * directives, `%%` and `#` comments, `title`, `accTitle:`, `accDescr:` and `accDescr { … }`,
 * `section`, and tasks `name: score` with or without `: actors`. Anything else is an error that
 * names its line.
 */
export function parseMermaid(text: string): Parsed {
  const lines = splitLines(text);
  const out: Parsed = { title: '', description: '', sections: [] };
  let accTitle = '';
  let i = 0;
  const where = () => `line ${i + 1}`;
  const blank = (s: string) => s.trim() === '';
  while (i < lines.length && blank(lines[i]!)) i++;
  // YAML front matter: only its `title:` matters here.
  if (i < lines.length && lines[i]!.trim() === '---') {
    const open = i;
    for (i++; i < lines.length && lines[i]!.trim() !== '---'; i++) {
      const l = lines[i]!;
      if (l.startsWith('title:')) out.title = unquote(l.slice(6).trim());
    }
    if (i >= lines.length) throw new ImportError('syntax', `line ${open + 1}`, 'the front matter (---) is never closed');
    i++;
  }
  let header = false;
  for (; i < lines.length; i++) {
    let line = lines[i]!.trim();
    if (line.startsWith('%%{')) {
      // A directive may span lines; it ends at "}%%".
      const start = i;
      while (!lines[i]!.includes('}%%')) {
        if (++i >= lines.length) throw new ImportError('syntax', `line ${start + 1}`, 'the directive %%{ … }%% is never closed');
      }
      continue;
    }
    line = cutAt(line, ['%%', '#']).trim();
    if (!line) continue;
    if (!header) {
      if (line.toLowerCase() !== 'journey') throw new ImportError('syntax', where(), 'a Mermaid journey starts with the word "journey"');
      header = true;
      continue;
    }
    const descrBlock = line.slice(0, 8).toLowerCase() === 'accdescr' ? line.slice(8).trimStart() : '';
    if (descrBlock.startsWith('{')) {
      const start = i;
      let body = descrBlock.slice(1);
      const parts: string[] = [];
      while (!body.includes('}')) {
        parts.push(body);
        if (++i >= lines.length) throw new ImportError('syntax', `line ${start + 1}`, 'accDescr { … } is never closed');
        body = lines[i]!;
      }
      parts.push(body.slice(0, body.indexOf('}')));
      out.description = parts.map((p) => p.trim()).join('\n').trim();
      continue;
    }
    for (const statement of line.split(';')) parseStatement(statement.trim(), out, where(), (v) => (accTitle = v));
  }
  if (!header) throw new ImportError('empty', '', 'the text is empty');
  if (!out.title) out.title = accTitle;
  return out;
}

function unquote(s: string): string {
  const q = s[0];
  return (q === '"' || q === "'") && s.length > 1 && s.endsWith(q) ? s.slice(1, -1) : s;
}

function parseStatement(s: string, out: Parsed, where: string, setAccTitle: (v: string) => void): void {
  if (!s) return;
  // accTitle / accDescr only when a colon follows (Mermaid reads "accTitle A: 3" as a task).
  for (const word of ['acctitle', 'accdescr']) {
    const rest = s.slice(0, word.length).toLowerCase() === word ? s.slice(word.length).trimStart() : '';
    if (!rest.startsWith(':')) continue;
    const value = rest.slice(1).trim();
    if (word === 'acctitle') setAccTitle(value);
    else out.description = value;
    return;
  }
  const title = keyword(s, 'title');
  if (title !== null) {
    out.title = title.trim();
    return;
  }
  const section = keyword(s, 'section');
  if (section !== null) {
    out.sections.push({ title: section.trim().replaceAll(ESCAPE, '') || '-', tasks: [] });
    return;
  }
  const colon = s.indexOf(':');
  if (colon < 0) throw new ImportError('syntax', where, `"${s.slice(0, 40)}" is not a Mermaid journey statement (expected "task: score: actors")`);
  const name = s.slice(0, colon).replaceAll(ESCAPE, '').trim();
  if (!name) throw new ImportError('syntax', where, 'the task has no name');
  const [scoreText = '', actorText = ''] = s.slice(colon + 1).split(':');
  const scoreTrim = scoreText.trim();
  if (!/^[1-5]$/.test(scoreTrim)) throw new ImportError('invalid', where, `score "${scoreTrim.slice(0, 20)}" must be a whole number from 1 to 5`);
  const actors = actorText
    .split(',')
    .map((a) => a.replaceAll(ESCAPE, '').trim())
    .filter(Boolean);
  if (!out.sections.length) out.sections.push({ title: '-', tasks: [] });
  out.sections[out.sections.length - 1]!.tasks.push({ name, score: Number(scoreTrim), actors });
}

/** Parses Mermaid journey text into a journey map: sections → stages, tasks → steps, actors → lanes. */
export function importMermaid(text: string, args: { id: string; ids: () => string; now: number; labels: { untitled: string; emotions: string } }): JourneyMap {
  checkSize('mermaid', text.length);
  const parsed = parseMermaid(text);
  if (!parsed.sections.some((s) => s.tasks.length)) throw new ImportError('empty', '', 'the journey has no tasks');
  const lanes: { id: string; type: 'customer' | 'emotion'; title: string }[] = [];
  const laneByActor = new Map<string, string>();
  const cards: Card[] = [];
  const stages = parsed.sections
    .filter((s) => s.tasks.length)
    .map((section) => ({
      id: args.ids(),
      title: section.title,
      steps: section.tasks.map((task) => {
        const step = { id: args.ids(), title: task.name, emotion: fromMermaidScore(task.score), durationMin: null };
        for (const actor of new Set(task.actors)) {
          let laneId = laneByActor.get(actor);
          if (!laneId) {
            laneId = args.ids();
            laneByActor.set(actor, laneId);
            lanes.push({ id: laneId, type: 'customer', title: actor });
          }
          cards.push(blankCard(args.ids(), laneId, step.id, 0, step.title));
        }
        return step;
      }),
    }));
  lanes.push({ id: args.ids(), type: 'emotion', title: args.labels.emotions });
  // Persona, floor, marks and the rest get their defaults at the validate boundary.
  const result = restoreMap({
    schemaVersion: SCHEMA_VERSION,
    id: args.id,
    kind: 'journey',
    title: parsed.title.replaceAll(ESCAPE, '') || args.labels.untitled,
    scenario: parsed.description,
    stages,
    lanes,
    cards,
    createdAt: args.now,
  });
  if (!result.ok) throw new ImportError('invalid', '', result.error);
  return result.map;
}

/** True when the text's first statement (past front matter, directives and comments) is `journey`. */
export function looksLikeMermaid(text: string): boolean {
  // Only the head of the text is looked at, so detection is cheap whatever the size.
  const head = text.slice(0, 64 * 1024);
  const lines = splitLines(head);
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  if (lines[i]?.trim() === '---') {
    for (i++; i < lines.length && lines[i]!.trim() !== '---'; i++);
    i++;
  }
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.startsWith('%%{')) {
      while (i < lines.length && !lines[i]!.includes('}%%')) i++;
      continue;
    }
    const content = cutAt(line, ['%%', '#']).trim();
    if (!content) continue;
    return content.toLowerCase() === 'journey';
  }
  return false;
}
