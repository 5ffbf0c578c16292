/**
 * The answer to "which one or two channels should I serve?": the best portfolio of one or two
 * channels, beside the business's current set and the best of any size, with a reason in plain
 * words. The sweep ranks every portfolio on interpolated channel curves; the portfolios shown
 * are then evaluated exactly, in one context. The run goes in steps (a grid point, a batch of
 * portfolios, one channel evaluated exactly), so it can stop between any two of them.
 */
import type { Scenario } from '../model/types'
import { createPortfolioContext, type PortfolioContext } from '../portfolio/context'
import { CurveCache } from '../portfolio/curve-cache'
import { evaluatePortfolioSteps, exactEvaluationsOf } from '../portfolio/evaluate'
import type { PortfolioTotals } from '../portfolio/totals'
import { ProgressMeter, type AnalysisProgress } from './progress'
import { compareRank } from './ranking'
import { droppedChannels, type DroppedChannel } from './dropped'
import { explain, type Reason } from './reasons'
import {
  AnalysisStopped,
  recommendedOf,
  sweepSteps,
  type AnalysisOptions,
  type PortfolioAnalysis,
} from './sweep'

export interface Recommendation {
  /** The best portfolio of one or two channels (exact evaluation). */
  recommended: PortfolioTotals
  /** The channels offered today (exact evaluation), when any are. */
  current: PortfolioTotals | undefined
  /** The best portfolio of any size (exact evaluation). */
  bestOfAnySize: PortfolioTotals
  /** A bigger portfolio beats the recommendation: say so rather than force the answer. */
  largerPaysOff: boolean
  /** Why, as facts and numbers for the interface to word. */
  reason: Reason
  /** Why each candidate left out of the recommended set was left out (facts, for the interface to word). */
  dropped: DroppedChannel[]
  analysis: PortfolioAnalysis
}

/**
 * The whole answer. `shouldStop` is asked before every step, the exact evaluations' included;
 * `onProgress` hears one figure for the whole run that never goes back and ends at 1.
 */
export function recommend(scenario: Scenario, options: AnalysisOptions = {}): Recommendation {
  const steps = recommendationSteps(scenario, options)
  for (;;) {
    if (options.shouldStop?.()) throw new AnalysisStopped()
    const step = steps.next()
    if (step.done) return step.value
    options.onProgress?.(step.value)
  }
}

/**
 * Each step of the whole answer, for a worker to run between messages: the sweep's, then one
 * per channel of the shown portfolios evaluated exactly, then the last report (1, the answer
 * is there). The final value is the recommendation.
 */
export function* recommendationSteps(
  scenario: Scenario,
  options: Pick<AnalysisOptions, 'cache' | 'now'> = {},
): Generator<AnalysisProgress, Recommendation, void> {
  // The sweep's masks are over the same candidates in the same order as this context's.
  const ctx = createPortfolioContext(scenario, options.cache ?? new CurveCache())
  const meter = new ProgressMeter(options.now)
  const analysis = yield* sweepSteps(ctx, meter, expectedExactWork(ctx))
  const recommendation = yield* exactSteps(ctx, analysis, meter)
  yield meter.finish()
  return recommendation
}

/** The recommendation from a finished sweep: the shown portfolios evaluated exactly at once. */
export function recommendFrom(
  scenario: Scenario,
  analysis: PortfolioAnalysis,
  cache = new CurveCache(),
): Recommendation {
  const steps = exactSteps(createPortfolioContext(scenario, cache), analysis, new ProgressMeter())
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * The exact work expected before the sweep says which sets are shown: today's set, a set of
 * two, and a best set of any size guessed at two as well (an estimate for progress only).
 */
function expectedExactWork(ctx: PortfolioContext): number {
  const pair = ctx.candidates.length >= 2 ? 0b11 : 0b1
  const current = ctx.currentMask > 0 ? exactEvaluationsOf(ctx, ctx.currentMask) : 0
  return current + 2 * exactEvaluationsOf(ctx, pair)
}

function* exactSteps(
  ctx: PortfolioContext,
  analysis: PortfolioAnalysis,
  meter: ProgressMeter,
): Generator<AnalysisProgress, Recommendation, void> {
  const { scenario } = ctx
  const small = recommendedOf(analysis)
  const best = analysis.portfolios[0]
  if (!best) throw new RangeError('no portfolio to recommend')
  const masks = [...new Set([small.mask, best.mask, analysis.current?.mask ?? 0])].filter(
    (m) => m > 0,
  )
  let left = masks.reduce((s, m) => s + exactEvaluationsOf(ctx, m), 0)
  const evaluated = new Map<number, PortfolioTotals>()
  for (const mask of masks) {
    const steps = evaluatePortfolioSteps(ctx, mask)
    for (;;) {
      const step = steps.next()
      if (step.done) {
        evaluated.set(mask, step.value)
        break
      }
      left = Math.max(0, left - 1)
      yield meter.advance('exact', { point: 0, batch: 0, exact: left }, 'exact')
    }
  }
  const exact = (mask: number): PortfolioTotals => {
    const totals = evaluated.get(mask)
    if (!totals) throw new RangeError(`portfolio ${mask} was not evaluated exactly`)
    return totals
  }
  const recommended = exact(small.mask)
  // The sweep reads curves; evaluated exactly, its best of any size may turn out no better than
  // the recommended set (a written channel blended between calls, say): then that is the best.
  const swept = exact(best.mask)
  const mode = scenario.analysis.mode
  const bestOfAnySize = compareRank(swept, recommended, mode) < 0 ? swept : recommended
  const current = analysis.current ? exact(analysis.current.mask) : undefined
  const largerPaysOff = bestOfAnySize.size > recommended.size
  return {
    recommended,
    current,
    bestOfAnySize,
    largerPaysOff,
    reason: explain(scenario, {
      recommended,
      current,
      bestOfAnySize,
      ranked: analysis.portfolios,
      sweptBest: swept,
    }),
    dropped: droppedChannels(ctx, recommended, analysis),
    analysis,
  }
}
