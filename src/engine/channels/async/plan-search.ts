/**
 * The search for an async channel's plan (I, c): each plan is run once per volume (`Plans`);
 * meet targets takes the cheapest plan that meets the target, or the best trade-off when none
 * does; fixed hours the plan that answers the most within target in the hours given, or the
 * share of contacts the hours allow. The policy each plan is run under is stated in
 * async-week.ts.
 */
import type { ChannelEvaluationInput } from '../types'
import { lookSchedule, MINUTES_PER_HOUR, MINUTES_PER_WEEK } from './looks'
import type { PileState } from './pile'
import { contactsShown } from './run-input'
import { runWeek, type WeekRun } from './week-run'

/** Hint for a search: the plan of a nearby case (the previous repeat round, a neighbouring volume). */
export interface LooksPlan {
  lookIntervalMinutes: number
  people: number
}

/** When the target is out of reach, a paid hour is worth adding while it answers this many more contacts on time. */
const CONTACTS_PER_PAID_HOUR_WORTH_IT = 1
/** More people than this never look at one channel (a contact centre's async team at most). */
const MAX_PEOPLE = 500
/** A share of contacts a plan reaches counts as the target when within this of it. */
export const TARGET_TOLERANCE = 1e-9
/** More people that raise the best share within target by less than this (0.01 points) are not worth trying. */
const NO_GAIN = 1e-4

export interface Option {
  plan: LooksPlan
  run: WeekRun
  /** Expected staff minutes a week: checks × c × m + replies × h. */
  staffMinutes: number
  /** Share of the week's contacts answered within target (integrated when first read). */
  readonly attainment: number
  /**
   * The same share on the coarse quadrature (about 2.4 times quicker), within `ROUGH_ERROR` of
   * `attainment`; `attainment` itself once that is known.
   */
  readonly roughAttainment: number
  /** Contacts answered a week (all of them, or the share fixed hours allow). */
  answered: number
}

/** Evaluations of one channel at one volume: each plan runs once. */
export class Plans {
  private readonly tried = new Map<string, Option>()
  /** The most people a plan may have: the people on site alongside other work, else MAX_PEOPLE. */
  readonly maxPeople: number
  /** The settled state of the last run with each number of people: where the next one starts. */
  private readonly starts: Map<number, PileState>

  constructor(
    private readonly input: ChannelEvaluationInput,
    private readonly contacts: number,
    /** Share of contacts answered (fixed hours short of the work): the answered stream is thinned. */
    private readonly answeredShare = 1,
    starts?: Map<number, PileState>,
  ) {
    this.starts = starts ?? new Map()
    this.maxPeople = input.onSite?.people ?? MAX_PEOPLE
  }

  /** The warm starts, to hand on to the next volume's plans (a repeat round). */
  get warmStarts(): Map<number, PileState> {
    return this.starts
  }

  at(plan: LooksPlan): Option {
    const key = `${plan.lookIntervalMinutes} ${plan.people}`
    const known = this.tried.get(key)
    if (known) return known
    const { chance, minutes } = lookWait(this.input, plan)
    const option = this.optionOf(
      plan,
      this.runAt(plan, elapsedMinutes(this.input).check + chance * minutes),
    )
    if (option.run.settledStart) this.starts.set(plan.people, option.run.settledStart)
    this.tried.set(key, option)
    return option
  }

  /**
   * The plan as its figures are shown. Alongside other work the search takes a look's check to
   * start after the mean wait for people to be free (`lookWait`); the plan chosen is then run with
   * both cases, a look that finds c people free (the check at once) and one that does not (the
   * wait's mean later), mixed by the chance of waiting: the spread of that wait costs a little
   * attainment the mean hides.
   */
  shown(plan: LooksPlan): Option {
    const wait = lookWait(this.input, plan)
    if (!(wait.chance > 0)) return this.at(plan)
    const check = elapsedMinutes(this.input).check
    const run = mixRuns(
      this.runAt(plan, check),
      this.runAt(plan, check + wait.minutes),
      wait.chance,
    )
    return this.optionOf(plan, run)
  }

