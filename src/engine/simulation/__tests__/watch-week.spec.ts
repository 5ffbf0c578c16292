/**
 * Watch the week: the pile of unanswered contacts hour by hour (pile.ts) and the simulated week
 * of a portfolio as it is planned (watch-week.ts).
 *
 * The piles are checked against hand counts and hand-worked expectations:
 * - a recorder fed a handful of contacts by hand;
 * - a written channel covered weekdays 9–17 with contacts spread evenly over the week: after
 *   Friday's last look nobody looks until Monday 9:00, so the pile at any hour's end from then
 *   on is the contacts that came since that look (a Poisson count with mean rate × hours), at
 *   5 contacts a week as well as 700;
 * - a phone line: a caller who finds it closed goes, so the pile outside its hours is 0;
 * - the week's share within target, averaged over seeded weeks, against the analytic figure of
 *   the same plan (dedicated, alongside other work, one blended team), which the agreement specs
 *   check policy by policy.
 */
import { describe, expect, it } from 'vitest'
import { catalogScenario } from '../../__tests__/support/catalog-scenario'
import { presetById } from '../../data/scenario-presets'
import type { Scenario } from '../../model/types'
import { evaluatePortfolio } from '../../portfolio/evaluate'
import { PileRecorder, addTraces } from '../pile'
import { watchWeek, type WatchedChannel } from '../watch-week'

const HOUR = 3600

describe('the pile recorder', () => {
  it('counts each contact at the end of every hour it waits through', () => {
    // Channel 0, target 1 hour; the watched week starts at 0.
    const r = new PileRecorder(0, [HOUR])
    // A: 00:30 → answered 02:30 (2 h, late): waiting at 01:00 and 02:00.
    r.arrived(0, 0.5 * HOUR)
    r.settled(0, 0.5 * HOUR, 2.5 * HOUR, true)
    // B: 00:10 → answered 00:40 (within target): gone before 01:00.
    r.arrived(0, 10 * 60)
    r.settled(0, 10 * 60, 40 * 60, true)
    // C: from the week before, answered at 01:00 exactly: not waiting at 01:00.
    r.settled(0, -10, HOUR, true)
    // D: from the week before, answered at 01:00:01: waiting at 01:00 only.
    r.settled(0, -10, HOUR + 1, true)
    // E: from the week before, never answered: not counted (that week's miss).
    // F: 100:00 exactly, never answered: waiting at the end of hours 99…167.
    r.arrived(0, 100 * HOUR)
    // G: 05:20, hung up at 06:30: waiting at 06:00 only; not answered, so not within target.
    r.arrived(0, 5 * HOUR + 20 * 60)
    r.settled(0, 5 * HOUR + 20 * 60, 6.5 * HOUR, false)
    const t = r.trace(0)
    expect(t.pileByHour.slice(0, 8)).toEqual([2, 1, 0, 0, 0, 1, 0, 0])
    expect(t.pileByHour[98]).toBe(0)
    expect(t.pileByHour[99]).toBe(1)
    expect(t.pileByHour[167]).toBe(1)
    // Offered by arrival hour: A and B in hour 0, G in hour 5, F in hour 100.
    expect(t.offeredByHour[0]).toBe(2)
    expect(t.offeredByHour[5]).toBe(1)
    expect(t.offeredByHour[100]).toBe(1)
    expect(t.offeredByHour.reduce((s, n) => s + n, 0)).toBe(4)
    // Within target: B only.
    expect(t.withinByHour[0]).toBe(1)
    expect(t.withinByHour.reduce((s, n) => s + n, 0)).toBe(1)
  })

  it('adds teams hour by hour', () => {
    const a = new PileRecorder(0, [HOUR])
    a.arrived(0, 10)
    const b = new PileRecorder(0, [HOUR])
    b.arrived(0, 20)
    // 02:00:05: waiting at the end of hour 2 (03:00) onwards.
    b.arrived(0, 2 * HOUR + 5)
    const sum = addTraces([a.trace(0), b.trace(0)])
    expect(sum.pileByHour.slice(0, 4)).toEqual([2, 2, 3, 3])
    expect(sum.offeredByHour[0]).toBe(2)
  })
})

/** One written channel (email) or the phone, covered weekdays 9–17, contacts even over the week. */
function oneChannel(id: 'email' | 'phone', contactsPerWeek: number): Scenario {
  const scenario = catalogScenario({
    shares: [[id, 1]],
    offeredToday: [id],
    contactsPerWeek,
    pattern: 'office-hours',
    coverage: 'weekday-office',
  })
  scenario.demand.pattern = new Array<number>(168).fill(1 / 168)
  return scenario
}

function watched(scenario: Scenario, seed: number): WatchedChannel[] {
  const totals = evaluatePortfolio(
    scenario,
    scenario.channels.map((c) => c.id),
  )
  const week = watchWeek(scenario, totals, seed)
  if (!week.available) throw new Error('no week')
  return week.channels
}

