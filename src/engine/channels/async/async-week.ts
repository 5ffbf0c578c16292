/**
 * Async channels (email, web forms, social posts and messages, reviews, forums) as a small
 * business works them: look, then answer what you see.
 *
 * The policy (docs/methodology.md, "Async channels"), which the analytic evaluation here and the
 * simulation (simulation/async.ts) both implement:
 * 1. Stretches: a covered stretch is a run of covered hours, the week taken as a cycle; every
 *    hour covered means round the clock.
 * 2. Looks: at the start of each stretch and every I minutes after it while it lasts; round the
 *    clock, every I from Monday 00:00, afresh each week. A look shows what arrived since the
 *    previous one; it joins the pile behind what is already waiting.
 * 3. Checks: a look that finds nobody at work on the channel is a check: each of the c people
 *    spends m minutes (`minutesPerCheck`) before answering. A look that finds anyone at work is
 *    free. The planner looks no more often than a check takes (I ≥ m).
 * 4. Answering: in a stretch, whoever is free starts a reply to the oldest contact in the pile;
 *    one person per reply, exponential with mean h (`handleMinutes`).
 * 5. End of a stretch: nobody starts a reply; replies and a check in progress are finished; the
 *    pile waits for the next stretch's first look.
 * 6. Response time: arrival to the end of the reply; within target when ≤ T.
 * 7. Staff time = checks × c × m + replies × h; paid hours = staff time ÷ (1 − shrinkage).
 * Alongside other work (input.onSite): c is at most the people on site, and the work moves only
 * in their time free of other work, so checks and replies take longer than their work
 * (plan-search.ts, `elapsedMinutes`); the hours are the staff time itself (no shrinkage).
 *
 * The plan is (I, c). Meet targets: the cheapest plan whose share within target reaches the
 * target; when the hours of cover put the target out of reach, the cheapest plan within
 * REACH_TOLERANCE (2 points) of the best they allow; when none does (a team alongside other work
 * too small for it), the plan with the best trade-off (a paid hour worth one contact within
 * target). Fixed hours: the plan that answers the most within target in the hours given; when
 * even the cheapest plan needs more, the team answers the share of contacts the hours allow.
 */
import { reachableShare } from '../../model/limits'
import type { ChannelEvaluationInput, QueueWeek } from '../types'
import { lookIntervals, lookSchedule, LOOK_LADDER_MINUTES, MINUTES_PER_HOUR } from './looks'
import type { PileState } from './pile'
import type { WeekRun } from './week-run'
import { bestPossibleShare } from './best-possible'
import {
  bestTradeOff,
  cheapestMeeting,
  fixedHoursPlan,
  Plans,
  TARGET_TOLERANCE,
  type LooksPlan,
  type Option,
} from './plan-search'

export type { LooksPlan } from './plan-search'

/**
 * Above this many contacts a week the planner plans the channel as several equal teams, each
 * with its share of the contacts and of the hours (the exact pile of one big team would take
 * too long to follow): staff time is then exact for that policy, and the share within target a
 * little lower than one pooled team would reach (one big team pools better than several small
 * ones), so the figures stay on the safe side.
 */
export const CONTACTS_PER_TEAM = 3000
/**
 * Nor may one team's first look after the longest wait (a weekend) find more than this many
 * contacts on average: a bigger pile is shared between teams the same way.
 */
export const PILE_PER_TEAM = 200

/**
 * Nor may one team's replies need more than this many people busy all its covered time (long
 * replies at a high volume): the agreement with the simulation is measured up to 20 people.
 */
export const PEOPLE_PER_TEAM = 20

/** Contacts that arrive, on average, in the longest wait between two covered stretches. */
function biggestWaitingPile(input: ChannelEvaluationInput, contacts: number): number {
  const { coverage } = input.channel
  const total = input.pattern.reduce((s, w) => s + w, 0)
  if (!(total > 0) || coverage.every(Boolean)) return 0
  let biggest = 0
  for (let start = 0; start < coverage.length; start++) {
    // A gap starts after a covered hour; sum the arrivals until the next covered hour.
    const before = (start + coverage.length - 1) % coverage.length
    if (coverage[start] || !coverage[before]) continue
    let arrived = 0
    for (let h = start; !coverage[h % coverage.length]; h++) {
      arrived += input.pattern[h % coverage.length] ?? 0
    }
    biggest = Math.max(biggest, (contacts * arrived) / total)
  }
  return biggest
}