  private runAt(plan: LooksPlan, checkMinutes: number): WeekRun {
    const { channel } = this.input
    const blended = this.input.blendedPace
    return runWeek({
      contactsPerWeek: this.contacts * this.answeredShare,
      pattern: this.input.pattern,
      schedule: lookSchedule(channel.coverage, plan.lookIntervalMinutes),
      intervalMinutes: plan.lookIntervalMinutes,
      people: plan.people,
      handleMinutes: elapsedMinutes(this.input).reply,
      minutesPerCheck: checkMinutes,
      checkWorkMinutes: channel.minutesPerCheck,
      replyWorkMinutes: channel.handleMinutes,
      thresholdsMinutes: [channel.targetSeconds / 60],
      otherWork: this.input.onSite && {
        busyShare: this.input.onSite.otherWorkShare,
        spellMinutes: this.input.onSite.otherWorkMinutes,
      },
      paceByHour: blended && {
        people: blended.peopleByHour,
        busyShare: blended.busyShareByHour,
        spellMinutes: blended.spellMinutesByHour,
        waitMinutes: blended.waitMinutesByHour,
      },
      start: this.starts.get(plan.people),
    })
  }

  private optionOf(plan: LooksPlan, run: WeekRun): Option {
    const { channel } = this.input
    const answered = this.contacts * this.answeredShare
    const contacts = this.contacts
    const targetMinutes = channel.targetSeconds / 60
    const share = (within: number) => (contacts > 0 ? Math.min(1, within / contacts) : 1)
    let attainment: number | undefined
    let rough: number | undefined
    return {
      plan,
      run,
      staffMinutes:
        run.checks * plan.people * channel.minutesPerCheck + answered * channel.handleMinutes,
      get attainment() {
        return (attainment ??= share(run.within[0] ?? 0))
      },
      get roughAttainment() {
        return attainment ?? (rough ??= share(run.withinAt(targetMinutes, true)))
      },
      answered,
    }
  }

  /** The week's contacts (answered or not). */
  contactsAnswerable(): number {
    return this.contacts
  }

  /** Minutes of replies a week: every plan's staff time is at least this. */
  replyMinutes(): number {
    return this.contacts * this.answeredShare * this.input.channel.handleMinutes
  }

  /** The fewest people whose replies fit in the covered time at all (their free time of it). */
  fewestPeople(): number {
    const covered = this.input.channel.coverage.filter(Boolean).length * MINUTES_PER_HOUR
    const replies = this.contacts * this.answeredShare * elapsedMinutes(this.input).reply
    return covered > 0 ? Math.max(1, Math.floor(replies / covered) + 1) : 1
  }
}

/**
 * How long a check and a reply take from start to end, once they have started. Dedicated staff:
 * m and h. Alongside other work the work only moves while the person is free of other work
 * (busy a share b of the time in spells of mean d, exponential): m minutes of work meet on
 * average m/f spells (f the mean free time, d(1 − b)/b), each d long, so a check takes m/(1 − b)
 * and a reply h/(1 − b) on average. The model takes those means, with replies exponential, and
 * the spread of the free time by a deadline in the figures (`LookContext.doneBy`); the wait for
 * people to be free at a look is `lookWait`.
 */
export function elapsedMinutes(input: ChannelEvaluationInput): { check: number; reply: number } {
  const { channel } = input
  const team = input.onSite
  if (!team) return { check: channel.minutesPerCheck, reply: channel.handleMinutes }
  const free = 1 - team.otherWorkShare
  return { check: channel.minutesPerCheck / free, reply: channel.handleMinutes / free }
}

/** The busiest a person can be taken to be at a look. */
const MOST_BUSY = 0.99

