/**
 * What would change the answer (docs/methodology.md, "Sensitivity and breakpoints"): the bars
 * are the recommended set planned again with one input moved a quarter, and each breakpoint is
 * a value where the pick of one or two channels really changes, checked here on scenarios built
 * by hand, apart from the analysis.
 */
import { describe, expect, it } from 'vitest'
import { presetById } from '../../data/scenario-presets'
import type { Scenario } from '../../model/types'
import { CurveCache } from '../../portfolio/curve-cache'
import { evaluatePortfolio } from '../../portfolio/evaluate'
import { once } from '../../__tests__/support/once'
import { recommend } from '../recommend'
import { analyseSensitivity, type SensitivityAnalysis } from '../sensitivity'
import { analysePortfolios } from '../sweep'

function preset(id: string): Scenario {
  const p = presetById(id)
  if (!p) throw new Error(`no preset ${id}`)
  return p.build()
}

/** The sweep's pick of one or two channels: what the answer recommends. */
function pick(scenario: Scenario, cache: CurveCache): string[] {
  const small = analysePortfolios(scenario, { cache }).portfolios.find((p) => p.size <= 2)
  return small?.channelIds ?? []
}

function bar(s: SensitivityAnalysis, kind: string) {
  const found = s.bars.find((b) => b.input.kind === kind)
  if (!found) throw new Error(`no ${kind} bar`)
  return found
}

// The online shop: fixed hours, 60 paid hours a week at €22, 400 contacts; Email and Web form.
const shopCache = new CurveCache()
const shop = once(() => analyseSensitivity(preset('online-shop'), { cache: shopCache }))

describe('the bars: the recommended set planned again with one input a quarter off', () => {
  it('analyses the set the answer recommends, from the same figures', () => {
    const scenario = preset('online-shop')
    const r = recommend(scenario, { cache: shopCache })
    expect(shop().channelIds).toEqual(r.recommended.channelIds)
    expect(shop().base.costWithLostValue).toBeCloseTo(r.recommended.totalWithLostValue, 6)
    // Fixed hours: the share is the headline's, of all customers served within target.
    expect(shop().share).toBe('served-well')
    expect(shop().base.share).toBeCloseTo(r.recommended.servedWellShare, 9)
  })

  it('hours available: 45 h and 75 h are spent, and 30 h more cost 30 × €22 = €660', () => {
    const b = bar(shop(), 'hours-available')
    // 60 h ± a quarter: 45 and 75 paid hours, all spent (fixed hours spends the hours it has).
    expect(b.low.value).toBe(45)
    expect(b.high.value).toBe(75)
    expect(b.low.staffHours).toBeCloseTo(45, 6)
    expect(b.high.staffHours).toBeCloseTo(75, 6)
    // Every customer is answered at both (only later with fewer hours): no more are lost, so the
    // money differs by the 30 paid hours alone.
    expect(b.high.costWithLostValue - b.low.costWithLostValue).toBeCloseTo(30 * 22, 6)
  })

  it('contacts: 300 and 500 a week, the same 60 hours spent on them', () => {
    const b = bar(shop(), 'contacts')
    expect(b.low.value).toBe(300)
    expect(b.high.value).toBe(500)
    expect(b.low.staffHours).toBeCloseTo(60, 6)
    expect(b.high.staffHours).toBeCloseTo(60, 6)
  })

  it('each bar is the set evaluated on the scenario with that input changed by hand', () => {
    const s = shop()
    const scenario = preset('online-shop')
    // Handle times a quarter longer: every channel's minutes × 1.25, written out.
    const longer = structuredClone(scenario)
    for (const c of longer.channels) c.handleMinutes = c.handleMinutes * 1.25
    const expected = evaluatePortfolio(longer, s.channelIds, shopCache)
    const b = bar(s, 'handle-time')
    expect(b.high.costWithLostValue).toBeCloseTo(expected.totalWithLostValue, 6)
    expect(b.high.share).toBeCloseTo(expected.servedWellShare, 9)
  })

  it('lists the widest swing first (the mode’s ranking figure: the share, in fixed hours)', () => {
    const swings = shop().bars.map((b) => Math.abs(b.high.share - b.low.share))
    for (let i = 1; i < swings.length; i++) {
      expect(swings[i]).toBeLessThanOrEqual((swings[i - 1] ?? 0) + 1e-12)
    }
  })

  it('meet targets: the share is within target, the widest swing in money first', () => {
    const scenario = preset('saas-startup')
    const cache = new CurveCache()
    const r = recommend(scenario, { cache })
    const s = analyseSensitivity(scenario, { cache })
    expect(s.share).toBe('within-target')
    expect(s.channelIds).toEqual(r.recommended.channelIds)
    expect(s.base.share).toBeCloseTo(r.recommended.attainment, 9)
    const swings = s.bars.map((b) => Math.abs(b.high.costWithLostValue - b.low.costWithLostValue))
    for (let i = 1; i < swings.length; i++) {
      expect(swings[i]).toBeLessThanOrEqual((swings[i - 1] ?? 0) + 1e-9)
    }
    // More contacts cost more to serve to the same targets; fewer, less.
    const contacts = bar(s, 'contacts')
    expect(contacts.high.costWithLostValue).toBeGreaterThan(s.base.costWithLostValue)
    expect(contacts.low.costWithLostValue).toBeLessThan(s.base.costWithLostValue)
  }, 60_000)
})

