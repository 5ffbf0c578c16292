/**
 * Async channels, contact by contact: looks at the minutes the analytic model uses, each costing
 * `minutesPerCheck` and showing what arrived since the previous look.
 */
import { checkMinutes } from '../channels/async/pile'
import { HOURS_PER_WEEK } from '../model/types'
import { arrivalTimes } from './arrivals'
import { exponential } from './random'
import {
  measured,
  SECONDS_PER_HOUR,
  WEEKS,
  WEEK_SECONDS,
  type SimulationInput,
  type Tally,
} from './types'

/**
 * One worker works through the shown pile in order: the look's own minutes, then the contacts
 * it showed, then the next look's. Work happens in covered hours only, at speed
 * max(1, allowance ÷ 60), and stops for the hour once the hour's allowance is spent.
 */
export function simulateAsync(
  input: SimulationInput,
  allowance: number,
  lookIntervalSeconds: number,
  random: () => number,
): Tally {
  const { channel } = input
  const arrivals = arrivalTimes(input, random)
  const budgetPerHour = Math.max(0, allowance) * 60
  const rate = Math.max(1, allowance / 60)
  const horizon = WEEKS * WEEK_SECONDS
  let t = 0
  let budgetHour = -1
  let budget = 0
  // Time at which `work` seconds of work started at t are done; Infinity past the horizon.
  const doWork = (work: number): number => {
    let left = work
    while (left > 0) {
      const hour = Math.floor(t / SECONDS_PER_HOUR)
      if (hour >= WEEKS * HOURS_PER_WEEK) return (t = Infinity)
      const hourEnd = (hour + 1) * SECONDS_PER_HOUR
      if (!channel.coverage[hour % HOURS_PER_WEEK]) {
        t = hourEnd
        continue
      }
      if (hour !== budgetHour) {
        budgetHour = hour
        budget = budgetPerHour
      }
      const doable = Math.min(budget, rate * (hourEnd - t))
      if (left <= doable) {
        t += left / rate
        budget -= left
        return t
      }
      left -= doable
      budget -= doable
      t = hourEnd
    }
    return t
  }

  const weekChecks = checkMinutes(channel.coverage, lookIntervalSeconds)
  const tally: Tally = { offered: 0, responses: [], uncovered: 0, abandoned: 0 }
  let next = 0
  for (let week = 0; week < WEEKS && t < horizon; week++) {
    for (const minute of weekChecks) {
      const look = week * WEEK_SECONDS + minute * 60
      t = Math.max(t, look)
      doWork(channel.minutesPerCheck * 60)
      while (next < arrivals.length && (arrivals[next] ?? Infinity) <= look) {
        const arrival = arrivals[next++] ?? 0
        // Several people share the pile at `rate` in all, but one reply is one person's work:
        // it takes its whole handle time although the pile moves on at `rate`.
        const work = exponential(random, channel.handleMinutes * 60)
        const finished = doWork(work) + work * (1 - 1 / rate)
        if (measured(arrival) && finished <= horizon) tally.responses.push(finished - arrival)
      }
    }
  }
  for (const a of arrivals) if (measured(a)) tally.offered++
  return tally
}
