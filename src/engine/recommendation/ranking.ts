/** The order of portfolios: which of two is better, in each planning mode (docs/methodology.md). */
import type { Scenario } from '../model/types'
import type { PortfolioTotals } from '../portfolio/totals'

/**
 * The figures each mode ranks by, in order, as the table says them above itself: meet targets
 * by targets met as far as cover allows, then cost with lost value; fixed hours by the share of
 * all customers served within target, then cost with lost value.
 */
export type RankingKey = 'targets-reached' | 'staffed' | 'served-well' | 'cost-with-lost-value'

export const RANKING_KEYS: Readonly<Record<Scenario['analysis']['mode'], readonly RankingKey[]>> = {
  'meet-targets': ['targets-reached', 'cost-with-lost-value'],
  'fixed-hours': ['staffed', 'served-well', 'cost-with-lost-value'],
}

/**
 * Which of two portfolios is better.
 *
 * Meet targets: the sets whose every channel meets its target (or comes within 2 points of the
 * best its cover allows) first; then the lower weekly cost including the value of lost customers
 * and public misses; then meeting every target outright, then fewer channels. A set that misses
 * a target it could reach never ranks above one that reaches them, whatever the cost.
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
  } else if (a.targetsReached !== b.targetsReached) {
    return a.targetsReached ? -1 : 1
  }
  const cost = a.totalWithLostValue - b.totalWithLostValue
  if (Math.abs(cost) > 1e-9 * Math.max(1, Math.abs(a.totalWithLostValue))) return cost
  if (a.targetsMet !== b.targetsMet) return a.targetsMet ? -1 : 1
  return a.size - b.size || a.mask - b.mask
}
