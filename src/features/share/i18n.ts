import { useTranslation } from 'react-i18next';
import i18n from '../../i18n';
import { SHARE_STRINGS, type ShareStrings } from './strings';

// Added when the share code loads (with the board or the join screen), for every language, so
// switching language later needs nothing more.
for (const [lng, strings] of Object.entries(SHARE_STRINGS)) i18n.addResourceBundle(lng, 'translation', { share: strings }, true, false);

type Leaves<T, P extends string = ''> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];
/** A plural pair (`syncing_one`, `syncing_other`) is asked for by its base with a count. */
type Base<K extends string> = K extends `${infer B}_${'one' | 'other'}` ? B : K;

export type ShareKey = `share.${Base<Leaves<ShareStrings>>}`;
/** i18next's `t` for the share strings, checked against strings.ts as the app's own keys are. */
export type ShareT = (key: ShareKey, options?: Record<string, unknown>) => string;

export function useShareT(): ShareT {
  const { t } = useTranslation();
  return t as unknown as ShareT;
}
