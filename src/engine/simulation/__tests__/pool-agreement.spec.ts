/**
 * The acceptance test of the blended team: a portfolio evaluated analytically (evaluatePortfolio,
 * structure 'blended', with the people by hour of its one team, blend()) against the
 * person-by-person simulation of the same policy (simulation/pool.ts), channel by channel.
 *
 * The policy (docs/methodology.md, "Staffing structures"): calls first, from one queue (callers
 * give up after their patience), written work in the idle time, put aside when a call comes and
 * nobody else is free, the written channels worked as one inbox. The analytic side reads each
 * call's share within target off the hour's queue (the channel's own Erlang A, or the shared
 * queue at a mean handle time and a mean rate of giving up) and evaluates each written channel's
 * plan hour by hour at the pace the team's idle capacity gives it (portfolio/blended.ts,
 * `writtenPaces`).
 *
 * Cases: a contact centre's phone and email (1 750 calls a week), two phone lines sharing a queue,
 * the same with email, a restaurant whose written channels open an hour before anyone is there
 * for the phone, and generated ones (seeded): one or two one-at-a-time live channels (the
 * phone; live chat taken one at a time), up to two written channels, 5 to 3 000 contacts a week,
 * three coverage and three pattern presets. Each channel's volume is the analytic contacts
 * offered (repeats included) and each written channel keeps the plan the analytic chose. Only
 * sets whose written work fits the team's idle time are simulated (the simulation has no one
 * who does written work alone); the spec asserts that most do.
 *
 * Calls: ±3 points (the shared queue's mean handle time and mean patience are the approximation).
 * Written channels: ±3 points too (the idle capacity by the hour, n agents at a speed, is the
 * approximation; the table printed says how close). Each share with a simulated standard error
 * of at most 1 point. Default: 20 cases; FULL_PROPERTIES=1: 36.
 */
import { describe, expect, it } from 'vitest'
import { catalogScenario } from '../../__tests__/support/catalog-scenario'
import type { CatalogChannelId, Channel } from '../../model/types'
import type { CoveragePresetId, PatternPresetId } from '../../data/week-presets'
import { blend } from '../../portfolio/blended'
import { createPortfolioContext, maskOf } from '../../portfolio/context'
import { evaluatePortfolio } from '../../portfolio/evaluate'
import type { ChannelFigures } from '../../portfolio/figures'
import { simulatePool } from '../pool'
import {
  points,
  rowsOf,
  simulatedChannels,
  table,
  weeksFor,
  worstGap,
  type Row,
} from './support/team-agreement'
import { createRandom } from '../random'

const FULL = process.env.FULL_PROPERTIES === '1'
const CASES = FULL ? 36 : 20
const SEED = 20_261_203
const TIMEOUT = FULL ? 20 * 60_000 : 6 * 60_000

/**
 * Calls and written channels alike. Written channels came to 2.96 points at worst in both runs,
 * the analytic side below the simulation (on the safe side) where a few agents share one page.
 */
const BAND = 0.03
const SE_GOAL = 0.005
const SE_LIMIT = 0.01
const MIN_WEEKS = 30
const MAX_WEEKS = 3000

/** Live chat taken one chat at a time: it shares the calls' queue. */
const ONE_CHAT: Partial<Channel> = { concurrency: 1, concurrencyEfficiency: 1 }

interface CaseSpec {
  label: string
  contacts: number
  channels: [CatalogChannelId, number][]
  coverage: CoveragePresetId
  pattern: PatternPresetId
  /** Channels covered other hours than the preset's. */
  hours?: Partial<Record<CatalogChannelId, readonly boolean[]>>
}

/** Every day from `from` to `to` o'clock. */
function daily(from: number, to: number): boolean[] {
  return Array.from({ length: 168 }, (_, h) => h % 24 >= from && h % 24 < to)
}

const FIXED: CaseSpec[] = [
  {
    label: 'phone and email, 3 000',
    contacts: 3000,
    channels: [
      ['phone', 0.55],
      ['email', 0.45],
    ],
    coverage: 'seven-day',
    pattern: 'retail-evenings-weekends',
  },
  {
    label: 'two lines, 400',
    contacts: 400,
    channels: [
      ['phone', 0.6],
      ['live-chat', 0.4],
    ],
    coverage: 'extended',
    pattern: 'office-hours',
  },
  {
    label: 'two lines and email, 150',
    contacts: 150,
    channels: [
      ['phone', 0.4],
      ['live-chat', 0.3],
      ['email', 0.3],
    ],
    coverage: 'weekday-office',
    pattern: 'office-hours',
  },
  {
    // A restaurant's: the written channels open an hour before anyone is there for the phone,
    // and their daily looks come at the same instant.
    label: 'restaurant, 250',
    contacts: 250,
    channels: [
      ['phone', 0.6],
      ['email', 0.25],
      ['reviews', 0.15],
    ],
    coverage: 'seven-day',
    pattern: 'restaurant-peaks',
    hours: { phone: daily(11, 21), email: daily(10, 17), reviews: daily(10, 17) },
  },
]