export function asyncWeek(
  input: ChannelEvaluationInput,
  contacts: number,
  hint?: LooksPlan,
  warmStarts?: Map<number, PileState>,
  keepPlan = false,
): QueueWeek {
  const coveredMinutes = input.channel.coverage.filter(Boolean).length * MINUTES_PER_HOUR
  const replyMinutes = contacts * input.channel.handleMinutes
  const split = Math.max(
    1,
    Math.ceil(contacts / CONTACTS_PER_TEAM),
    Math.ceil(biggestWaitingPile(input, contacts) / PILE_PER_TEAM),
    coveredMinutes > 0 ? Math.ceil(replyMinutes / (PEOPLE_PER_TEAM * coveredMinutes)) : 1,
  )
  // Alongside other work there are no more teams than people on site (each has one at least).
  const teams = input.onSite ? Math.min(split, input.onSite.people) : split
  if (teams > 1) {
    const share = {
      ...input,
      staffHoursPerWeek:
        input.staffHoursPerWeek === undefined ? undefined : input.staffHoursPerWeek / teams,
      // Alongside other work the teams share the people on site; in a blended team, its agents.
      onSite: input.onSite && {
        ...input.onSite,
        people: Math.max(1, Math.floor(input.onSite.people / teams)),
      },
      blendedPace: input.blendedPace && {
        ...input.blendedPace,
        peopleByHour: input.blendedPace.peopleByHour.map((n) =>
          n > 0 ? Math.max(1, Math.ceil(n / teams)) : 0,
        ),
      },
    }
    const teamHint = hint && { ...hint, people: Math.max(1, Math.round(hint.people / teams)) }
    return inTeams(oneTeamWeek(share, contacts / teams, teamHint, warmStarts, keepPlan), teams)
  }
  return oneTeamWeek(input, contacts, hint, warmStarts, keepPlan)
}

/** One team's week for `teams` equal teams: counts and hours add up, shares stay. */
function inTeams(week: QueueWeek, teams: number): QueueWeek {
  const plan = week.plan
  return {
    ...week,
    handled: week.handled * teams,
    unserved: week.unserved * teams,
    staffHours: week.staffHours * teams,
    workloadHours: week.workloadHours * teams,
    checkHours: week.checkHours * teams,
    floorStaffHours: week.floorStaffHours * teams,
    backlogAtWeekEnd: week.backlogAtWeekEnd * teams,
    plan:
      plan.kind === 'looks'
        ? {
            ...plan,
            people: plan.people * teams,
            teams: plan.teams * teams,
            looksPerWeek: plan.looksPerWeek * teams,
            checksPerWeek: plan.checksPerWeek * teams,
            replyHoursPerWeek: plan.replyHoursPerWeek * teams,
            workMinutesByHour: plan.workMinutesByHour.map((m) => m * teams),
          }
        : plan,
  }
}

function oneTeamWeek(
  input: ChannelEvaluationInput,
  contacts: number,
  hint: LooksPlan | undefined,
  warmStarts: Map<number, PileState> | undefined,
  keepPlan: boolean,
): QueueWeek {
  const { channel } = input
  const presence = presenceOf(input)
  const target = channel.targetShare
  const targetMinutes = channel.targetSeconds / 60
  const best = bestPossibleShare(input)
  if (!channel.coverage.some(Boolean) || contacts <= 0) return quietWeek(input, contacts, best)
  let chosen: Option
  let reachable: boolean | undefined
  let answeredShare = 1
  let plans = new Plans(input, contacts, 1, warmStarts)
  const budget =
    input.staffHoursPerWeek !== undefined
      ? input.staffHoursPerWeek * presence * 60
      : freeTimeIfShort(input, plans)
  if (keepPlan && hint) {
    chosen = plans.at(hint)
  } else if (budget === undefined) {
    const intervals = lookIntervals(channel.minutesPerCheck, targetMinutes)
    const met =
      best >= target - TARGET_TOLERANCE
        ? cheapestMeeting(plans, intervals, target, hint)
        : undefined
    // Out of reach of the hours of cover: as near the best they allow as REACH_TOLERANCE.
    const near =
      met ??
      (best < target
        ? cheapestMeeting(plans, intervals, reachableShare(target, best, true), hint)
        : undefined)
    chosen = near ?? bestTradeOff(plans, intervals, presence, hint)
    reachable = met !== undefined
  } else {
    const intervals = lookIntervals(channel.minutesPerCheck, Infinity, targetMinutes)
    const chosenFit = fixedHoursPlan(input, contacts, plans, intervals, budget)
    if (!chosenFit) return quietWeek(input, contacts, best)
    chosen = chosenFit.option
    answeredShare = chosenFit.answeredShare
    if (answeredShare < 1) plans = new Plans(input, contacts, answeredShare)
  }
  return {
    ...weekOf(input, contacts, plans, chosen, answeredShare, best),
    targetReachable: reachable,
  }
}

