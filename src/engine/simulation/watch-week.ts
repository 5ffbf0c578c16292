/**
 * Watch the week: one seeded simulated week of a set of channels as the portfolio plans it,
 * with each channel's pile of unanswered contacts hour by hour (pile.ts), for the page to show
 * how a week goes for today's set and the recommended one.
 *
 * Each channel gets the contacts the portfolio offers it (repeats and hand-offs included) and
 * the staffing its evaluation planned (docs/methodology.md, "Watch the week"):
 * - on their own (dedicated staff): live and chat with the plan's agents by hour, written
 *   channels with the plan's looks; a plan of several teams runs as that many teams, each
 *   with its share of the contacts and people, and their piles are added up;
 * - alongside other work: every channel of the set with the people on site, in one run
 *   (simulation/on-site.ts);
 * - one blended team: the calls and one-at-a-time chats and the written channels in one run
 *   with the team's people by hour (simulation/pool.ts); chats taken several at a time keep
 *   agents of their own, and written work that the team's idle time cannot hold is done by
 *   people of its own, as the analytic model has it (each such channel on its own, by its plan);
 * - a written channel whose plan answers nobody (fixed hours gave it none): its contacts arrive
 *   and wait.
 * The same scenario and set always give the same week (the seed is fixed).
 */
import type { Channel, Scenario } from '../model/types'
import { HOURS_PER_WEEK } from '../model/types'
import { blend } from '../portfolio/blended'
import {
  createPortfolioContext,
  maskOf,
  onSiteOf,
  type PortfolioContext,
} from '../portfolio/context'
import type { ChannelFigures } from '../portfolio/figures'
import type { PortfolioTotals } from '../portfolio/totals'
import { simulateAgents } from './agents'
import { arrivalsInHour } from './arrivals'
import { ASYNC_WARMUP_WEEKS, simulateAsync } from './async'
import type { OnSiteSimulationChannel } from './on-site'
import { simulateOnSite } from './on-site'
import { addTraces, PileRecorder, type WeekTrace } from './pile'
import { simulatePool } from './pool'
import { createRandom } from './random'
import { WEEK_SECONDS } from './types'

/** The seed of every watched week. */
export const WATCH_SEED = 20_261_203

/** One channel of a watched set. */
export interface WatchedChannel extends WeekTrace {
  channelId: string
  /** Its share within target as the analytic model gives it (for the text beside the chart). */
  modelledAttainment: number
}

/**
 * A watched week, or why there is none: one blended team with fixed hours has its shortfall
 * estimated in proportion (portfolio/fixed-hours.ts), a rule with no staffing to simulate.
 */
export type WatchedWeek =
  | { available: true; channelIds: string[]; channels: WatchedChannel[] }
  | { available: false; channelIds: string[]; reason: 'blended-fixed-hours' }

/**
 * One seeded simulated week of the set `totals` (an exact evaluation of one of `scenario`'s
 * portfolios: the recommendation's sets are), as the portfolio plans it.
 */
export function watchWeek(
  scenario: Scenario,
  totals: PortfolioTotals,
  seed = WATCH_SEED,
): WatchedWeek {
  const { analysis } = scenario
  if (analysis.structure === 'blended' && analysis.mode === 'fixed-hours') {
    return { available: false, channelIds: totals.channelIds, reason: 'blended-fixed-hours' }
  }
  const ctx = createPortfolioContext(scenario)
  const mask = maskOf(ctx, totals.channelIds)
  const random = createRandom(seed)
  const members = totals.channels.map((ch) => ({
    channel: candidateById(ctx, ch.channelId),
    figures: ch.figures,
  }))
  const traces = tracesOf(ctx, mask, totals, members, random)
  return {
    available: true,
    channelIds: totals.channelIds,
    channels: members.map((m, k) => {
      const trace = traces[k]
      if (!trace) throw new RangeError(`channel ${m.channel.id} was not simulated`)
      const offered = m.figures.contactsOffered
      return {
        channelId: m.channel.id,
        modelledAttainment: offered > 0 ? m.figures.withinTarget / offered : 1,
        ...trace,
      }
    }),
  }
}

interface Member {
  channel: Channel
  figures: ChannelFigures
}

function candidateById(ctx: PortfolioContext, id: string): Channel {
  const channel = ctx.candidates.find((c) => c.id === id)
  if (!channel) throw new RangeError(`"${id}" is not a candidate channel of this scenario`)
  return channel
}

