import { z } from 'zod';

/**
 * Who this person is to the others in a workshop: a stable random id, the name they gave once
 * and a colour picked for them. Kept in localStorage (one per browser profile), so it survives
 * reloads and is the same for every map; never part of a map's document except as the author of
 * what they write (comments, votes).
 */
export interface Identity {
  readonly id: string;
  /** Empty until the person has been asked (the first time they share or join a map). */
  readonly name: string;
  readonly color: string;
}

const STORAGE_KEY = 'journeyprint.identity';

/** Colours for people: distinct from each other and from the lane colours, 3:1 on white. */
export const PERSON_COLORS = ['#d9480f', '#1971c2', '#2f9e44', '#9c36b5', '#c2255c', '#0c8599', '#e67700', '#5f3dc4'] as const;

const identitySchema = z.object({
  id: z.string().min(8).max(64),
  name: z.string().max(40),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});

let cached: Identity | null = null;
const listeners = new Set<(identity: Identity) => void>();

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function read(): Identity | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = identitySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function write(identity: Identity): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(identity));
  } catch {
    // Private mode or a full disk: the identity lives for this page only, which still works.
  }
}

/** This person's identity, created (without a name) the first time it is asked for. */
export function getIdentity(): Identity {
  if (cached) return cached;
  const stored = read();
  if (stored) return (cached = stored);
  const id = randomId();
  const color = PERSON_COLORS[parseInt(id.slice(0, 2), 16) % PERSON_COLORS.length]!;
  cached = { id, name: '', color };
  write(cached);
  return cached;
}

/** Sets the name (trimmed, at most 40 characters) and, optionally, the colour. */
export function updateIdentity(change: { name?: string; color?: string }): Identity {
  const current = getIdentity();
  const next = identitySchema.parse({
    ...current,
    ...(change.name !== undefined ? { name: change.name.trim().slice(0, 40) } : {}),
    ...(change.color !== undefined ? { color: change.color } : {}),
  });
  cached = next;
  write(next);
  for (const l of listeners) l(next);
  return next;
}

/** Told of every change of the identity (name or colour). */
export function onIdentityChange(listener: (identity: Identity) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets the cached identity (tests). */
export function resetIdentityCache(): void {
  cached = null;
}
