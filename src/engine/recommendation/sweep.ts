/**
 * The sweep: every portfolio of the scenario's candidate channels, ranked, and the best of each
 * size (the spread-thin curve). Each channel is read off its curve (a memoised grid of volumes,
 * interpolated), so the slow part is building the grid points the portfolios read.
 */
import { MAX_CANDIDATES } from '../model/limits'
import type { Scenario } from '../model/types'
import { createPortfolioContext, offers, type PortfolioContext } from '../portfolio/context'
import { CurveCache } from '../portfolio/curve-cache'
import type { ChannelCurve } from '../portfolio/curves'
import type { ChannelFigures } from '../portfolio/figures'
import { portfolioVolumes } from '../portfolio/flow'
import { totalPortfolio, type CostCauses, type PortfolioTotals } from '../portfolio/totals'
import { compareRank } from './ranking'

export interface SpreadThinPoint {
  size: number
  best: PortfolioTotals
  /** Change from the best portfolio one channel smaller, by cause (absent for size 1). */
  marginal?: CostCauses & { total: number; staffHours: number }
}

export interface AnalysisProgress {
  /** Channel evaluations done and to do (the slow part), then portfolios added up. */
  done: number
  total: number
  stage: 'channels' | 'portfolios'
}

export interface AnalysisOptions {
  cache?: CurveCache
  onProgress?: (p: AnalysisProgress) => void
  /** Checked between steps; returning true abandons the run (it then throws AnalysisStopped). */
  shouldStop?: () => boolean
}

export interface PortfolioAnalysis {
  /** Every non-empty portfolio, best first. */
  portfolios: PortfolioTotals[]
  spreadThin: SpreadThinPoint[]
  /** The portfolio of the channels offered today (undefined when none is). */
  current: PortfolioTotals | undefined
  candidateIds: string[]
  /** Exact channel evaluations this run needed (the rest came from the cache). */
  channelEvaluations: number
}

/**
 * Dry runs over every portfolio that only record the grid points asked for. Hand-offs go from
 * public channels to private ones only: the first pass finds the public channels' points (and
 * the private ones' before hand-offs), the second the private ones' with the hand-offs known,
 * and a third finds nothing new and ends the loop.
 */
const MAX_DRY_PASSES = 3
/** Portfolios added up between two progress reports. */
const PORTFOLIOS_PER_STEP = 256

/**
 * Each step of the analysis, so a worker can stop between them when the inputs change again.
 * The final value is the analysis.
 */
export function* analysisSteps(
  scenario: Scenario,
  options: AnalysisOptions = {},
): Generator<AnalysisProgress, PortfolioAnalysis, void> {
  const ctx = createPortfolioContext(scenario, options.cache ?? new CurveCache())
  const n = ctx.candidates.length
  if (n === 0) throw new RangeError('no candidate channels: mark at least one as a candidate')
  if (n > MAX_CANDIDATES) throw new RangeError(`at most ${MAX_CANDIDATES} candidate channels`)
  // Channels with the same queue settings share one curve: count each curve once.
  const evaluationsSoFar = () => [...new Set(ctx.curves)].reduce((s, c) => s + c.evaluations, 0)
  const before = evaluationsSoFar()
  yield* buildCurvePoints(ctx)
  const count = (1 << n) - 1
  const portfolios: PortfolioTotals[] = []
  const onCurve = (i: number, v: number): ChannelFigures => curveAt(ctx, i).at(v)
  for (let mask = 1; mask <= count; mask++) {
    portfolios.push(totalPortfolio(ctx, mask, onCurve))
    if (mask % PORTFOLIOS_PER_STEP === 0) yield { done: mask, total: count, stage: 'portfolios' }
  }
  return finish(ctx, portfolios, evaluationsSoFar() - before)
}

/** Candidate i's curve; every candidate has one. */
function curveAt(ctx: PortfolioContext, i: number): ChannelCurve {
  const curve = ctx.curves[i]
  if (!curve) throw new RangeError(`candidate ${i} has no curve`)
  return curve
}

