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
import { ProgressMeter, type AnalysisProgress, type WorkLeft } from './progress'
import { compareRank } from './ranking'

export type { AnalysisProgress } from './progress'

export interface SpreadThinPoint {
  size: number
  best: PortfolioTotals
  /** Change from the best portfolio one channel smaller, by cause (absent for size 1). */
  marginal?: CostCauses & { total: number; staffHours: number }
}

export interface AnalysisOptions {
  cache?: CurveCache
  /** Called after each step: the share of the run done, never going back, 1 at the end. */
  onProgress?: (p: AnalysisProgress) => void
  /**
   * Checked before every step (a grid point, a batch of portfolios, one channel of a shown
   * portfolio evaluated exactly); returning true abandons the run: it throws AnalysisStopped.
   */
  shouldStop?: () => boolean
  /**
   * A clock (milliseconds): with it, progress weighs work by the time it takes; without it, by
   * a fixed weight for each kind of work.
   */
  now?: () => number
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
 * Each step of the sweep, so a worker can stop between them when the inputs change again.
 * The final value is the analysis.
 */
export function analysisSteps(
  scenario: Scenario,
  options: AnalysisOptions = {},
): Generator<AnalysisProgress, PortfolioAnalysis, void> {
  const ctx = createPortfolioContext(scenario, options.cache ?? new CurveCache())
  return sweepSteps(ctx, new ProgressMeter(options.now), 0)
}

/**
 * The sweep's steps on a context, reporting on `meter`; `exactAfter` is the number of exact
 * evaluations expected after the sweep in the same run.
 */
export function* sweepSteps(
  ctx: PortfolioContext,
  meter: ProgressMeter,
  exactAfter: number,
): Generator<AnalysisProgress, PortfolioAnalysis, void> {
  const n = ctx.candidates.length
  if (n === 0) throw new RangeError('no candidate channels: mark at least one as a candidate')
  if (n > MAX_CANDIDATES) throw new RangeError(`at most ${MAX_CANDIDATES} candidate channels`)
  // Channels with the same queue settings share one curve: count each curve once.
  const evaluationsSoFar = () => [...new Set(ctx.curves)].reduce((s, c) => s + c.evaluations, 0)
  const before = evaluationsSoFar()
  const count = (1 << n) - 1
  const batches = Math.floor(count / PORTFOLIOS_PER_STEP)
  yield* buildCurvePoints(ctx, meter, { point: 0, batch: batches, exact: exactAfter })
  const portfolios: PortfolioTotals[] = []
  const onCurve = (i: number, v: number): ChannelFigures => curveAt(ctx, i).at(v)
  for (let mask = 1; mask <= count; mask++) {
    portfolios.push(totalPortfolio(ctx, mask, onCurve))
    if (mask % PORTFOLIOS_PER_STEP === 0) {
      const left = { point: 0, batch: batches - mask / PORTFOLIOS_PER_STEP, exact: exactAfter }
      yield meter.advance('batch', left, 'portfolios')
    }
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
 * volume first: each point's search then starts from the points evaluated just below it. `after`
 * is the work that follows (batches of portfolios, exact evaluations), for the progress figure.
 */
function* buildCurvePoints(
  ctx: PortfolioContext,
  meter: ProgressMeter,
  after: WorkLeft,
): Generator<AnalysisProgress, void, void> {
  for (let pass = 0; pass < MAX_DRY_PASSES; pass++) {
    const jobs = [...missingPoints(ctx)].flatMap(([curve, points]) =>
      [...points].sort((a, b) => a - b).map((k) => [curve, k] as const),
    )
    if (jobs.length === 0) return
    const later = pass === 0 && handsOff(ctx) ? LATER_PASS_SHARE * jobs.length : 0
    let left = jobs.length
    for (const [curve, k] of jobs) {
      curve.evaluatePoint(k)
      left--
      yield meter.advance('point', { ...after, point: left + later }, 'channels')
    }
  }
}

/**
 * The second pass, when public channels hand contacts to private ones, rebuilds the private
 * channels' points with the hand-offs known: about a quarter as many as the first pass (the
 * sample's twelve-channel run: 133, then 32). An estimate for the progress figure only.
 */
const LATER_PASS_SHARE = 0.25

/** Does any public candidate hand contacts on, with a private candidate to take them? */
function handsOff(ctx: PortfolioContext): boolean {
  const handing = ctx.candidates.some((c) => c.isPublic && c.privateHandoffShare > 0)
  return handing && ctx.candidates.some((c) => !c.isPublic)
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
    publicMisses: a.causes.publicMisses - b.causes.publicMisses,
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

/** The largest set the recommendation itself may be: one or two channels. */
export const RECOMMENDED_SIZE = 2

/** The set the answer recommends from a sweep: its best of one or two channels. */
export function recommendedOf(analysis: PortfolioAnalysis): PortfolioTotals {
  const small = analysis.portfolios.find((p) => p.size <= RECOMMENDED_SIZE)
  if (!small) throw new RangeError('no portfolio to recommend')
  return small
}

export class AnalysisStopped extends Error {
  constructor() {
    super('analysis stopped: the inputs changed')
    this.name = 'AnalysisStopped'
  }
}
