/**
 * Mermaid's own journey grammar (packages/mermaid/src/diagrams/user-journey/parser/journey.jison),
 * re-stated as a tiny lexer and parser for the tests: rules tried in the grammar's order, first
 * match wins, case-insensitive, as Jison does. It says whether Mermaid accepts a text and what
 * it reads from it (title, sections, tasks with score and people, accessible description).
 */
type Token = { type: string; text: string };

const INITIAL: [RegExp, string | null, string?][] = [
  [/^%%(?!\{)[^\n]*/, null],
  [/^[^}]%%[^\n]*/, null],
  [/^[\n]+/, 'NEWLINE'],
  [/^\s+/, null],
  [/^#[^\n]*/, null],
  [/^journey/i, 'journey'],
  [/^title\s[^#\n;]+/i, 'title'],
  [/^accTitle\s*:\s*/i, 'acc_title', 'acc_title'],
  [/^accDescr\s*:\s*/i, 'acc_descr', 'acc_descr'],
  [/^accDescr\s*\{\s*/i, null, 'acc_descr_multiline'],
  [/^section\s[^#:\n;]+/i, 'section'],
  [/^[^#:\n;]+/, 'taskName'],
  [/^:[^#\n;]+/, 'taskData'],
  [/^:/, ':'],
  [/^./, 'INVALID'],
];

function lex(text: string): Token[] {
  const out: Token[] = [];
  let s = text;
  let state = 'INITIAL';
  while (s.length) {
    if (state === 'acc_title' || state === 'acc_descr') {
      const m = /^[^\n]*/.exec(s)!;
      out.push({ type: `${state}_value`, text: m[0] });
      s = s.slice(m[0].length);
      state = 'INITIAL';
      continue;
    }
    if (state === 'acc_descr_multiline') {
      if (s[0] === '}') {
        s = s.slice(1);
        state = 'INITIAL';
        continue;
      }
      const m = /^[^}]*/.exec(s)!;
      out.push({ type: 'acc_descr_multiline_value', text: m[0] });
      s = s.slice(m[0].length);
      continue;
    }
    for (const [re, type, next] of INITIAL) {
      const m = re.exec(s);
      if (!m) continue;
      if (type) out.push({ type, text: m[0] });
      if (next) state = next;
      s = s.slice(m[0].length);
      break;
    }
  }
  return out;
}

export interface MermaidRead {
  title: string;
  description: string;
  sections: { title: string; tasks: { task: string; score: number; people: string[] }[] }[];
}

/** What Mermaid reads from a journey, or an error string where its parser would fail. */
export function mermaidParse(text: string): MermaidRead | string {
  const tokens = lex(text);
  const out: MermaidRead = { title: '', description: '', sections: [] };
  let i = 0;
  if (tokens[i]?.type === 'NEWLINE') i++;
  if (tokens[i++]?.type !== 'journey') return 'expected journey';
  let section: MermaidRead['sections'][number] | null = null;
  while (i < tokens.length) {
    const t = tokens[i++]!;
    if (t.type === 'NEWLINE') continue;
    if (t.type === 'title') out.title = t.text.slice(6);
    else if (t.type === 'acc_descr_multiline_value') out.description = t.text.trim();
    else if (t.type === 'acc_title' || t.type === 'acc_descr') {
      const v = tokens[i++];
      if (v?.type !== `${t.type}_value`) return `${t.type} without a value`;
      if (t.type === 'acc_descr') out.description = v.text.trim();
    } else if (t.type === 'section') out.sections.push((section = { title: t.text.slice(8), tasks: [] }));
    else if (t.type === 'taskName') {
      const data = tokens[i++];
      if (data?.type !== 'taskData') return `task "${t.text}" without data`;
      const pieces = data.text.slice(1).split(':');
      if (!section) out.sections.push((section = { title: '', tasks: [] }));
      section.tasks.push({ task: t.text, score: Number(pieces[0]), people: pieces.length > 1 ? pieces[1]!.split(',').map((p) => p.trim()) : [] });
    } else return `unexpected ${t.type} "${t.text}"`;
  }
  return out;
}
