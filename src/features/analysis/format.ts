import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Scores with one decimal and a sign ("+1.5", "0.0", "−2.0"), in the interface language. */
export function useScoreFormat(): (v: number | null) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const f = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    return (v: number | null) => (v === null ? '–' : f.format(Math.abs(v) < 0.05 ? 0 : v).replace('-', '\u2212'));
  }, [i18n.language]);
}

export function useNumberFormat(digits = 1): (v: number) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const f = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: digits });
    return (v: number) => f.format(v);
  }, [i18n.language, digits]);
}
