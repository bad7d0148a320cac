/**
 * The number a new step or stage gets in its map: one past how many there are, moved on past
 * any title that is already taken ("Step 3" after deleting "Step 2" of three would repeat).
 */
export function nextNumber(titles: readonly string[], format: (n: number) => string): number {
  const taken = new Set(titles.map((t) => t.trim()));
  let n = titles.length + 1;
  while (taken.has(format(n))) n++;
  return n;
}
