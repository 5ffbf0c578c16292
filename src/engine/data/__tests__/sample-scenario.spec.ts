/**
 * The sample scenario the app opens with: its inputs, and what they give by hand (the FAQ's
 * share, where customers go when today's set is offered, the phone's staff by Erlang A).
 */
import { describe, expect, it } from 'vitest'
import { coveredHours } from '../../model/week'
import { createPortfolioContext } from '../../portfolio/context'
import { evaluatePortfolio } from '../../portfolio/evaluate'
import { defined } from '../../__tests__/support/defined'
import { expectNear } from '../../__tests__/support/near'
import { once } from '../../__tests__/support/once'
import { CATALOG_CHANNEL_IDS } from '../catalog'
import { sampleScenario } from '../sample-scenario'
import { PATTERN_PRESETS } from '../week-presets'

describe('sampleScenario', () => {
  it('is Riverside Cycles: 400 contacts a week at 28 an hour, 30 % shrinkage, 85 % occupancy', () => {
    const s = sampleScenario()
    expect(s.version).toBe(3)
    expect(s.business).toEqual({
      name: 'Riverside Cycles',
      currency: 'EUR',
      locale: 'en-IE',
      costPerHour: 28,
      shrinkage: 0.3,
      maxOccupancy: 0.85,
      staffHoursPerWeek: 40,
    })
    expect(s.demand.contactsPerWeek).toBe(400)
    expect(s.demand.pattern).toEqual(PATTERN_PRESETS['retail-evenings-weekends'].weights)
    expect(s.valueAtRiskPerLostContact).toBe(35)
    expect(s.selfService).toMatchObject({ enabled: true, deflectionShare: 0.1 })
  })

  it('shares sum to exactly 1, one per channel', () => {
    const { shares } = sampleScenario().demand
    // 0.25 + 0.15 + 0.05 + 0.1 + 0.1 + 0.1 + 0.1 + 0.03 + 0.07 + 0.05 = 1, exactly in doubles
    // when added in this order.
    expect(Object.values(shares).reduce((acc, v) => acc + v, 0)).toBe(1)
    expect(Object.keys(shares)).toEqual([...CATALOG_CHANNEL_IDS])
  })

  it('offers all ten catalog channels as candidates; phone, email, Facebook, Instagram today', () => {
    const { channels } = sampleScenario()
    expect(channels.map((c) => c.id)).toEqual([...CATALOG_CHANNEL_IDS])
    expect(channels.every((c) => c.candidate)).toBe(true)
    expect(channels.filter((c) => c.offeredToday).map((c) => c.id)).toEqual([
      'phone',
      'email',
      'facebook',
      'instagram',
    ])
  })

  it('every affinity names a channel of the scenario', () => {
    const { channels } = sampleScenario()
    const ids = new Set(channels.map((c) => c.id))
    expect.hasAssertions()
    for (const c of channels) {
      for (const target of Object.keys(c.affinity)) expect(ids.has(target), target).toBe(true)
    }
  })

  it('answers every channel in shop hours: weekdays 8–20, Saturday 9–17', () => {
    expect.assertions(2 * 10)
    for (const c of sampleScenario().channels) {
      expect(c.coverage).toHaveLength(168)
      // extended: 5 × 12 + 8 = 68
      expect(coveredHours(c.coverage), c.id).toBe(68)
    }
  })

  it('plans to meet targets with dedicated staff, public misses counting double', () => {
    expect(sampleScenario().analysis).toEqual({
      structure: 'dedicated',
      mode: 'meet-targets',
      publicMissWeight: 2,
      // The default team on site (used when the shop's people answer between customers): two
      // people, busy 60 % of the time in 5-minute spells, 1 minute an interruption.
      onSite: { people: 2, otherWorkShare: 0.6, otherWorkMinutes: 5, interruptionMinutes: 1 },
    })
  })

  it('returns equal but separate objects on every call', () => {
    const a = sampleScenario()
    const b = sampleScenario()
    expect(a).toEqual(b)
    expect(a).not.toBe(b)
    expect(a.demand.pattern).not.toBe(b.demand.pattern)
    expect(a.channels[0]?.coverage).not.toBe(b.channels[0]?.coverage)
    expect(a.channels[0]?.affinity).not.toBe(b.channels[0]?.affinity)
    // Editing one leaves the next untouched, and the pattern preset too.
    a.demand.pattern[0] = 1
    a.business.name = 'Changed'
    const c = sampleScenario()
    expect(c.demand.pattern[0]).toBe(PATTERN_PRESETS['retail-evenings-weekends'].weights[0])
    expect(c.business.name).toBe('Riverside Cycles')
  })
})

