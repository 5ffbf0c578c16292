/**
 * Portfolios answered alongside other work, checked by hand with the loss model's closed forms:
 * one person with no other work is Erlang B with one line, B(1, A) = A / (1 + A).
 *
 * The channels: a phone and a chat, each 100 contacts a week, office hours (Monday to Friday
 * 9–17, 40 hours, the pattern all in them: 2.5 contacts an hour each), 6-minute contacts, no
 * repeats; one person on site (b = 0 unless said), 1 minute an interruption.
 */
import { describe, expect, it } from 'vitest'
import { evaluatePortfolio } from '../evaluate'
import {
  makeAsyncChannel,
  makeBusiness,
  makeChannel,
  makeScenario,
  OFFICE_ONLY,
} from '../../__tests__/support/factory'
import type { OnSiteTeam, Scenario } from '../../model/types'

const TEAM: OnSiteTeam = {
  people: 1,
  otherWorkShare: 0,
  otherWorkMinutes: 5,
  interruptionMinutes: 1,
}

function scenario(
  channels: ReturnType<typeof makeChannel>[],
  overrides: Partial<Scenario['analysis']> = {},
  staffHoursPerWeek?: number,
): Scenario {
  const s = makeScenario(
    channels,
    Object.fromEntries(channels.map((c) => [c.id, 1 / channels.length])),
    {
      business: makeBusiness({ staffHoursPerWeek }),
      demand: { contactsPerWeek: 100 * channels.length, pattern: OFFICE_ONLY, shares: {} },
    },
  )
  s.demand.shares = Object.fromEntries(channels.map((c) => [c.id, 1 / channels.length]))
  s.analysis = {
    ...s.analysis,
    structure: 'alongside-other-work',
    onSite: TEAM,
    ...overrides,
  }
  return s
}

const phone = makeChannel({ id: 'phone' })
const chat = makeChannel({ id: 'chat', catalogId: 'live-chat', name: 'Chat', kind: 'chat' })

function figures(p: ReturnType<typeof evaluatePortfolio>, id: string) {
  const f = p.channels.find((c) => c.channelId === id)?.figures
  if (!f) throw new Error(`no ${id}`)
  return f
}

describe('alongside other work, by hand', () => {
  it('one person, the phone alone: Erlang B with one line, and the hours are the calls', () => {
    // 2.5 calls an hour of 6 minutes: A = 0.25, B(1, 0.25) = 0.25 / 1.25 = 20 % missed, so 80
    // of the 100 answered, at once (within the 20-second target). Hours: 80 × (6 + 1) / 60 =
    // 9.333, no shrinkage; a dedicated person would be paid 40 / 0.7 = 57.1 hours.
    const p = evaluatePortfolio(scenario([phone]), ['phone'])
    const f = figures(p, 'phone')
    expect(f.contactsHandled).toBeCloseTo(80, 9)
    expect(f.withinTarget).toBeCloseTo(80, 9)
    expect(f.contactsUnserved).toBeCloseTo(20, 9)
    expect(p.staffHours).toBeCloseTo((80 * 7) / 60, 9)
    expect(f.floorStaffHours).toBe(0)
  })

  it('the phone and a chat share the one person: one loss system, both miss a third', () => {
    // 5 contacts an hour together, A = 0.5: B(1, 0.5) = 0.5 / 1.5 = 1/3 missed on each, so each
    // answers 66.67 of its 100; hours (66.67 + 66.67) × 7 / 60 = 15.56.
    const p = evaluatePortfolio(scenario([phone, chat]), ['phone', 'chat'])
    expect(figures(p, 'phone').contactsHandled).toBeCloseTo(200 / 3, 9)
    expect(figures(p, 'chat').contactsHandled).toBeCloseTo(200 / 3, 9)
    expect(p.staffHours).toBeCloseTo(((400 / 3) * 7) / 60, 9)
  })

  it('busy with customers half the time: the one person misses more', () => {
    // Three states: free F, other work O, on a call C: π_F = 1 / (1 + b/(1 − b) + λh); b = ½
    // gives b/(1 − b) = 1, λh = 0.25: π_F = 1 / 2.25, so 100 / 2.25 = 44.44 answered.
    const p = evaluatePortfolio(scenario([phone], { onSite: { ...TEAM, otherWorkShare: 0.5 } }), [
      'phone',
    ])
    expect(figures(p, 'phone').contactsHandled).toBeCloseTo(100 / 2.25, 9)
  })

  it('with more fixed hours than the calls take, only the time on calls counts', () => {
    // 20 hours given, the phone's 80 calls take 9.333 of them: the rest goes back to the shop.
    const p = evaluatePortfolio(scenario([phone], { mode: 'fixed-hours' }, 20), ['phone'])
    expect(figures(p, 'phone').contactsHandled).toBeCloseTo(80, 9)
    expect(p.staffHours).toBeCloseTo((80 * 7) / 60, 9)
  })

  it('with fixed hours the calls come first: 5 hours answer 5 / 9.333 of the 80', () => {
    // The phone needs 9.333 hours (above); with 5 hours for the phone and an email it gets all 5
    // (calls are answered as they come), answering 80 × 5 / 9.333 = 42.86, and the email none.
    const email = makeAsyncChannel({ id: 'email' })
    const p = evaluatePortfolio(scenario([phone, email], { mode: 'fixed-hours' }, 5), [
      'phone',
      'email',
    ])
    const f = figures(p, 'phone')
    const need = (80 * 7) / 60
    // The split is over the phone's 100 and the email's 100: the phone's first contacts are 100.
    expect(f.contactsHandled).toBeCloseTo((80 * 5) / need, 6)
    expect(p.channels.find((c) => c.channelId === 'phone')?.staffHours).toBeCloseTo(5, 9)
    expect(p.channels.find((c) => c.channelId === 'email')?.staffHours).toBeCloseTo(0, 9)
  })
})
