import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Identity } from '../../session/identity';
import { PERSON_COLORS } from '../../session/identity';
import { initialsOf, splitOverflow } from './peers';
import { PresenceSession } from './session';
import { cleanName, inkOf, parsePresence, safeColor } from './state';
import type { Clock } from './throttle';

const ana: Identity = { id: 'ana-0000001', name: 'Ana Lima', color: '#1971c2' };
const bo: Identity = { id: 'bo-00000002', name: '王小明', color: '#2f9e44' };

/** A clock that only moves when told, with the timers it holds. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 0;
  const clock: Clock & { advance(ms: number): void } = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.push({ at: now + ms, fn, id: ++next });
      return next;
    },
    clearTimeout: (id) => void (timers = timers.filter((t) => t.id !== id)),
    advance(ms) {
      now += ms;
      for (const t of timers.filter((x) => x.at <= now)) {
        timers = timers.filter((x) => x !== t);
        t.fn();
      }
    },
  };
  return clock;
}

/** Two tabs' awareness wired together as a provider would: every change is encoded and applied. */
function wired() {
  const a = new Awareness(new Y.Doc());
  const b = new Awareness(new Y.Doc());
  const relay = (from: Awareness, to: Awareness) =>
    from.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin === 'relay') return;
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...added, ...updated, ...removed]), 'relay');
    });
  relay(a, b);
  relay(b, a);
  return { a, b };
}

/** A state as a hostile or buggy client would send it, pushed straight into `to`. */
function inject(to: Awareness, state: unknown): number {
  const rogue = new Awareness(new Y.Doc());
  rogue.setLocalState(state as Record<string, unknown>);
  applyAwarenessUpdate(to, encodeAwarenessUpdate(rogue, [rogue.clientID]), 'rogue');
  return rogue.clientID;
}