/**
 * Alongside other work, a look is taken by people free of other work, live contacts and other
 * async work; it needs c of the p on site. At each look of the plan:
 * - each person is busy with other work or a live contact a share b (`busyAtLook`), or free but
 *   holding another async channel's work a share H(t) (`heldAt`: its looks before t, each
 *   holding its people an exponential time), independently: Binomial(p, 1 − b − H(t)) free;
 * - a channel coming before this one whose look falls at the same instant goes first: when that
 *   look is a check (its share of checks) it takes its c′ people from those free, and when
 *   fewer are free the rest of its c′ wait ahead of this look;
 * - the look waits when fewer than c are free, for as many people freed as the looks ahead and
 *   its own missing people need, each after the mean rest of what the busy people do (a spell
 *   of other work, d; another channel's work, `restAt`; the work of a look just taken) over
 *   p − c + 1 (the first end of that many exponential waits).
 * The chance of waiting and the mean wait are averaged over the plan's looks, each weighted by
 * the contacts it shows that arrived less than the target before it (the others are late
 * whatever the wait). Dedicated staff never wait.
 */
export function lookWait(
  input: ChannelEvaluationInput,
  plan: LooksPlan,
): { chance: number; minutes: number } {
  const team = input.onSite
  const elsewhere = input.heldElsewhere
  const other = elsewhere?.busyAtLook ?? team?.otherWorkShare ?? 0
  if (!team || !(other > 0 || elsewhere)) return { chance: 0, minutes: 0 }
  const c = plan.people
  const p = Math.max(team.people, c)
  const before = elsewhere?.before ?? []
  const schedule = lookSchedule(input.channel.coverage, plan.lookIntervalMinutes)
  // Each look weighs as the contacts it shows that may still be answered in time.
  const target = input.channel.targetSeconds / 60
  const shown = contactsShown(input.contactsPerWeek, input.pattern, schedule, target)
  const at = before.map(() => 0)
  let weightSum = 0
  let chanceSum = 0
  let waitSum = 0
  schedule.times.forEach((t, j) => {
    const weight = shown[j] ?? 0
    if (!(weight > 0)) return
    const minute = Math.round(t) % MINUTES_PER_WEEK
    const held = elsewhere?.heldAt[minute] ?? 0
    let busyWeight = other + held
    let busyRest = other * team.otherWorkMinutes + (elsewhere?.restAt[minute] ?? 0)
    // The earlier channels looking at this instant take their people first.
    const grabs: { chance: number; people: number }[] = []
    before.forEach((o, k) => {
      let i = at[k] ?? 0
      while (i < o.times.length && (o.times[i] ?? Infinity) < t - 1e-6) i++
      at[k] = i
      if (i >= o.times.length || Math.abs((o.times[i] ?? Infinity) - t) > 1e-6) return
      const taken = (o.checkShare * o.people) / p
      busyWeight += taken
      busyRest += taken * (o.minutesAt[i] ?? 0)
      grabs.push({ chance: o.checkShare, people: o.people })
    })
    const b = Math.min(MOST_BUSY, other + held)
    // (people free, people the looks ahead still wait for): Binomial(p, 1 − b) free at first.
    const ahead = grabs.reduce((s, g) => s + g.people, 0)
    const width = ahead + 1
    const state = new Float64Array((p + 1) * width)
    let term = b ** p
    for (let k = 0; k <= p; k++) {
      state[k * width] = b > 0 ? term : k === p ? 1 : 0
      term *= b > 0 ? ((p - k) / (k + 1)) * ((1 - b) / b) : 0
    }
    for (const g of grabs) {
      if (!(g.chance > 0)) continue
      const moved = new Float64Array(state.length)
      for (let f = 0; f <= p; f++) {
        for (let q = 0; q < width; q++) {
          const x = state[f * width + q] ?? 0
          if (x === 0) continue
          moved[f * width + q] = (moved[f * width + q] ?? 0) + (1 - g.chance) * x
          const f2 = Math.max(0, f - g.people)
          const q2 = Math.min(ahead, q + Math.max(0, g.people - f))
          moved[f2 * width + q2] = (moved[f2 * width + q2] ?? 0) + g.chance * x
        }
      }
      state.set(moved)
    }
    // It waits when fewer than c are free, for as many releases as the looks ahead and it need.
    let chance = 0
    let releases = 0
    for (let f = 0; f <= p; f++) {
      for (let q = 0; q < width; q++) {
        const x = state[f * width + q] ?? 0
        if (f >= c) continue
        chance += x
        releases += x * (q + c - f)
      }
    }
    weightSum += weight
    chanceSum += weight * chance
    if (busyWeight > 0) waitSum += (weight * releases * busyRest) / busyWeight / (p - c + 1)
  })
  if (!(weightSum > 0) || !(chanceSum > 0)) return { chance: 0, minutes: 0 }
  return { chance: Math.min(1, chanceSum / weightSum), minutes: waitSum / chanceSum }
}

