/**
 * The reason given with a recommendation, as facts and numbers (the interface words them, in
 * the scenario's locale): how the recommended set stands against its targets, which of its
 * channels fall short and why, one comparison with today's set and one with the best set of
 * three or more. Each comparison is by the figures the mode ranks by, so no two point opposite
 * ways and none contradicts the ranking table.
 */
import { meetsTarget } from '../model/limits'
import type { Scenario } from '../model/types'
import type { PortfolioTotals } from '../portfolio/totals'
import { RECOMMENDED_SIZE } from './sweep'

/**
 * How the recommended set stands against its targets:
 * - `targets-met`: every channel meets its target;
 * - `as-far-as-cover` (meet targets): each meets it, or comes within 2 points of the most its
 *   hours of cover allow;
 * - `misses-reachable` (meet targets): it misses a target its cover would allow;
 * - `none-can-reach` (meet targets): no set of one or two channels meets its targets as far as
 *   cover allows, and this one costs least, lost customers included;
 * - `misses` (fixed hours): the hours given leave a target missed.
 */
export type ReasonStanding =
  'targets-met' | 'as-far-as-cover' | 'misses-reachable' | 'none-can-reach' | 'misses'

/** A recommended channel that misses its target. */
export interface ReasonShortfall {
  channelId: string
  /** Its contacts answered within target ÷ its contacts. */
  withinTargetShare: number
  targetShare: number
  /** The most its hours of cover allow, whatever the staff, when that is below the target. */
  coverAllows: number | undefined
}

/** Today's set beside the recommended one (its figures are exact, as the comparison table's). */
export interface CurrentComparison {
  channelIds: string[]
  attainment: number
  servedWellShare: number
  staffHours: number
  /** Today's staff hours less the recommended set's (negative: today takes fewer). */
  extraStaffHours: number
  /** Today's cost with lost value less the recommended set's (negative: today costs less). */
  extraCostWithLostValue: number
  /** Contacts a week today's set leaves unanswered. */
  unserved: number
  /** Meet targets: today's set misses a target it could reach, where the recommended set reaches them. */
  missesReachable: boolean
}

/**
 * The best set of three or more channels beside the recommended one:
 * - `ranks-above`: it is the best of any size, ahead of the recommended set (its figures are
 *   exact); `saving` is the recommended set's cost with lost value less its own;
 * - `ranks-below`: the recommended set is ahead of it, by the ranking table's figures (both read
 *   off the channel curves, as the table shows them; both exact when it was the sweep's best and
 *   fell behind once evaluated exactly); `extraCostWithLostValue` is its cost with
 *   lost value less the recommended set's, `fewerServedWell` the recommended set's share of all
 *   customers served within target less its own.
 */
export type LargerComparison =
  | {
      kind: 'ranks-above'
      channelIds: string[]
      saving: number
      servedWellShare: number
      /** Meet targets: it meets its targets as far as cover allows, where the recommended set cannot. */
      reachesWhereSmallCannot: boolean
    }
  | {
      kind: 'ranks-below'
      channelIds: string[]
      extraCostWithLostValue: number
      fewerServedWell: number
      /** Meet targets: it misses a target its cover would allow, where the recommended set reaches them. */
      missesReachable: boolean
      /** Fixed hours: channels it would offer with no hours left for them. */
      unstaffedChannels: number
    }

export interface Reason {
  standing: ReasonStanding
  shortfalls: ReasonShortfall[]
  /** Absent when nothing is offered today, or today's set is the recommended one. */
  current: CurrentComparison | undefined
  /**
   * Absent when there are fewer than three candidates, or the best set of three or more is
   * today's set (its comparison already says it).
   */
  larger: LargerComparison | undefined
}

export interface ReasonInput {
  recommended: PortfolioTotals
  current: PortfolioTotals | undefined
  bestOfAnySize: PortfolioTotals
  /** Every portfolio as the sweep ranked it, best first. */
  ranked: readonly PortfolioTotals[]
  /** The sweep's best (`ranked[0]`) evaluated exactly. */
  sweptBest: PortfolioTotals
}

