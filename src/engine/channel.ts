/**
 * One channel for one week: given the contacts that reach it and the business's settings, the
 * staff hours it takes (or, with fixed hours, what those hours buy), the share answered within
 * target, response times, contacts lost, repeats, hand-offs and cost. The per-kind models are
 * in live-round.ts (live, chat) and async-round.ts (async).
 */
import { asyncRound, UnlimitedMemo, type AllowanceHint } from './async-round'
import type { ChannelEvaluationInput, Round, StaffingPlan } from './channel-round'
import { liveRound } from './live-round'
import type { Business, Channel, ChannelKind, SelfService } from './types'

export type { ChannelEvaluationInput, StaffingPlan } from './channel-round'
export { allocateLiveHours, liveInput } from './live-round'

export const WEEKS_PER_YEAR = 52
const MONTHS_PER_WEEK = 12 / WEEKS_PER_YEAR
/** Repeats stop being followed when a round adds less than this share of the first contacts. */
const REPEAT_TOLERANCE = 1e-4
const MAX_REPEAT_ROUNDS = 60
/** A repeat round: the volume evaluated, its round, and whether it brings back more. */
interface Tried {
  x: number
  r: Round
  up: boolean
}

export interface ChannelCost {
  staff: number
  tools: number
  /** One-off setup hours spread over a year. */
  setup: number
  training: number
  total: number
}

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
  /** Mean and 90th-percentile time to answer, over the contacts answered, in seconds. */
  meanResponseSeconds: number
  p90ResponseSeconds: number
  /** Share of offered contacts answered later than customers expect, or never. */
  lateShare: number
  /** Contacts still waiting at the end of the week (async). */
  backlogAtWeekEnd: number
  /** The staffing behind the figures: agents per hour, or staff presence per covered hour. */
  plan: StaffingPlan
  cost: ChannelCost
  /** Weekly cost per contact answered; Infinity when none is. */
  costPerContact: number
}

export function weeklyCost(channel: Channel, business: Business, staffHours: number): ChannelCost {
  const staff = staffHours * business.costPerHour
  const tools = channel.toolCostPerMonth * MONTHS_PER_WEEK
  const setup = (channel.setupHours * business.costPerHour) / WEEKS_PER_YEAR
  const training = channel.trainingHoursPerMonth * MONTHS_PER_WEEK * business.costPerHour
  return { staff, tools, setup, training, total: staff + tools + setup + training }
}

/** Less than this many contacts in a week (or in one of its hours) is no contact at all. */
const NEGLIGIBLE_CONTACTS = 1e-9

export interface EvaluateOptions {
  /**
   * The plan of a nearby case (the same channel at a neighbouring volume): async searches start
   * there. The least allowance that meets a target is the same from any start; the best
   * trade-off for a target out of reach is found by a local search that a start can steer to
   * another peak. So callers that must not depend on history pass starts only along a fixed
   * chain (ChannelCurve), or none (exact evaluations).
   */
  hint?: StaffingPlan
  /**
   * Contacts offered ÷ first contacts in a nearby case: the repeat rounds start there instead
   * of at no repeats. Where more than one volume settles, the start can decide which is found.
   */
  repeatRatio?: number
  /** What unlimited staff reach, kept between evaluations of one channel (a curve's). */
  memo?: UnlimitedMemo
}

