/**
 * The blended team's simulated policy (pool.ts, on-site.ts): two written channels alike in every
 * way, looking at the same instants, are answered alike whatever their order in the set. Their
 * looks are each taken by their own agent first; then whoever else has nothing in hand takes
 * the oldest reply shown, whichever page it came to. The expected value is symmetry itself: the
 * two pages' shares within target differ by no more than their sampling error (3 standard errors
 * of the difference). A rule that let the first page's look take every free agent answered the
 * second page 5 points worse in a case like this one.
 */
import { describe, expect, it } from 'vitest'
import { catalogScenario } from '../../__tests__/support/catalog-scenario'
import { simulatePool } from '../pool'
import { createRandom } from '../random'
import type { OnSiteChannelTally } from '../on-site'

function weeklyShare(t: OnSiteChannelTally | undefined): { mean: number; se: number } {
  if (!t) throw new Error('a channel was not simulated')
  const shares = t.weekly.filter((w) => w.offered > 0).map((w) => w.within / w.offered)
  const mean = shares.reduce((s, x) => s + x, 0) / shares.length
  const variance = shares.reduce((s, x) => s + (x - mean) ** 2, 0) / (shares.length - 1)
  return { mean, se: Math.sqrt(variance / shares.length) }
}

describe('a blended team in simulation', () => {
  it('answers two like pages alike, whatever their order', () => {
    const scenario = catalogScenario({
      shares: [
        ['phone', 0.5],
        [['page-a', 'facebook'], 0.25],
        [['page-b', 'facebook'], 0.25],
      ],
      offeredToday: [],
      contactsPerWeek: 600,
      pattern: 'office-hours',
      coverage: 'seven-day',
    })
    const [phone, a, b] = scenario.channels
    if (!phone || !a || !b) throw new Error('three channels')
    // Two agents whenever the phone is open: calls keep them about half busy.
    const presentByHour = phone.coverage.map((open) => (open ? 2 : 0))
    const looks = { lookIntervalMinutes: 45, people: 1 }
    const tallies = simulatePool(
      {
        presentByHour,
        pattern: scenario.demand.pattern,
        channels: [
          { channel: phone, contactsPerWeek: 300 },
          { channel: a, contactsPerWeek: 150, looks },
          { channel: b, contactsPerWeek: 150, looks },
        ],
        weeks: 200,
      },
      createRandom(20_261_202),
    )
    const first = weeklyShare(tallies[1])
    const second = weeklyShare(tallies[2])
    const error = Math.hypot(first.se, second.se)
    console.log(
      `page a ${first.mean.toFixed(4)} ± ${first.se.toFixed(4)}, page b ${second.mean.toFixed(4)} ± ${second.se.toFixed(4)}`,
    )
    expect(error).toBeLessThan(0.01)
    expect(Math.abs(first.mean - second.mean)).toBeLessThanOrEqual(3 * error)
  })
})
