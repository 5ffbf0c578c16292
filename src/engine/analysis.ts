/**
 * Every portfolio of the scenario's candidate channels, the best of each size (the spread-thin
 * curve), and the recommendation: the best portfolio of one or two channels, beside the
 * business's current set and the best of any size, with a reason in plain words.
 */
import { CurveCache, type ChannelCurve } from './channel-curve'
import {
  createPortfolioContext,
  evaluatePortfolio,
  portfolioVolumes,
  totalPortfolio,
  type CostCauses,
  type PortfolioContext,
  type PortfolioTotals,
} from './portfolio'
import type { Scenario } from './types'

export const MAX_CANDIDATES = 12

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
  /** Checked between steps; returning true abandons the run (it then returns undefined). */
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
 * Each step of the analysis, so a worker can stop between them when the inputs change again.
 * The final value is the analysis.
 */
export function* analysisSteps(
  scenario: Scenario,
  options: AnalysisOptions = {},
): Generator<AnalysisProgress, PortfolioAnalysis, void> {
  const cache = options.cache ?? new CurveCache()
  const ctx = createPortfolioContext(scenario, cache)
  const n = ctx.candidates.length
  if (n === 0) throw new RangeError('no candidate channels: mark at least one as a candidate')
  if (n > MAX_CANDIDATES) throw new RangeError(`at most ${MAX_CANDIDATES} candidate channels`)
  const count = (1 << n) - 1

  // First the grid points every portfolio will read, one grid point per step (the slow part;
  // a point may first evaluate the points below it in its doubling), found by dry runs that only record the volumes asked for. Public channels'
  // hand-offs add to private channels' volumes, so a second dry run, with the public channels
  // known, finds those.
  // Channels with the same queue settings share one curve: count each curve once.
  const evaluationsSoFar = () => [...new Set(ctx.curves)].reduce((s, c) => s + c.evaluations, 0)
  const before = evaluationsSoFar()
  let done = 0
  for (let pass = 0; pass < 3; pass++) {
    const wanted = new Map<ChannelCurve, Set<number>>()
    const ask = (i: number, v: number): number => {
      const curve = ctx.curves[i]
      if (!curve) return 0
      const missing = curve.missing(v)
      if (missing.length === 0) return curve.at(v).handoffContacts
      let points = wanted.get(curve)
      if (!points) wanted.set(curve, (points = new Set()))
      for (const k of missing) points.add(k)
      return 0
    }
    for (let mask = 1; mask <= count; mask++) {
      // The volumes a portfolio reads: public channels' (asked while handing off), then the rest.
      const { volumes } = portfolioVolumes(ctx, mask, ask)
      ctx.candidates.forEach((c, i) => {
        if (mask & (1 << i) && !c.isPublic) ask(i, volumes[i] ?? 0)
      })
    }
    // Each grid point once, channel by channel, smallest volume first: each point's search then
    // starts from the line through the two evaluated just below it.
    const jobs = [...wanted].flatMap(([curve, points]) =>
      [...points].sort((a, b) => a - b).map((k) => [curve, k] as const),
    )
    if (jobs.length === 0) break
    const total = done + jobs.length
    for (const [curve, k] of jobs) {
      curve.evaluatePoint(k)
      yield { done: ++done, total, stage: 'channels' }
    }
  }

  const portfolios: PortfolioTotals[] = []
  for (let mask = 1; mask <= count; mask++) {
    portfolios.push(totalPortfolio(ctx, mask, (i, v) => ctx.curves[i]?.at(v) ?? DRY_FIGURES))
    if (mask % 256 === 0) yield { done: mask, total: count, stage: 'portfolios' }
  }
  const evaluations = evaluationsSoFar() - before
  return finish(ctx, portfolios, evaluations)
}

