/**
 * Async channels (email, web form, social posts, reviews, forum), contact by contact: the look
 * policy of the methodology as a seeded discrete-event simulation, an independent referee for
 * the analytic model (written from the policy text, not from channels/async/).
 *
 * The policy as implemented (c = people, I = look interval, m = minutesPerCheck,
 * h = handleMinutes, q = answeredShare, T = targetSeconds):
 * 1. Stretches: a covered stretch is a maximal run of covered hours, the week read as a cycle
 *    (a run through Sunday midnight goes on into Monday). All 168 hours covered: no stretches,
 *    the channel is open round the clock.
 * 2. Looks: at a stretch's start and every I after it, strictly before its end; round the
 *    clock, at every multiple of I from Monday 00:00, afresh each Monday (the week's last
 *    interval may be shorter). A look shows every contact that arrived since the previous look
 *    (an arrival at the very moment of a look is shown by it); they join the back of the pile.
 * 3. Checks: a look that finds nobody at work (no reply, no check in progress) is a check: all c
 *    people spend m on it together, and only then start answering. A look that finds anybody at
 *    work costs nothing: the free people start on the pile at once (none during a check).
 * 4. Answering: in a stretch, whoever is free (not checking, not replying) starts a reply to the
 *    oldest contact in the pile (by arrival); one person, one reply, Exp(h) long.
 * 5. End of a stretch: nobody starts a reply or a check at or after it; replies and a check in
 *    progress are finished. The pile waits for the next stretch's first look, which is a check
 *    unless somebody is still at work (a reply, or a check, from before).
 * 6. Response: arrival to the end of its reply; within target when at most T.
 * 7. Staff time: checks × c × m + the reply durations.
 * Arrivals: Poisson, constant rate within each hour; each contact is answered with probability
 * q, drawn at its arrival; one not answered never joins the pile and is unserved.
 *
 * Events at one instant: work ending (a reply, a check) comes first, with the replies it lets
 * start; then a look. So a check ending exactly when a look comes leaves that look a check if
 * the pile was empty, and a free look if the pile gave somebody a reply first.
 *
 * Run: ASYNC_WARMUP_WEEKS (or `warmupWeeks`) weeks, the measured week, then on by the same rules
 * (new contacts keep arriving) until every measured contact to be answered is, or
 * ASYNC_FINISH_WEEKS more weeks have passed. Seconds throughout, from the first Monday 00:00.
 */
import { HOURS_PER_WEEK } from '../model/types'
import { arrivalsInHour } from './arrivals'
import { exponential } from './random'
import {
  SECONDS_PER_HOUR,
  WEEK_SECONDS,
  type SimulationInput,
  type SimulationStaffing,
  type Tally,
} from './types'

/**
 * Warm-up weeks before the measured one: the first starts from an empty pile, the second from
 * the pile a week of the policy leaves, so the measured Monday inherits a typical weekend's pile
 * even when piles take more than a week to clear.
 */
export const ASYNC_WARMUP_WEEKS = 2

/**
 * Weeks after the measured one for its contacts to be answered: a contact still waiting four
 * weeks on is as good as never answered, and the cap bounds an overloaded channel's run.
 */
export const ASYNC_FINISH_WEEKS = 4

export type LookStaffing = Extract<SimulationStaffing, { kind: 'looks' }>

/** A covered stretch of one week, in seconds from that week's Monday 00:00. */
export interface Stretch {
  start: number
  /** Looks come at start, start + I, … strictly before this. */
  looksUntil: number
  /** From this moment nobody starts work; Infinity round the clock. */
  end: number
}

/**
 * The week's covered stretches in order of their start (a run through Sunday midnight starts on
 * Sunday and ends past WEEK_SECONDS); round the clock, one pseudo-stretch whose looks restart
 * every Monday and which never ends; nothing covered, none.
 */
export function stretchesOf(coverage: readonly boolean[]): Stretch[] {
  const covered = (h: number): boolean => coverage[h % HOURS_PER_WEEK] === true
  const stretches: Stretch[] = []
  let all = true
  for (let h = 0; h < HOURS_PER_WEEK; h++) all &&= covered(h)
  if (all) return [{ start: 0, looksUntil: WEEK_SECONDS, end: Infinity }]
  for (let s = 0; s < HOURS_PER_WEEK; s++) {
    if (!covered(s) || covered(s + HOURS_PER_WEEK - 1)) continue
    let length = 1
    while (covered(s + length)) length++
    const start = s * SECONDS_PER_HOUR
    const end = (s + length) * SECONDS_PER_HOUR
    stretches.push({ start, looksUntil: end, end })
  }
  return stretches
}