export function evaluateChannel(
  rawInput: ChannelEvaluationInput,
  options: EvaluateOptions = {},
): ChannelResult {
  // Vanishing volumes (a billionth of a contact) only feed rounding noise into the queues.
  const first = rawInput.contactsPerWeek < NEGLIGIBLE_CONTACTS ? 0 : rawInput.contactsPerWeek
  // The pattern is a shape: scale it to sum to 1 whatever its weights add up to.
  const total = rawInput.pattern.reduce((s, w) => s + w, 0)
  const shape = rawInput.pattern.map((w) => (total > 0 ? w / total : 0))
  const input: ChannelEvaluationInput = {
    ...rawInput,
    pattern: shape.map((w) => (w * Math.max(first, 1) < NEGLIGIBLE_CONTACTS ? 0 : w)),
  }
  const { channel, business } = input
  // Each repeat round's async search starts from the previous round's plan (same answer,
  // fewer runs: see asyncRound).
  let hint: AllowanceHint | undefined =
    options.hint?.kind === 'allowance' && first > 0 ? options.hint : undefined
  const memo = options.memo ?? new UnlimitedMemo()
  const roundAt = (contacts: number): Round => {
    if (channel.kind !== 'async') return liveRound(input, contacts)
    const r = asyncRound(input, contacts, hint, memo)
    if (r.plan.kind === 'allowance') hint = r.plan
    return r
  }

  // Contacts answered later than customers expect come back at the repeat rate, and so do
  // their repeats: offered = first + rate × late(offered) × offered. With the late share held
  // at its current level the answer is first / (1 − rate × late); a few such rounds settle it
  // when the late share changes slowly with volume. They start at no repeats, or at the ratio
  // of a nearby case (a neighbouring volume of the same channel), which is usually close. If
  // they do not settle, bisect: a root lies between first (no repeats) and first / (1 − rate)
  // (every contact late), and each round already made narrows that bracket (one that brings
  // back more than it was given lies below a root).
  const settle = (offered: number, r: Round) => first + channel.repeatRate * r.lateShare * offered
  const mostOffered = channel.repeatRate < 1 ? first / (1 - channel.repeatRate) : first
  let offered =
    options.repeatRatio !== undefined && channel.repeatRate > 0
      ? Math.min(mostOffered, Math.max(first, first * options.repeatRatio))
      : first
  let round = roundAt(offered)
  let rounds = 0
  if (channel.repeatRate > 0 && first > 0) {
    // Settled when the volume evaluated brings back its own repeats, within the tolerance.
    const settled = (t: Tried) => Math.abs(settle(t.x, t.r) - t.x) <= REPEAT_TOLERANCE * first
    const tried: Tried[] = []
    const note = (x: number, r: Round): Tried => {
      const t = { x, r, up: settle(x, r) > x }
      tried.push(t)
      return t
    }
    let last = note(offered, round)
    // Three rounds alternating sides: the late share jumps between two plans (staffing moves
    // in whole steps), the rounds would swing between them, and bisecting settles faster.
    const swinging = () => {
      const [a, b, c] = tried.slice(-3)
      return a !== undefined && b !== undefined && c !== undefined && a.up !== b.up && b.up !== c.up
    }
    for (; rounds < 8 && !settled(last) && !swinging(); rounds++) {
      const x = first / (1 - channel.repeatRate * last.r.lateShare)
      last = note(x, roundAt(x))
    }
    if (!settled(last)) {
      // The highest round known to lie below a root, and the lowest known above it (or the
      // most there can be): a sign change lies between them.
      let lo: Tried | undefined
      let hi: Tried | undefined
      for (const t of tried) if (t.up && (!lo || t.x > lo.x)) lo = t
      for (const t of tried) {
        if (!t.up && t.x > (lo?.x ?? first) && (!hi || t.x < hi.x)) hi = t
      }
      // Swinging rounds often straddle a volume where the lower plan settles just below the
      // jump to the upper one: try that volume first.
      if (lo && hi && rounds < MAX_REPEAT_ROUNDS) {
        const own = first / (1 - channel.repeatRate * lo.r.lateShare)
        if (own > lo.x && own < hi.x) {
          rounds++
          last = note(own, roundAt(own))
          if (!settled(last)) {
            if (last.up) lo = last
            else hi = last
          }
        }
      }
      for (
        ;
        !settled(last) &&
        rounds < MAX_REPEAT_ROUNDS &&
        (hi?.x ?? mostOffered) - (lo?.x ?? first) > REPEAT_TOLERANCE * first;
        rounds++
      ) {
        const x = ((lo?.x ?? first) + (hi?.x ?? mostOffered)) / 2
        last = note(x, roundAt(x))
        if (settled(last)) break
        if (last.up) lo = last
        else hi = last
      }
      if (!settled(last)) {
        // No volume settles: the late share jumps here (staffing moves in whole steps, or the
        // best trade-off between two allowances). Keep the upper side: the lower plan would
        // bring back more contacts than it was planned for; the upper one copes with what it
        // brings back.
        if (!hi) {
          rounds++
          hi = note(mostOffered, roundAt(mostOffered))
        }
        last = hi
      }
    }
    offered = last.x
    round = last.r
  }

  const staffHours = round.staffHours
  const cost = weeklyCost(channel, business, staffHours)
  return {
    channelId: channel.id,
    kind: channel.kind,
    mode: input.staffHoursPerWeek === undefined ? 'meet-targets' : 'fixed-hours',
    firstContacts: first,
    repeatContacts: offered - first,
    repeatRounds: rounds,
    contactsOffered: offered,
    contactsHandled: round.handled,
    contactsUnserved: round.unserved,
    handoffContacts: channel.isPublic ? round.handled * channel.privateHandoffShare : 0,
    staffHoursPerWeek: staffHours,
    workloadHoursPerWeek: round.workloadHours,
    checkHoursPerWeek: round.checkHours,
    floorStaffHoursPerWeek: round.floorStaffHours,
    occupancy: round.occupancy,
    attainment: round.attainment,
    bestPossibleAttainment: round.bestAttainment,
    targetMet: round.attainment >= channel.targetShare - 1e-9,
    meanResponseSeconds: round.meanResponseSeconds,
    p90ResponseSeconds: round.p90ResponseSeconds,
    lateShare: round.lateShare,
    backlogAtWeekEnd: round.backlogAtWeekEnd,
    plan: round.plan,
    cost,
    costPerContact: round.handled > 0 ? cost.total / round.handled : Infinity,
  }
}

// ---------------------------------------------------------------- self-service

export interface SelfServiceResult {
  contactsRemaining: number
  contactsDeflected: number
  upkeepHoursPerWeek: number
  costPerWeek: number
}

/** Self-service answers its share before any channel sees a contact, and costs its upkeep. */
export function applySelfService(
  contactsPerWeek: number,
  selfService: SelfService,
  business: Business,
): SelfServiceResult {
  if (!selfService.enabled) {
    return {
      contactsRemaining: contactsPerWeek,
      contactsDeflected: 0,
      upkeepHoursPerWeek: 0,
      costPerWeek: 0,
    }
  }
  const deflected = contactsPerWeek * selfService.deflectionShare
  return {
    contactsRemaining: contactsPerWeek - deflected,
    contactsDeflected: deflected,
    upkeepHoursPerWeek: selfService.upkeepHoursPerWeek,
    costPerWeek:
      selfService.upkeepHoursPerWeek * business.costPerHour +
      selfService.toolCostPerMonth * MONTHS_PER_WEEK,
  }
}