/**
 * The coarse quadrature's share within target is this close to the fine one's, at most: 0.37
 * points was the largest gap measured over 2 400 generated plans (1–3 000 contacts a week, 1–12
 * people, every coverage preset, dedicated and alongside other work), and this allows 2.7 times
 * that. A search decides on the coarse share when it is further than this from the line, and
 * integrates finely only near it: the same decisions, fewer fine integrations.
 */
export const ROUGH_ERROR = 0.01

/** Whether the plan answers at least `share` within target (the coarse share where it is clear). */
function reaches(o: Option, share: number): boolean {
  const rough = o.roughAttainment
  if (rough >= share + ROUGH_ERROR) return true
  if (rough < share - ROUGH_ERROR) return false
  return o.attainment >= share
}

function meets(o: Option, target: number): boolean {
  return o.run.stable && reaches(o, target - TARGET_TOLERANCE)
}

/**
 * The largest index (the longest interval) in `intervals` whose plan with c people meets the
 * target, or −1: fewer looks never answer more within target, so a gallop from a nearby index
 * and a bisection find it.
 */
function longestMeeting(
  plans: Plans,
  intervals: readonly number[],
  people: number,
  target: number,
  near: number | undefined,
): number {
  // Looking more often adds checks and no time to answer: once a team cannot keep up (its pile
  // never settles), it cannot with shorter intervals either.
  let neverSettles = -1
  const ok = (i: number) => {
    if (i <= neverSettles) return false
    const option = plans.at({ lookIntervalMinutes: intervals[i] ?? 0, people })
    if (!option.run.stable) neverSettles = Math.max(neverSettles, i)
    return meets(option, target)
  }
  const last = intervals.length - 1
  let good = -1
  let bad = intervals.length
  const start = near === undefined ? last : Math.min(last, Math.max(0, near))
  if (ok(start)) {
    good = start
    for (let step = 1; good < last; step *= 2) {
      const i = Math.min(last, good + step)
      if (ok(i)) good = i
      else {
        bad = i
        break
      }
    }
  } else {
    bad = start
    for (let step = 1; bad > 0; step *= 2) {
      const i = Math.max(0, bad - step)
      if (ok(i)) {
        good = i
        break
      }
      bad = i
    }
    if (good < 0) return -1
  }
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2)
    if (ok(mid)) good = mid
    else bad = mid
  }
  return good
}

/**
 * Meet targets: for each number of people, the longest interval that meets the target (the
 * cheapest for those people: fewer looks, fewer checks); then more or fewer people while that
 * makes it cheaper (more people cost more per check and meet the target with longer intervals;
 * the cost rises again once the checks outweigh what they save). Undefined when no plan meets it.
 */
