/**
 * What a run of one plan is given, and the arrivals a look shows cut into pieces of constant
 * rate (the pattern is constant within each hour).
 */
import { MINUTES_PER_HOUR, MINUTES_PER_WEEK, type LookSchedule } from './looks'
import type { PileState } from './pile'

export interface WeekRunInput {
  /** Contacts answered a week (the answered share of those arriving). */
  contactsPerWeek: number
  /** 168 weights summing to 1. */
  pattern: readonly number[]
  schedule: LookSchedule
  intervalMinutes: number
  people: number
  handleMinutes: number
  /**
   * Minutes from a look that finds nobody at work to the first reply it can start: the check,
   * plus (alongside other work) the mean wait for a spell of other work to end.
   */
  minutesPerCheck: number
  /** Minutes of work each check costs each person (the check alone; default minutesPerCheck). */
  checkWorkMinutes?: number
  /**
   * Mean minutes a reply takes from start to end (`handleMinutes`: alongside other work longer
   * than its work, `replyWorkMinutes`, which defaults to it).
   */
  replyWorkMinutes?: number
  /**
   * Alongside other work: the people's spells of other work (share of the time, mean minutes),
   * which make the work done by a deadline random (see `LookContext.doneBy`).
   */
  otherWork?: { busyShare: number; spellMinutes: number }
  /**
   * A blended team (portfolio): by hour of the week, the agents who may have the pile in hand
   * (n, at least the plan's c) and the share of their time calls and the other written channels
   * take (b). A look takes its hour's: n people, replies of `replyWorkMinutes` ÷ (1 − b), a check
   * of `checkWorkMinutes` × c/n ÷ (1 − b) (the plan's c check, the others start on replies),
   * its time free of calls in spells of `spellMinutes` (as other work's, `LookContext.doneBy`),
   * and `waitMinutes` more before the check where nobody is there yet. Absent: every look has
   * `people`, `handleMinutes`, `minutesPerCheck` and `otherWork`.
   */
  paceByHour?: {
    people: readonly number[]
    busyShare: readonly number[]
    /** Mean minutes an agent is called away for, by hour. */
    spellMinutes: readonly number[]
    /**
     * By hour: minutes from the hour's start until anyone is there to reply (0 when someone is):
     * a look in an hour with nobody waits for them, its check starting that much later.
     */
    waitMinutes: readonly number[]
  }
  /** Response times to count the contacts within, in minutes. */
  thresholdsMinutes: readonly number[]
  /**
   * A guess at the state before the first look after the longest wait (a run of a nearby plan
   * or volume leaves one): the passes start there instead of at an empty pile, and often the
   * first pass is already the steady state. The answer is the same to the settling tolerance.
   */
  start?: PileState
}

/** Arrivals a minute in each hour of the week. */
export function ratesPerMinute(input: WeekRunInput): Float64Array {
  return ratesOf(input.contactsPerWeek, input.pattern)
}

function ratesOf(contactsPerWeek: number, pattern: ArrayLike<number>): Float64Array {
  return Float64Array.from(
    { length: pattern.length },
    (_, h) => (contactsPerWeek * (pattern[h] ?? 0)) / MINUTES_PER_HOUR,
  )
}

/** A stretch of constant arrival rate in the u-coordinates of a look (minutes before it). */
export interface RatePiece {
  from: number
  to: number
  rate: number
  /** Arrivals between the look's previous look and the piece's far end (u = to). */
  before: number
}

/** The interval a look shows, split into hours of constant rate, nearest the look first. */
export function ratePieces(rates: Float64Array, lookTime: number, span: number): RatePiece[] {
  const pieces: RatePiece[] = []
  let u = 0
  while (u < span - 1e-9) {
    const t = (((lookTime - u) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK
    // The hour that holds the instant just before t.
    const sinceHour = t % MINUTES_PER_HOUR === 0 ? MINUTES_PER_HOUR : t % MINUTES_PER_HOUR
    const hour = Math.floor(
      ((t - sinceHour + MINUTES_PER_WEEK) % MINUTES_PER_WEEK) / MINUTES_PER_HOUR,
    )
    const to = Math.min(span, u + sinceHour)
    pieces.push({ from: u, to, rate: rates[hour] ?? 0, before: 0 })
    u = to
  }
  // Arrivals before each piece's far end, counted from the previous look.
  let total = 0
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]
    if (!p) continue
    p.before = total
    total += p.rate * (p.to - p.from)
  }
  return pieces
}

export function batchMean(pieces: readonly RatePiece[]): number {
  return pieces.reduce((s, p) => s + p.rate * (p.to - p.from), 0)
}

/**
 * The contacts each look of a schedule shows, on average: the arrivals since the look before,
 * or only those of the last `withinMinutes` before the look.
 */
export function contactsShown(
  contactsPerWeek: number,
  pattern: ArrayLike<number>,
  schedule: LookSchedule,
  withinMinutes = Infinity,
): Float64Array {
  const rates = ratesOf(contactsPerWeek, pattern)
  return schedule.times.map((t, j) =>
    batchMean(ratePieces(rates, t, Math.min(withinMinutes, schedule.sincePrevious[j] ?? 0))),
  )
}

/** What one look of a run works with (`WeekRunInput.paceByHour`, or the run's own figures). */
export interface LookPace {
  people: number
  handleMinutes: number
  /** Minutes from a look that finds nobody at work to the first reply it can start. */
  minutesPerCheck: number
  /** The check's own work in those minutes, as it stretches with the other work. */
  checkElapsedMinutes: number
  /** Share of the people's time other work takes (0 for dedicated staff). */
  busyShare: number
  /** Mean minutes of one spell of that other work. */
  spellMinutes: number
}

/** Each look's pace: its hour's under `paceByHour`, else the run's. */
export function lookPaces(input: WeekRunInput): LookPace[] {
  const b = input.otherWork?.busyShare ?? 0
  const own: LookPace = {
    people: input.people,
    handleMinutes: input.handleMinutes,
    minutesPerCheck: input.minutesPerCheck,
    checkElapsedMinutes: (input.checkWorkMinutes ?? input.minutesPerCheck) / (1 - b),
    busyShare: b,
    spellMinutes: input.otherWork?.spellMinutes ?? 0,
  }
  const byHour = input.paceByHour
  if (!byHour) return Array.from(input.schedule.times, () => own)
  const reply = input.replyWorkMinutes ?? input.handleMinutes
  const check = input.checkWorkMinutes ?? input.minutesPerCheck
  return Array.from(input.schedule.times, (t) => {
    const hour = Math.floor(t / MINUTES_PER_HOUR) % (byHour.people.length || 1)
    const n = Math.max(input.people, byHour.people[hour] ?? input.people)
    const busy = byHour.busyShare[hour] ?? 0
    const elapsed = (check * Math.min(1, input.people / n)) / (1 - busy)
    const wait = Math.max(0, (byHour.waitMinutes[hour] ?? 0) - (t - hour * MINUTES_PER_HOUR))
    return {
      people: n,
      handleMinutes: reply / (1 - busy),
      minutesPerCheck: elapsed + wait,
      checkElapsedMinutes: elapsed,
      busyShare: busy,
      spellMinutes: byHour.spellMinutes[hour] ?? own.spellMinutes,
    }
  })
}
