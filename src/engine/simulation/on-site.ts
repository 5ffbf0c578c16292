/**
 * Alongside other work, person by person: the people on site, their other work, the live and
 * chat contacts they pick up when free and the async channels they look at between customers,
 * as a seeded discrete-event simulation (written from the policy text in the methodology, not
 * from the analytic model, which it checks).
 *
 * The policy as implemented (p people; b, d: share and mean length of other work; o the
 * interruption's minutes):
 * 1. Other work: a person who is free of other work and of live contacts starts a spell of other
 *    work after an exponential time of mean d·(1 − b)/b; a spell lasts Exp(d). A person on a
 *    live contact starts none; when it ends, they are free again.
 * 2. Live and chat: a contact arriving in a covered hour is answered at once by a free person
 *    (one with no async work in hand first, then the lowest-numbered), who is busy Exp(h) with
 *    it; with nobody free it is missed, and so is every contact arriving in an hour the channel
 *    is not covered. One contact per person at a time, chats too.
 * 3. Async work fills the free time: a person's check or reply progresses only while they are
 *    free, and stops (to resume later) for a spell of other work or a live contact.
 * 4. Async, plan (I, c): looks at a stretch's start and every I after it (round the clock, every
 *    I from Monday 00:00), as in async.ts. A look shows what arrived since the previous one. A
 *    look that finds nobody with work of the channel in hand gives c people a check of m minutes
 *    of work, then replies; a look that finds somebody at it is free, and gives as many more
 *    people (no check) as the pile and c allow. Alongside other work people take a look only
 *    when free (no other work, no live contact) with nothing else in hand: what a look asks of
 *    people still busy waits for the first to be free with their hands empty (while its
 *    stretch lasts; the look that has waited longest first). Whoever has the channel in hand
 *    answers the oldest contact shown, Exp(h) minutes of work each, until none is left; nobody
 *    starts a reply at or after the stretch's end.
 *    A blended team works its written channels as one inbox: its agents with nothing in hand
 *    take a look even on a call, and start on it when the call ends; once every look at that
 *    instant has its people, the agents still free with nothing in hand take the oldest reply
 *    shown and not yet started, whichever channel it came to; after a check an agent answers
 *    its channel's oldest, and after each reply takes a waiting look first, then the oldest
 *    reply shown of any channel (it keeps to no channel). A call that finds only agents with
 *    written work in hand goes to any of them alike (drawn at random).
 * 5. Response: live, answered or missed (answered at once is within any target); async, arrival to
 *    the end of the reply, within target when at most T.
 * 6. Staff time: live, the contact durations plus o each; async, m for each check a person makes
 *    plus the reply durations.
 * Runs ASYNC_WARMUP_WEEKS warm-up weeks, `weeks` measured weeks, then on until every measured
 * async contact is answered or ASYNC_FINISH_WEEKS more weeks have passed. Seconds throughout.
 */
import type { Channel, OnSiteTeam } from '../model/types'
import { HOURS_PER_WEEK } from '../model/types'
import { ASYNC_FINISH_WEEKS, ASYNC_WARMUP_WEEKS, LookSchedule, stretchesOf } from './async'
import { exponential } from './random'
import { SECONDS_PER_HOUR, WEEK_SECONDS, type ContactWatch } from './types'

export interface OnSiteSimulationChannel {
  channel: Channel
  contactsPerWeek: number
  /**
   * Async channels: the plan's look interval and people, and the share of contacts answered
   * (each independently, drawn at arrival; 1 when absent), as async.ts.
   */
  looks?: { lookIntervalMinutes: number; people: number; answeredShare?: number }
}

export interface OnSiteSimulationInput {
  team: OnSiteTeam
  /** 168 weights summing to 1. */
  pattern: readonly number[]
  channels: OnSiteSimulationChannel[]
  /** Measured weeks, at least 1. */
  weeks: number
  /**
   * A blended team instead (pool.ts): the people present in each hour of the week, the first n
   * of the team, and a call or chat that finds nobody free waits its turn.
   */
  presentByHour?: readonly number[]
}

