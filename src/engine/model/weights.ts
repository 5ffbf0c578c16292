/**
 * Weights a scenario gives without an upper bound (the weekly pattern, affinities): the schema
 * asks only for numbers of zero or more, so a weight may be as large as Number.MAX_VALUE, and
 * two such weights add up to Infinity. Scaled by the largest weight first, every weight lies in
 * [0, 1] and their sum in [1, count], so the shares come out finite whatever the weights.
 */

/** The largest of the weights (0 when there are none or all are zero). */
function largestWeight(weights: ArrayLike<number>): number {
  let largest = 0
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] ?? 0
    if (w > largest) largest = w
  }
  return largest
}

/** Each weight's share of their sum (all zero when every weight is zero). */
export function weightShares(weights: ArrayLike<number>): Float64Array {
  const largest = largestWeight(weights)
  const out = new Float64Array(weights.length)
  if (!(largest > 0)) return out
  let total = 0
  for (let i = 0; i < weights.length; i++) total += Math.max(0, weights[i] ?? 0) / largest
  for (let i = 0; i < weights.length; i++) out[i] = Math.max(0, weights[i] ?? 0) / largest / total
  return out
}
