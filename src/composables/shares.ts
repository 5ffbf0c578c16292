/** Channel shares that always add up to exactly 100 %. */

/**
 * Sets one channel's share; the others that are not locked keep their proportions and fill the
 * remainder, and locked ones keep their share. The share asked for is capped at what the locked
 * ones leave (100 % less theirs); when every other channel is locked, it cannot move at all.
 * A channel asked for is never itself treated as locked.
 */
export function rebalance(
  shares: Record<string, number>,
  ids: readonly string[],
  id: string,
  share: number,
  locked: ReadonlySet<string> = new Set(),
): Record<string, number> {
  const others = ids.filter((x) => x !== id)
  const fixed = others.filter((x) => locked.has(x))
  const free = others.filter((x) => !locked.has(x))
  const fixedSum = fixed.reduce((s, x) => s + (shares[x] ?? 0), 0)
  const room = Math.max(0, 1 - fixedSum)
  const next: Record<string, number> = {}
  for (const x of fixed) next[x] = shares[x] ?? 0
  if (free.length === 0) {
    // Nothing else can move: this share is what the locked ones leave.
    next[id] = room
    return next
  }
  const target = Math.min(room, Math.max(0, share))
  next[id] = target
  const rest = free.reduce((s, x) => s + (shares[x] ?? 0), 0)
  for (const x of free) {
    next[x] = rest > 0 ? ((shares[x] ?? 0) / rest) * (room - target) : (room - target) / free.length
  }
  // Rounding drift goes to the largest free share, so the sum is exactly 1.
  const sum = ids.reduce((s, x) => s + (next[x] ?? 0), 0)
  const largest = free.reduce<string | undefined>(
    (best, x) => (best === undefined || (next[x] ?? 0) > (next[best] ?? 0) ? x : best),
    undefined,
  )
  if (largest !== undefined) next[largest] = (next[largest] ?? 0) + (1 - sum)
  return next
}