export interface OnSiteChannelTally {
  offered: number
  answered: number
  withinTarget: number
  /** Response seconds of the answered measured contacts (0 for live: answered at once). */
  responses: number[]
  /** Contacts offered and within target in each measured week (for a standard error). */
  weekly: { offered: number; within: number }[]
  /** Async: checks made (person by person) in the measured weeks. */
  checks: number
  /** Staff minutes on the measured contacts and checks (interruption included for live). */
  staffMinutes: number
}

/** What a person is doing as far as live contacts can tell: free, other work, a live contact. */
const FREE = 0
const OTHER = 1
const LIVE = 2

/** Event kinds, in the order they are handled when they fall at the same instant. */
const BUSY_ENDS = 0
const TASK_ENDS = 1
const OTHER_STARTS = 2
const LOOK = 3
/** A blended team's helpers join a look's replies once every look at that instant is taken. */
const HELP = 4
const ARRIVAL = 5
const HOUR = 6

interface Event {
  time: number
  kind: number
  /** Person (BUSY_ENDS, TASK_ENDS, OTHER_STARTS) or channel (LOOK, ARRIVAL), or the hour. */
  who: number
  /** A person's state number when the event was made: a stale event is dropped. */
  token: number
}

/** A binary min-heap of events by time, then kind, then who (one instant's looks in channel order). */
class Events {
  private readonly heap: Event[] = []

  get size(): number {
    return this.heap.length
  }

  private before(a: Event, b: Event): boolean {
    if (a.time !== b.time) return a.time < b.time
    return a.kind < b.kind || (a.kind === b.kind && a.who < b.who)
  }

  push(e: Event): void {
    const h = this.heap
    h.push(e)
    let i = h.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      const up = h[parent]
      if (!up || !this.before(e, up)) break
      h[i] = up
      i = parent
    }
    h[i] = e
  }

  pop(): Event | undefined {
    const h = this.heap
    const top = h[0]
    const last = h.pop()
    if (h.length === 0 || !last) return top
    let i = 0
    for (;;) {
      let child = 2 * i + 1
      const left = h[child]
      if (!left) break
      const right = h[child + 1]
      if (right && this.before(right, left)) child++
      const next = h[child]
      if (!next || !this.before(next, last)) break
      h[i] = next
      i = child
    }
    h[i] = last
    return top
  }
}

/** Async work in a person's hands: a check, or a reply to the contact that arrived at `arrival`. */
interface Task {
  channel: number
  check: boolean
  arrival: number
  /** Seconds of work it takes, and seconds still to do. */
  work: number
  remaining: number
  /** When it last resumed (the person free since then). */
  since: number
}

interface Person {
  state: number
  /** When the spell of other work or the live contact ends. */
  busyUntil: number
  token: number
  task: Task | undefined
  /** At work this hour (a blended team's people come and go by the hour; on site, always). */
  present: boolean
  /** Going at the end of what is in hand: takes nothing new. */
  leaving: boolean
}

/** A caller waiting their turn (blended team): who, since when, and until when they hold on. */
interface Waiting {
  channel: number
  arrival: number
  givesUpAt: number
}

interface AsyncState {
  looks: LookSchedule
  /** Arrival times of the contacts: [started, shown) is the pile, [shown, …) not yet shown. */
  contacts: number[]
  shown: number
  started: number
  /** People with work of the channel in hand. */
  working: number
  /** People the latest look still asks for (none had their hands free), and whether to check. */
  wanted: number
  check: boolean
  stretchEnd: number
  /** When the latest look came. */
  lookedAt: number
}

export function simulateOnSite(
  input: OnSiteSimulationInput,
  random: () => number,
  watch?: ContactWatch,
): OnSiteChannelTally[] {
  return new OnSiteRun(input, random, watch).run()
}

class OnSiteRun {
  private readonly events = new Events()
  private readonly people: Person[]
  private readonly asyncs: (AsyncState | undefined)[]
  private readonly tallies: OnSiteChannelTally[]
  private readonly measuredStart = ASYNC_WARMUP_WEEKS * WEEK_SECONDS
  private readonly measuredEnd: number
  private readonly horizon: number
  /** Measured async contacts not answered yet. */
  private pending = 0
  /** Callers waiting their turn, first come first served (blended team); [head, …) still wait. */
  private readonly waiting: Waiting[] = []
  private head = 0
  private readonly freeMean: number
  private readonly otherMean: number

