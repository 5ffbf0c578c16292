/**
 * Portfolios whose hours add up to a hair more than the week: the 168 hours' shares of the
 * week sum to 1 only to rounding, and what the pooled queue or the people on site answer must
 * still be at most what is offered (a share within target of at most 1). The same between two
 * grid points of a channel's curve.
 */
import { describe, expect, it } from 'vitest'
import { evaluatePortfolio } from '../evaluate'
import { lerp, type ChannelFigures } from '../figures'
import { PATTERN_PRESETS } from '../../data/week-presets'
import {
  ALWAYS,
  FLAT,
  makeBusiness,
  makeChannel,
  makeScenario,
} from '../../__tests__/support/factory'

const business = makeBusiness({ shrinkage: 0 })

describe('rounding alongside other work', () => {
  it('100 six-second calls a week to 19 people with no other work: within target at most 1', () => {
    // As in channel-edges.spec.ts, but the people on site answer for the portfolio.
    const team = { people: 19, otherWorkShare: 0, otherWorkMinutes: 0.5, interruptionMinutes: 0 }
    const phone = makeChannel({ coverage: ALWAYS, handleMinutes: 0.1 })
    const scenario = makeScenario([phone], { phone: 1 }, { business })
    scenario.demand = { contactsPerWeek: 100, pattern: FLAT, shares: { phone: 1 } }
    scenario.analysis = { ...scenario.analysis, structure: 'alongside-other-work', onSite: team }
    const p = evaluatePortfolio(scenario, ['phone'])
    expect(p.withinTarget).toBeLessThanOrEqual(p.contactsOffered)
    expect(p.attainment).toBeLessThanOrEqual(1)
  })
})

describe('rounding in the blended pool', () => {
  it('one call a week to a shop open round the clock, one pool: within target at most 1', () => {
    // One call a week, spread over the week as an online shop's calls are, 6 seconds each,
    // target 1 hour: one person answers all but every call within it (sl = 1 − C·e^(−(1 − A)·
    // 3600/6) with A below 1e−4: 1 to 15 digits), and the 168 hours' shares of the week add up
    // to 1 + a few units in the last place.
    const phone = makeChannel({ coverage: ALWAYS, handleMinutes: 0.1, targetSeconds: 3600 })
    const scenario = makeScenario(
      [phone],
      { phone: 1 },
      {
        business: makeBusiness({ shrinkage: 0, maxOccupancy: 0.1 }),
      },
    )
    scenario.demand = {
      contactsPerWeek: 1,
      pattern: [...PATTERN_PRESETS['online-shop-24-7'].weights],
      shares: { phone: 1 },
    }
    scenario.analysis = { ...scenario.analysis, structure: 'blended' }
    const p = evaluatePortfolio(scenario, ['phone'])
    expect(p.withinTarget).toBeLessThanOrEqual(p.contactsOffered)
    expect(p.attainment).toBeLessThanOrEqual(1)
  })
})

describe('rounding between two grid points of a curve', () => {
  it('within target read between two points stays at most the contacts offered there', () => {
    // Both points answer within target at most what they are offered; read at t = 0.649 the
    // offered mix to 506.47… and the within-target one, mixed from its own ends, to 5.7e−14
    // more in doubles (0.2381… + (780.19… − 0.2381…) × t, the two ends a hair apart).
    const point = (offered: number, within: number): ChannelFigures => ({
      contactsOffered: offered,
      contactsHandled: offered,
      contactsUnserved: 0,
      repeatContacts: 0,
      handoffContacts: 0,
      withinTarget: within,
      bestPossibleWithin: offered,
      lateContacts: 0,
      staffHours: 1,
      workloadHours: 1,
      checkHours: 0,
      floorStaffHours: 0,
      targetMet: true,
    })
    const a = point(0.23813727874366641, 0.23813727874362728)
    const b = point(780.1946798884005, 780.1946798884005)
    const f = lerp(a, b, 0.6490595972747273)
    expect(f.withinTarget).toBeLessThanOrEqual(f.contactsOffered)
  })
})