describe('presence across two tabs', () => {
  it("shows one person's name, colour, cursor, selection, viewport and slide to the other", () => {
    const { a, b } = wired();
    const clock = fakeClock();
    const pa = new PresenceSession(a, ana, clock);
    const pb = new PresenceSession(b, bo, clock);
    expect(pb.current.people).toMatchObject([{ id: ana.id, name: 'Ana Lima', color: '#1971c2', presenting: false }]);
    expect(pa.current.people.map((p) => p.name)).toEqual(['王小明']);

    pa.moveCursor({ x: 120, y: 40 });
    pa.setSelection(['card-1']);
    pa.setViewport({ x: 500, y: 300, zoom: 0.8 });
    pa.setSlide(2);
    pa.setPresenting(true);
    const seen = pb.current.peers.get(a.clientID)!;
    expect(seen).toMatchObject({ cursor: { x: 120, y: 40 }, selection: ['card-1'], viewport: { x: 500, y: 300, zoom: 0.8 }, slide: 2, presenting: true });
    expect(pb.current.selections.get('card-1')).toEqual([{ name: 'Ana Lima', color: '#1971c2' }]);
    expect(pb.current.people[0]!.presenting).toBe(true);
  });

  it('sends at most one cursor per interval, always the latest, and nothing when it did not move', () => {
    const { a, b } = wired();
    const clock = fakeClock();
    const pa = new PresenceSession(a, ana, clock);
    const pb = new PresenceSession(b, bo, clock);
    let updates = 0;
    pb.subscribe(() => updates++);
    pa.moveCursor({ x: 1, y: 1 });
    for (let i = 2; i < 50; i++) pa.moveCursor({ x: i, y: i }); // a burst within one interval
    expect(updates).toBe(1);
    clock.advance(50);
    expect(updates).toBe(2);
    expect(pb.current.peers.get(a.clientID)!.cursor).toEqual({ x: 49, y: 49 });
    clock.advance(200);
    pa.moveCursor({ x: 49, y: 49 });
    clock.advance(200);
    expect(updates).toBe(2);
    pa.moveCursor(null);
    expect(pb.current.peers.get(a.clientID)!.cursor).toBeNull();
  });

  it('keeps the objects of people who did not change, so their avatars and cursors do not re-render', () => {
    const { a, b } = wired();
    const pa = new PresenceSession(a, ana, fakeClock());
    const pb = new PresenceSession(b, bo, fakeClock());
    const people = pb.current.people;
    const peer = pb.current.peers.get(a.clientID);
    pa.setSelection(['x']);
    expect(pb.current.people).toBe(people);
    expect(pb.current.peers.get(a.clientID)).not.toBe(peer);
    const after = pb.current.peers.get(a.clientID);
    a.setLocalState({ ...a.getLocalState() }); // the same state again (a provider's heartbeat)
    expect(pb.current.peers.get(a.clientID)).toBe(after);
  });

  it('forgets a client that leaves or times out', () => {
    const { a, b } = wired();
    const pa = new PresenceSession(a, ana, fakeClock());
    const pb = new PresenceSession(b, bo, fakeClock());
    pa.setSelection(['card-1']);
    expect(pb.current.people).toHaveLength(1);
    removeAwarenessStates(b, [a.clientID], 'timeout');
    expect(pb.current.people).toEqual([]);
    expect(pb.current.selections.size).toBe(0);
    pa.setSelection(['card-2']); // back again
    expect(pb.current.people).toHaveLength(1);
    pa.destroy();
    expect(pb.current.people).toEqual([]);
  });

  it('shows a person with two tabs once, the presenting tab speaking for them, and never oneself', () => {
    const { a, b } = wired();
    const pb = new PresenceSession(b, bo, fakeClock());
    const pa = new PresenceSession(a, ana, fakeClock());
    const second = inject(b, { user: ana, presenting: true, slide: 3 });
    inject(b, { user: bo, cursor: { x: 1, y: 1 } }); // Bo's own other tab
    expect(pb.current.people.map((p) => [p.id, p.clientId])).toEqual([[ana.id, second]]);
    expect(pa.current.people.map((p) => p.id)).toEqual([bo.id]);
  });

  it("puts this tab's state back when a provider clears it as it goes, and stops once destroyed", async () => {
    const { a, b } = wired();
    const pa = new PresenceSession(a, ana, fakeClock());
    const pb = new PresenceSession(b, bo, fakeClock());
    pa.setSelection(['card-9']);
    removeAwarenessStates(a, [a.clientID], 'provider destroy'); // what a provider does on destroy
    await Promise.resolve();
    expect(a.getLocalState()).toMatchObject({ user: { id: ana.id }, selection: ['card-9'] });
    expect(pb.current.people.map((p) => p.id)).toEqual([ana.id]);
    removeAwarenessStates(a, [a.clientID], 'page hide'); // the page is going away: stay gone
    await Promise.resolve();
    expect(a.getLocalState()).toBeNull();
    expect(pb.current.people).toEqual([]);
    pa.restore(); // back from the back-forward cache
    expect(pb.current.people.map((p) => p.id)).toEqual([ana.id]);
    pa.destroy();
    await Promise.resolve();
    expect(a.getLocalState()).toBeNull();
    pa.setSelection(['card-10']); // a late call after the map closed changes nothing
    expect(a.getLocalState()).toBeNull();
  });
});