export function cheapestMeeting(
  plans: Plans,
  intervals: readonly number[],
  target: number,
  hint: LooksPlan | undefined,
): Option | undefined {
  const fewest = plans.fewestPeople()
  const near = hint ? intervals.indexOf(hint.lookIntervalMinutes) : -1
  const first = Math.max(fewest, Math.min(plans.maxPeople, hint?.people ?? fewest))
  let best: Option | undefined
  const cheapestFor = (people: number): Option | undefined => {
    const i = longestMeeting(plans, intervals, people, target, near >= 0 ? near : undefined)
    return i < 0 ? undefined : plans.at({ lookIntervalMinutes: intervals[i] ?? 0, people })
  }
  // Up from the first count tried: more people until the target is met, then while cheaper.
  let previous: Option | undefined
  for (let people = first; people <= plans.maxPeople; people++) {
    const option = cheapestFor(people)
    if (!option) {
      // Not met even looking as often as allowed: more people help only while they gain.
      const shortest = { lookIntervalMinutes: intervals[0] ?? 1, people }
      const fewer = { ...shortest, people: people - 1 }
      if (people > fewest && plans.at(shortest).attainment - plans.at(fewer).attainment < NO_GAIN)
        break
      continue
    }
    if (!best || option.staffMinutes < best.staffMinutes) best = option
    if (previous && option.staffMinutes >= previous.staffMinutes) break
    previous = option
  }
  // Down from the first count tried, while cheaper.
  previous = best
  for (let people = first - 1; people >= fewest && best; people--) {
    const option = cheapestFor(people)
    if (!option || (previous && option.staffMinutes >= previous.staffMinutes)) break
    if (option.staffMinutes < best.staffMinutes) best = option
    previous = option
  }
  return best
}

/**
 * A target out of reach: every interval, for more and more people until more people stop
 * raising the best share; the plan with the best trade-off (contacts within target less paid
 * hours) wins. Nothing tried is then both cheaper and better.
 */
export function bestTradeOff(
  plans: Plans,
  intervals: readonly number[],
  presence: number,
  hint: LooksPlan | undefined,
): Option {
  const value = (o: Option) =>
    o.run.stable
      ? o.attainment * plans.contactsAnswerable() -
        (CONTACTS_PER_PAID_HOUR_WORTH_IT * o.staffMinutes) / 60 / presence
      : -Infinity
  const at = (i: number, people: number) =>
    plans.at({ lookIntervalMinutes: intervals[i] ?? 1, people })
  // A step is worth taking when it gains at least NO_GAIN of the contacts within target: with
  // free checks (m = 0) every extra person gains a little and costs nothing.
  const margin = NO_GAIN * plans.contactsAnswerable()
  const fewest = plans.fewestPeople()
  const near = hint ? intervals.indexOf(hint.lookIntervalMinutes) : -1
  if (hint && near >= 0 && hint.people >= fewest && hint.people <= plans.maxPeople) {
    return climbFrom(
      near,
      hint.people,
      intervals.length,
      fewest,
      plans.maxPeople,
      at,
      value,
      margin,
    )
  }
  let best: Option | undefined
  // Looking more often answers sooner and costs more looks: the trade-off rises and then falls
  // as the interval shortens, so the search stops two steps past its peak. More people cost
  // more per check and answer sooner: once the best trade-off with c people is no better than
  // with c − 1, more people only pay for checks.
  let previous = -Infinity
  for (let people = fewest; people <= plans.maxPeople; people++) {
    let bestHere = -Infinity
    let falling = 0
    for (let i = intervals.length - 1; i >= 0 && falling < TRADE_OFF_PAST_PEAK; i--) {
      const o = at(i, people)
      if (!o.run.stable) break
      const v = value(o)
      falling = v > bestHere ? 0 : falling + 1
      bestHere = Math.max(bestHere, v)
      if (!best || v > value(best)) best = o
    }
    if (bestHere < previous + margin && best) break
    previous = Math.max(previous, bestHere)
  }
  return best ?? at(intervals.length - 1, fewest)
}

/**
 * From a nearby case's plan (interval index i, c people): climb to the best neighbouring plan
 * (one interval step or one person either way) while one is better by at least 0.01 points of the contacts within target.
 */
