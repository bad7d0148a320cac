import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/resources';
import { commandForKey } from './dispatch';
import { formatBinding, type Binding } from './keys';
import { COMMANDS, CONTEXT_KEYS } from './registry';
import { sheetSections } from './sheet';

const press = (b: Binding, mac = false) => ({ key: b.key, ctrlKey: !!b.mod && !mac, metaKey: !!b.mod && mac, shiftKey: !!b.shift, altKey: !!b.alt });

const lookup = (key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], en);

describe('the command registry', () => {
  it('handles every registered key with its own command, on any platform', () => {
    for (const c of COMMANDS) {
      for (const b of c.keys) {
        expect(commandForKey(press(b))?.id, formatBinding(b)).toBe(c.id);
        expect(commandForKey(press(b, true))?.id, formatBinding(b, true)).toBe(c.id);
      }
    }
  });

  it('lists every registered key in the shortcuts sheet, written from the binding itself', () => {
    const anywhere = sheetSections().find((s) => s.group === 'anywhere')!.rows;
    for (const c of COMMANDS.filter((k) => k.keys.length)) {
      const row = anywhere.find((r) => r.id === c.id);
      expect(row, c.id).toBeDefined();
      for (const b of c.keys) expect('text' in row!.keys && row!.keys.text).toContain(formatBinding(b));
    }
    expect(anywhere.length).toBe(COMMANDS.filter((k) => k.keys.length).length);
  });

  it('gives no two commands the same key, and leaves plain typing to the cells', () => {
    const seen = new Set<string>();
    for (const c of COMMANDS) {
      for (const b of c.keys) {
        const k = formatBinding(b);
        expect(seen.has(k), k).toBe(false);
        seen.add(k);
      }
    }
    expect(commandForKey({ key: 'a', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false })).toBeUndefined();
    expect(commandForKey({ key: 'Z', ctrlKey: false, metaKey: false, shiftKey: true, altKey: false })).toBeUndefined();
  });

  it('names every command and every listed key in the translations', () => {
    for (const c of COMMANDS) expect(typeof lookup(c.label), c.label).toBe('string');
    for (const [group, ids] of CONTEXT_KEYS) {
      expect(typeof lookup(`shortcuts.groups.${group}`)).toBe('string');
      for (const id of ids) {
        expect(typeof lookup(`shortcuts.keys.${id}`), id).toBe('string');
        expect(typeof lookup(`shortcuts.does.${id}`), id).toBe('string');
      }
    }
  });
});