describe('the breakpoints: where another set of one or two takes over', () => {
  it('each lies between a value that still picks today’s set and one that picks the other', () => {
    const s = shop()
    expect(s.breakpoints.length).toBeGreaterThan(0)
    const scenario = preset('online-shop')
    for (const b of s.breakpoints) {
      const at = (m: number): Scenario => {
        const x = structuredClone(scenario)
        if (b.input.kind === 'contacts') x.demand.contactsPerWeek = 400 * m
        else if (b.input.kind === 'hours-available') x.business.staffHoursPerWeek = 60 * m
        else if (b.input.kind === 'target') {
          const id = b.input.channelId
          for (const c of x.channels) if (c.id === id) c.targetSeconds = c.targetSeconds * m
        }
        return x
      }
      expect(pick(at(b.stillAt), shopCache)).toEqual(s.channelIds)
      expect(pick(at(b.multiplier), shopCache)).toEqual(b.channelIds)
      expect(b.channelIds).not.toEqual(s.channelIds)
      // Found by halving the grid step three times: the two are within an eighth of a step
      // (the widest step, 2 → 4 for target times, gives 2^(1/8) = 1.09).
      const ratio = Math.max(b.multiplier, b.stillAt) / Math.min(b.multiplier, b.stillAt)
      expect(ratio).toBeLessThanOrEqual(2 ** (1 / 8) + 1e-9)
      if (b.direction === 'higher') expect(b.multiplier).toBeGreaterThan(1)
      else expect(b.multiplier).toBeLessThan(1)
    }
  })

  it('the shop keeps Email and Web form up to about 670 contacts, then Email alone', () => {
    const b = shop().breakpoints.find((x) => x.input.kind === 'contacts')
    // Between 1.5 × 400 = 600 (still both) and 2 × 400 = 800 (Email alone) on the grid, then
    // halved: the value is within 600 … 800.
    expect(b?.direction).toBe('higher')
    expect(b?.channelIds).toEqual(['email'])
    expect(b?.value).toBeGreaterThan(600)
    expect(b?.value).toBeLessThanOrEqual(800)
    expect(Number.isInteger(b?.value)).toBe(true)
  })

  it('says over what range each input searched keeps the answer, up to its breakpoints', () => {
    const s = shop()
    expect(s.searching).toEqual([])
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
    // Every input with a breakpoint is among those searched.
    for (const b of s.breakpoints) expect(s.steady.some((x) => same(x.input, b.input))).toBe(true)
    for (const x of s.steady) {
      expect(x.lowest).toBeLessThanOrEqual(1)
      expect(x.highest).toBeGreaterThanOrEqual(1)
      // On a side with a change, the range ends where today's set was last picked; on a side
      // without, at the grid's end (×4 or ×0.25, or 1 for a left-out channel's tighter target).
      const up = s.breakpoints.find((b) => same(b.input, x.input) && b.direction === 'higher')
      const down = s.breakpoints.find((b) => same(b.input, x.input) && b.direction === 'lower')
      expect(x.highest).toBe(up ? up.stillAt : 4)
      if (down) expect(x.lowest).toBe(down.stillAt)
      else expect([0.25, 1]).toContain(x.lowest)
    }
  })

  it('a channel left out is searched towards longer targets only', () => {
    // A tighter target makes only the sets with that channel dearer: the pick cannot move to one.
    const s = shop()
    const leftOut = [...s.steady.map((x) => x.input), ...s.breakpoints.map((b) => b.input)].filter(
      (i) => i.kind === 'target' && !s.channelIds.includes(i.channelId),
    )
    expect(leftOut.length).toBeGreaterThan(0)
    for (const x of s.steady) {
      if (x.input.kind === 'target' && !s.channelIds.includes(x.input.channelId)) {
        expect(x.lowest).toBe(1)
      }
    }
  })
})
