import { matches } from './keys';
import { COMMANDS, type Command } from './registry';

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** The command a key press asks for, if any. */
export function commandForKey(e: KeyLike, commands: readonly Command[] = COMMANDS): Command | undefined {
  return commands.find((c) => c.keys.some((b) => matches(b, e)));
}
