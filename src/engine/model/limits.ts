/** Limits and tolerances shared by every layer, each with the reason for its value. */

/**
 * A share within this of its target counts as meeting it: shares are sums over 168 hours and
 * many contacts, and rounding must not turn a target met by construction into a miss.
 */
export const TARGET_MET_TOLERANCE = 1e-9

export function meetsTarget(share: number, targetShare: number): boolean {
  return share >= targetShare - TARGET_MET_TOLERANCE
}

/**
 * How far from what a channel's hours of cover allow its share may stay and still count as
 * meeting its target as far as they allow. A written channel's best (every contact seen the
 * minute it comes while covered) needs a look every minute; a live channel's (every caller in
 * covered hours answered within target) needs unbounded staff.
 */
export const REACH_TOLERANCE = 0.02

/**
 * The share within target that meets a target as far as the hours of cover allow (`best`: the
 * share a channel reaches if every contact is answered as soon as its cover lets it). A live or
 * chat channel: the target for the contacts that come while it is covered (target × best), since
 * the others find it closed. A written channel: the target, or the best less REACH_TOLERANCE when
 * the cover rules the target out. Meet targets plans for it; the ranking asks for it.
 */
export function reachableShare(targetShare: number, best: number, written: boolean): number {
  return written
    ? Math.min(targetShare, best - REACH_TOLERANCE)
    : targetShare * best - REACH_TOLERANCE
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
