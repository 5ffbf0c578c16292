/** Channel shares that always add up to exactly 100 %. */

/** Sets one channel's share; the rest keep their proportions and fill the remainder. */
export function rebalance(
  shares: Record<string, number>,
  ids: readonly string[],
  id: string,
  share: number,
): Record<string, number> {
  const target = Math.min(1, Math.max(0, share))
  const others = ids.filter((x) => x !== id)
  const rest = others.reduce((s, x) => s + (shares[x] ?? 0), 0)
  const next: Record<string, number> = { [id]: target }
  for (const x of others) {
    next[x] = rest > 0 ? ((shares[x] ?? 0) / rest) * (1 - target) : (1 - target) / others.length
  }
  // Rounding drift goes to the largest other share, so the sum is exactly 1.
  const sum = ids.reduce((s, x) => s + (next[x] ?? 0), 0)
  const largest = others.reduce<string | undefined>(
    (best, x) => (best === undefined || (next[x] ?? 0) > (next[best] ?? 0) ? x : best),
    undefined,
  )
  if (largest !== undefined) next[largest] = (next[largest] ?? 0) + (1 - sum)
  else next[id] = 1
  return next
}
