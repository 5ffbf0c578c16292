/**
 * The watched week's piles, hour by hour, from the contacts a run reports (ContactWatch).
 *
 * The policy (docs/methodology.md, "Watch the week"):
 * - The pile at the end of hour h (Monday 00:00–01:00 is hour 0) counts the contacts waiting
 *   for an answer at that instant: arrived at or before it, not answered yet and not gone (a
 *   caller who hung up or found nobody there has gone). A contact of the week that is never
 *   answered stays in the pile to the end of the week.
 * - Contacts from the week before that are still waiting on Monday morning count until they are
 *   answered (or hang up); those of the week before that are never answered are that week's
 *   misses and do not count.
 * - Contacts arriving in hour h are that hour's offered; of them, those answered within the
 *   target time (whenever the answer comes) are the hour's within target. Over the week the
 *   sums are the week's offered and within target, as the simulation counts them.
 */
import { HOURS_PER_WEEK } from '../model/types'
import { SECONDS_PER_HOUR, WEEK_SECONDS, type ContactWatch } from './types'

/** One channel's watched week, hour by hour (168 entries each). */
export interface WeekTrace {
  /** Contacts waiting for an answer at the end of each hour. */
  pileByHour: number[]
  /** Contacts arriving in each hour. */
  offeredByHour: number[]
  /** Of those, the ones answered within the target time. */
  withinByHour: number[]
}

/** Collects each channel's week from a run whose watched week starts at `start` seconds. */
export class PileRecorder implements ContactWatch {
  private readonly change: Float64Array[]
  private readonly offered: Float64Array[]
  private readonly within: Float64Array[]

  constructor(
    private readonly start: number,
    /** Each channel's target time in seconds, by the run's channel index. */
    private readonly targetSeconds: readonly number[],
  ) {
    const make = () => targetSeconds.map(() => new Float64Array(HOURS_PER_WEEK))
    this.change = make()
    this.offered = make()
    this.within = make()
  }

  private inWeek(t: number): boolean {
    return t >= this.start && t < this.start + WEEK_SECONDS
  }

  /** The first hour whose end is at or after `t` (0 before the week; 168 after it). */
  private firstEndFrom(t: number): number {
    const h = Math.ceil((t - this.start) / SECONDS_PER_HOUR) - 1
    return Math.min(HOURS_PER_WEEK, Math.max(0, h))
  }

  private add(channel: number, hour: number, n: number): void {
    const change = this.change[channel]
    if (change && hour < HOURS_PER_WEEK) change[hour] = (change[hour] ?? 0) + n
  }

  arrived(channel: number, time: number): void {
    if (!this.inWeek(time)) return
    this.add(channel, this.firstEndFrom(time), 1)
    const hour = Math.floor((time - this.start) / SECONDS_PER_HOUR)
    const offered = this.offered[channel]
    if (offered) offered[hour] = (offered[hour] ?? 0) + 1
  }

  settled(channel: number, arrival: number, end: number, answered: boolean): void {
    // Counted at the end of every hour from its arrival up to, not including, its end.
    const gone = this.firstEndFrom(end)
    if (this.inWeek(arrival)) {
      this.add(channel, gone, -1)
      const target = this.targetSeconds[channel] ?? 0
      if (answered && end - arrival <= target) {
        const hour = Math.floor((arrival - this.start) / SECONDS_PER_HOUR)
        const within = this.within[channel]
        if (within) within[hour] = (within[hour] ?? 0) + 1
      }
    } else if (arrival < this.start && end > this.start) {
      this.add(channel, 0, 1)
      this.add(channel, gone, -1)
    }
  }

  /** Channel `channel`'s week. */
  trace(channel: number): WeekTrace {
    const change = this.change[channel] ?? new Float64Array(HOURS_PER_WEEK)
    const pileByHour: number[] = []
    let pile = 0
    for (let h = 0; h < HOURS_PER_WEEK; h++) {
      pile += change[h] ?? 0
      pileByHour.push(pile)
    }
    return {
      pileByHour,
      offeredByHour: Array.from(this.offered[channel] ?? []),
      withinByHour: Array.from(this.within[channel] ?? []),
    }
  }
}

/** Several runs' traces of one channel (teams of one plan) added hour by hour. */
export function addTraces(traces: readonly WeekTrace[]): WeekTrace {
  const sum = (pick: (t: WeekTrace) => readonly number[]) =>
    Array.from({ length: HOURS_PER_WEEK }, (_, h) =>
      traces.reduce((s, t) => s + (pick(t)[h] ?? 0), 0),
    )
  return {
    pileByHour: sum((t) => t.pileByHour),
    offeredByHour: sum((t) => t.offeredByHour),
    withinByHour: sum((t) => t.withinByHour),
  }
}
