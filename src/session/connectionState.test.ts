import { describe, expect, it } from 'vitest';
import { INITIAL_LINK, reduce, view, type LinkEvent, type LinkState } from './connectionState';

const run = (...events: LinkEvent[]): LinkState => events.reduce(reduce, INITIAL_LINK);
const live: LinkEvent[] = [{ type: 'status', status: 'connected' }, { type: 'authenticated' }, { type: 'synced' }, { type: 'unsynced', count: 0 }];

describe('connection state machine', () => {
  it('connects: connecting until authenticated and synced, then connected', () => {
    expect(view(run()).connection).toBe('connecting');
    expect(view(run({ type: 'status', status: 'connected' })).connection).toBe('connecting');
    expect(view(run({ type: 'status', status: 'connected' }, { type: 'authenticated' })).connection).toBe('connecting');
    expect(view(run(...live))).toEqual({ connection: 'connected', pending: 0, reason: null });
  });

  it('counts the changes the server has not acknowledged', () => {
    expect(view(run(...live, { type: 'unsynced', count: 3 }))).toEqual({ connection: 'syncing', pending: 3, reason: null });
    expect(view(run(...live, { type: 'unsynced', count: 3 }, { type: 'unsynced', count: 0 })).connection).toBe('connected');
  });

  it('a dropped socket after a sync is offline, with the edits kept; never reaching the server too', () => {
    const dropped = run(...live, { type: 'status', status: 'disconnected' }, { type: 'unsynced', count: 2 });
    expect(view(dropped)).toEqual({ connection: 'offline', pending: 2, reason: null });
    // Retrying shows offline, not "connecting", once the map has been in sync.
    expect(view(reduce(dropped, { type: 'status', status: 'connecting' })).connection).toBe('offline');
    expect(view(run({ type: 'status', status: 'disconnected' })).connection).toBe('offline');
  });

  it('reconnecting syncs what was made offline, then is connected again', () => {
    const back = run(...live, { type: 'status', status: 'disconnected' }, { type: 'unsynced', count: 2 }, { type: 'status', status: 'connected' });
    expect(view(back).connection).toBe('syncing');
    expect(view(run(...live, { type: 'status', status: 'disconnected' }, ...live)).connection).toBe('connected');
  });

  it('working offline shows offline whatever the socket does', () => {
    const s = run(...live, { type: 'workOffline', on: true });
    expect(view(s).connection).toBe('offline');
    expect(view(reduce(s, { type: 'workOffline', on: false })).connection).toBe('connected');
  });

  it('a refused secret is refused, with the reason, until a new secret is tried', () => {
    const refused = run({ type: 'status', status: 'connected' }, { type: 'refused', reason: 'link-rotated' });
    expect(view(refused)).toEqual({ connection: 'refused', pending: 0, reason: 'link-rotated' });
    // The socket closing afterwards does not hide why.
    expect(view(reduce(refused, { type: 'status', status: 'disconnected' })).reason).toBe('link-rotated');
    expect(view(reduce(refused, { type: 'rekeyed' })).connection).toBe('connecting');
    expect(view(run({ type: 'refused', reason: 'link-rotated' }, { type: 'rekeyed' }, ...live)).connection).toBe('connected');
  });

  it('a document closed by the server on an open socket is no longer connected', () => {
    const closed = run(...live, { type: 'closed', reason: 'room-changed' });
    expect(view(closed).connection).not.toBe('connected');
    expect(view(closed).reason).toBeNull();
  });

  it('a close for a limit is shown until a later socket syncs', () => {
    const limited = run(...live, { type: 'closed', reason: 'document-too-large' }, { type: 'status', status: 'disconnected' });
    expect(view(limited)).toMatchObject({ connection: 'refused', reason: 'document-too-large' });
    expect(view(reduce(limited, { type: 'status', status: 'connecting' })).reason).toBe('document-too-large');
    expect(view([...live].reduce(reduce, limited))).toEqual({ connection: 'connected', pending: 0, reason: null });
  });
});
