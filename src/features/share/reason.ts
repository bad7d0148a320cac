import type { TFunction } from 'i18next';
import en from '../../i18n/en';

type Reason = keyof typeof en.share.reason;

/** A refusal or failure in the person's language; a word the app does not know reads as "unexpected". */
export function reasonText(t: TFunction, reason: string | null | undefined, sentence = false): string {
  const key = (reason && reason in en.share.reason ? reason : 'unexpected') as Reason;
  const text = t(`share.reason.${key}`);
  // The reasons read as the end of "Could not share: …"; alone they start a sentence.
  return sentence ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