/**
 * The grid points every portfolio will read, one grid point per step (the slow part; a point may
 * first evaluate the points below it in its doubling), each once, channel by channel, smallest
 * volume first: each point's search then starts from the points evaluated just below it.
 */
function* buildCurvePoints(ctx: PortfolioContext): Generator<AnalysisProgress, void, void> {
  let done = 0
  for (let pass = 0; pass < MAX_DRY_PASSES; pass++) {
    const jobs = [...missingPoints(ctx)].flatMap(([curve, points]) =>
      [...points].sort((a, b) => a - b).map((k) => [curve, k] as const),
    )
    if (jobs.length === 0) return
    const total = done + jobs.length
    for (const [curve, k] of jobs) {
      curve.evaluatePoint(k)
      yield { done: ++done, total, stage: 'channels' }
    }
  }
}

/** One dry run over every portfolio: the grid points of each curve it reads that are not built. */
function missingPoints(ctx: PortfolioContext): Map<ChannelCurve, Set<number>> {
  const wanted = new Map<ChannelCurve, Set<number>>()
  const ask = (i: number, v: number): number => {
    const curve = curveAt(ctx, i)
    const missing = curve.missing(v)
    // A public channel whose points are all built hands its real hand-offs on; one still
    // missing hands none on this pass (the next pass has them).
    if (missing.length === 0) return curve.at(v).handoffContacts
    let points = wanted.get(curve)
    if (!points) wanted.set(curve, (points = new Set()))
    for (const k of missing) points.add(k)
    return 0
  }
  const count = (1 << ctx.candidates.length) - 1
  for (let mask = 1; mask <= count; mask++) {
    // The volumes a portfolio reads: public channels' (asked while handing off), then the rest.
    const { volumes } = portfolioVolumes(ctx, mask, ask)
    ctx.candidates.forEach((c, i) => {
      if (offers(mask, i) && !c.isPublic) ask(i, volumes[i] ?? 0)
    })
  }
  return wanted
}

function finish(
  ctx: PortfolioContext,
  portfolios: PortfolioTotals[],
  channelEvaluations: number,
): PortfolioAnalysis {
  const mode = ctx.scenario.analysis.mode
  const current = portfolios.find((p) => p.mask === ctx.currentMask)
  portfolios.sort((a, b) => compareRank(a, b, mode))
  const spreadThin: SpreadThinPoint[] = []
  for (let size = 1; size <= ctx.candidates.length; size++) {
    const best = portfolios.find((p) => p.size === size)
    if (!best) continue
    const previous = spreadThin[spreadThin.length - 1]?.best
    spreadThin.push(
      previous ? { size, best, marginal: difference(best, previous) } : { size, best },
    )
  }
  return {
    portfolios,
    spreadThin,
    current,
    candidateIds: ctx.candidates.map((c) => c.id),
    channelEvaluations,
  }
}

function difference(
  a: PortfolioTotals,
  b: PortfolioTotals,
): CostCauses & { total: number; staffHours: number } {
  return {
    work: a.causes.work - b.causes.work,
    fixedFloor: a.causes.fixedFloor - b.causes.fixedFloor,
    queueHeadroom: a.causes.queueHeadroom - b.causes.queueHeadroom,
    coverageMisses: a.causes.coverageMisses - b.causes.coverageMisses,
    lostCustomers: a.causes.lostCustomers - b.causes.lostCustomers,
    total: a.totalWithLostValue - b.totalWithLostValue,
    staffHours: a.staffHours - b.staffHours,
  }
}

/** Runs every step at once (tests, the bench, and direct calls). */
export function analysePortfolios(
  scenario: Scenario,
  options: AnalysisOptions = {},
): PortfolioAnalysis {
  const steps = analysisSteps(scenario, options)
  for (;;) {
    if (options.shouldStop?.()) throw new AnalysisStopped()
    const step = steps.next()
    if (step.done) return step.value
    options.onProgress?.(step.value)
  }
}

export class AnalysisStopped extends Error {
  constructor() {
    super('analysis stopped: the inputs changed')
    this.name = 'AnalysisStopped'
  }
}
