/** Limits and tolerances shared by every layer, each with the reason for its value. */

/**
 * A share within this of its target counts as meeting it: shares are sums over 168 hours and
 * many contacts, and rounding must not turn a target met by construction into a miss.
 */
export const TARGET_MET_TOLERANCE = 1e-9

export function meetsTarget(share: number, targetShare: number): boolean {
  return share >= targetShare - TARGET_MET_TOLERANCE
}

/** Less than this many contacts in a week (or in one of its hours) is no contact at all. */
export const NEGLIGIBLE_CONTACTS = 1e-9

/**
 * Candidate channels one analysis compares: 12 give 4 095 portfolios, which the sweep totals in
 * a fraction of a second once each channel's curve is built; every added candidate doubles that.
 */
export const MAX_CANDIDATES = 12

/**
 * Counts the engine adds up over the week's 168 hours (contacts answered, answered within
 * target) are at most the week's contacts by construction, but the hours' contacts add up to
 * the week's only to rounding (100 calls spread evenly come to 100 + 3.8e−13), and so the
 * unserved (offered − answered) can come out a hair below zero. A part within this share of its
 * whole above it is set to the whole; a part further above is left as it is, for the tests to
 * see: that is a bug, not rounding.
 */
export const ROUNDING_TOLERANCE = 1e-9

/** `part` (at most `whole` by construction), with a rounding excess over `whole` set to it. */
export function withoutRoundingAbove(part: number, whole: number): number {
  return part > whole && part - whole <= ROUNDING_TOLERANCE * Math.abs(whole) ? whole : part
}