  constructor(
    private readonly input: OnSiteSimulationInput,
    private readonly random: () => number,
    private readonly watch: ContactWatch | undefined,
  ) {
    const { team, channels, weeks } = input
    this.measuredEnd = this.measuredStart + weeks * WEEK_SECONDS
    this.horizon = this.measuredEnd + ASYNC_FINISH_WEEKS * WEEK_SECONDS
    this.otherMean = team.otherWorkMinutes * 60
    this.freeMean =
      team.otherWorkShare > 0
        ? (this.otherMean * (1 - team.otherWorkShare)) / team.otherWorkShare
        : Infinity
    const onSite = input.presentByHour === undefined
    this.people = Array.from({ length: team.people }, () => ({
      state: FREE,
      busyUntil: 0,
      token: 0,
      task: undefined,
      present: onSite,
      leaving: false,
    }))
    this.asyncs = channels.map((c) => {
      if (c.channel.kind !== 'async' || !c.looks) return undefined
      return {
        looks: new LookSchedule(stretchesOf(c.channel.coverage), c.looks.lookIntervalMinutes * 60),
        contacts: [],
        shown: 0,
        started: 0,
        working: 0,
        wanted: 0,
        check: false,
        stretchEnd: -Infinity,
        lookedAt: -Infinity,
      }
    })
    this.tallies = channels.map(() => ({
      offered: 0,
      answered: 0,
      withinTarget: 0,
      responses: [],
      weekly: Array.from({ length: weeks }, () => ({ offered: 0, within: 0 })),
      checks: 0,
      staffMinutes: 0,
    }))
  }

  run(): OnSiteChannelTally[] {
    this.people.forEach((_, i) => this.refresh(i, 0))
    this.asyncs.forEach((a, j) => {
      if (a) this.events.push({ time: a.looks.time, kind: LOOK, who: j, token: 0 })
    })
    this.events.push({ time: 0, kind: HOUR, who: 0, token: 0 })
    for (let e = this.events.pop(); e; e = this.events.pop()) {
      if (e.time >= this.measuredEnd && this.pending === 0) break
      if (e.time > this.horizon) break
      this.handle(e)
    }
    return this.tallies
  }

  private handle(e: Event): void {
    if (e.kind === HOUR) return this.hour(e.who, e.time)
    if (e.kind === ARRIVAL) return this.arrive(e.who, e.time)
    if (e.kind === LOOK) return this.look(e.who, e.time)
    if (e.kind === HELP) return this.help(e.time)
    const person = this.people[e.who]
    if (!person || person.token !== e.token) return
    if (e.kind === OTHER_STARTS) {
      this.pause(e.who, e.time)
      person.state = OTHER
      person.busyUntil = e.time + exponential(this.random, this.otherMean)
      this.refresh(e.who, e.time)
    } else if (e.kind === BUSY_ENDS) {
      person.state = FREE
      if (person.task) person.task.since = e.time
      if (!person.leaving && this.answerWaiting(e.who, e.time)) return
      if (person.leaving && !person.task) return this.goHome(e.who)
      if (!person.task && !person.leaving) return this.takeWaitingLook(e.who, e.time)
      this.refresh(e.who, e.time)
    } else if (e.kind === TASK_ENDS) {
      this.taskDone(e.who, e.time)
    }
  }

  private measuredWeek(t: number): number {
    return t >= this.measuredStart && t < this.measuredEnd
      ? Math.floor((t - this.measuredStart) / WEEK_SECONDS)
      : -1
  }

