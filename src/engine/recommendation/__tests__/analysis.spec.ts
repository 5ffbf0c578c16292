/**
 * The sweep over every portfolio: counts, the cost split by cause, the ranking rule, the
 * interpolated curves against exact evaluations, progress and stopping.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareRank } from '../ranking'
import { recommendFrom } from '../recommend'
import { analysePortfolios, AnalysisStopped, type AnalysisProgress } from '../sweep'
import { CurveCache } from '../../portfolio/curve-cache'
import { evaluatePortfolio } from '../../portfolio/evaluate'
import { type PortfolioTotals } from '../../portfolio/totals'
import { sampleScenario } from '../../data/sample-scenario'
import type { Scenario } from '../../model/types'
import { catalogScenario } from '../../__tests__/support/catalog-scenario'

const small = (over: Partial<Parameters<typeof catalogScenario>[0]> = {}): Scenario =>
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
    ...over,
  })

const causesTotal = (p: PortfolioTotals) =>
  p.causes.work +
  p.causes.fixedFloor +
  p.causes.queueHeadroom +
  p.causes.coverageMisses +
  p.causes.lostCustomers

describe('analysePortfolios', () => {
  const scenario = small()
  const cache = new CurveCache()
  const analysis = analysePortfolios(scenario, { cache })

  it('evaluates every non-empty portfolio once: 2^4 − 1 = 15', () => {
    expect(analysis.portfolios).toHaveLength(15)
    expect(new Set(analysis.portfolios.map((p) => p.mask)).size).toBe(15)
    expect(analysis.current?.channelIds).toEqual(['phone', 'email'])
  })

  it('splits every portfolio’s cost, lost customers included, into causes that add up', () => {
    // work + fixed floor + queue headroom = staff + tools + setup + training + self-service;
    // coverage misses + lost customers = value at risk × (unserved who give up + lost).
    for (const p of analysis.portfolios) {
      expect(causesTotal(p)).toBeCloseTo(p.totalWithLostValue, 6)
      expect(p.totalWithLostValue).toBeCloseTo(p.cost.total + p.lostValue, 9)
      for (const v of Object.values(p.causes)) expect(v).toBeGreaterThanOrEqual(-1e-9)
    }
  })

  it('the spread-thin curve holds the best portfolio of each size, and marginals add up', () => {
    expect(analysis.spreadThin.map((p) => p.size)).toEqual([1, 2, 3, 4])
    for (const point of analysis.spreadThin) {
      const sameSize = analysis.portfolios.filter((p) => p.size === point.size)
      for (const p of sameSize)
        expect(compareRank(point.best, p, 'meet-targets')).toBeLessThanOrEqual(0)
      if (!point.marginal) continue
      const m = point.marginal
      expect(
        m.work + m.fixedFloor + m.queueHeadroom + m.coverageMisses + m.lostCustomers,
      ).toBeCloseTo(m.total, 6)
    }
  })

  it('interpolated channel curves stay within 3 % of exact evaluation, attainment within 1.5 points', () => {
    for (const p of analysis.portfolios) {
      const exact = evaluatePortfolio(scenario, p.channelIds, cache)
      expect(Math.abs(p.staffHours - exact.staffHours)).toBeLessThanOrEqual(
        0.03 * exact.staffHours + 1e-9,
      )
      expect(Math.abs(p.totalWithLostValue - exact.totalWithLostValue)).toBeLessThanOrEqual(
        0.03 * exact.totalWithLostValue,
      )
      expect(Math.abs(p.attainment - exact.attainment)).toBeLessThanOrEqual(0.015)
    }
  })

  it('a second run with the same channels reuses every curve point', () => {
    const again = analysePortfolios(scenario, { cache })
    expect(again.channelEvaluations).toBe(0)
    expect(again.portfolios.map((p) => p.totalWithLostValue)).toEqual(
      analysis.portfolios.map((p) => p.totalWithLostValue),
    )
  })

  it('evaluates a portfolio exactly the same whatever the cache saw before', () => {
    // A session that moved contacts first, against a fresh browser opening the same scenario.
    const warm = new CurveCache()
    analysePortfolios(small({ contactsPerWeek: 460 }), { cache: warm })
    analysePortfolios(scenario, { cache: warm })
    for (const ids of [
      ['email'],
      ['phone', 'email'],
      ['phone', 'email', 'live-chat', 'facebook'],
    ]) {
      expect(evaluatePortfolio(scenario, ids, warm)).toEqual(
        evaluatePortfolio(scenario, ids, new CurveCache()),
      )
    }
  })

  it('keeps every curve when names, money or today’s set change', () => {
    // (Affinities and loss shares keep the curves too, but move volumes to new grid points.)
    const edited = structuredClone(scenario)
    edited.business.costPerHour *= 2
    edited.valueAtRiskPerLostContact *= 3
    for (const c of edited.channels) {
      c.name = `${c.name} (renamed)`
      c.toolCostPerMonth += 10
      c.setupHours += 1
      c.offeredToday = !c.offeredToday
    }
    expect(analysePortfolios(edited, { cache }).channelEvaluations).toBe(0)
  })

  it('rebuilds only the curve of a channel whose queue settings change', () => {
    const edited = structuredClone(scenario)
    const email = edited.channels.find((c) => c.id === 'email')
    if (!email) throw new Error('the scenario has email')
    email.targetSeconds *= 2
    const run = analysePortfolios(edited, { cache })
    // A cold build of the edited scenario: its email curve holds the points the edit needs.
    const fresh = new CurveCache()
    analysePortfolios(edited, { cache: fresh })
    const context = { business: edited.business, pattern: edited.demand.pattern }
    expect(run.channelEvaluations).toBeGreaterThan(0)
    expect(run.channelEvaluations).toBe(fresh.curveFor(email, context).evaluations)
  })

  it('reports progress, ending with the portfolios', () => {
    const seen: AnalysisProgress[] = []
    analysePortfolios(small({ contactsPerWeek: 300 }), { onProgress: (p) => seen.push(p) })
    expect(seen.length).toBeGreaterThan(1)
    expect(seen[0]?.stage).toBe('channels')
    for (const p of seen) expect(p.done).toBeLessThanOrEqual(p.total)
  })

  it('stops when asked, between steps', () => {
    let calls = 0
    expect(() =>
      analysePortfolios(small({ contactsPerWeek: 500 }), { shouldStop: () => ++calls > 3 }),
    ).toThrow(AnalysisStopped)
    expect(calls).toBe(4)
  })
})

describe('the recommendation', { timeout: 60_000 }, () => {
  // Generated four-channel scenarios: volumes, value at risk, coverage and loss shares vary.
  const scenarios = fc
    .record({
      contacts: fc.integer({ min: 20, max: 3000 }),
      value: fc.integer({ min: 0, max: 500 }),
      coverage: fc.constantFrom('weekday-office', 'extended', 'seven-day', 'always'),
      pattern: fc.constantFrom('office-hours', 'retail-evenings-weekends', 'online-shop-24-7'),
      loss: fc.double({ min: 0, max: 0.6, noNaN: true }),
      blended: fc.boolean(),
    })
    .map((g) =>
      small({
        contactsPerWeek: g.contacts,
        coverage: g.coverage as 'extended',
        pattern: g.pattern as 'office-hours',
        valueAtRiskPerLostContact: g.value,
        analysis: { structure: g.blended ? 'blended' : 'dedicated' },
        tweak: { phone: { lossShare: g.loss }, 'live-chat': { lossShare: g.loss } },
      }),
    )

  it('never picks a set that misses its targets when one of one or two channels meets them for less', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const analysis = analysePortfolios(scenario)
        const pick = analysis.portfolios.find((p) => p.size <= 2) as PortfolioTotals
        for (const p of analysis.portfolios) {
          if (p.size > 2 || !p.targetsMet || pick.targetsMet) continue
          expect(p.totalWithLostValue).toBeGreaterThanOrEqual(pick.totalWithLostValue - 1e-9)
        }
        for (const p of analysis.portfolios) {
          for (const v of [
            p.staffHours,
            p.cost.total,
            p.lostValue,
            p.attainment,
            p.weightedAttainment,
          ]) {
            expect(Number.isFinite(v)).toBe(true)
          }
        }
      }),
      { seed: 77, numRuns: 12 },
    )
  })

  it('is evaluated exactly and explained with its own numbers', () => {
    const scenario = sampleScenario()
    const cache = new CurveCache()
    const r = recommendFrom(scenario, analysePortfolios(scenario, { cache }), cache)
    expect(r.recommended.size).toBeLessThanOrEqual(2)
    const exact = evaluatePortfolio(scenario, r.recommended.channelIds, cache)
    expect(r.recommended.staffHours).toBe(exact.staffHours)
    const hours = new Intl.NumberFormat('en-IE', { maximumFractionDigits: 0 }).format(
      r.recommended.staffHours,
    )
    expect(r.reason).toContain(`${hours} staff hours a week`)
    expect(r.reason).toContain('Your current set (Phone, Email, Facebook and Instagram)')
  })
})