describe('what the sample’s inputs give, by hand (dedicated staff)', () => {
  const today = once(() =>
    evaluatePortfolio(sampleScenario(), ['phone', 'email', 'facebook', 'instagram']),
  )
  const figures = (id: string) =>
    defined(today().channels.find((c) => c.channelId === id)?.figures, id)
  const first = (id: string) => figures(id).contactsOffered - figures(id).repeatContacts

  it('the FAQ answers 10 % of the 400, and the rest split by the shares', () => {
    // 400 × 10 % = 40 answered by the FAQ, 360 reach the channels; its upkeep is an hour a week
    // at 28, no tool: 28 a week. Phone 25 % of 360 = 90, email 15 % = 54, and so on.
    const ctx = createPortfolioContext(sampleScenario())
    expect(ctx.selfService.contactsDeflected).toBeCloseTo(40, 9)
    expect(ctx.selfService.contactsRemaining).toBeCloseTo(360, 9)
    expect(ctx.selfService.costPerWeek).toBeCloseTo(28, 9)
    const shares = [0.25, 0.15, 0.05, 0.1, 0.1, 0.1, 0.1, 0.03, 0.07, 0.05]
    expect(ctx.preferred).toHaveLength(shares.length)
    expect.assertions(4 + shares.length)
    shares.forEach((share, i) => expect(ctx.preferred[i]).toBeCloseTo(360 * share, 9))
  })

  it('today’s set: where the customers of the six channels not offered go', () => {
    // Less their loss shares, by their affinities with phone, email and the two pages: web form
    // 18 − 5 % = 17.1 (email 0.6, phone 0.2: 12.825, 4.275); live chat 36 − 8 % = 33.12 and
    // WhatsApp 33.12 (phone 0.3, email 0.3: 16.56 each); X 10.8 − 10 % = 9.72 (email); reviews
    // 25.2 − 10 % = 22.68 (email 0.5, phone 0.3: 14.175, 8.505); forum 18 − 5 % = 17.1 (email).
    // Phone 90 + 4.275 + 16.56 + 16.56 + 8.505 = 135.9; email 54 + 12.825 + 16.56 + 16.56 + 9.72
    // + 14.175 + 17.1 = 140.94, plus the pages' hand-offs (their strongest offered private
    // affinity is email); lost 0.9 + 2.88 + 2.88 + 1.08 + 2.52 + 0.9 = 11.16.
    const p = today()
    expect(p.lost).toBeCloseTo(11.16, 9)
    expect(first('phone')).toBeCloseTo(135.9, 9)
    expect(first('facebook')).toBeCloseTo(36, 9)
    expect(first('instagram')).toBeCloseTo(36, 9)
    const handoffs = figures('facebook').handoffContacts + figures('instagram').handoffContacts
    expect(first('email')).toBeCloseTo(140.94 + handoffs, 9)
    expect(p.cost.selfService).toBeCloseTo(28, 9)
  })

  it('the phone: one person in each of its 68 hours (a dedicated person)', () => {
    // src/engine/__tests__/support/live-reference.py, case "sample phone": the phone's repeats
    // (40 % of late callers ring again) settle at 166.30 calls a week. The busiest covered hours,
    // Saturday 10–17 (1.5 × 0.8 / (7.15 × 11.42) = 1.47 % of the week each), have 2.44 calls, A =
    // 0.244 Erlangs: one person answers 80.4 % within 20 s (Erlang A, patience 110 s). So one
    // in each of the 68 hours: 68 / 0.7 = 97.14 paid hours. Within 20 s: 88.39 calls; unserved
    // 75.13, mostly evening and Sunday callers, when the shop is closed. (The repeat rounds stop
    // within 1/10 000 of the 135.9 first calls: checked to 0.03.)
    const phone = figures('phone')
    expect(phone.staffHours).toBeCloseTo(68 / 0.7, 9)
    expectNear(phone.contactsOffered, 166.296, 0.03)
    expectNear(phone.withinTarget, 88.388, 0.03)
    expectNear(phone.contactsUnserved, 75.128, 0.03)
  })
})

/** The sample with the shop's two people answering between customers. */
function alongsideSample() {
  const s = sampleScenario()
  s.analysis.structure = 'alongside-other-work'
  return s
}

describe(
  'the sample when the two people in the shop answer between customers',
  { timeout: 60_000 },
  () => {
    const today = once(() =>
      evaluatePortfolio(alongsideSample(), ['phone', 'email', 'facebook', 'instagram']),
    )
    const phone = () =>
      defined(
        today().channels.find((c) => c.channelId === 'phone'),
        'phone',
      )

    it('the phone costs the time on calls, not its 68 opening hours', () => {
      // Calls of 6 minutes (the catalog's) and 1 minute to pick up and get back to the customer:
      // 7 minutes each answered, no shrinkage. The dedicated person by the phone cost 68 / 0.7 =
      // 97.1 paid hours; the shop's two people spend a few hours on the calls they pick up.
      const f = phone().figures
      expect(f.staffHours).toBeCloseTo((f.contactsHandled * 7) / 60, 9)
      expect(f.staffHours).toBeLessThan(20)
      expect(f.floorStaffHours).toBe(0)
    })

    it('misses at least the calls that find both busy with customers', () => {
      // Each is busy 60 % of the time; with no calls tying them up, both at once 0.6² = 36 % of the
      // time, and a call then is missed; calls only add to that. The shop answers in its 68 hours
      // (weekdays 8–20, Saturday 9–17), and calls when it is closed are missed as well.
      const f = phone().figures
      const covered = defined(
        sampleScenario().channels.find((c) => c.id === 'phone'),
        'phone',
      ).coverage
      const pattern = sampleScenario().demand.pattern
      const total = pattern.reduce((s, w) => s + w, 0)
      const coveredShare = pattern.reduce((s, w, h) => s + (covered[h] ? w : 0), 0) / total
      expect(f.contactsHandled).toBeLessThanOrEqual(f.contactsOffered * coveredShare * (1 - 0.36))
      // Answered at once, so within the phone's 20-second target.
      expect(f.withinTarget).toBeCloseTo(f.contactsHandled, 9)
    })
  },
)