/** Each member's week, in the members' order. */
function tracesOf(
  ctx: PortfolioContext,
  mask: number,
  totals: PortfolioTotals,
  members: readonly Member[],
  random: () => number,
): WeekTrace[] {
  const { scenario } = ctx
  const team = onSiteOf(scenario)
  if (team) {
    return teamRun(ctx, members, random, (channels, recorder) =>
      simulateOnSite(
        { team, pattern: Array.from(ctx.shape), channels, weeks: 1 },
        random,
        recorder,
      ),
    )
  }
  if (scenario.analysis.structure !== 'blended') {
    return members.map((m) => ownWeek(ctx, m, random))
  }
  const figures = new Map<number, ChannelFigures>()
  for (const ch of totals.channels) {
    figures.set(
      ctx.candidates.findIndex((c) => c.id === ch.channelId),
      ch.figures,
    )
  }
  const result = blend(ctx, mask, figures)
  const people = result.agentsByHour
  // Chats several at a time keep agents of their own, and written work beyond the idle time
  // people of its own: then every channel is worked on its own, by its plan.
  const pools =
    people !== undefined &&
    result.writtenBeyondIdleHours <= WRITTEN_FITS_HOURS &&
    members.every((m) => m.channel.kind !== 'chat' || Math.max(1, m.channel.concurrency) === 1)
  if (!pools) return members.map((m) => ownWeek(ctx, m, random))
  const presentByHour = people.map((n) => Math.round(n))
  return teamRun(ctx, members, random, (channels, recorder) =>
    simulatePool(
      { presentByHour, pattern: Array.from(ctx.shape), channels, weeks: 1 },
      random,
      recorder,
    ),
  )
}

/** Written hours beyond the idle time below this are rounding (as the portfolio has it). */
const WRITTEN_FITS_HOURS = 1e-9

/** The members in one run of people (on site, or a blended team); its watched week is its first measured one. */
function teamRun(
  ctx: PortfolioContext,
  members: readonly Member[],
  random: () => number,
  run: (channels: OnSiteSimulationChannel[], recorder: PileRecorder) => void,
): WeekTrace[] {
  if (members.length === 0) return []
  // Written channels whose plan answers nobody take no part: their contacts only wait.
  const answering = members.filter((m) => !answersNobody(m))
  const recorder = new PileRecorder(
    ASYNC_WARMUP_WEEKS * WEEK_SECONDS,
    answering.map((m) => m.channel.targetSeconds),
  )
  if (answering.length > 0) {
    run(
      answering.map((m) => {
        const plan = m.figures.plan
        return {
          channel: m.channel,
          contactsPerWeek: m.figures.contactsOffered,
          looks:
            plan?.kind === 'looks'
              ? {
                  lookIntervalMinutes: plan.lookIntervalMinutes,
                  people: Math.max(1, Math.round(plan.people)),
                  answeredShare: plan.answeredShare,
                }
              : undefined,
        }
      }),
      recorder,
    )
  }
  return members.map((m) => {
    const k = answering.indexOf(m)
    return k >= 0 ? recorder.trace(k) : unansweredWeek(ctx, m, random)
  })
}

/** A written channel's plan answers none of its contacts. */
function answersNobody(m: Member): boolean {
  const plan = m.figures.plan
  return m.channel.kind === 'async' && (plan?.kind !== 'looks' || !(plan.answeredShare > 0))
}

/** One channel worked by people of its own, by its plan. */
function ownWeek(ctx: PortfolioContext, m: Member, random: () => number): WeekTrace {
  const { channel, figures } = m
  const plan = figures.plan
  const base = {
    channel,
    contactsPerWeek: figures.contactsOffered,
    pattern: Array.from(ctx.shape),
    business: ctx.scenario.business,
  }
  if (channel.kind === 'async') {
    if (plan?.kind !== 'looks' || !(plan.answeredShare > 0)) return unansweredWeek(ctx, m, random)
    // Several teams: each with its share of the contacts and people, their piles added up.
    const teams = Math.max(1, plan.teams)
    const people = Math.max(1, Math.round(plan.people / teams))
    const runs: WeekTrace[] = []
    for (let t = 0; t < teams; t++) {
      const recorder = new PileRecorder(ASYNC_WARMUP_WEEKS * WEEK_SECONDS, [channel.targetSeconds])
      const staffing = {
        kind: 'looks' as const,
        lookIntervalMinutes: plan.lookIntervalMinutes,
        people,
        answeredShare: plan.answeredShare,
      }
      simulateAsync(
        { ...base, contactsPerWeek: base.contactsPerWeek / teams, staffing },
        staffing,
        random,
        {
          arrival: (time) => recorder.arrived(0, time),
          reply: (arrival, _start, end) => recorder.settled(0, arrival, end, true),
        },
      )
      runs.push(recorder.trace(0))
    }
    return addTraces(runs)
  }
  const agents = plan?.kind === 'agents' ? plan.agentsByHour : []
  // Live and chat: the watched week is the second of the run (the first warms it up).
  const recorder = new PileRecorder(WEEK_SECONDS, [channel.targetSeconds])
  simulateAgents({ ...base, staffing: { kind: 'agents', agents } }, agents, random, recorder)
  return recorder.trace(0)
}

/** Contacts that arrive and are never answered: the pile is every contact of the week so far. */
function unansweredWeek(ctx: PortfolioContext, m: Member, random: () => number): WeekTrace {
  const recorder = new PileRecorder(0, [m.channel.targetSeconds])
  const input = {
    channel: m.channel,
    contactsPerWeek: m.figures.contactsOffered,
    pattern: Array.from(ctx.shape),
    business: ctx.scenario.business,
    staffing: { kind: 'agents' as const, agents: [] },
  }
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    arrivalsInHour(input, h, random, (t) => recorder.arrived(0, t))
  }
  return recorder.trace(0)
}
