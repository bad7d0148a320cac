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

/** A person's avatar: initials on their colour. Decorative: the name is always written beside it. */
export function Avatar({ person, size = 28 }: { person: Pick<Person, 'name' | 'color'>; size?: number }) {
  return (
    <span className="avatar" aria-hidden="true" style={{ background: person.color, width: size, height: size, fontSize: size * 0.43 }}>
      {initials(person.name)}
    </span>
  );
}
