import type { TFunction } from 'i18next';
import { isBuiltinChannel } from '../domain/lanes';

/** A built-in channel in the interface language; a channel a team added shows its own name. */
export function channelLabel(t: TFunction, channel: string): string {
  return isBuiltinChannel(channel) ? t(`channels.${channel}`) : channel;
}