  /** Draws the hour's arrivals of every channel (as events) and schedules the next hour. */
  private hour(h: number, t: number): void {
    // New contacts keep arriving while the measured ones are still being answered.
    if (t >= this.horizon) return
    if (this.input.presentByHour)
      this.comeAndGo(this.input.presentByHour[h % HOURS_PER_WEEK] ?? 0, t)
    this.input.channels.forEach((c, j) => {
      const perSecond =
        (c.contactsPerWeek * (this.input.pattern[h % HOURS_PER_WEEK] ?? 0)) / SECONDS_PER_HOUR
      if (!(perSecond > 0)) return
      const end = t + SECONDS_PER_HOUR
      for (let at = t + exponential(this.random, 1 / perSecond); at < end;) {
        this.events.push({ time: at, kind: ARRIVAL, who: j, token: 0 })
        at += exponential(this.random, 1 / perSecond)
      }
    })
    this.events.push({ time: t + SECONDS_PER_HOUR, kind: HOUR, who: h + 1, token: 0 })
  }

  private arrive(j: number, t: number): void {
    const c = this.input.channels[j]
    const tally = this.tallies[j]
    if (!c || !tally) return
    this.watch?.arrived(j, t)
    const week = this.measuredWeek(t)
    if (week >= 0) {
      tally.offered++
      const w = tally.weekly[week]
      if (w) w.offered++
    }
    const state = this.asyncs[j]
    if (state) {
      // A contact the plan does not answer (fixed hours short of the work) never joins the pile.
      if (this.random() >= (c.looks?.answeredShare ?? 1)) return
      state.contacts.push(t)
      if (week >= 0) this.pending++
      return
    }
    const hour = Math.floor(t / SECONDS_PER_HOUR) % HOURS_PER_WEEK
    if (!c.channel.coverage[hour]) {
      this.watch?.settled(j, t, t, false)
      return
    }
    // A free person, one with no async work in hand first. Then, alongside other work, the
    // lowest-numbered; in a blended team any holder alike (drawn at random, so no written
    // channel's holder is called away more than another's).
    const blended = this.input.presentByHour !== undefined
    let chosen = -1
    let holders = 0
    for (let i = 0; i < this.people.length; i++) {
      const p = this.people[i]
      if (p?.state !== FREE || !p.present || p.leaving) continue
      if (!p.task) {
        chosen = i
        holders = 0
        break
      }
      holders++
      if (holders === 1 || (blended && this.random() * holders < 1)) chosen = i
    }
    if (chosen < 0) {
      // Alongside other work the contact is missed; a blended team's caller waits their turn.
      if (this.input.presentByHour) {
        const patience = c.channel.patienceSeconds
        const givesUpAt = patience === undefined ? Infinity : t + exponential(this.random, patience)
        this.waiting.push({ channel: j, arrival: t, givesUpAt })
      } else this.watch?.settled(j, t, t, false)
      return
    }
    this.answer(chosen, j, t, t)
  }

  /** Person `i` answers a call or chat of channel `j` that came at `arrival`. */
  private answer(i: number, j: number, arrival: number, t: number): void {
    const person = this.people[i]
    const c = this.input.channels[j]
    const tally = this.tallies[j]
    if (!person || !c || !tally) return
    const duration = exponential(this.random, c.channel.handleMinutes * 60)
    this.pause(i, t)
    person.state = LIVE
    person.busyUntil = t + duration
    this.refresh(i, t)
    this.watch?.settled(j, arrival, t, true)
    const week = this.measuredWeek(arrival)
    if (week < 0) return
    tally.answered++
    tally.responses.push(t - arrival)
    tally.staffMinutes += duration / 60 + this.input.team.interruptionMinutes
    if (t - arrival <= c.channel.targetSeconds) {
      tally.withinTarget++
      const w = tally.weekly[week]
      if (w) w.within++
    }
  }

  /** Person `i`, just free, takes the caller waiting longest who still holds on, if any. */
  private answerWaiting(i: number, t: number): boolean {
    while (this.head < this.waiting.length) {
      const next = this.waiting[this.head++]
      if (!next) continue
      if (next.givesUpAt > t) {
        this.answer(i, next.channel, next.arrival, t)
        return true
      }
      this.watch?.settled(next.channel, next.arrival, next.givesUpAt, false)
    }
    this.waiting.length = 0
    this.head = 0
    return false
  }

