import type { Card } from '../domain/types';

/**
 * What a new card records about who added it. The workshop feature decides (shared map,
 * anonymous capture); until it says otherwise a card records nobody.
 */
let provider: () => Partial<Card> = () => ({});

export function setCardAuthorship(fn: () => Partial<Card>): void {
  provider = fn;
}

export const cardAuthor = (): Partial<Card> => provider();
