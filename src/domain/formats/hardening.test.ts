import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbMap } from '../../test/arbitraries';
import { idCounter, laneOf, makeMap, stepIds } from '../../test/fixtures';
import { mermaidParse } from '../../test/mermaidLexer';
import * as edit from '../edit';
import { LANES } from '../lanes';
import { canonical } from '../query';
import type { JourneyMap } from '../types';
import { exportBackup, importBackup } from './backup';
import { exportCsv, importCsv } from './csv';
import { decodeText } from './decode';
import { ImportError } from './errors';
import { exportJson, importJson, importJsonWithRepairs as importJsonRepairs } from './json';
import { FORMAT_LIMITS } from './limits';
import { exportMermaid, fromMermaidScore, importMermaid, mermaidText, toMermaidScore } from './mermaid';

const mmdOpts = () => ({ id: 'mm', ids: idCounter('m'), now: 0, labels: { untitled: 'U', emotions: 'E' } });
const csvOpts = () => ({ id: 'c', ids: idCounter('c'), title: 'T', now: 0, labels: { emotions: 'E' } });
const steps = (m: JourneyMap) => m.stages.flatMap((s) => s.steps);

describe('Mermaid, as its documentation defines it', () => {
  it('reads front matter, directives, comments, accTitle/accDescr and tasks with or without actors', () => {
    const text = [
      '---',
      'title: "Front matter title"',
      'config:',
      '  theme: forest',
      '---',
      '%%{init: {"theme": "dark",',
      '  "journey": {"useMaxWidth": true}}}%%',
      '%% a comment',
      'journey',
      '  accTitle: Accessible title',
      '  accDescr {',
      '    First line',
      '    second line',
      '  }',
      '  section Go to work # a comment too',
      '    Make tea: 5: Me, Cat',
      '    Think: 3',
      '    Walk: 2 %% why',
    ].join('\n');
    const m = importMermaid(text, mmdOpts());
    expect(m.title).toBe('Front matter title');
    expect(m.scenario).toBe('First line\nsecond line');
    expect(steps(m).map((s) => [s.title, s.emotion])).toEqual([
      ['Make tea', 3],
      ['Think', 0],
      ['Walk', -2],
    ]);
    expect(m.cards.map((c) => m.lanes.find((l) => l.id === c.laneId)!.title)).toEqual(['Me', 'Cat']);
    // accTitle serves as the title when there is none; the one-line accDescr form works too.
    const n = importMermaid('journey\naccTitle: Only this\naccDescr: One line\nsection S\nA: 1', mmdOpts());
    expect([n.title, n.scenario]).toEqual(['Only this', 'One line']);
    // the title keyword wins over accTitle
    expect(importMermaid('journey\naccTitle: A\ntitle B\nT: 3', mmdOpts()).title).toBe('B');
  });

  it('names the line of anything it does not understand', () => {
    const o = mmdOpts();
    expect(() => importMermaid('journey\n  section S\n    A: 3\n  bogus statement here\n', o)).toThrow(/line 4: "bogus statement here" is not a Mermaid journey statement/);
    expect(() => importMermaid('journey\n  A: 0x3', o)).toThrow(/line 2: score "0x3"/);
    expect(() => importMermaid('---\ntitle: x\n', o)).toThrow(/line 1: the front matter/);
    expect(() => importMermaid('%%{init: {}\njourney', o)).toThrow(/line 1: the directive/);
    expect(() => importMermaid('journey\naccDescr {\n no end', o)).toThrow(/line 2: accDescr/);
    expect(() => importMermaid('journey\naccTitle A: 3', o)).not.toThrow(); // a task that merely starts with the word
  });

  it('a step titled "title X" stays a step, and a title with "%%" stays whole (defect 10)', () => {
    let m = makeMap('journey');
    m = edit.setTitle(m, { title: 'Plan 100%% done' });
    m = edit.updateStep(m, { stepId: stepIds(m)[0]!, patch: { title: 'title X' } });
    m = edit.updateStep(m, { stepId: stepIds(m)[1]!, patch: { title: 'Section two' } });
    const back = importMermaid(exportMermaid(m), mmdOpts());
    expect(back.title).toBe('Plan 100%% done');
    expect(steps(back).map((s) => s.title)).toEqual(['title X', 'Section two', 'Step 3']);
  });

  it('every export is valid for Mermaid’s own grammar and reads the same there (property)', () => {
    fc.assert(
      fc.property(arbMap(), (m) => {
        const text = exportMermaid(m);
        const read = mermaidParse(text);
        if (typeof read === 'string') throw new Error(`${read}\n${text}`);
        expect(read.title.trim().replaceAll('\u200b', '')).toBe(mermaidText(m.title, ''));
        expect(read.sections.map((s) => s.tasks.map((t) => [t.task.trim().replaceAll('\u200b', ''), t.score]))).toEqual(
          m.stages.map((s) => s.steps.map((st) => [mermaidText(st.title), toMermaidScore(st.emotion)])),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('export → import gives back everything Mermaid can hold (property)', () => {
    const facing = new Set(['customer', 'frontstage', 'touchpoint', 'evidence']);
    fc.assert(
      fc.property(arbMap(), (m) => {
        const back = importMermaid(exportMermaid(m), mmdOpts());
        expect(back.title).toBe(mermaidText(m.title, 'U'));
        const scenario = m.scenario.replaceAll('}', '｝').trim().split(/\r?\n/).map((l) => l.replaceAll('\r', ' ').trim()).join('\n').trim();
        expect(back.scenario).toBe(scenario);
        expect(back.stages.map((s) => [s.title, s.steps.map((st) => [st.title, st.emotion])])).toEqual(
          m.stages.map((s) => [mermaidText(s.title), s.steps.map((st) => [mermaidText(st.title), fromMermaidScore(toMermaidScore(st.emotion))])]),
        );
        const actors = (map: JourneyMap, stepId: string, lanes: (l: JourneyMap['lanes'][number]) => boolean) =>
          [...new Set(map.cards.filter((c) => c.stepId === stepId).flatMap((c) => map.lanes.filter((l) => l.id === c.laneId && lanes(l)).map((l) => mermaidText(l.title, '').replaceAll(',', '，'))))]
            .filter(Boolean)
            .sort();
        steps(m).forEach((st, i) => {
          expect(actors(back, steps(back)[i]!.id, () => true)).toEqual(actors(m, st.id, (l) => facing.has(l.type)));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV round trips (defect 10)', () => {
  const one = (text: string) => {
    let m = makeMap('journey');
    m = edit.addCard(m, { cardId: 'k', laneId: laneOf(m, 'customer'), stepId: stepIds(m)[0]!, text });
    return m;
  };
  it('keeps an apostrophe that really starts a text, writes negatives as numbers, refuses hex', () => {
    for (const text of ["'=1+1", "''=x", "'-3", '-3', '=SUM(A1)', "'plain"]) {
      const back = importCsv(exportCsv(one(text)), csvOpts());
      expect(back.cards.map((c) => c.text)).toEqual([text]);
    }
    let m = one('x');
    m = edit.setEmotion(m, { stepId: stepIds(m)[0]!, value: -3 });
    const csv = exportCsv(m);
    expect(csv).toContain(',-3,');
    expect(csv).not.toContain("'-3");
    expect(() => importCsv('stage,step,emotion,lane,text\nA,B,0x2,L,t\n', csvOpts())).toThrow(/line 2: emotion "0x2"/);
    expect(() => importCsv('stage,step,lane,lane type,text,wait (min)\nA,B,L,customer,t,0x10\n', csvOpts())).toThrow(/wait \(min\) "0x10" is not a number/);
    expect(() => importCsv('stage,step,lane,lane type,text,wait (min)\nA,B,L,customer,t,Infinity\n', csvOpts())).toThrow(/not a number/);
    // files written before this fix still read
    expect(importCsv("stage,step,emotion,lane,text\nA,B,'-3,L,t\n", csvOpts()).stages[0]!.steps[0]!.emotion).toBe(-3);
  });

  it('a step or stage without a title still reads back', () => {
    let m = makeMap('journey');
    m = { ...m, stages: m.stages.map((s) => ({ ...s, title: ' ', steps: s.steps.map((st, i) => (i ? st : { ...st, title: '' })) })) };
    expect(steps(importCsv(exportCsv(m), csvOpts())).map((s) => s.title)).toEqual(['-', 'Step 2', 'Step 3']);
  });

  it('keeps steps without cards, and their emotions', () => {
    let m = makeMap('journey');
    m = edit.setEmotion(m, { stepId: stepIds(m)[1]!, value: 2 });
    const back = importCsv(exportCsv(m), csvOpts());
    expect(steps(back).map((s) => [s.title, s.emotion])).toEqual([
      ['Step 1', null],
      ['Step 2', 2],
      ['Step 3', null],
    ]);
  });

  it('export → import gives back everything CSV can hold (property)', () => {
    const title = (s: string, fallback: string) => s.trim() || fallback;
    fc.assert(
      fc.property(arbMap({ uniqueTitles: true }), (m) => {
        const back = importCsv(exportCsv(m), csvOpts());
        expect(back.scenario).toBe(''); // not a CSV column
        expect(back.stages.map((s) => [s.title, s.steps.map((st) => [st.title, st.emotion])])).toEqual(
          m.stages.map((s) => [title(s.title, '-'), s.steps.map((st) => [title(st.title, '-'), st.emotion])]),
        );
        const cardsOf = (map: JourneyMap, stepId: string) =>
          map.cards
            .filter((c) => c.stepId === stepId)
            .map((c) => {
              const lane = map.lanes.find((l) => l.id === c.laneId)!;
              return JSON.stringify([lane.type, title(lane.title, lane.type), c.text, c.color, c.failPoint, c.waitMin, c.channel, c.rootCause.trim(), c.owner.trim(), c.metricType, c.metricValue, c.sampleSize]);
            })
            .sort();
        steps(m).forEach((st, i) => expect(cardsOf(back, steps(back)[i]!.id)).toEqual(cardsOf(m, st.id)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('JSON round trips', () => {
  it('export → import gives back the same map, always (property)', () => {
    fc.assert(
      fc.property(arbMap(), (m) => {
        expect(importJson(exportJson(m))).toEqual(canonical(m));
      }),
      { numRuns: 300 },
    );
  });
});

describe('text encodings', () => {
  it('says so when a file mixes UTF-8 and GBK lines (defect 10)', () => {
    const utf8 = new TextEncoder().encode('stage,step,lane,text\n售前,咨询,客户,打电话\n');
    const gbk = new Uint8Array([0xca, 0xdb, 0xba, 0xf3, 0x2c, 0x61, 0x2c, 0x62, 0x2c, 0x63, 0x0a]); // 售后,a,b,c
    const mixed = new Uint8Array([...utf8, ...gbk]);
    expect(() => decodeText(mixed)).toThrow(/line 3: the file mixes encodings: line 2 is UTF-8/);
    expect(decodeText(gbk).encoding).toBe('gb18030');
  });
});

describe('size limits belong to each format (defect 5)', () => {
  it('a backup the app wrote restores, even of 100,000 cards and beyond the old 20 MB cap', () => {
    let m = makeMap('blueprint', 'big');
    const lane = laneOf(m, 'customer');
    const stepsOfMap = stepIds(m);
    const text = '顾客在门店排队等待，店员说系统正在升级请稍候 ';
    m = {
      ...m,
      cards: Array.from({ length: 100_000 }, (_, i) => ({ ...m.cards[0], ...edit.blankCard(`c${i}`, lane, stepsOfMap[i % 3]!, i, `${text}${i}`) })),
    };
    const bytes = new TextEncoder().encode(exportBackup([{ map: m, updatedAt: 1, deletedAt: null }], 2));
    expect(bytes.length).toBeGreaterThan(20 * 1024 * 1024);
    const [entry] = importBackup(decodeText(bytes).text);
    expect(entry!.map.cards).toHaveLength(100_000);
  }, 120_000);

  it('each format says its own limit', () => {
    expect(FORMAT_LIMITS.backup).toBeGreaterThan(FORMAT_LIMITS.json);
    expect(() => importMermaid('x'.repeat(FORMAT_LIMITS.mermaid + 1), mmdOpts())).toThrow(/a Mermaid file may be up to 32 MB/);
  });
});

describe('backups (defect 1)', () => {
  const entry = (over: Record<string, unknown>) => {
    const map = makeMap('journey');
    return JSON.stringify({ format: 'journeyprint-backup', version: 1, createdAt: 1, maps: [{ map, updatedAt: 1, deletedAt: null, ...over }] });
  };
  it('refuses dates Date cannot format or no one could have made, naming the map and field', () => {
    expect(() => importBackup(entry({ updatedAt: 1e20 }))).toThrow(/maps\.0\.updatedAt: 1000+ is not a date between 1970 and 2100/);
    expect(() => importBackup(entry({ updatedAt: -1e17 }))).toThrow(/maps\.0\.updatedAt/);
    expect(() => importBackup(entry({ deletedAt: 1e17 }))).toThrow(/maps\.0\.deletedAt/);
    expect(() => importBackup(entry({ map: { ...makeMap('journey'), createdAt: 1e20 } }))).toThrow(/maps\.0: createdAt/);
    expect(importBackup(entry({ updatedAt: Date.UTC(2026, 0, 1) }))[0]!.updatedAt).toBe(Date.UTC(2026, 0, 1));
  });
  it('refuses minutes and metrics that are not plausible (no "W Infinity min")', () => {
    const m = makeMap('blueprint');
    const card = { ...edit.blankCard('k', laneOf(m, 'customer'), stepIds(m)[0]!, 0, 'x') };
    for (const bad of [{ waitMin: 1e308 }, { sampleSize: 1e300 }, { metricValue: -1e300 }]) {
      expect(() => importJson(JSON.stringify({ ...m, cards: [{ ...card, ...bad }] }))).toThrow(ImportError);
    }
    const s = m.stages[0]!;
    expect(() => importJson(JSON.stringify({ ...m, stages: [{ ...s, steps: [{ ...s.steps[0], durationMin: 1e308 }] }] }))).toThrow(/durationMin/);
  });
});

describe('repairs are reported, not silent', () => {
  it('names duplicate cards, cards in a lane that holds none, and dangling connections', () => {
    let m = makeMap('journey');
    m = edit.addCard(m, { cardId: 'a', laneId: laneOf(m, 'customer'), stepId: stepIds(m)[0]!, text: 'a' });
    const a = m.cards[0]!;
    const emotionLane = m.lanes.find((l) => !LANES[l.type].hasCards)!;
    const json = JSON.stringify({ ...m, cards: [a, a, { ...a, id: 'e', laneId: emotionLane.id }], connections: [{ id: 'k', from: 'a', to: 'gone' }] });
    const { repaired } = importJsonRepairs(json);
    expect(repaired).toEqual([
      { kind: 'cards-in-cardless-lane', count: 1 },
      { kind: 'duplicate-cards', count: 1 },
      { kind: 'dangling-connections', count: 1 },
    ]);
  });
});
