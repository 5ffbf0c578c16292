/** Poisson arrivals by the weekly pattern, hour by hour. */
import { HOURS_PER_WEEK } from '../model/types'
import { exponential } from './random'
import { SECONDS_PER_HOUR, type SimulationInput } from './types'

/**
 * Calls `visit` with each arrival time (seconds from the run's first Monday 00:00) in hour `h`
 * of the run (0 = the first Monday 00:00–01:00; the pattern repeats weekly), in order.
 */
export function arrivalsInHour(
  input: SimulationInput,
  h: number,
  random: () => number,
  visit: (time: number) => void,
): void {
  const perSecond =
    (input.contactsPerWeek * (input.pattern[h % HOURS_PER_WEEK] ?? 0)) / SECONDS_PER_HOUR
  if (!(perSecond > 0)) return
  // Within an hour the rate is constant; gaps are memoryless, so restarting at the hour's
  // start is exact.
  const end = (h + 1) * SECONDS_PER_HOUR
  for (let t = h * SECONDS_PER_HOUR + exponential(random, 1 / perSecond); t < end;) {
    visit(t)
    t += exponential(random, 1 / perSecond)
  }
}

/** Arrival times (seconds) over the warm-up and measured weeks of live and chat, in order. */
export function arrivalTimes(input: SimulationInput, random: () => number): number[] {
  const times: number[] = []
  for (let h = 0; h < 2 * HOURS_PER_WEEK; h++)
    arrivalsInHour(input, h, random, (t) => times.push(t))
  return times
}
