import type { ShareT } from './i18n';
import { SHARE_STRINGS } from './strings';

type Reason = keyof (typeof SHARE_STRINGS)['en']['reason'];

/** A refusal or failure in the person's language; a word the app does not know reads as "unexpected". */
export function reasonText(t: ShareT, reason: string | null | undefined, sentence = false): string {
  const key = (reason && reason in SHARE_STRINGS.en.reason ? reason : 'unexpected') as Reason;
  const text = t(`share.reason.${key}`);
  // The reasons read as the end of "Could not share: …"; alone they start a sentence.
  return sentence ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
