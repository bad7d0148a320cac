import { formatBinding } from './keys';
import { COMMANDS, CONTEXT_KEYS, type Command, type I18nKey } from './registry';

export interface SheetRow {
  id: string;
  /** Either literal key names (from a command's bindings) or an i18n key for words like "Type, or Enter". */
  keys: { text: string } | { i18n: I18nKey };
  /** i18n key of what it does. */
  does: I18nKey;
}

/**
 * The shortcuts sheet, from the registry: keys handled where the focus is, then every command
 * that has keys, written from its own bindings (so the sheet cannot drift from what is handled).
 */
export function sheetSections(mac = false, commands: readonly Command[] = COMMANDS): { group: (typeof CONTEXT_KEYS)[number][0] | 'anywhere'; rows: SheetRow[] }[] {
  const context = CONTEXT_KEYS.map(([group, ids]) => ({
    group,
    rows: ids.map((id) => ({ id, keys: { i18n: `shortcuts.keys.${id}` as const }, does: `shortcuts.does.${id}` as const })),
  }));
  const anywhere = commands
    .filter((c) => c.keys.length > 0)
    .map((c) => ({ id: c.id, keys: { text: c.keys.map((b) => formatBinding(b, mac)).join(' / ') }, does: c.label }));
  return [...context, { group: 'anywhere', rows: anywhere }];
}