/**
 * The hours a channel is counted for: dedicated staff are paid the fixed hours given (or the
 * work ÷ presence); alongside other work only the time spent on contacts and looks counts, even
 * with fixed hours (the hours are a cap, and the rest goes back to the other work).
 */
function hoursCounted(input: ChannelEvaluationInput, staffMinutes: number): number {
  if (input.onSite) return staffMinutes / 60
  return input.staffHoursPerWeek ?? staffMinutes / 60 / presenceOf(input)
}

/**
 * Share of paid time that is spent on contacts: 1 − shrinkage, or all of it alongside other
 * work (the people are on site anyway; the hours counted are the time on contacts and looks).
 */
export function presenceOf(input: ChannelEvaluationInput): number {
  return input.onSite ? 1 : 1 - input.business.shrinkage
}

/**
 * Alongside other work, when the replies alone need more people than are on site: the minutes
 * the people on site have free of other work in the covered hours, which the plan then shares
 * out as fixed hours would. Undefined otherwise (the plan may have as many people as it needs).
 */
function freeTimeIfShort(input: ChannelEvaluationInput, plans: Plans): number | undefined {
  const team = input.onSite
  if (!team || plans.fewestPeople() <= plans.maxPeople) return undefined
  const covered = input.channel.coverage.filter(Boolean).length * MINUTES_PER_HOUR
  return team.people * (1 - team.otherWorkShare) * covered
}

/** The chosen plan evaluated in full: the target and the expectation, mean and 90th percentile. */
function weekOf(
  input: ChannelEvaluationInput,
  contacts: number,
  plans: Plans,
  chosen: Option,
  answeredShare: number,
  best: number,
): QueueWeek {
  const { channel } = input
  const targetMinutes = channel.targetSeconds / 60
  const expectation = channel.expectationHours * 60
  const full = plans.shown(chosen.plan)
  const within = full.run.within[0] ?? 0
  const inTime = expectation === targetMinutes ? within : full.run.withinAt(expectation)
  const answered = full.run.stable ? full.answered : 0
  const staffMinutes = full.staffMinutes
  const checkMinutes = full.run.checks * chosen.plan.people * channel.minutesPerCheck
  const covered = channel.coverage.filter(Boolean).length * 60
  return {
    handled: answered,
    unserved: Math.max(0, contacts - answered),
    attainment: contacts > 0 ? Math.min(1, within / contacts) : 1,
    bestAttainment: best,
    responseTimes: () => {
      const p90 = percentile90(full.run, answered, targetMinutes, within)
      return {
        meanSeconds: answered > 0 ? full.run.meanMinutes() * 60 : null,
        p90Seconds: p90 === null ? null : p90 * 60,
      }
    },
    lateShare: contacts > 0 ? Math.max(0, 1 - inTime / contacts) : 0,
    staffHours: hoursCounted(input, staffMinutes),
    workloadHours: staffMinutes / 60,
    checkHours: checkMinutes / 60,
    floorStaffHours: 0,
    occupancy:
      covered > 0 ? (answered * channel.handleMinutes) / (covered * chosen.plan.people) : 0,
    backlogAtWeekEnd: full.run.stable ? full.run.onHandAtWeekStart : contacts,
    plan: {
      kind: 'looks',
      lookIntervalMinutes: chosen.plan.lookIntervalMinutes,
      people: chosen.plan.people,
      teams: 1,
      looksPerWeek: full.run.looks,
      checksPerWeek: full.run.checks,
      replyHoursPerWeek: (answered * channel.handleMinutes) / 60,
      answeredShare: contacts > 0 ? answered / contacts : 1,
      workMinutesByHour: Array.from(full.run.workMinutesByHour),
    },
  }
}

/**
 * The response time by which 90 % of the answered contacts are answered, in minutes: bracketed
 * from the target (whose count is known) by doubling or halving, then narrowed by false position
 * on the logarithm of the time to 1 % (the share answered within a time only rises with it).
 * Null when nobody is answered, or when the 90 % point lies beyond the four weeks followed.
 */
