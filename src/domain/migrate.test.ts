import { describe, expect, it } from 'vitest';
import { laneOf, makeMap, stepIds } from '../test/fixtures';
import * as edit from './edit';
import { restoreMap } from './migrate';

function sample() {
  const map = makeMap();
  const customer = laneOf(map, 'customer');
  const [s1, s2] = stepIds(map);
  let m = edit.addCard(map, { cardId: 'a', laneId: customer, stepId: s1!, text: '机器人应答' });
  m = edit.addCard(m, { cardId: 'b', laneId: customer, stepId: s2!, text: '转人工' });
  return edit.addConnection(m, { id: 'k', from: 'a', to: 'b' });
}

describe('restoreMap', () => {
  it('round-trips a valid map unchanged', () => {
    const m = sample();
    const r = restoreMap(JSON.parse(JSON.stringify(m)));
    expect(r.ok && r.map).toEqual(m);
  });

  it('refuses what is not a map, with a message naming the field', () => {
    expect(restoreMap(null)).toMatchObject({ ok: false });
    expect(restoreMap([])).toMatchObject({ ok: false });
    expect(restoreMap({ ...sample(), schemaVersion: 99 })).toMatchObject({ ok: false, error: expect.stringContaining('newer') });
    expect(restoreMap({ ...sample(), schemaVersion: 0 })).toMatchObject({ ok: false });
    expect(restoreMap({ ...sample(), stages: [] })).toMatchObject({ ok: false, error: expect.stringContaining('stages') });
    expect(restoreMap({ ...sample(), kind: 'flowchart' })).toMatchObject({ ok: false, error: expect.stringContaining('kind') });
  });

  it('fills defaults and repairs dangling references instead of failing', () => {
    const m = sample();
    const raw = JSON.parse(JSON.stringify(m));
    delete raw.persona;
    raw.cards[0].color = 'ultraviolet';
    raw.cards.push({ ...raw.cards[1], id: 'ghost', laneId: 'missing' });
    raw.connections.push({ id: 'k2', from: 'a', to: 'nowhere', twoWay: false, label: '' });
    raw.marks = { peak: 'missing-step', end: null };
    const r = restoreMap(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.map.persona).toEqual({ name: '', role: '', goals: '', frustrations: '', quote: '', color: null });
    expect(r.map.cards.map((c) => c.id)).toEqual(['a', 'b']);
    expect(r.map.cards[0]!.color).toBeNull();
    expect(r.map.connections.map((k) => k.id)).toEqual(['k']);
    expect(r.map.marks.peak).toBeNull();
    expect(r.repaired.length).toBeGreaterThan(0);
  });

  it('refuses duplicate ids and strips __proto__ keys', () => {
    const raw = JSON.parse(JSON.stringify(sample()));
    raw.lanes[1].id = raw.lanes[0].id;
    expect(restoreMap(raw)).toMatchObject({ ok: false, error: expect.stringContaining('duplicate') });
    const evil = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(sample()).slice(1)}`);
    const r = restoreMap(evil);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (r.ok) expect(Object.keys(r.map)).not.toContain('__proto__');
  });
});
