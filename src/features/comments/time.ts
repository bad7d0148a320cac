/** "just now", "5 minutes ago", "yesterday", in the interface language; a date after a week. */
export function relativeTime(then: number, now: number, lang: string, justNow: string): string {
  const s = Math.round((then - now) / 1000);
  if (Math.abs(s) < 45) return justNow;
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const m = Math.round(s / 60);
  if (Math.abs(m) < 60) return rtf.format(m, 'minute');
  const h = Math.round(m / 60);
  if (Math.abs(h) < 24) return rtf.format(h, 'hour');
  const d = Math.round(h / 24);
  if (Math.abs(d) < 7) return rtf.format(d, 'day');
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(then);
}

export function absoluteTime(then: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(then);
}
