/**
 * How a blended team's written channels are paced between calls (portfolio/blended.ts,
 * `writtenPaces`; docs/methodology.md, "Written channels between calls"), by hand. The week is
 * flat (each hour 1/168 of the contacts); the phone and the written channels are covered
 * weekdays 9–17; the team has 3 agents in each of those hours but Monday 9–10, when nobody is
 * there yet. The phone has 15 six-minute calls an hour (2 520 a week): a load of 1.5 agents,
 * ρ = 1.5 / 3 = 0.5 of each agent's time.
 */
import { describe, expect, it } from 'vitest'
import { ON_SITE_DEFAULTS } from '../../data/on-site-team'
import type { StaffingPlan } from '../../channels/evaluate'
import { HOURS_PER_WEEK } from '../../model/types'
import { writtenPaces } from '../blended'
import { createPortfolioContext, maskOf } from '../context'
import type { ChannelFigures } from '../figures'
import {
  FLAT,
  makeAsyncChannel,
  makeBusiness,
  makeChannel,
  makeScenario,
  WEEKDAY_OFFICE,
} from '../../__tests__/support/factory'

const MONDAY_NINE = 9
const TUESDAY_TEN = 24 + 10

function scenario() {
  const phone = makeChannel({ id: 'phone', handleMinutes: 6, coverage: WEEKDAY_OFFICE })
  const written = (id: string) =>
    makeAsyncChannel({ id, handleMinutes: 5, coverage: WEEKDAY_OFFICE, minutesPerCheck: 2 })
  return makeScenario(
    [phone, written('email'), written('facebook')],
    { phone: 0.8, email: 0.1, facebook: 0.1 },
    {
      business: makeBusiness({ shrinkage: 0 }),
      demand: { contactsPerWeek: 3360, pattern: FLAT, shares: {} },
      analysis: {
        structure: 'blended',
        mode: 'meet-targets',
        publicMissWeight: 1,
        onSite: ON_SITE_DEFAULTS,
      },
    },
  )
}

/** Figures with only what the pacing reads: volume and plan (the rest is not read). */
function figures(contactsOffered: number, plan?: StaffingPlan): ChannelFigures {
  return {
    contactsOffered,
    contactsHandled: contactsOffered,
    contactsUnserved: 0,
    repeatContacts: 0,
    handoffContacts: 0,
    withinTarget: contactsOffered,
    bestPossibleWithin: contactsOffered,
    lateContacts: 0,
    staffHours: 0,
    workloadHours: 0,
    checkHours: 0,
    floorStaffHours: 0,
    targetMet: true,
    plan,
  }
}

/** Looks every `interval` minutes by one person; no work booked by hour. */
function looks(interval: number): StaffingPlan {
  return {
    kind: 'looks',
    lookIntervalMinutes: interval,
    people: 1,
    teams: 1,
    looksPerWeek: 0,
    checksPerWeek: 0,
    replyHoursPerWeek: 0,
    answeredShare: 1,
    workMinutesByHour: new Array<number>(HOURS_PER_WEEK).fill(0),
  }
}

const AGENTS = WEEKDAY_OFFICE.map((open, h) => (open && h !== MONDAY_NINE ? 3 : 0))

function pacesOf(ids: string[], intervals: Record<string, number>) {
  const ctx = createPortfolioContext(scenario())
  const index = (id: string) => ctx.candidates.findIndex((c) => c.id === id)
  const map = new Map<number, ChannelFigures>()
  // 2 520 calls a week: 15 an hour; 336 emails and 336 posts: 2 an hour, 10 minutes of replies.
  map.set(index('phone'), figures(2520))
  for (const id of ids) map.set(index(id), figures(336, looks(intervals[id] ?? 60)))
  const paces = writtenPaces(ctx, maskOf(ctx, ['phone', ...ids]), map, AGENTS)
  return (id: string) => {
    const pace = paces.get(index(id))
    if (!pace) throw new Error(`no pace for ${id}`)
    return pace
  }
}

describe('a blended team paces its written channels by the hour', () => {
  it('one written channel: the idle agents as whole agents at a speed', () => {
    // u = 3 − 1.5 = 1.5 agents idle: n = ⌈1.5⌉ = 2 at speed u/n = 0.75, so b = 0.25. Called
    // away, an agent stays while callers queue: 6 ÷ (1 − 0.5) = 12 minutes.
    const email = pacesOf(['email'], {})('email')
    expect(email.peopleByHour[TUESDAY_TEN]).toBe(2)
    expect(email.busyShareByHour[TUESDAY_TEN]).toBeCloseTo(0.25, 12)
    expect(email.spellMinutesByHour[TUESDAY_TEN]).toBeCloseTo(12, 12)
    expect(email.waitMinutesByHour[TUESDAY_TEN]).toBe(0)
    // Closed hours: nobody.
    expect(email.peopleByHour[0]).toBe(0)
  })

  it('an hour with nobody there waits for the first agent and takes that hour’s pace', () => {
    // Monday 9–10 has no agent: its looks wait 60 minutes, at 10:00's pace (n = 2, b = 0.25).
    const email = pacesOf(['email'], {})('email')
    expect(email.waitMinutesByHour[MONDAY_NINE]).toBe(60)
    expect(email.peopleByHour[MONDAY_NINE]).toBe(2)
    expect(email.busyShareByHour[MONDAY_NINE]).toBeCloseTo(0.25, 12)
  })

  it('two pages looking at the same instants share the idle agents', () => {
    // Both look every hour: their piles come at once and split u = 1.5 by their work (equal):
    // 0.75 each, n = 1 at speed 0.75, b = 0.25.
    const pace = pacesOf(['email', 'facebook'], { email: 60, facebook: 60 })
    for (const id of ['email', 'facebook']) {
      expect(pace(id).peopleByHour[TUESDAY_TEN]).toBe(1)
      expect(pace(id).busyShareByHour[TUESDAY_TEN]).toBeCloseTo(0.25, 12)
    }
  })

  it('looks at other instants take only the other channel’s booked work', () => {
    // Email every hour, Facebook every 45 minutes from 9:00: of email's 8 looks a day (9:00 …
    // 16:00) Facebook shares 9:00, 12:00 and 15:00, 3 of 8. Facebook books no work here, so the
    // 5/8 apart take nothing; the 3/8 at once weigh 3/8 of its 1/6 agent: email's share of
    // u = 1.5 is (1/6) ÷ (1/6 + 3/8 · 1/6) = 8/11, u = 12/11 = 1.0909: n = 2, b = 1 − 6/11.
    const email = pacesOf(['email', 'facebook'], { email: 60, facebook: 45 })('email')
    expect(email.peopleByHour[TUESDAY_TEN]).toBe(2)
    expect(email.busyShareByHour[TUESDAY_TEN]).toBeCloseTo(1 - 6 / 11, 12)
  })
})
