/** Seeded random numbers for the simulation: the engine never uses Math.random. */

/**
 * A seeded generator of uniform numbers in [0, 1): sfc32 (Chris Doty-Humphrey's Small Fast
 * Counting generator from PractRand), 128 bits of state, passes PractRand and TestU01 BigCrush,
 * and its counter guarantees a period of at least 2^32. The seed (taken as a 32-bit integer) is
 * spread over the state by Chris Wellons' lowbias32 hash, so seeds 1, 2, 3 give unrelated
 * streams. The engine never uses Math.random: the same seed gives the same week everywhere.
 */
export function createRandom(seed: number): () => number {
  let s = Math.trunc(Number.isFinite(seed) ? seed : 0) >>> 0
  const spread = (): number => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x7feb352d)
    z = Math.imul(z ^ (z >>> 15), 0x846ca68b)
    return (z ^ (z >>> 16)) | 0
  }
  let a = spread()
  let b = spread()
  let c = spread()
  let d = spread()
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  // The first outputs still show the seed's structure; PractRand's author discards 12.
  for (let i = 0; i < 12; i++) next()
  return next
}

/** An exponential draw with the given mean; 1 − u lies in (0, 1], so the log is finite. */
export function exponential(random: () => number, mean: number): number {
  return -mean * Math.log(1 - random())
}
