/**
 * The whole answer in steps: one progress figure for the run that never goes back and ends at 1,
 * a stop request honoured at the next step in every stage (the exact evaluations of the sets
 * shown included), and a cache seeded with another's evaluations answering the same.
 */
import { describe, expect, it } from 'vitest'
import { sampleScenario } from '../../data/sample-scenario'
import { createPortfolioContext } from '../../portfolio/context'
import { CurveCache } from '../../portfolio/curve-cache'
import type { Scenario } from '../../model/types'
import { catalogScenario } from '../../__tests__/support/catalog-scenario'
import type { AnalysisProgress } from '../progress'
import { recommend } from '../recommend'
import { AnalysisStopped } from '../sweep'

const small = (): Scenario =>
  catalogScenario({
    shares: [
      ['phone', 0.3],
      ['email', 0.4],
      ['live-chat', 0.2],
      ['facebook', 0.1],
    ],
    offeredToday: ['phone', 'email'],
    contactsPerWeek: 400,
    pattern: 'office-hours',
    coverage: 'extended',
  })

/** Grid points built so far in a cache, over the scenario's curves (each curve once). */
function gridEvaluations(scenario: Scenario, cache: CurveCache): number {
  const curves = new Set(createPortfolioContext(scenario, cache).curves)
  return [...curves].reduce((s, c) => s + c.evaluations, 0)
}

describe('recommend, step by step', { timeout: 60_000 }, () => {
  it('reports one figure over the whole run: every stage, never going back, 1 only at the end', () => {
    // The sample: ten candidates (1 023 sets, so batches of portfolios are reported), public
    // channels handing contacts to private ones (a second pass over the curves) and four
    // channels offered today (the exact stage evaluates them).
    const seen: AnalysisProgress[] = []
    recommend(sampleScenario(), { onProgress: (p) => seen.push(p) })
    const fractions = seen.map((p) => p.fraction)
    for (let i = 1; i < fractions.length; i++) {
      expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1] ?? 0)
    }
    expect(fractions.at(-1)).toBe(1)
    expect(fractions.slice(0, -1).every((f) => f < 1)).toBe(true)
    // The stages in order, each seen: curves, portfolios, exact evaluations, then the answer.
    const stages = seen.map((p) => p.stage).filter((s, i, all) => s !== all[i - 1])
    expect(stages).toEqual(['channels', 'portfolios', 'exact', 'done'])
  })

  it('with a clock, weighs the work by its time, and still never goes back', () => {
    // A clock that stands still, then leaps: steps that took no time move nothing, a long one
    // moves the figure its share of the time then thought left, never past the end.
    const leaps = [0, 500, 1, 0, 40]
    let t = 0
    let k = 0
    const now = () => (t += leaps[k++ % leaps.length] ?? 0)
    const seen: number[] = []
    recommend(small(), { now, onProgress: (p) => seen.push(p.fraction) })
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(seen.at(-1)).toBe(1)
    expect(seen.slice(0, -1).every((f) => f < 1)).toBe(true)
  })

  it('a stop request ends the run at the next step, in the exact evaluations too', () => {
    const full: AnalysisProgress[] = []
    recommend(small(), { cache: new CurveCache(), onProgress: (p) => full.push(p) })
    const exactSteps = full.filter((p) => p.stage === 'exact').length
    // Today's set (phone, email) and the recommendation: more than one channel to evaluate.
    expect(exactSteps).toBeGreaterThan(1)

    const seen: AnalysisProgress[] = []
    const run = () =>
      recommend(small(), {
        cache: new CurveCache(),
        onProgress: (p) => seen.push(p),
        shouldStop: () => seen.at(-1)?.stage === 'exact',
      })
    expect(run).toThrow(AnalysisStopped)
    // Stopped after the first exact evaluation: one of them was made, not all.
    expect(seen.filter((p) => p.stage === 'exact')).toHaveLength(1)
    expect(seen.some((p) => p.stage === 'done')).toBe(false)
  })

  it('a stop request ends the run early: three steps allowed, three steps done', () => {
    const fullCache = new CurveCache()
    let fullSteps = 0
    recommend(small(), { cache: fullCache, onProgress: () => fullSteps++ })
    const all = gridEvaluations(small(), fullCache)

    const cache = new CurveCache()
    let checks = 0
    let steps = 0
    const run = () =>
      recommend(small(), { cache, onProgress: () => steps++, shouldStop: () => ++checks > 3 })
    expect(run).toThrow(AnalysisStopped)
    // Asked before each step: three steps ran, the fourth check stopped the run.
    expect(checks).toBe(4)
    expect(steps).toBe(3)
    expect(fullSteps).toBeGreaterThan(20)
    // Three grid points and the points below them in their doubling, not the whole curves.
    expect(gridEvaluations(small(), cache)).toBeLessThan(all / 2)
  })

  it('a cache seeded with another one’s evaluations gives the same answer without evaluating', () => {
    const first = new CurveCache()
    const answer = recommend(small(), { cache: first })
    // What a worker hands the page, across the message boundary, to seed a new worker.
    const seeds = structuredClone(first.takeNew())
    expect(first.takeNew()).toEqual([])
    const seeded = new CurveCache()
    seeded.seed(seeds)
    const again = recommend(small(), { cache: seeded })
    expect(again.analysis.channelEvaluations).toBe(0)
    expect({ ...again, analysis: { ...again.analysis, channelEvaluations: 65 } }).toEqual(answer)
    // Nothing new was evaluated, so nothing is handed on again.
    expect(seeded.takeNew()).toEqual([])
  })
})
