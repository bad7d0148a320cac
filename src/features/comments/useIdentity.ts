import { useSyncExternalStore } from 'react';
import { getIdentity, onIdentityChange, type Identity } from '../../session/identity';

/** This person's identity (id, name, colour), following changes made anywhere in the app. */
export function useIdentity(): Identity {
  return useSyncExternalStore(onIdentityChange, getIdentity, getIdentity);
}