  /** A blended team's hour begins: the first n people are at work, the others go home. */
  private comeAndGo(n: number, t: number): void {
    this.people.forEach((person, i) => {
      if (i < n) {
        person.leaving = false
        if (person.present) return
        person.present = true
        person.state = FREE
        if (!this.answerWaiting(i, t)) this.takeWaitingLook(i, t)
        return
      }
      if (!person.present || person.leaving) return
      if (person.state === LIVE || person.task) person.leaving = true
      else this.goHome(i)
    })
  }

  private goHome(i: number): void {
    const person = this.people[i]
    if (!person) return
    person.present = false
    person.leaving = false
    person.token++
  }

  private look(j: number, t: number): void {
    const state = this.asyncs[j]
    const plan = this.input.channels[j]?.looks
    const c = this.input.channels[j]
    const tally = this.tallies[j]
    if (!state || !plan || !c || !tally) return
    state.stretchEnd = state.looks.stretchEnd
    state.lookedAt = t
    state.looks.advance()
    this.events.push({ time: state.looks.time, kind: LOOK, who: j, token: 0 })
    while (state.shown < state.contacts.length && (state.contacts[state.shown] ?? Infinity) <= t) {
      state.shown++
    }
    state.check = state.working === 0
    // A free look brings as many more hands as the pile and c allow, without a check.
    state.wanted = state.check
      ? plan.people
      : Math.max(0, Math.min(plan.people - state.working, state.shown - state.started))
    // Alongside other work, free people with nothing in hand take it and the rest of it waits
    // for the first to be free; a blended team's agents with nothing in hand take it even on a
    // call, and start it when the call ends.
    const blended = this.input.presentByHour !== undefined
    for (let i = 0; i < this.people.length && state.wanted > 0; i++) {
      const p = this.people[i]
      if (!p || p.task || !p.present || p.leaving) continue
      if (blended || p.state === FREE) this.takeLook(i, j, t)
    }
    // A blended team: once every look at this instant has its people, whoever else has nothing
    // in hand helps with the oldest replies shown, whichever channel they came to (one HELP per
    // look; the first at an instant does it all, the others find nobody left).
    if (this.input.presentByHour) this.events.push({ time: t, kind: HELP, who: 0, token: 0 })
  }

  private help(t: number): void {
    for (let i = 0; i < this.people.length; i++) {
      const p = this.people[i]
      if (!p || p.task || !p.present || p.leaving || p.state !== FREE) continue
      const k = this.oldestShown(t)
      if (k < 0) return
      const state = this.asyncs[k]
      if (!state) return
      state.working++
      this.nextReply(i, k, t)
    }
  }

  /** The written channel whose oldest reply shown and not yet started arrived first; −1: none. */
  private oldestShown(t: number): number {
    let first = -1
    let oldest = Infinity
    this.asyncs.forEach((state, k) => {
      if (!state || !(t < state.stretchEnd) || state.started >= state.shown) return
      const arrival = state.contacts[state.started] ?? Infinity
      if (arrival < oldest) {
        oldest = arrival
        first = k
      }
    })
    return first
  }

  /** Person i, with nothing in hand, takes channel j's look: a check, or straight to the pile. */
  private takeLook(i: number, j: number, t: number): void {
    const state = this.asyncs[j]
    const c = this.input.channels[j]
    const tally = this.tallies[j]
    if (!state || !c || !tally) return
    state.wanted--
    state.working++
    if (!state.check) {
      this.nextReply(i, j, t)
      return
    }
    const work = c.channel.minutesPerCheck * 60
    if (this.measuredWeek(t) >= 0) {
      tally.checks++
      tally.staffMinutes += c.channel.minutesPerCheck
    }
    this.give(i, { channel: j, check: true, arrival: t, work, remaining: work, since: t }, t)
  }

  /** Hands person i a task; its work runs while they are free. */
  private give(i: number, task: Task, t: number): void {
    const person = this.people[i]
    if (!person) return
    person.task = task
    this.refresh(i, t)
  }

  /**
   * Person i has ended a reply of channel j. Alongside other work they keep to the channel
   * (`nextReply`); a blended team's agent puts it down and takes a waiting look first, then the
   * oldest written contact shown, whichever channel (`takeWaitingLook`).
   */
  private afterReply(i: number, j: number, t: number): void {
    if (this.input.presentByHour === undefined) return this.nextReply(i, j, t)
    this.putDown(i, j, t)
  }

