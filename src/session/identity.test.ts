// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { joinLink, parseJoinHash } from '../sync/protocol';
import { getIdentity, PERSON_COLORS, resetIdentityCache, updateIdentity } from './identity';

describe('identity', () => {
  beforeEach(() => {
    localStorage.clear();
    resetIdentityCache();
  });

  it('is created once, without a name, and survives a reload of the page', () => {
    const first = getIdentity();
    expect(first.name).toBe('');
    expect(PERSON_COLORS).toContain(first.color);
    resetIdentityCache();
    expect(getIdentity()).toEqual(first);
  });

  it('keeps a trimmed name of at most 40 characters and refuses a colour that is not one', () => {
    expect(updateIdentity({ name: '  王小明  ' }).name).toBe('王小明');
    expect(updateIdentity({ name: 'x'.repeat(60) }).name).toHaveLength(40);
    expect(() => updateIdentity({ color: 'red; background:url(x)' })).toThrow();
    resetIdentityCache();
    expect(getIdentity().name).toHaveLength(40);
  });

  it('replaces a corrupt stored identity with a new one', () => {
    localStorage.setItem('journeyprint.identity', '{"id":1}');
    expect(getIdentity().id).toMatch(/^[0-9a-f]{24}$/);
  });
});

describe('join links', () => {
  const room = 'A'.repeat(22);
  const secret = 'b'.repeat(43);
  it('carry the room and the secret in the fragment only', () => {
    const link = joinLink('http://localhost:4173/#/map/x', room, secret);
    expect(link).toBe(`http://localhost:4173/#/join/${room}/${secret}`);
    const url = new URL(link);
    expect(url.pathname + url.search).not.toContain(secret);
    expect(parseJoinHash(url.hash)).toEqual({ roomId: room, secret });
  });

  it('are refused when the room or the secret is malformed', () => {
    expect(parseJoinHash(`#/join/${room}/short`)).toBeNull();
    expect(parseJoinHash(`#/join/${room.slice(1)}/${secret}`)).toBeNull();
    expect(parseJoinHash(`#/map/${room}`)).toBeNull();
  });
});
