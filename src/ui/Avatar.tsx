import { avatarColor, initials } from '../domain/persona';

/** A photo-free avatar: initials on a colour. */
export function Avatar({ name, color, size = 32 }: { name: string; color: string | null; size?: number }) {
  return (
    <span className="avatar" aria-hidden="true" style={{ width: size, height: size, fontSize: size * 0.42, background: avatarColor(name, color) }}>
      {initials(name)}
    </span>
  );
}
