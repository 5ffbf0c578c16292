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