function climbFrom(
  i: number,
  people: number,
  intervalCount: number,
  fewest: number,
  most: number,
  at: (i: number, people: number) => Option,
  value: (o: Option) => number,
  margin: number,
): Option {
  let best = at(i, people)
  for (;;) {
    let next: Option | undefined
    let nextAt: [number, number] = [i, people]
    for (const [mi, mp] of [
      [i - 1, people],
      [i + 1, people],
      [i, people - 1],
      [i, people + 1],
    ] as const) {
      if (mi < 0 || mi >= intervalCount || mp < fewest || mp > most) continue
      const o = at(mi, mp)
      if (value(o) > value(next ?? best) + (next ? 0 : margin)) {
        next = o
        nextAt = [mi, mp]
      }
    }
    if (!next) return best
    best = next
    ;[i, people] = nextAt
  }
}

/** Intervals tried past the best trade-off before shorter ones are given up on. */
const TRADE_OFF_PAST_PEAK = 2

/**
 * Fixed hours: of the plans whose staff time fits the hours, the one that answers the most
 * within target. For each number of people the shortest interval that fits (staff time only
 * falls as looks thin out, and more looks only answer sooner), then more people while they fit
 * and gain. Undefined when no plan fits: not even the fewest people looking as rarely as the
 * ladder allows.
 */
function mostWithinHours(
  plans: Plans,
  intervals: readonly number[],
  budgetMinutes: number,
): { fitting?: Option; nearMiss?: Option } {
  // The replies alone take more than the hours: no plan fits, none nearly does.
  if (plans.replyMinutes() > budgetMinutes * (1 + NEAR_FIT) + 1e-9) return {}
  const fits = (o: Option) => o.run.stable && o.staffMinutes <= budgetMinutes + 1e-9
  let best: Option | undefined
  let nearMiss: Option | undefined
  for (let people = plans.fewestPeople(); people <= plans.maxPeople; people++) {
    const at = (i: number) => plans.at({ lookIntervalMinutes: intervals[i] ?? 1, people })
    const last = intervals.length - 1
    if (!fits(at(last))) break
    let good = last
    let bad = -1
    while (good - bad > 1) {
      const mid = Math.floor((good + bad) / 2)
      if (fits(at(mid))) good = mid
      else bad = mid
    }
    // The next shorter interval, when it misses the hours by a hair (the hours given are a
    // channel's need worked out at a volume a repeat round away from this one).
    const over = bad >= 0 ? at(bad) : undefined
    if (
      over?.run.stable &&
      over.staffMinutes <= budgetMinutes * (1 + NEAR_FIT) &&
      over.attainment > (nearMiss?.attainment ?? -1)
    ) {
      nearMiss = over
    }
    const option = at(good)
    if (best && option.attainment - best.attainment < NO_GAIN) {
      if (option.attainment > best.attainment) best = option
      break
    }
    if (!best || option.attainment > best.attainment) best = option
  }
  return { fitting: best, nearMiss }
}

/** A plan needing at most this share more than the hours is tried answering a little less. */
const NEAR_FIT = 1e-3

/**
 * Fewer hours than any plan needs: the team answers the share q of contacts the hours allow,
 * the others not at all (a pile that never clears would otherwise grow without bound). Each
 * interval is tried with one person and the one answering the most within target kept.
 * Undefined when not even the rarest looks leave time for a reply.
 */
function shareTheHoursAllow(
  input: ChannelEvaluationInput,
  contacts: number,
  intervals: readonly number[],
  budgetMinutes: number,
): Thinned | undefined {
  let best: Thinned | undefined
  // As for the trade-off: shorter intervals answer sooner and leave fewer hours for replies, so
  // the share within target rises and then falls; the search stops two intervals past its peak
  // (ties go on: looks days apart against a one-hour target are all much the same).
  let falling = 0
  // One warm start for every interval and round: the settled piles of neighbours are close.
  const starts = new Map<number, PileState>()
  for (let i = intervals.length - 1; i >= 0 && falling < TRADE_OFF_PAST_PEAK; i--) {
    const plan = { lookIntervalMinutes: intervals[i] ?? 1, people: 1 }
    const thinned = shareThatFits(input, contacts, plan, budgetMinutes, starts)
    if (!thinned) continue
    if (best && thinned.option.attainment <= best.option.attainment) {
      // Intervals longer than a stretch all look once at its start: ties are not a fall.
      if (thinned.option.attainment < best.option.attainment - NO_GAIN) falling++
      continue
    }
    falling = 0
    best = thinned
  }
  return best
}

