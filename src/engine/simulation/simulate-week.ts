/**
 * A seeded discrete-event simulation of one channel for one week, to check the analytic model
 * (channels/) against the process it stands for: individual contacts arriving at random,
 * handle times that vary, agents who come and go by the hour, people who hang up.
 *
 * Same semantics as the analytic model, contact by contact:
 * - arrivals: Poisson, at a constant rate within each hour (contactsPerWeek × pattern[h]);
 * - live: `agents[h]` servers in hour h (none when not covered), exponential handle times,
 *   first come first served; with `patienceSeconds`, each caller has an exponential patience
 *   and hangs up if not answered by then. Nobody there (uncovered, or 0 agents) means the
 *   contact is unserved, and so are those still waiting when the channel closes;
 * - chat: each agent holds up to `concurrency` chats; with j chats each progresses at
 *   eff(j) ÷ j of full speed (processor sharing), eff from the efficiency table; a new
 *   chat goes to the present agent holding the fewest;
 * - async: the look policy (async.ts): somebody looks at the start of each covered stretch and
 *   every I minutes while it lasts; a look finding nobody at work is a check costing each of
 *   the c people `minutesPerCheck`; free people reply first come first served, one reply each,
 *   exponential handle times; each contact is answered with probability `answeredShare`.
 *
 * Live and chat run three weeks back to back: a warm-up week (so the measured Monday starts
 * with a typical queue), the measured week, and a week for its contacts to finish. Async runs
 * ASYNC_WARMUP_WEEKS warm-up weeks, the measured week, and up to ASYNC_FINISH_WEEKS more.
 * Only contacts arriving in the measured week count; one still waiting at the end is unanswered.
 *
 * Response time: live and chat, arrival to answer (the wait); async, arrival to the answer
 * being finished, as in the analytic model.
 */
import { HOURS_PER_WEEK } from '../model/types'
import {
  requireAgentCount,
  requireNonNegative,
  requirePositive,
  requireShare,
} from '../model/validate'
import { simulateAgents } from './agents'
import { ASYNC_WARMUP_WEEKS, simulateAsync } from './async'
import { simulateOnSite } from './on-site'
import { createRandom } from './random'
import { summarise, type SimulationInput, type SimulationResult } from './types'

export function simulateWeek(input: SimulationInput, random: () => number): SimulationResult {
  const { channel, staffing } = input
  requireNonNegative('contactsPerWeek', input.contactsPerWeek)
  if (input.pattern.length !== HOURS_PER_WEEK) {
    throw new RangeError(`pattern must have 168 weights, got ${input.pattern.length}`)
  }
  if (staffing.kind === 'on-site') return simulateOneOnSite(input, staffing, random)
  if ((channel.kind === 'async') !== (staffing.kind === 'looks')) {
    const wanted = channel.kind === 'async' ? 'looks' : 'agents'
    throw new RangeError(`a ${channel.kind} channel is staffed by ${wanted}, got ${staffing.kind}`)
  }
  if (staffing.kind === 'looks') {
    requirePositive('lookIntervalMinutes', staffing.lookIntervalMinutes)
    if (!Number.isInteger(staffing.people) || staffing.people < 1) {
      throw new RangeError(`people must be a whole number of at least 1, got ${staffing.people}`)
    }
    if (staffing.answeredShare !== undefined) {
      requireShare('answeredShare', staffing.answeredShare, { allowZero: false, allowOne: true })
    }
    const warmup = input.warmupWeeks
    if (warmup !== undefined && !(Number.isInteger(warmup) && warmup >= ASYNC_WARMUP_WEEKS)) {
      throw new RangeError(
        `warmupWeeks must be a whole number of at least ${ASYNC_WARMUP_WEEKS}, got ${warmup}`,
      )
    }
    requireNonNegative('minutesPerCheck', channel.minutesPerCheck)
    requireNonNegative('handleMinutes', channel.handleMinutes)
    if (channel.coverage.length !== HOURS_PER_WEEK) {
      throw new RangeError(`coverage must have 168 flags, got ${channel.coverage.length}`)
    }
    const tally = simulateAsync(input, staffing, random)
    const { checks, checkMinutes, replyMinutes } = tally
    return {
      ...summarise(channel, tally),
      checks,
      checkMinutes,
      replyMinutes,
      staffMinutes: checkMinutes + replyMinutes,
    }
  }
  if (input.warmupWeeks !== undefined) {
    throw new RangeError('warmupWeeks applies to async channels only')
  }
  if (staffing.agents.length !== HOURS_PER_WEEK) {
    throw new RangeError(`agents must have 168 entries, got ${staffing.agents.length}`)
  }
  staffing.agents.forEach((a, h) => requireAgentCount(`agents[${h}]`, a))
  return summarise(channel, simulateAgents(input, staffing.agents, random))
}

/** One channel alongside other work: the people on site answer it and nothing else. */
function simulateOneOnSite(
  input: SimulationInput,
  staffing: Extract<SimulationInput['staffing'], { kind: 'on-site' }>,
  random: () => number,
): SimulationResult {
  const { channel } = input
  if (channel.kind === 'async' && !staffing.looks) {
    throw new RangeError('an async channel alongside other work needs its looks')
  }
  const [tally] = simulateOnSite(
    {
      team: staffing.team,
      pattern: input.pattern,
      channels: [{ channel, contactsPerWeek: input.contactsPerWeek, looks: staffing.looks }],
      weeks: 1,
    },
    random,
  )
  if (!tally) throw new RangeError('the on-site simulation returned no channel')
  const unserved = tally.offered - tally.answered
  const summary = summarise(channel, {
    offered: tally.offered,
    responses: tally.responses,
    uncovered: unserved,
    abandoned: 0,
  })
  return { ...summary, checks: tally.checks, staffMinutes: tally.staffMinutes }
}

export interface AttainmentEstimate {
  /** Mean attainment over the runs. */
  mean: number
  /** Standard error of that mean (sample standard deviation ÷ √runs); Infinity for one run. */
  standardError: number
  runs: number
}

/** Mean attainment over `runs` independent weeks; run i is seeded by draw i of `seed`'s stream. */
export function simulateAttainment(
  input: SimulationInput,
  seed: number,
  runs: number,
): AttainmentEstimate {
  requirePositive('runs', runs)
  const seeds = createRandom(seed)
  let sum = 0
  let squares = 0
  for (let r = 0; r < runs; r++) {
    const a = simulateWeek(input, createRandom(Math.floor(seeds() * 4294967296))).attainment
    sum += a
    squares += a * a
  }
  const mean = sum / runs
  const variance = runs > 1 ? Math.max(0, (squares - runs * mean * mean) / (runs - 1)) : Infinity
  return { mean, standardError: Math.sqrt(variance / runs), runs }
}