const COVERAGES: readonly CoveragePresetId[] = ['weekday-office', 'extended', 'seven-day']
const PATTERNS: readonly PatternPresetId[] = [
  'office-hours',
  'retail-evenings-weekends',
  'restaurant-peaks',
]
const WRITTEN: readonly CatalogChannelId[] = ['email', 'facebook', 'instagram', 'reviews']

function generated(i: number, random: () => number): CaseSpec {
  const contacts = [5, 20][i - FIXED.length] ?? Math.round(5 * 600 ** random())
  const channels: [CatalogChannelId, number][] = [['phone', 0.4]]
  if (random() < 0.6) channels.push(['live-chat', 0.25])
  const written = Math.floor(random() * 3)
  for (let k = 0; k < written; k++) {
    const id = WRITTEN[Math.floor(random() * WRITTEN.length)] ?? 'email'
    if (!channels.some(([c]) => c === id)) channels.push([id, 0.2])
  }
  return {
    label: `generated ${i}`,
    contacts,
    channels,
    coverage: COVERAGES[Math.floor(random() * COVERAGES.length)] ?? 'extended',
    pattern: PATTERNS[i % PATTERNS.length] ?? 'office-hours',
  }
}

/** The case's rows, or undefined when its written work does not fit the idle time. */
function compare(spec: CaseSpec, seed: number): Row[] | undefined {
  const total = spec.channels.reduce((s, [, w]) => s + w, 0)
  const scenario = catalogScenario({
    shares: spec.channels.map(([id, w]) => [id, w / total]),
    offeredToday: [],
    contactsPerWeek: spec.contacts,
    pattern: spec.pattern,
    coverage: spec.coverage,
    tweak: {
      'live-chat': ONE_CHAT,
      ...Object.fromEntries(
        Object.entries(spec.hours ?? {}).map(([id, flags]) => [id, { coverage: [...flags] }]),
      ),
    },
  })
  scenario.analysis.structure = 'blended'
  const ids = spec.channels.map(([id]) => id)
  const result = evaluatePortfolio(scenario, ids)
  // The team's people by hour: blend() on the same figures (exact, so they carry agents by hour).
  const ctx = createPortfolioContext(scenario)
  const figures = new Map<number, ChannelFigures>()
  for (const ch of result.channels) {
    figures.set(
      ctx.candidates.findIndex((c) => c.id === ch.channelId),
      ch.figures,
    )
  }
  const team = blend(ctx, maskOf(ctx, ids), figures)
  const people = team.agentsByHour
  if (!people) throw new Error('exact figures carry their agents by hour')
  const liveHours = people.reduce((s, n) => s + n, 0) / (1 - scenario.business.shrinkage)
  if (team.staffHours > liveHours + 1e-9) return undefined
  const channels = simulatedChannels(scenario, result)
  const weeks = weeksFor(channels, SE_GOAL, MIN_WEEKS, MAX_WEEKS)
  const tallies = simulatePool(
    { presentByHour: people, pattern: scenario.demand.pattern, channels, weeks },
    createRandom(seed),
  )
  return rowsOf(spec.label, result, channels, tallies, weeks)
}

describe('a blended team: analytic against simulation', () => {
  it(
    `agrees within ±3 points for calls and for written channels, on ${CASES} cases`,
    () => {
      const random = createRandom(SEED)
      const specs = [...FIXED]
      for (let i = FIXED.length; i < CASES; i++) specs.push(generated(i, random))
      let skipped = 0
      const rows = specs.flatMap((spec, i) => {
        const r = compare(spec, SEED + i)
        if (!r) skipped++
        return r ?? []
      })
      console.log(table(rows, 26))
      console.log(
        `worst gap: calls ${points(worstGap(rows, true))} pts, written ${points(worstGap(rows, false))} pts, over ${rows.length} channels in ${specs.length - skipped} cases (${skipped} skipped: written work beyond the idle time)`,
      )
      expect(specs.length - skipped).toBeGreaterThanOrEqual(Math.ceil(0.7 * specs.length))
      for (const r of rows) {
        const where = `${r.label}, ${r.channel}`
        expect(r.se, where).toBeLessThanOrEqual(SE_LIMIT)
        expect(Math.abs(r.analytic - r.simulated), where).toBeLessThanOrEqual(BAND)
      }
    },
    TIMEOUT,
  )
})
