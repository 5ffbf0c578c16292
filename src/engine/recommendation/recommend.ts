/**
 * The answer to "which one or two channels should I serve?": the best portfolio of one or two
 * channels, beside the business's current set and the best of any size, with a reason in plain
 * words. The sweep ranks every portfolio on interpolated channel curves; the portfolios shown
 * are then evaluated exactly, in one context.
 */
import type { Scenario } from '../model/types'
import { createPortfolioContext } from '../portfolio/context'
import { CurveCache } from '../portfolio/curve-cache'
import { evaluatePortfolioIn } from '../portfolio/evaluate'
import type { PortfolioTotals } from '../portfolio/totals'
import { compareRank } from './ranking'
import { explain } from './reasons'
import { analysePortfolios, type AnalysisOptions, type PortfolioAnalysis } from './sweep'

export interface Recommendation {
  /** The best portfolio of one or two channels (exact evaluation). */
  recommended: PortfolioTotals
  /** The channels offered today (exact evaluation), when any are. */
  current: PortfolioTotals | undefined
  /** The best portfolio of any size (exact evaluation). */
  bestOfAnySize: PortfolioTotals
  /** A bigger portfolio beats the recommendation: say so rather than force the answer. */
  largerPaysOff: boolean
  reason: string
  analysis: PortfolioAnalysis
}

/** The largest set the recommendation itself may be: one or two channels. */
const RECOMMENDED_SIZE = 2

export function recommend(scenario: Scenario, options: AnalysisOptions = {}): Recommendation {
  const analysis = analysePortfolios(scenario, options)
  return recommendFrom(scenario, analysis, options.cache)
}

export function recommendFrom(
  scenario: Scenario,
  analysis: PortfolioAnalysis,
  cache = new CurveCache(),
): Recommendation {
  const small = analysis.portfolios.find((p) => p.size <= RECOMMENDED_SIZE)
  const best = analysis.portfolios[0]
  if (!small || !best) throw new RangeError('no portfolio to recommend')
  // The sweep's masks are over the same candidates in the same order as this context's.
  const ctx = createPortfolioContext(scenario, cache)
  const evaluated = new Map<number, PortfolioTotals>()
  const exact = (p: PortfolioTotals): PortfolioTotals => {
    let totals = evaluated.get(p.mask)
    if (!totals) evaluated.set(p.mask, (totals = evaluatePortfolioIn(ctx, p.mask)))
    return totals
  }
  const recommended = exact(small)
  const bestOfAnySize = exact(best)
  const current = analysis.current ? exact(analysis.current) : undefined
  const largerPaysOff =
    bestOfAnySize.size > recommended.size &&
    compareRank(bestOfAnySize, recommended, scenario.analysis.mode) < 0
  const names = new Map(scenario.channels.map((c) => [c.id, c.name]))
  return {
    recommended,
    current,
    bestOfAnySize,
    largerPaysOff,
    reason: explain(scenario, recommended, current, bestOfAnySize, largerPaysOff, names),
    analysis,
  }
}