describe('a written channel closed at weekends', () => {
  for (const [contacts, seeds] of [
    [5, 400],
    [700, 40],
  ] as const) {
    it(`piles up from Friday's last look to Monday 9:00, at ${contacts} contacts a week`, () => {
      const scenario = oneChannel('email', contacts)
      const totals = evaluatePortfolio(scenario, ['email'])
      const plan = totals.channels[0]?.figures.plan
      if (plan?.kind !== 'looks') throw new Error('email is planned by looks')
      const offered = totals.channels[0]?.figures.contactsOffered ?? 0
      // Looks at 9:00, 9:00 + I, … before 17:00: the last is at 9 + I·(⌈480 / I⌉ − 1) minutes.
      const I = plan.lookIntervalMinutes
      const lastLook = 9 + (I * (Math.ceil(480 / I) - 1)) / 60
      const fridayLook = 4 * 24 + lastLook
      const perHour = offered / 168
      // Hours since Friday's last look at the end of Saturday 23:00–24:00 (hour 143), of
      // Sunday (hour 167), and of Monday 07:00–08:00 (hour 7, the week before's contacts).
      const since = { 143: 144 - fridayLook, 167: 168 - fridayLook, 7: 168 - fridayLook + 8 }
      const mean = { 143: 0, 167: 0, 7: 0 }
      for (let seed = 1; seed <= seeds; seed++) {
        const [email] = watched(scenario, seed)
        for (const h of [143, 167, 7] as const) mean[h] += (email?.pileByHour[h] ?? 0) / seeds
      }
      for (const h of [143, 167, 7] as const) {
        const expected = perHour * since[h]
        // A Poisson count: the mean of `seeds` weeks has a standard error of √(λ / seeds).
        const tolerance = 4 * Math.sqrt(expected / seeds) + 0.02 * expected
        expect(Math.abs(mean[h] - expected), `hour ${h}: ${mean[h]} vs ${expected}`).toBeLessThan(
          tolerance,
        )
      }
    })
  }
})

describe('a phone line', () => {
  it('has no pile while it is closed: callers who find it closed go', () => {
    const scenario = oneChannel('phone', 300)
    for (let seed = 1; seed <= 5; seed++) {
      const [phone] = watched(scenario, seed)
      if (!phone) throw new Error('no phone')
      const closed = scenario.channels[0]?.coverage.flatMap((open, h) => (open ? [] : [h])) ?? []
      // Hours closed: 168 − 5 × 8 = 128. A closed hour's pile is 0; its callers were offered.
      expect(closed).toHaveLength(128)
      for (const h of closed) expect(phone.pileByHour[h]).toBe(0)
      const offeredClosed = closed.reduce((s, h) => s + (phone.offeredByHour[h] ?? 0), 0)
      // 300 × 128 / 168 ≈ 229 callers on average; none answered.
      expect(offeredClosed).toBeGreaterThan(150)
      expect(closed.reduce((s, h) => s + (phone.withinByHour[h] ?? 0), 0)).toBe(0)
    }
  })
})

/** Each channel's share within target over `seeds` watched weeks, and the analytic figure. */
function agreement(scenario: Scenario, ids: readonly string[], seeds: number) {
  const totals = evaluatePortfolio(scenario, ids)
  const sums = new Map<string, { offered: number; within: number; model: number }>()
  for (let seed = 1; seed <= seeds; seed++) {
    const week = watchWeek(scenario, totals, seed)
    if (!week.available) throw new Error('no week')
    for (const c of week.channels) {
      const s = sums.get(c.channelId) ?? { offered: 0, within: 0, model: c.modelledAttainment }
      s.offered += c.offeredByHour.reduce((a, b) => a + b, 0)
      s.within += c.withinByHour.reduce((a, b) => a + b, 0)
      sums.set(c.channelId, s)
    }
  }
  return [...sums].map(([id, s]) => ({
    id,
    simulated: s.within / s.offered,
    model: s.model,
    perWeek: s.offered / seeds,
  }))
}

function build(id: string): Scenario {
  const preset = presetById(id)
  if (!preset) throw new Error(`no preset ${id}`)
  return preset.build()
}

describe('the watched week against the analytic model', () => {
  // Measured when written: every gap below was under 3 points (40 weeks each).
  const cases: [string, () => Scenario, string[]][] = [
    ['dedicated, the sample shop today', () => oneChannel('email', 150), ['email']],
    [
      'alongside other work, the grocery today',
      () => build('grocery-facebook'),
      ['email', 'facebook', 'instagram'],
    ],
    ['one blended team, the cable company', () => build('cable-social'), ['phone', 'email']],
    [
      'dedicated with fixed hours, six channels',
      () => build('six-channels'),
      ['email', 'facebook', 'instagram'],
    ],
  ]
  for (const [label, make, ids] of cases) {
    it(`${label}: each channel within 4 points of the model`, () => {
      const rows = agreement(make(), ids, 40)
      for (const row of rows) {
        // Weeks of 30 contacts or more: 40 of them put the standard error under 1.5 points.
        if (row.perWeek < 30) continue
        expect(Math.abs(row.simulated - row.model), `${row.id}`).toBeLessThan(0.04)
      }
    })
  }

  it('is not offered for one blended team with fixed hours (a proportional estimate)', () => {
    const scenario = build('six-channels')
    scenario.analysis.structure = 'blended'
    const totals = evaluatePortfolio(scenario, ['email'])
    expect(watchWeek(scenario, totals)).toMatchObject({
      available: false,
      reason: 'blended-fixed-hours',
    })
  })

  it('gives the same week for the same scenario and set', () => {
    const scenario = build('grocery-facebook')
    const totals = evaluatePortfolio(scenario, ['email', 'facebook'])
    expect(watchWeek(scenario, totals)).toEqual(watchWeek(scenario, totals))
  })
})
