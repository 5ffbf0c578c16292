/**
 * One channel for one week: given the contacts that reach it and the business's settings, the
 * staff hours it takes (or, with fixed hours, what those hours buy), the share answered within
 * target, response times, contacts lost, repeats, hand-offs and cost. The per-kind models are
 * in live/ (live, chat) and async/ (async); repeats.ts follows the repeats they bring back.
 */
import { meetsTarget, NEGLIGIBLE_CONTACTS } from '../model/limits'
import type { ChannelKind } from '../model/types'
import { weightShares } from '../model/weights'
import { asyncWeek, type LooksPlan } from './async/async-week'
import type { PileState } from './async/pile'
import { weeklyCost, type ChannelCost } from './cost'
import { liveWeek } from './live/live-week'
import { onSiteLiveWeek } from './live/on-site-week'
import { settleRepeats } from './repeats'
import type { ChannelEvaluationInput, QueueWeek, StaffingPlan } from './types'

export type { ChannelEvaluationInput, StaffingPlan } from './types'

export interface ChannelResult {
  channelId: string
  kind: ChannelKind
  mode: 'meet-targets' | 'fixed-hours'
  firstContacts: number
  repeatContacts: number
  /** Rounds of repeats followed until they stopped adding contacts. */
  repeatRounds: number
  /** First contacts plus repeats. */
  contactsOffered: number
  contactsHandled: number
  /** Never answered: arrived when nobody covered the channel, hung up, or still waiting a week later. */
  contactsUnserved: number
  /** Second contacts this channel creates in a private channel (public channels only). */
  handoffContacts: number
  /** Paid hours, shrinkage included. */
  staffHoursPerWeek: number
  /** Hours of actual work on contacts and checks. */
  workloadHoursPerWeek: number
  /** Of the work, hours spent just looking at the channel (async). */
  checkHoursPerWeek: number
  /** Paid hours present only because somebody must be there while the channel is open (live, chat). */
  floorStaffHoursPerWeek: number
  occupancy: number
  /** Share of offered contacts answered within the target time. */
  attainment: number
  /**
   * The most any amount of staff could reach with this coverage and checking: the share within
   * target if every contact were answered the moment somebody is there to see it.
   */
  bestPossibleAttainment: number
  targetMet: boolean
  /**
   * What keeps the target from being met: `coverage` when no staff could meet it with these
   * hours of cover (bestPossibleAttainment is below the target), `looks` when coverage would
   * allow it but the time a look takes, looking no more often than that, rules it out (async),
   * `hours` when the fixed hours given are too few, `on-site` when the people on site are not
   * free often enough to answer (alongside other work: nobody can be added). Absent when the
   * target is met.
   */
  targetLimit?: 'coverage' | 'looks' | 'hours' | 'on-site'
  /**
   * Mean and 90th-percentile time to answer, over the contacts answered, in seconds: null when
   * there is none (nobody answered; see `ResponseTimes`), absent when not worked out
   * (`EvaluateOptions.responseTimes`).
   */
  meanResponseSeconds?: number | null
  p90ResponseSeconds?: number | null
  /** Share of offered contacts answered later than customers expect, or never. */
  lateShare: number
  /** Contacts still waiting at the end of the week (async). */
  backlogAtWeekEnd: number
  /** Looks at the channel in a week (async; 0 for live and chat, which are staffed, not looked at). */
  looksPerWeek: number
  /** Hours a week of replies or calls themselves: contacts answered × handle time. */
  replyHoursPerWeek: number
  /** Share of the contacts offered that are answered at all. */
  answeredShare: number
  /** The staffing behind the figures: agents per hour, or staff presence per covered hour. */
  plan: StaffingPlan
  cost: ChannelCost
  /** Weekly cost per contact answered; null when none is. */
  costPerContact: number | null
}

export interface EvaluateOptions {
  /**
   * The plan of a nearby case (the same channel at a neighbouring volume): async searches start
   * there. The plan that meets a target is found from any start; callers that must not depend
   * on history pass starts only along a fixed chain (ChannelCurve), or none (exact evaluations).
   */
  hint?: StaffingPlan
  /**
   * Contacts offered ÷ first contacts in a nearby case: the repeat rounds start there instead
   * of at no repeats. Where more than one volume settles, the start can decide which is found.
   */
  repeatRatio?: number
  /**
   * Work out the mean and 90th-percentile response (default true). A curve's grid points skip
   * them: the sweep adds up hours and contacts, and the figures shown come from exact
   * evaluations. Skipped, they are absent from the result.
   */
  responseTimes?: boolean
  /**
   * Async, with a looks `hint`: evaluate that plan as it is, at every repeat round, instead of
   * searching (a blended team's written channel keeps the plan chosen for it and is shown what
   * it answers between calls).
   */
  keepPlan?: boolean
}