export interface Thinned {
  option: Option
  answeredShare: number
}

/**
 * The plan answering the share q of contacts its checks leave the hours for: q is found by a
 * few rounds of q = (hours − checks(q)) ÷ replies, since checks depend on how busy the answered
 * stream keeps people. Undefined when the checks alone take the hours.
 */
function shareThatFits(
  input: ChannelEvaluationInput,
  contacts: number,
  plan: LooksPlan,
  budgetMinutes: number,
  starts = new Map<number, PileState>(),
): Thinned | undefined {
  const { channel } = input
  const replyMinutes = contacts * channel.handleMinutes
  const checkMinutes = (checks: number) => checks * plan.people * channel.minutesPerCheck
  const shareLeft = (checks: number) =>
    Math.max(0, Math.min(1, (budgetMinutes - checkMinutes(checks)) / replyMinutes))
  let share = shareLeft(lookSchedule(channel.coverage, plan.lookIntervalMinutes).times.length)
  for (let round = 0; round < SHARE_ROUNDS && share > 0; round++) {
    share = shareLeft(new Plans(input, contacts, share, starts).at(plan).run.checks)
  }
  if (!(share > 0)) return undefined
  const option = new Plans(input, contacts, share, starts).at(plan)
  return option.run.stable ? { option, answeredShare: share } : undefined
}

/** Rounds of q = (hours − checks(q)) ÷ replies: each moves q by the checks a change in q saves. */
const SHARE_ROUNDS = 3

/**
 * Fixed hours: the plan that fits and answers the most within target, or, when none fits (or
 * one that misses the hours by a hair would answer more), the plan answering the share of
 * contacts the hours allow. Undefined when the hours leave no time for a reply at all.
 */
export function fixedHoursPlan(
  input: ChannelEvaluationInput,
  contacts: number,
  plans: Plans,
  intervals: readonly number[],
  budget: number,
): Thinned | undefined {
  const { fitting, nearMiss } = mostWithinHours(plans, intervals, budget)
  const candidates: Thinned[] = []
  if (fitting) candidates.push({ option: fitting, answeredShare: 1 })
  else {
    const short = shareTheHoursAllow(input, contacts, intervals, budget)
    if (short) candidates.push(short)
  }
  if (nearMiss && nearMiss.attainment > (fitting?.attainment ?? -1)) {
    const thinned = shareThatFits(input, contacts, nearMiss.plan, budget)
    if (thinned) candidates.push(thinned)
  }
  return candidates.reduce<Thinned | undefined>(
    (best, c) => (!best || c.option.attainment > best.option.attainment ? c : best),
    undefined,
  )
}

/**
 * Two runs of one plan mixed as if each look were of the first kind with chance 1 − w and of the
 * second with w (the runs' states are each their own steady state: an approximation that keeps
 * the spread of the wait a mean would hide).
 */
function mixRuns(a: WeekRun, b: WeekRun, w: number): WeekRun {
  const mix = (x: number, y: number) => (1 - w) * x + w * y
  return {
    stable: a.stable && b.stable,
    looks: a.looks,
    checks: mix(a.checks, b.checks),
    get within() {
      return a.within.map((x, k) => mix(x, b.within[k] ?? 0))
    },
    meanMinutes: () => mix(a.meanMinutes(), b.meanMinutes()),
    onHandAtWeekStart: mix(a.onHandAtWeekStart, b.onHandAtWeekStart),
    withinAt: (t, coarse) => mix(a.withinAt(t, coarse), b.withinAt(t, coarse)),
    workMinutesByHour: a.workMinutesByHour.map((x, h) => mix(x, b.workMinutesByHour[h] ?? 0)),
    settledStart: a.settledStart,
  }
}
