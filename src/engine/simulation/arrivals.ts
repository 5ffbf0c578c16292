/** Poisson arrivals by the weekly pattern, over the warm-up and measured weeks. */
import { HOURS_PER_WEEK } from '../model/types'
import { exponential } from './random'
import { SECONDS_PER_HOUR, type SimulationInput } from './types'

/** Arrival times (seconds) over the warm-up and measured weeks, in order. */
export function arrivalTimes(input: SimulationInput, random: () => number): number[] {
  const times: number[] = []
  for (let h = 0; h < 2 * HOURS_PER_WEEK; h++) {
    const perSecond = (input.contactsPerWeek * (input.pattern[h % HOURS_PER_WEEK] ?? 0)) / 3600
    if (!(perSecond > 0)) continue
    // Within an hour the rate is constant; gaps are memoryless, so restarting at the hour's
    // start is exact.
    const end = (h + 1) * SECONDS_PER_HOUR
    for (let t = h * SECONDS_PER_HOUR + exponential(random, 1 / perSecond); t < end;) {
      times.push(t)
      t += exponential(random, 1 / perSecond)
    }
  }
  return times
}