const DRY_FIGURES = {
  contactsOffered: 0,
  contactsHandled: 0,
  contactsUnserved: 0,
  repeatContacts: 0,
  handoffContacts: 0,
  withinTarget: 0,
  bestPossibleWithin: 0,
  lateContacts: 0,
  staffHours: 0,
  workloadHours: 0,
  checkHours: 0,
  floorStaffHours: 0,
  targetMet: true,
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

// ---------------------------------------------------------------- recommendation

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

/**
 * The answer to "which one or two channels should I serve?". The sweep ranks every portfolio on
 * interpolated channel curves; the three portfolios shown are then evaluated exactly.
 */
export function recommend(scenario: Scenario, options: AnalysisOptions = {}): Recommendation {
  const analysis = analysePortfolios(scenario, options)
  return recommendFrom(scenario, analysis, options.cache)
}

export function recommendFrom(
  scenario: Scenario,
  analysis: PortfolioAnalysis,
  cache = new CurveCache(),
): Recommendation {
  const mode = scenario.analysis.mode
  const small = analysis.portfolios.find((p) => p.size <= 2)
  const best = analysis.portfolios[0]
  if (!small || !best) throw new RangeError('no portfolio to recommend')
  const exact = (p: PortfolioTotals) => evaluatePortfolio(scenario, p.channelIds, cache)
  const recommended = exact(small)
  const bestOfAnySize = best.mask === small.mask ? recommended : exact(best)
  const current = analysis.current
    ? analysis.current.mask === small.mask
      ? recommended
      : exact(analysis.current)
    : undefined
  const largerPaysOff =
    bestOfAnySize.size > recommended.size && compareRank(bestOfAnySize, recommended, mode) < 0
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

function listOf(ids: readonly string[], names: Map<string, string>, locale: string): string {
  const labels = ids.map((id) => names.get(id) ?? id)
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(labels)
  } catch {
    return labels.join(' and ')
  }
}

/** A sentence or three built from the numbers, in the scenario's locale. */
export function explain(
  scenario: Scenario,
  recommended: PortfolioTotals,
  current: PortfolioTotals | undefined,
  bestOfAnySize: PortfolioTotals,
  largerPaysOff: boolean,
  names: Map<string, string>,
): string {
  const { locale, currency } = scenario.business
  const safe = <T>(make: () => T, fallback: T): T => {
    try {
      return make()
    } catch {
      return fallback
    }
  }
  const percent = safe(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
    undefined,
  )
  const whole = safe(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }), undefined)
  const money = safe(
    () => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }),
    undefined,
  )
  const pct = (x: number) => percent?.format(x) ?? `${Math.round(x * 100)} %`
  const num = (x: number) => whole?.format(x) ?? String(Math.round(x))
  const cash = (x: number) => money?.format(x) ?? `${Math.round(x)} ${currency}`
  const list = (p: PortfolioTotals) => listOf(p.channelIds, names, locale)
  const lead = `${list(recommended)} ${recommended.size === 1 ? 'answers' : 'answer'} ${pct(recommended.attainment)} of contacts within target for ${num(recommended.staffHours)} staff hours a week (${cash(recommended.cost.total)} a week).`
  const sentences = [capitalise(lead)]
  if (!recommended.targetsMet) {
    const short = shortfalls(scenario, recommended, names, pct)
    sentences.push(
      short
        ? `It still misses a target: ${short}.`
        : 'It still misses a target with these hours and settings.',
    )
  }
  if (current && current.mask !== recommended.mask) {
    const extraHours = current.staffHours - recommended.staffHours
    const dearer = current.totalWithLostValue - recommended.totalWithLostValue
    const direction =
      dearer >= 0
        ? `costs ${cash(dearer)} a week more, lost customers included`
        : `costs ${cash(-dearer)} a week less, lost customers included`
    const hours =
      Math.abs(extraHours) >= 0.5
        ? `takes ${num(Math.abs(extraHours))} ${extraHours >= 0 ? 'more' : 'fewer'} staff hours, `
        : ''
    sentences.push(
      `Your current set (${list(current)}) ${hours}${direction}, and answers ${pct(current.attainment)} within target${current.unserved >= 0.5 ? `, leaving ${num(current.unserved)} contacts a week unanswered` : ''}.`,
    )
  }
  if (largerPaysOff) {
    const saving = recommended.totalWithLostValue - bestOfAnySize.totalWithLostValue
    sentences.push(
      `A larger set pays for itself here: ${list(bestOfAnySize)} ${saving > 0 ? `saves ${cash(saving)} a week, mostly by keeping customers who would otherwise go elsewhere` : `serves more customers within target`}.`,
    )
  }
  return sentences.join(' ')
}

/** "Email answers 64 % within its target; Facebook 12 %", for the channels that miss. */
function shortfalls(
  scenario: Scenario,
  p: PortfolioTotals,
  names: Map<string, string>,
  pct: (x: number) => string,
): string {
  const parts: string[] = []
  for (const ch of p.channels) {
    if (ch.figures.targetMet) continue
    const channel = scenario.channels.find((c) => c.id === ch.channelId)
    if (!channel) continue
    const f = ch.figures
    const share = f.contactsOffered > 0 ? f.withinTarget / f.contactsOffered : 1
    const best = f.contactsOffered > 0 ? f.bestPossibleWithin / f.contactsOffered : 1
    const reach =
      best < channel.targetShare - 1e-9
        ? ` (its hours of cover allow at most ${pct(best)}, whatever the staff)`
        : ''
    parts.push(
      `${names.get(ch.channelId) ?? ch.channelId} answers ${pct(share)} within its target of ${pct(channel.targetShare)}${reach}`,
    )
  }
  return parts.join('; ')
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
