/** Fresh ids for new maps, stages, steps, lanes, cards and connections. */
export function newId(): string {
  return crypto.randomUUID();
}
