import { z } from 'zod';
import type { JourneyMap } from './types';

/**
 * The people who have taken part in a map: whoever wrote something on it (a comment, a vote) is
 * added with the name and colour they had then, so `@name` mentions can be offered to everyone
 * who joined, also to those not online now. Keyed by the person's identity id
 * (src/session/identity.ts), one record each, so two people joining at once both stay.
 */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

export const MAX_PERSON_NAME = 40;

export const personSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(MAX_PERSON_NAME).default(''),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .catch('#5f6b7a'),
});

/** The people of a map (none for a map nobody wrote on). */
export function peopleOf(map: JourneyMap): readonly Person[] {
  return map.people ?? NONE;
}

// One empty list, so a selector reading a map without people returns the same value each time.
const NONE: readonly Person[] = Object.freeze([]);

export function findPerson(map: JourneyMap, id: string): Person | null {
  return peopleOf(map).find((p) => p.id === id) ?? null;
}

/**
 * Adds a person, or brings their name and colour up to date; the same map when nothing changes,
 * so a second comment by the same person does not touch the collection. An empty name never
 * replaces a known one (a person who has not given one yet is still who they were).
 */
export function upsertPerson(map: JourneyMap, person: Person): JourneyMap {
  const clean: Person = { id: person.id, name: person.name.trim().slice(0, MAX_PERSON_NAME), color: person.color };
  const people = peopleOf(map);
  const i = people.findIndex((p) => p.id === clean.id);
  if (i < 0) return { ...map, people: [...people, clean] };
  const old = people[i]!;
  const name = clean.name || old.name;
  if (old.name === name && old.color === clean.color) return map;
  const next = people.slice();
  next[i] = { ...old, name, color: clean.color };
  return { ...map, people: next };
}
