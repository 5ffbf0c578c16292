/**
 * The simulation of people answering between other work (on-site.ts) against a mean response
 * worked out by hand, for a trickle of emails (nobody ever waits behind another contact).
 *
 * An email looked at every hour round the clock by one person (c = 1), with p people on site,
 * each busy with other work half the time (b = ½) in spells of mean d = 10 minutes; a check is
 * m = 2 minutes of work, a reply h = 5 (exponential). Response = wait for the next look + wait
 * for a free person + the check + the reply:
 * - the next look: arrivals uniform in the hour, 30 minutes on average;
 * - a free person: a look is taken by people who are free; with all p busy (chance bᵖ) it waits
 *   for the first spell to end, d/p on average (memoryless spells);
 * - the check and the reply, started free, meet Poisson(α·work) spells of other work,
 *   α = b/((1 − b)·d), each d long: m/(1 − b) = 4 and h/(1 − b) = 10 minutes on average.
 * One person: 30 + ½·10 + 4 + 10 = 49 minutes. Two: 30 + ¼·5 + 4 + 10 = 45.25 (a look given to a
 * busy person while the other is free would make it 30 + ½·10 + 14 = 49 again).
 * Two emails a week: another one ahead in the same hour adds about 0.006 × 10 minutes, left in
 * the tolerance; 20 000 emails put the standard error near 0.16 minutes.
 */
import { describe, expect, it } from 'vitest'
import { ALWAYS, FLAT, makeAsyncChannel } from '../../__tests__/support/factory'
import { simulateOnSite } from '../on-site'
import { createRandom } from '../random'

function meanResponseMinutes(people: number): number {
  const [tally] = simulateOnSite(
    {
      team: { people, otherWorkShare: 0.5, otherWorkMinutes: 10, interruptionMinutes: 1 },
      pattern: FLAT,
      channels: [
        {
          channel: makeAsyncChannel({ coverage: ALWAYS, minutesPerCheck: 2, handleMinutes: 5 }),
          contactsPerWeek: 2,
          looks: { lookIntervalMinutes: 60, people: 1 },
        },
      ],
      weeks: 10_000,
    },
    createRandom(20_261_201),
  )
  if (!tally) throw new Error('no tally')
  expect(tally.responses.length).toBeGreaterThan(19_000)
  return tally.responses.reduce((s, x) => s + x, 0) / tally.responses.length / 60
}

describe('alongside other work, simulated: a look goes to a free person', () => {
  it('one person: 30 + ½ × 10 + 4 + 10 = 49 minutes on average', () => {
    expect(meanResponseMinutes(1)).toBeCloseTo(49, 0)
  }, 60_000)

  it('two people: the free one takes the look, 30 + ¼ × 5 + 4 + 10 = 45.25 minutes', () => {
    expect(Math.abs(meanResponseMinutes(2) - 45.25)).toBeLessThan(0.6)
  }, 60_000)
})