function percentile90(
  run: WeekRun,
  answered: number,
  targetMinutes: number,
  withinTarget: number,
): number | null {
  if (!run.stable || answered <= 0) return null
  const goal = 0.9 * answered
  const at = (t: number) => run.withinAt(t, true) - goal
  let lo = targetMinutes
  let hi = targetMinutes
  let fLo = withinTarget - goal
  let fHi = fLo
  if (fLo >= 0) {
    while (fLo >= 0) {
      hi = lo
      fHi = fLo
      lo /= 2
      if (lo < PERCENTILE_RESOLUTION_MINUTES) return hi
      fLo = at(lo)
    }
  } else {
    while (fHi < 0) {
      lo = hi
      fLo = fHi
      hi *= 2
      if (hi > PERCENTILE_HORIZON_MINUTES) return null
      fHi = at(hi)
    }
  }
  // Illinois false position on log t: the bracket [lo, hi] always holds the 90 % point.
  let side = 0
  for (let i = 0; i < PERCENTILE_STEPS && hi / lo > 1 + PERCENTILE_PRECISION; i++) {
    const a = Math.log(lo)
    const b = Math.log(hi)
    const t = Math.exp(b - (fHi * (b - a)) / (fHi - fLo))
    const f = at(t)
    if (f >= 0) {
      hi = t
      fHi = f
      if (side === 1) fLo /= 2
      side = 1
    } else {
      lo = t
      fLo = f
      if (side === -1) fHi /= 2
      side = -1
    }
  }
  return hi
}

/** Steps of false position at most, and the relative width it stops at. */
const PERCENTILE_STEPS = 8
const PERCENTILE_PRECISION = 0.01

/** Response times beyond four weeks are reported as never. */
const PERCENTILE_HORIZON_MINUTES = 4 * 7 * 24 * 60
/** A 90th percentile below half a minute is reported as half a minute. */
const PERCENTILE_RESOLUTION_MINUTES = 0.5

function checksByHour(coverage: readonly boolean[], interval: number, minutes: number): number[] {
  const out = new Array<number>(coverage.length).fill(0)
  if (!coverage.some(Boolean)) return out
  for (const t of lookSchedule(coverage, interval).times) {
    const hour = Math.floor(t / MINUTES_PER_HOUR)
    out[hour] = (out[hour] ?? 0) + minutes
  }
  return out
}

/**
 * No contacts (or no coverage, or fixed hours that leave no time for a reply): the looks alone,
 * at the longest interval the target allows, and nobody answered.
 */
function quietWeek(input: ChannelEvaluationInput, contacts: number, best: number): QueueWeek {
  const { channel } = input
  const presence = presenceOf(input)
  const covered = channel.coverage.some(Boolean)
  const interval =
    lookIntervals(channel.minutesPerCheck, channel.targetSeconds / 60).at(-1) ??
    LOOK_LADDER_MINUTES[0] ??
    1
  const scheduled = covered ? lookSchedule(channel.coverage, interval).times.length : 0
  const checkMinutes = scheduled * channel.minutesPerCheck
  // Fixed hours too few for the rarest looks buy the looks they can: a share of them.
  const staffMinutes =
    input.staffHoursPerWeek !== undefined
      ? Math.min(checkMinutes, input.staffHoursPerWeek * presence * 60)
      : checkMinutes
  const looks = checkMinutes > 0 ? (scheduled * staffMinutes) / checkMinutes : 0
  return {
    handled: 0,
    unserved: contacts,
    attainment: contacts > 0 ? 0 : 1,
    bestAttainment: contacts > 0 ? best : 1,
    responseTimes: () => ({ meanSeconds: null, p90Seconds: null }),
    lateShare: contacts > 0 ? 1 : 0,
    staffHours: hoursCounted(input, staffMinutes),
    workloadHours: staffMinutes / 60,
    checkHours: staffMinutes / 60,
    floorStaffHours: 0,
    occupancy: 0,
    backlogAtWeekEnd: contacts,
    plan: {
      kind: 'looks',
      lookIntervalMinutes: interval,
      people: 1,
      teams: 1,
      looksPerWeek: looks,
      checksPerWeek: looks,
      replyHoursPerWeek: 0,
      answeredShare: contacts > 0 ? 0 : 1,
      workMinutesByHour: checksByHour(
        channel.coverage,
        interval,
        scheduled > 0 ? (channel.minutesPerCheck * looks) / scheduled : 0,
      ),
    },
  }
}