describe('hostile or broken remote states', () => {
  it('are ignored or clamped, never crash and never reach the screen as they came', () => {
    const b = new Awareness(new Y.Doc());
    const pb = new PresenceSession(b, bo, fakeClock());
    const cases: unknown[] = [
      null,
      'a string',
      { user: 'nobody' },
      { user: { id: 42, name: 'x' } },
      { user: { id: '' } },
      { user: { id: 'x'.repeat(500) } },
    ];
    for (const c of cases) inject(b, c);
    expect(pb.current.peers.size).toBe(0);

    const id = inject(b, {
      user: { id: 'evil-1', name: 'x'.repeat(10 * 1024 * 1024), color: 'red; background: url(https://evil.example/)' },
      cursor: { x: Number.NaN, y: 3 },
      selection: ['ok', 7, { $: 1 }, 'y'.repeat(1000), ...Array.from({ length: 500 }, (_, i) => `c${i}`)],
      viewport: { x: 1e300, y: -1e300, zoom: 1e9 },
      slide: -4,
      presenting: 'yes',
    });
    const p = pb.current.peers.get(id)!;
    expect(p.user.name).toBe('x'.repeat(40));
    expect(PERSON_COLORS).toContain(p.user.color);
    expect(p.cursor).toBeNull();
    expect(p.selection[0]).toBe('ok');
    expect(p.selection.length).toBeLessThanOrEqual(50);
    expect(p.selection.every((s) => typeof s === 'string' && s.length <= 64)).toBe(true);
    expect(p.viewport).toEqual({ x: 1e7, y: -1e7, zoom: 2 });
    expect(p.slide).toBeNull();
    expect(p.presenting).toBe(false);
    expect(pb.current.people.map((x) => x.id)).toEqual(['evil-1']);
  });

  it('refuse NaN, infinite and string coordinates', () => {
    for (const cursor of [{ x: Infinity, y: 0 }, { x: '1', y: 2 }, [1, 2], { x: 1 }]) {
      expect(parsePresence({ user: { id: 'abc' }, cursor })!.cursor).toBeNull();
    }
    expect(parsePresence({ user: { id: 'abc' }, viewport: { x: 1, y: 2, zoom: Number.NaN } })!.viewport).toBeNull();
    expect(parsePresence({ user: { id: 'abc' }, viewport: { x: 1, y: 2, zoom: 0 } })!.viewport).toEqual({ x: 1, y: 2, zoom: 0.05 });
    expect(parsePresence({ user: { id: 'abc' }, slide: 1.5 })!.slide).toBeNull();
  });
});

describe('names and colours', () => {
  it('cleans a name of control and bidi characters and keeps at most 40 characters', () => {
    expect(cleanName('  Ana\u202e\u0000 Lima ')).toBe('Ana Lima');
    expect(cleanName(12)).toBe('');
    expect(Array.from(cleanName('😀'.repeat(60)))).toHaveLength(40);
  });

  it('accepts only #rrggbb colours dark enough to read on white', () => {
    expect(safeColor('#1971C2', 'id')).toBe('#1971c2');
    for (const bad of ['#fff', '#ffffff', '#fafa00', 'red', 'url(x)', 'var(--x)', '#1971c2; x: y', null]) expect(PERSON_COLORS).toContain(safeColor(bad, 'id'));
    expect(safeColor('bad', 'id')).toBe(safeColor('worse', 'id')); // stable per person
  });

  it('puts names and initials on a shade of the colour that white text reads on (4.5:1)', () => {
    const ratio = (hex: string) => {
      const ch = (i: number) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 1.05 / (0.2126 * ch(1) + 0.7152 * ch(3) + 0.0722 * ch(5) + 0.05);
    };
    for (const c of PERSON_COLORS) expect(ratio(inkOf(c)), c).toBeGreaterThanOrEqual(4.5);
    expect(inkOf('#5f3dc4')).toBe('#5f3dc4'); // dark enough already: unchanged
  });

  it('takes initials as a person would', () => {
    expect(initialsOf('Ana Lima')).toBe('AL');
    expect(initialsOf('ana maria de souza')).toBe('AS');
    expect(initialsOf('王小明')).toBe('王');
    expect(initialsOf('  ')).toBe('?');
    expect(initialsOf('<img src=x onerror=alert(1)>')).toBe('IO');
    expect(initialsOf('😀')).toBe('?');
  });

  it('puts who does not fit behind "+N", never "+1"', () => {
    expect(splitOverflow([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], hidden: [] });
    expect(splitOverflow([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2], hidden: [3, 4] });
  });
});
