import type { Person } from '../../domain/people';

/** Up to two initials: "Bo Li" → "BL", "小李" → "小", no name → "?". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '?';
  const first = [...words[0]!][0]!;
  // A Chinese name is one word: its first character says enough.
  if (words.length === 1 || /[\u3400-\u9fff]/.test(first)) return first.toUpperCase();
  return (first + [...words[words.length - 1]!][0]!).toUpperCase();
}

function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const shades = new Map<string, string>();

/** The person's colour, darkened just enough for white initials to read (4.5:1). */
export function avatarColor(hex: string): string {
  const hit = shades.get(hex);
  if (hit) return hit;
  let rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  if (rgb.some((v) => Number.isNaN(v))) rgb = [79, 91, 103];
  for (let i = 0; i < 10 && 1.05 / (luminance(rgb) + 0.05) < 4.5; i++) rgb = rgb.map((v) => Math.round(v * 0.9));
  const out = `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  shades.set(hex, out);
  return out;
}

/** A person's avatar: initials on their colour. Decorative: the name is always written beside it. */
export function Avatar({ person, size = 28 }: { person: Pick<Person, 'name' | 'color'>; size?: number }) {
  return (
    <span className="avatar" aria-hidden="true" style={{ background: avatarColor(person.color), width: size, height: size, fontSize: size * 0.43 }}>
      {initials(person.name)}
    </span>
  );
}