export function evaluateChannel(
  rawInput: ChannelEvaluationInput,
  options: EvaluateOptions = {},
): ChannelResult {
  const input = normalisedInput(rawInput)
  const first = input.contactsPerWeek
  const { channel, business } = input
  // Each repeat round's async search starts from the previous round's plan (fewer runs).
  let hint: LooksPlan | undefined =
    options.hint?.kind === 'looks' && first > 0 ? options.hint : undefined
  // Each round's runs start their steady state from the last round's (fewer passes).
  const warmStarts = new Map<number, PileState>()
  const weekAt = (contacts: number): QueueWeek => {
    if (channel.kind !== 'async') {
      return input.onSite
        ? onSiteLiveWeek(input, input.onSite, contacts)
        : liveWeek(input, contacts)
    }
    const week = asyncWeek(input, contacts, hint, warmStarts, options.keepPlan)
    if (week.plan.kind === 'looks') hint = week.plan
    return week
  }
  const { offered, week, rounds } = settleRepeats({
    firstContacts: first,
    repeatRate: channel.repeatRate,
    weekAt,
    startRatio: options.repeatRatio,
  })
  const cost = weeklyCost(channel, business, week.staffHours)
  // Only the settled week's response times are shown: the rounds before it need none.
  const times = (options.responseTimes ?? true) ? week.responseTimes() : undefined
  return {
    channelId: channel.id,
    kind: channel.kind,
    mode: input.staffHoursPerWeek === undefined ? 'meet-targets' : 'fixed-hours',
    firstContacts: first,
    repeatContacts: offered - first,
    repeatRounds: rounds,
    contactsOffered: offered,
    contactsHandled: week.handled,
    contactsUnserved: week.unserved,
    handoffContacts: channel.isPublic ? week.handled * channel.privateHandoffShare : 0,
    staffHoursPerWeek: week.staffHours,
    workloadHoursPerWeek: week.workloadHours,
    checkHoursPerWeek: week.checkHours,
    floorStaffHoursPerWeek: week.floorStaffHours,
    occupancy: week.occupancy,
    attainment: week.attainment,
    bestPossibleAttainment: week.bestAttainment,
    targetMet: meetsTarget(week.attainment, channel.targetShare),
    targetLimit: limitOf(week, channel.targetShare, input.staffHoursPerWeek !== undefined),
    meanResponseSeconds: times?.meanSeconds,
    p90ResponseSeconds: times?.p90Seconds,
    lateShare: week.lateShare,
    backlogAtWeekEnd: week.backlogAtWeekEnd,
    looksPerWeek: week.plan.kind === 'looks' ? week.plan.looksPerWeek : 0,
    replyHoursPerWeek: (week.handled * channel.handleMinutes) / 60,
    answeredShare: offered > 0 ? week.handled / offered : 1,
    plan: week.plan,
    cost,
    costPerContact: week.handled > 0 ? cost.total / week.handled : null,
  }
}

function limitOf(
  week: QueueWeek,
  targetShare: number,
  fixedHours: boolean,
): ChannelResult['targetLimit'] {
  if (meetsTarget(week.attainment, targetShare)) return undefined
  if (!meetsTarget(week.bestAttainment, targetShare)) return 'coverage'
  const plan = week.plan.kind === 'on-site' ? 'on-site' : 'looks'
  if (week.targetReachable === false || !fixedHours) return plan
  return 'hours'
}

/**
 * Vanishing volumes (a billionth of a contact) only feed rounding noise into the queues, and
 * the pattern is a shape: scaled to sum to 1 whatever its weights add up to.
 */
function normalisedInput(raw: ChannelEvaluationInput): ChannelEvaluationInput {
  const first = raw.contactsPerWeek < NEGLIGIBLE_CONTACTS ? 0 : raw.contactsPerWeek
  // Scaled by the largest weight first: weights near Number.MAX_VALUE add up to Infinity.
  const pattern = Array.from(weightShares(raw.pattern), (share) =>
    share * Math.max(first, 1) < NEGLIGIBLE_CONTACTS ? 0 : share,
  )
  return { ...raw, contactsPerWeek: first, pattern }
}
