import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type enBoard from './board/en';
import en from './en';
import zhCN from './zh-CN';
import zhTW from './zh-TW';

export const LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'journeyprint.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en & typeof enBoard };
  }
}

/**
 * Picks a supported language for a BCP 47 tag: Taiwan, Hong Kong, Macau and any Traditional
 * script get 繁體中文, other Chinese 简体中文, English English.
 */
export function resolveLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  if (/^zh(-|_)?(.*\b)?(tw|hk|mo|hant)\b/.test(lower)) return 'zh-TW';
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return null;
}

function initialLanguage(): Language {
  try {
    const saved = resolveLanguage(globalThis.localStorage?.getItem(STORAGE_KEY));
    if (saved) return saved;
  } catch {
    // storage may be blocked; fall back to the browser's languages
  }
  const tags = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  for (const tag of tags) {
    const lang = resolveLanguage(tag);
    if (lang) return lang;
  }
  return 'en';
}

export function setLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // the choice still applies to this session
  }
  void i18n.changeLanguage(lang);
}

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN }, 'zh-TW': { translation: zhTW } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

export default i18n;

/**
 * Translate by a key built at run time (`lanes.${type}`), for code outside React. Components use
 * the typed `t` from useTranslation instead.
 */
export const translate = i18n.t.bind(i18n) as unknown as (key: string, opts?: Record<string, unknown>) => string;
