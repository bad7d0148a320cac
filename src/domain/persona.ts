/** Photo-free avatars: initials on a colour, the colour chosen from the name unless set. */
export const AVATAR_COLORS = ['#1565c0', '#2e7d32', '#6a1b9a', '#c62828', '#00838f', '#ef6c00', '#4e342e', '#37474f'] as const;

export function avatarColor(name: string, color: string | null): string {
  if (color) return color;
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return AVATAR_COLORS[h % AVATAR_COLORS.length]!;
}

/** "王" for 王女士, "LN" for Li Na. */
export function initials(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  if (/^[\u3400-\u9fff]/.test(trimmed)) return trimmed.slice(0, 1);
  return trimmed
    .split(/\s+/)
    .map((p) => p[0]!.toUpperCase())
    .slice(0, 2)
    .join('');
}