/** The looks of week after week, in time order. */
export class LookSchedule {
  /** The next look (Infinity when there is none), and the end of its stretch. */
  time = Infinity
  stretchEnd = Infinity
  private week = 0
  private index = 0
  private k = 0

  constructor(
    private readonly stretches: readonly Stretch[],
    private readonly interval: number,
  ) {
    this.advance()
  }

  advance(): void {
    if (this.stretches.length === 0) return
    for (;;) {
      const s = this.stretches[this.index]
      if (s === undefined) {
        this.week++
        this.index = 0
        continue
      }
      // k × I rather than a running sum: no drift over a long stretch.
      const offset = s.start + this.k * this.interval
      if (offset < s.looksUntil) {
        const monday = this.week * WEEK_SECONDS
        this.time = monday + offset
        this.stretchEnd = monday + s.end
        this.k++
        return
      }
      this.index++
      this.k = 0
    }
  }
}

/** People replying, as a binary min-heap on the time each reply ends. */
class Replies {
  size = 0
  private readonly ends: Float64Array
  private readonly arrivals: Float64Array
  private readonly durations: Float64Array

  constructor(capacity: number) {
    this.ends = new Float64Array(capacity)
    this.arrivals = new Float64Array(capacity)
    this.durations = new Float64Array(capacity)
  }

  get nextEnd(): number {
    return this.size > 0 ? (this.ends[0] ?? Infinity) : Infinity
  }

  private set(i: number, end: number, arrival: number, duration: number): void {
    this.ends[i] = end
    this.arrivals[i] = arrival
    this.durations[i] = duration
  }

  push(end: number, arrival: number, duration: number): void {
    let i = this.size++
    while (i > 0) {
      const parent = (i - 1) >> 1
      const parentEnd = this.ends[parent] ?? 0
      if (parentEnd <= end) break
      this.set(i, parentEnd, this.arrivals[parent] ?? 0, this.durations[parent] ?? 0)
      i = parent
    }
    this.set(i, end, arrival, duration)
  }

  /** Removes the reply that ends first and hands back its contact's arrival and duration. */
  pop(): { arrival: number; duration: number } {
    const out = { arrival: this.arrivals[0] ?? 0, duration: this.durations[0] ?? 0 }
    const last = --this.size
    const end = this.ends[last] ?? 0
    const arrival = this.arrivals[last] ?? 0
    const duration = this.durations[last] ?? 0
    let i = 0
    for (;;) {
      let child = 2 * i + 1
      if (child >= last) break
      if (child + 1 < last && (this.ends[child + 1] ?? 0) < (this.ends[child] ?? 0)) child++
      const childEnd = this.ends[child] ?? 0
      if (childEnd >= end) break
      this.set(i, childEnd, this.arrivals[child] ?? 0, this.durations[child] ?? 0)
      i = child
    }
    if (last > 0) this.set(i, end, arrival, duration)
    return out
  }
}

/** Optional observers of every look and reply of the run (all weeks), for tests. */
export interface AsyncTrace {
  /** A contact arrives; `answered` is its draw of the answered share. */
  arrival?(time: number, answered: boolean): void
  look?(time: number, check: boolean): void
  /** A reply to the contact that arrived at `arrival`, written from `start` to `end`. */
  reply?(arrival: number, start: number, end: number): void
}

export interface AsyncTally extends Tally {
  checks: number
  checkMinutes: number
  replyMinutes: number
}

/** The measured week of an async channel under the look policy (arguments already checked). */
export function simulateAsync(
  input: SimulationInput,
  staffing: LookStaffing,
  random: () => number,
  trace?: AsyncTrace,
): AsyncTally {
  return new AsyncRun(input, staffing, random, trace).run()
}