export function explain(scenario: Scenario, input: ReasonInput): Reason {
  const { recommended, current, ranked } = input
  const fixedHours = scenario.analysis.mode === 'fixed-hours'
  const smallCanReach = ranked.some((p) => p.size <= RECOMMENDED_SIZE && p.targetsReached)
  return {
    standing: standingOf(recommended, fixedHours, smallCanReach),
    shortfalls: shortfalls(scenario, recommended),
    current:
      current && current.mask !== recommended.mask
        ? currentComparison(current, recommended, fixedHours)
        : undefined,
    larger: largerComparison(input, fixedHours),
  }
}

function standingOf(
  recommended: PortfolioTotals,
  fixedHours: boolean,
  smallCanReach: boolean,
): ReasonStanding {
  if (recommended.targetsMet) return 'targets-met'
  if (fixedHours) return 'misses'
  if (recommended.targetsReached) return 'as-far-as-cover'
  return smallCanReach ? 'misses-reachable' : 'none-can-reach'
}

function currentComparison(
  current: PortfolioTotals,
  recommended: PortfolioTotals,
  fixedHours: boolean,
): CurrentComparison {
  return {
    channelIds: current.channelIds,
    attainment: current.attainment,
    servedWellShare: current.servedWellShare,
    staffHours: current.staffHours,
    extraStaffHours: current.staffHours - recommended.staffHours,
    extraCostWithLostValue: current.totalWithLostValue - recommended.totalWithLostValue,
    unserved: current.unserved,
    missesReachable: !fixedHours && !current.targetsReached && recommended.targetsReached,
  }
}

function largerComparison(input: ReasonInput, fixedHours: boolean): LargerComparison | undefined {
  const { recommended, current, bestOfAnySize, ranked } = input
  if (bestOfAnySize.size > recommended.size) {
    return {
      kind: 'ranks-above',
      channelIds: bestOfAnySize.channelIds,
      saving: recommended.totalWithLostValue - bestOfAnySize.totalWithLostValue,
      servedWellShare: bestOfAnySize.servedWellShare,
      reachesWhereSmallCannot:
        !fixedHours && bestOfAnySize.targetsReached && !recommended.targetsReached,
    }
  }
  const swept = ranked.find((p) => p.size > RECOMMENDED_SIZE)
  if (!swept || swept.mask === current?.mask) return undefined
  // Both as the ranking table shows them, read off the curves; or both exact, when the larger
  // set was the sweep's best and, evaluated exactly, fell behind the recommended one.
  const exact = input.sweptBest.mask === swept.mask
  const larger = exact ? input.sweptBest : swept
  const small = exact
    ? recommended
    : (ranked.find((p) => p.mask === recommended.mask) ?? recommended)
  return {
    kind: 'ranks-below',
    channelIds: larger.channelIds,
    extraCostWithLostValue: larger.totalWithLostValue - small.totalWithLostValue,
    fewerServedWell: small.servedWellShare - larger.servedWellShare,
    missesReachable: !fixedHours && !larger.targetsReached && small.targetsReached,
    unstaffedChannels: larger.unstaffedChannels,
  }
}

/** Each recommended channel that misses its target, with the most its cover allows. */
function shortfalls(scenario: Scenario, p: PortfolioTotals): ReasonShortfall[] {
  const out: ReasonShortfall[] = []
  for (const ch of p.channels) {
    if (ch.figures.targetMet) continue
    const channel = scenario.channels.find((c) => c.id === ch.channelId)
    if (!channel) continue
    const f = ch.figures
    const share = f.contactsOffered > 0 ? f.withinTarget / f.contactsOffered : 1
    const best = f.contactsOffered > 0 ? f.bestPossibleWithin / f.contactsOffered : 1
    out.push({
      channelId: ch.channelId,
      withinTargetShare: share,
      targetShare: channel.targetShare,
      coverAllows: meetsTarget(best, channel.targetShare) ? undefined : best,
    })
  }
  return out
}
