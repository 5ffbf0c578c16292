/**
 * Fixed hours use the hours: given more than the targets need, the split keeps buying answers
 * within target, up to what each channel's cover allows (docs/methodology.md, "Fixed hours").
 */
import { describe, expect, it } from 'vitest'
import { evaluateChannel } from '../../channels/evaluate'
import { groceryFacebookPreset } from '../../data/presets/grocery-facebook'
import { createPortfolioContext } from '../context'
import { evaluatePortfolio } from '../evaluate'
import type { ChannelFigures } from '../figures'
import { splitFixedHours } from '../fixed-hours'
import { makeAsyncChannel, makeScenario } from '../../__tests__/support/factory'

/** Figures built by hand: only the ones the split reads matter. */
function figures(staffHours: number, checkHours: number, within: number, best: number) {
  const f: ChannelFigures = {
    contactsOffered: 100,
    contactsHandled: 100,
    contactsUnserved: 0,
    repeatContacts: 0,
    handoffContacts: 0,
    withinTarget: within,
    bestPossibleWithin: best,
    lateContacts: 100 - within,
    staffHours,
    workloadHours: staffHours * 0.7,
    checkHours,
    floorStaffHours: 0,
    targetMet: true,
  }
  return f
}

describe('the split of hours beyond every need', () => {
  // Two written channels, shrinkage 30 % (0.7 of a paid hour is at work), public weight 2:
  // a (private) needs 10 h, 80 within target of a possible 95; b (public) needs 20 h, 40 of 50.
  const scenario = makeScenario(
    [makeAsyncChannel({ id: 'a' }), makeAsyncChannel({ id: 'b', isPublic: true })],
    { a: 0.5, b: 0.5 },
  )
  const ctx = createPortfolioContext(scenario)

  it('goes to the channels below what cover allows, by the contacts each could gain', () => {
    // 50 h: the needs (10 + 20) fit, 20 h are left. Gains: a 1 × (95 − 80) = 15, b 2 × (50 − 40)
    // = 20; a gets 20 × 15/35 = 8.571 h more, b 20 × 20/35 = 11.429 h more.
    const split = splitFixedHours(
      ctx,
      new Map([
        [0, figures(10, 2, 80, 95)],
        [1, figures(20, 3.5, 40, 50)],
      ]),
      50,
    )
    expect(split.get(0)).toBeCloseTo(10 + (20 * 15) / 35, 9)
    expect(split.get(1)).toBeCloseTo(20 + (20 * 20) / 35, 9)
  })

  it('skips a channel already at its best; with none below it, the rest is not spent', () => {
    const atBest = new Map([
      [0, figures(10, 2, 80, 95)],
      [1, figures(20, 3.5, 50, 50)],
    ])
    // b answers all it can: the 20 h left all go to a.
    const split = splitFixedHours(ctx, atBest, 50)
    expect(split.get(0)).toBeCloseTo(30, 9)
    expect(split.get(1)).toBeCloseTo(20, 9)
    const bothAtBest = new Map([
      [0, figures(10, 2, 95, 95)],
      [1, figures(20, 3.5, 50, 50)],
    ])
    const none = splitFixedHours(ctx, bothAtBest, 50)
    expect((none.get(0) ?? 0) + (none.get(1) ?? 0)).toBeCloseTo(30, 9)
  })
})

describe('Facebook alone with more hours than its target needs (grocery)', () => {
  const scenario = groceryFacebookPreset.build()
  scenario.analysis.structure = 'dedicated'
  scenario.analysis.mode = 'fixed-hours'
  const at = (hours: number) => {
    scenario.business.staffHoursPerWeek = hours
    const ch = evaluatePortfolio(scenario, ['facebook']).channels[0]
    if (!ch) throw new Error('Facebook is not in its own portfolio')
    return ch
  }

  it('gets every hour given, and answers what the channel does with them on its own', () => {
    // Meeting the 80 % target takes under 20 h; with 100 h the one channel gets all 100 and
    // answers as Facebook evaluated alone with 100 h does (a look every 5 minutes).
    const ch = at(100)
    expect(ch.staffHours).toBeCloseTo(100, 9)
    const facebook = scenario.channels.find((c) => c.id === 'facebook')
    if (!facebook) throw new Error('the grocery has a Facebook page')
    const alone = evaluateChannel({
      channel: facebook,
      contactsPerWeek: ch.figures.contactsOffered - ch.figures.repeatContacts,
      business: scenario.business,
      pattern: scenario.demand.pattern,
      staffHoursPerWeek: 100,
    })
    // The portfolio's second evaluation starts its repeat rounds from the first one's volume,
    // the one alone from no repeats: both settle within the rounds' tolerance (1e−4 of the
    // first contacts), so the shares agree to well within that, not to the last digit.
    expect(ch.figures.withinTarget / ch.figures.contactsOffered).toBeCloseTo(alone.attainment, 5)
  })

  it('buys more within target with every step from 25 to 100 hours, never above the best', () => {
    const shares = [25, 40, 60, 100].map((h) => {
      const f = at(h).figures
      expect(f.withinTarget).toBeLessThanOrEqual(f.bestPossibleWithin + 1e-9)
      return f.withinTarget / f.contactsOffered
    })
    // The meet-targets plan stops at 80 %; 25 h already buys more.
    expect(shares[0]).toBeGreaterThan(0.805)
    for (let k = 1; k < shares.length; k++) {
      expect(shares[k]).toBeGreaterThan(shares[k - 1] ?? 1)
    }
  })
})