/** One run of the look policy: its clock, pile, replies and tallies. */
class AsyncRun {
  private readonly people: number
  private readonly share: number
  private readonly measuredStart: number
  private readonly measuredEnd: number
  private readonly horizon: number
  private readonly checkSeconds: number
  private readonly replyMean: number
  /**
   * The contacts to be answered, in order of arrival: [started, shown) is the pile,
   * [shown, length) arrived but not yet shown. Arrivals are drawn an hour at a time, as late as
   * the looks need them.
   */
  private readonly contacts: number[] = []
  private shown = 0
  private started = 0
  private nextHour = 0
  private offered = 0
  /** Measured contacts to be answered and not answered yet. */
  private pending = 0
  private readonly looks: LookSchedule
  private readonly replies: Replies
  private checking = false
  private checkEnd = Infinity
  /** The end of the stretch of the latest look; before the first look nobody works. */
  private stretchEnd = -Infinity
  private checks = 0
  private replySeconds = 0
  private readonly responses: number[] = []

  constructor(
    private readonly input: SimulationInput,
    staffing: LookStaffing,
    private readonly random: () => number,
    private readonly trace: AsyncTrace | undefined,
  ) {
    const { channel } = input
    this.people = staffing.people
    this.share = staffing.answeredShare ?? 1
    this.measuredStart = (input.warmupWeeks ?? ASYNC_WARMUP_WEEKS) * WEEK_SECONDS
    this.measuredEnd = this.measuredStart + WEEK_SECONDS
    this.horizon = this.measuredEnd + ASYNC_FINISH_WEEKS * WEEK_SECONDS
    this.checkSeconds = channel.minutesPerCheck * 60
    this.replyMean = channel.handleMinutes * 60
    this.looks = new LookSchedule(stretchesOf(channel.coverage), staffing.lookIntervalMinutes * 60)
    this.replies = new Replies(this.people)
  }

  run(): AsyncTally {
    for (;;) {
      const replyEnd = this.replies.nextEnd
      const checkDone = this.checking ? this.checkEnd : Infinity
      const t = Math.min(replyEnd, checkDone, this.looks.time)
      if (t >= this.measuredEnd) {
        // Every measured arrival is drawn (and counted) before asking whether all are answered.
        this.arriveThrough(this.measuredEnd)
        if (this.pending === 0) break
      }
      if (t > this.horizon) break
      if (replyEnd === t) this.replyEnds(t)
      else if (checkDone === t) {
        this.checking = false
        this.startReplies(t)
      } else this.look(t)
    }
    const { minutesPerCheck } = this.input.channel
    return {
      offered: this.offered,
      responses: this.responses,
      // Drawn to be answered but not answered by the end of the run.
      uncovered: this.pending,
      abandoned: 0,
      checks: this.checks,
      checkMinutes: this.checks * this.people * minutesPerCheck,
      replyMinutes: this.replySeconds / 60,
    }
  }

  private isMeasured(t: number): boolean {
    return t >= this.measuredStart && t < this.measuredEnd
  }

  private arrive(t: number): void {
    const answered = this.random() < this.share
    this.trace?.arrival?.(t, answered)
    if (this.isMeasured(t)) {
      this.offered++
      if (answered) this.pending++
    }
    if (answered) this.contacts.push(t)
  }

  private arriveThrough(t: number): void {
    while (this.nextHour * SECONDS_PER_HOUR <= t) {
      arrivalsInHour(this.input, this.nextHour++, this.random, (at) => this.arrive(at))
    }
  }

  private startReplies(t: number): void {
    if (this.checking || !(t < this.stretchEnd)) return
    while (this.replies.size < this.people && this.started < this.shown) {
      const arrival = this.contacts[this.started++] ?? 0
      const duration = exponential(this.random, this.replyMean)
      this.replies.push(t + duration, arrival, duration)
      this.trace?.reply?.(arrival, t, t + duration)
    }
  }

  private replyEnds(t: number): void {
    const { arrival, duration } = this.replies.pop()
    if (this.isMeasured(arrival)) {
      this.responses.push(t - arrival)
      this.replySeconds += duration
      this.pending--
    }
    this.startReplies(t)
  }

  private look(t: number): void {
    this.stretchEnd = this.looks.stretchEnd
    this.looks.advance()
    this.arriveThrough(t)
    while (this.shown < this.contacts.length && (this.contacts[this.shown] ?? Infinity) <= t) {
      this.shown++
    }
    const check = !this.checking && this.replies.size === 0
    if (check) {
      if (this.isMeasured(t)) this.checks++
      this.checking = true
      this.checkEnd = t + this.checkSeconds
    }
    this.trace?.look?.(t, check)
    if (!check) this.startReplies(t)
  }
}
