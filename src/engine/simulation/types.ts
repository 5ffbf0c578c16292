/** The simulation's input and result, and the week it runs over. */
import type { Business, Channel, OnSiteTeam } from '../model/types'
import { HOURS_PER_WEEK } from '../model/types'

export const SECONDS_PER_HOUR = 3600
export const WEEK_SECONDS = HOURS_PER_WEEK * SECONDS_PER_HOUR
/**
 * Live and chat: warm-up, measured, and a week for the measured contacts to finish (async runs
 * its own layout: see async.ts).
 */
export const WEEKS = 3

/** Live and chat contacts that count: those arriving in the measured (second) week. */
export const measured = (arrival: number): boolean =>
  arrival >= WEEK_SECONDS && arrival < 2 * WEEK_SECONDS

/**
 * The staffing to simulate: live and chat, agents present in each of the 168 hours; async, the
 * look policy (see async.ts): how often somebody looks, how many people work the channel, and
 * the share of contacts the hours allow them to answer.
 */
export type SimulationStaffing =
  | { kind: 'agents'; agents: readonly number[] }
  | {
      kind: 'looks'
      /** Minutes between looks within a covered stretch (I), > 0. */
      lookIntervalMinutes: number
      /**
       * People on the channel (c), a whole number ≥ 1: all of them spend minutesPerCheck on every
       * check; each writes one reply at a time.
       */
      people: number
      /** Share of contacts answered (q), in (0, 1]; each contact independently; 1 when absent. */
      answeredShare?: number
    }
  | {
      /** Alongside other work (on-site.ts): the people on site; async channels their looks too. */
      kind: 'on-site'
      team: OnSiteTeam
      looks?: { lookIntervalMinutes: number; people: number; answeredShare?: number }
    }

export interface SimulationInput {
  channel: Channel
  /** Contacts reaching the channel in a week (the analytic result's contactsOffered). */
  contactsPerWeek: number
  /** 168 weights summing to 1. */
  pattern: readonly number[]
  /**
   * The queue itself needs nothing from it (shrinkage and occupancy are already inside the
   * staffing); it travels with the input so `simulationInputFor` can rebuild the staffing.
   */
  business: Business
  staffing: SimulationStaffing
  /**
   * Async only: weeks simulated before the measured one (at least ASYNC_WARMUP_WEEKS, the
   * default), so tests can check that more warm-up changes nothing.
   */
  warmupWeeks?: number
}

export interface SimulationResult {
  /** Contacts that arrived in the measured week. */
  offered: number
  answered: number
  withinTarget: number
  /**
   * Never answered: nobody there, hung up, left out by the answered share (async), or still
   * waiting at the end of the run.
   */
  unserved: number
  /**
   * Of the unserved: arrived when nobody was there, or still waiting when the channel closed;
   * async, to be answered but still not answered when the run stopped (four weeks on).
   */
  uncovered: number
  /** Of the unserved: hung up before an answer (live and chat with patience). */
  abandoned: number
  /** Share of offered contacts answered within the target time; 1 when none arrived. */
  attainment: number
  /** Over the answered contacts; 0 when none was. */
  meanResponseSeconds: number
  /** 90th percentile (nearest rank) over the answered contacts; null when none was. */
  p90ResponseSeconds: number | null
  /** Share of offered contacts answered later than customers expect, or never. */
  lateShare: number
  /** answered ÷ offered; 1 when none arrived. */
  answeredShare: number
  /** Async: checks started during the measured week's 168 hours. */
  checks?: number
  /** Async: checks × people × minutesPerCheck. */
  checkMinutes?: number
  /** Async: the reply durations of the measured week's answered contacts, summed. */
  replyMinutes?: number
  /** Async: checkMinutes + replyMinutes. */
  staffMinutes?: number
}

/**
 * Watches each contact of a run as it comes and goes (times in seconds from the run's start;
 * `channel` is the channel's index in a team's run, 0 on its own), for the week's pile
 * (pile.ts). A contact that is never answered (not answered by the plan, still waiting when the
 * run ends) arrives and never settles.
 */
export interface ContactWatch {
  arrived(channel: number, time: number): void
  /**
   * The contact of `channel` that arrived at `arrival` stops waiting at `end`: answered (its
   * response, as the model counts it, ends then) or not (hung up, or found nobody there).
   */
  settled(channel: number, arrival: number, end: number, answered: boolean): void
}

/** The measured week's contacts as they turned out. */
export interface Tally {
  offered: number
  responses: number[]
  uncovered: number
  abandoned: number
}

export function summarise(channel: Channel, tally: Tally): SimulationResult {
  const { offered, responses, uncovered, abandoned } = tally
  const expectationSeconds = channel.expectationHours * SECONDS_PER_HOUR
  let within = 0
  let late = 0
  let sum = 0
  for (const r of responses) {
    if (r <= channel.targetSeconds) within++
    if (r > expectationSeconds) late++
    sum += r
  }
  const answered = responses.length
  const sorted = Float64Array.from(responses).sort()
  return {
    offered,
    answered,
    withinTarget: within,
    unserved: offered - answered,
    uncovered,
    abandoned,
    attainment: offered > 0 ? within / offered : 1,
    meanResponseSeconds: answered > 0 ? sum / answered : 0,
    p90ResponseSeconds: answered > 0 ? (sorted[Math.ceil(0.9 * answered) - 1] ?? null) : null,
    lateShare: offered > 0 ? (late + offered - answered) / offered : 0,
    answeredShare: offered > 0 ? answered / offered : 1,
  }
}
