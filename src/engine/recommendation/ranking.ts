/** The order of portfolios: which of two is better, in each planning mode. */
import type { Scenario } from '../model/types'
import type { PortfolioTotals } from '../portfolio/totals'

/**
 * Which of two portfolios is better.
 *
 * Meet targets: the lower weekly cost including the value of lost and unserved contacts (staff,
 * tools, setup, training, self-service, plus value at risk × contacts lost or never answered);
 * on a tie, the one that meets every target, then fewer channels. Cost comes first, so the
 * ranking never prefers a portfolio that misses its targets to one that meets them for less.
 * Fixed hours (the hours are given): sets that give every channel some hours first (offering a
 * channel nobody answers is not a plan); then the larger share of customers served within
 * target (lost customers count as misses, public misses weighted); then the lower cost; then
 * fewer channels.
 */
export function compareRank(
  a: PortfolioTotals,
  b: PortfolioTotals,
  mode: Scenario['analysis']['mode'],
): number {
  if (mode === 'fixed-hours') {
    if (a.unstaffedChannels > 0 !== b.unstaffedChannels > 0) {
      return a.unstaffedChannels > 0 ? 1 : -1
    }
    if (Math.abs(a.servedWellShare - b.servedWellShare) > 1e-9) {
      return b.servedWellShare - a.servedWellShare
    }
  }
  const cost = a.totalWithLostValue - b.totalWithLostValue
  if (Math.abs(cost) > 1e-9 * Math.max(1, Math.abs(a.totalWithLostValue))) return cost
  if (a.targetsMet !== b.targetsMet) return a.targetsMet ? -1 : 1
  return a.size - b.size || a.mask - b.mask
}