  /** Person i, with channel j in hand, takes the oldest reply shown, or puts the channel down. */
  private nextReply(i: number, j: number, t: number): void {
    const state = this.asyncs[j]
    const c = this.input.channels[j]
    const person = this.people[i]
    if (!state || !c || !person) return
    if (!person.leaving && t < state.stretchEnd && state.started < state.shown) {
      const arrival = state.contacts[state.started++] ?? t
      const work = exponential(this.random, c.channel.handleMinutes * 60)
      this.give(i, { channel: j, check: false, arrival, work, remaining: work, since: t }, t)
      return
    }
    this.putDown(i, j, t)
  }

  /** Person i puts channel j down: goes home if leaving, else takes what waits. */
  private putDown(i: number, j: number, t: number): void {
    const state = this.asyncs[j]
    const person = this.people[i]
    if (!state || !person) return
    state.working--
    person.task = undefined
    if (person.leaving && person.state !== LIVE) return this.goHome(i)
    if (!person.leaving) this.takeWaitingLook(i, t)
    else this.refresh(i, t)
  }

  /**
   * Person `i`, with nothing in hand: a look that found every pair of hands full takes the first
   * ones freed (not after its stretch: nobody starts work on a closed channel).
   */
  private takeWaitingLook(i: number, t: number): void {
    // The look that has waited longest first.
    let first = -1
    for (let k = 0; k < this.asyncs.length; k++) {
      const waiting = this.asyncs[k]
      if (!waiting || waiting.wanted <= 0) continue
      if (!(t < waiting.stretchEnd)) {
        waiting.wanted = 0
        continue
      }
      if (first < 0 || waiting.lookedAt < (this.asyncs[first]?.lookedAt ?? Infinity)) first = k
    }
    if (first >= 0) {
      this.takeLook(i, first, t)
      return
    }
    // A blended team: the oldest reply shown and not yet started, of any channel, goes to
    // whoever is free.
    const k = this.input.presentByHour ? this.oldestShown(t) : -1
    const state = k >= 0 ? this.asyncs[k] : undefined
    if (state) {
      state.working++
      this.nextReply(i, k, t)
      return
    }
    this.refresh(i, t)
  }

  private taskDone(i: number, t: number): void {
    const task = this.people[i]?.task
    if (!task) return
    const j = task.channel
    if (!task.check) {
      this.watch?.settled(j, task.arrival, t, true)
      const tally = this.tallies[j]
      const c = this.input.channels[j]
      const week = this.measuredWeek(task.arrival)
      if (tally && c && week >= 0) {
        this.pending--
        tally.answered++
        tally.responses.push(t - task.arrival)
        tally.staffMinutes += task.work / 60
        if (t - task.arrival <= c.channel.targetSeconds) {
          tally.withinTarget++
          const w = tally.weekly[week]
          if (w) w.within++
        }
      }
      return this.afterReply(i, j, t)
    }
    // A check done: its replies next.
    this.nextReply(i, j, t)
  }

  /** Person i stops being free at t: the task in hand keeps the work still to do. */
  private pause(i: number, t: number): void {
    const person = this.people[i]
    if (!person?.task || person.state !== FREE) return
    person.task.remaining = Math.max(0, person.task.remaining - (t - person.task.since))
  }

  /**
   * After any change to person i: their pending events are replaced. Free, the task in hand
   * runs to its end and a spell of other work may come first (memoryless, so drawn afresh);
   * busy, the spell or contact ends when it ends.
   */
  private refresh(i: number, t: number): void {
    const person = this.people[i]
    if (!person) return
    person.token++
    const token = person.token
    if (!person.present) return
    if (person.state !== FREE) {
      this.events.push({ time: person.busyUntil, kind: BUSY_ENDS, who: i, token })
      return
    }
    if (person.task) {
      person.task.since = t
      this.events.push({ time: t + person.task.remaining, kind: TASK_ENDS, who: i, token })
    }
    if (this.freeMean < Infinity) {
      const next = t + exponential(this.random, this.freeMean)
      this.events.push({ time: next, kind: OTHER_STARTS, who: i, token })
    }
  }
}
