/**
 * Blended staffing: one team answers every channel of a portfolio. The policy (stated in
 * docs/methodology.md, "Staffing structures", and simulated by simulation/pool.ts):
 * 1. Calls first. The live channels that take one contact per person (phone; chat at one chat
 *    at a time) share one queue, first come first served, each caller giving up after their
 *    channel's patience. Chat with k slots per person keeps its own people in each hour, on its
 *    k-slot model, as with dedicated staff.
 * 2. Written work in idle time. Checks and replies are done by whoever has no call or chat in
 *    hand, and put aside when one comes and nobody else is free, so calls and chats queue as if
 *    the written work were not there. Idle time counts below the occupancy cap, in hours a
 *    written channel of the set is covered; written work beyond it is paid time of its own.
 *    Where it fits, each written channel's plan is evaluated again as the team works it between
 *    calls, hour by hour (`writtenPaces`, portfolio/evaluate.ts).
 * 3. Never worse than dedicated. The shared queue is used only where it needs no more paid hours
 *    than the channels' own queues; with one such channel it is that channel's own queue.
 */
import type { BlendedPace } from '../channels/types'
import { PEOPLE_PER_TEAM } from '../channels/async/async-week'
import { lookSchedule, MINUTES_PER_HOUR } from '../channels/async/looks'
import { meetsTarget, NEGLIGIBLE_CONTACTS, TARGET_MET_TOLERANCE } from '../model/limits'
import { HOURS_PER_WEEK, type Channel } from '../model/types'
import { erlangAUnchecked } from '../queueing/erlang-a'
import { erlangBUnchecked } from '../queueing/erlang-b'
import { erlangCFromB } from '../queueing/erlang-c'
import { candidateAt, offers, type PortfolioContext } from './context'
import type { ChannelFigures } from './figures'

export interface BlendResult {
  /** Paid hours of the one team: calls and chats, plus the written work idle time cannot hold. */
  staffHours: number
  /** Figures of the live channels answered in the shared queue (absent: their own queue's). */
  pooled: Map<number, PooledFigures>
  /** Paid hours present beyond the work only because a live channel is open. */
  floorHours: number
  /** Paid hours of written work beyond the idle time calls and chats leave (people of its own). */
  writtenBeyondIdleHours: number
  /**
   * People on calls and chats in each hour of the week (absent when a channel's figures were
   * read off a curve, which carry no agents by hour).
   */
  agentsByHour?: number[]
}

export interface PooledFigures {
  withinTarget: number
  contactsHandled: number
}

/**
 * The week's hours grouped: hours with the same live and chat channels covered, the same async
 * channels covered and the same share of the week's contacts (the pattern repeats day to day)
 * staff alike, so each group is solved once per portfolio.
 */
interface HourClass {
  /** Mask bits of the live and chat candidates covered in these hours. */
  live: number
  /** Mask bits of the async candidates covered in these hours. */
  async: number
  share: number
  hours: number
  /** The hours of the week in this group. */
  members: number[]
}

const hourClassesOf = new WeakMap<PortfolioContext, HourClass[]>()

function hourClasses(ctx: PortfolioContext): HourClass[] {
  let classes = hourClassesOf.get(ctx)
  if (classes) return classes
  const byKey = new Map<string, HourClass>()
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    let live = 0
    let async = 0
    ctx.candidates.forEach((c, i) => {
      if (!c.coverage[h]) return
      if (c.kind === 'async') async |= 1 << i
      else live |= 1 << i
    })
    const share = ctx.shape[h] ?? 0
    const key = `${live} ${async} ${share}`
    const known = byKey.get(key)
    if (known) {
      known.hours++
      known.members.push(h)
    } else byKey.set(key, { live, async, share, hours: 1, members: [h] })
  }
  classes = [...byKey.values()]
  hourClassesOf.set(ctx, classes)
  return classes
}

/** Does the channel take one contact per person (a phone, or chat one at a time)? */
function oneAtATime(ctx: PortfolioContext, i: number): boolean {
  const c = candidateAt(ctx, i)
  return c.kind === 'live' || (c.kind === 'chat' && Math.max(1, c.concurrency) === 1)
}

/** Paid hours that differ by less than this are the same (sums over 168 hours). */
const HOURS_TOLERANCE = 1e-9

export function blend(
  ctx: PortfolioContext,
  mask: number,
  figures: ReadonlyMap<number, ChannelFigures>,
): BlendResult {
  const present = 1 - ctx.scenario.business.shrinkage
  const single: number[] = []
  const own: number[] = []
  const asyncIndexes: number[] = []
  let asyncMask = 0
  ctx.candidates.forEach((c, i) => {
    if (!offers(mask, i)) return
    if (c.kind === 'async') {
      asyncIndexes.push(i)
      asyncMask |= 1 << i
    } else if (oneAtATime(ctx, i)) single.push(i)
    else own.push(i)
  })
  const hoursOf = (i: number) => figures.get(i)?.staffHours ?? 0
  const floorOf = (i: number) => figures.get(i)?.floorStaffHours ?? 0
  let paid = 0
  let floor = 0
  let idle = 0
  let pooled = new Map<number, PooledFigures>()
  let agentsByHour: number[] | undefined = new Array<number>(HOURS_PER_WEEK).fill(0)
  const shared = single.length > 1 ? sharedQueue(ctx, single, figures, asyncMask) : undefined
  const apart = single.reduce((s, i) => s + hoursOf(i), 0)
  if (shared && shared.paidHours <= apart + HOURS_TOLERANCE) {
    paid += shared.paidHours
    floor += shared.floorHours
    idle += shared.idleForAsync
    pooled = shared.figures
    shared.agentsByHour.forEach((n, h) => addAgents(agentsByHour, h, n))
  } else {
    own.push(...single)
  }
  for (const i of own) {
    paid += hoursOf(i)
    floor += floorOf(i)
    idle += asyncMask === 0 ? 0 : idleOf(ctx, i, requireOf(figures, i), asyncMask)
    const plan = figures.get(i)?.plan
    if (plan?.kind === 'agents') plan.agentsByHour.forEach((n, h) => addAgents(agentsByHour, h, n))
    else agentsByHour = undefined
  }
  const asyncPresence = asyncIndexes.reduce((s, i) => s + hoursOf(i) * present, 0)
  const absorbed = Math.min(asyncPresence, idle)
  return {
    staffHours: paid + (asyncPresence - absorbed) / present,
    writtenBeyondIdleHours: (asyncPresence - absorbed) / present,
    pooled,
    floorHours: floor,
    agentsByHour,
  }
}

function addAgents(byHour: number[] | undefined, h: number, n: number): void {
  if (byHour) byHour[h] = (byHour[h] ?? 0) + n
}

function requireOf(figures: ReadonlyMap<number, ChannelFigures>, i: number): ChannelFigures {
  const f = figures.get(i)
  if (!f) throw new RangeError(`channel ${i} has no figures in this portfolio`)
  return f
}

/** An agent's hours on one live or chat contact (chat at its efficiency). */
function agentHoursPerContact(c: Channel): number {
  return c.handleMinutes / 60 / (c.kind === 'chat' ? c.concurrencyEfficiency : 1)
}

/**
 * Agent-hours a live or chat channel on its own queue leaves idle below the occupancy cap, in
 * hours a written channel of the set is covered. Exact figures carry the agents by hour: each
 * hour's agents × cap less its load (every contact offered in the hour, in people's time: chat
 * at its efficiency). Figures read off a curve carry none: the week's idle time is taken as
 * spread evenly over the channel's covered hours.
 */
function idleOf(ctx: PortfolioContext, i: number, f: ChannelFigures, asyncMask: number): number {
  const c = candidateAt(ctx, i)
  const cap = ctx.scenario.business.maxOccupancy
  const present = 1 - ctx.scenario.business.shrinkage
  const perContact = agentHoursPerContact(c)
  const plan = f.plan
  if (plan?.kind === 'agents') {
    let idle = 0
    for (const g of hourClasses(ctx)) {
      if ((g.async & asyncMask) === 0) continue
      const load = f.contactsOffered * g.share * perContact
      for (const h of g.members) {
        const agents = plan.agentsByHour[h] ?? 0
        if (agents > 0) idle += Math.max(0, agents * cap - load)
      }
    }
    return idle
  }
  let covered = 0
  let overlap = 0
  let coveredShare = 0
  for (const g of hourClasses(ctx)) {
    if (!offers(g.live, i)) continue
    covered += g.hours
    coveredShare += g.share * g.hours
    if ((g.async & asyncMask) !== 0) overlap += g.hours
  }
  if (covered === 0) return 0
  const load = f.contactsOffered * coveredShare * perContact
  const idle = Math.max(0, f.staffHours * present * cap - load)
  return (idle * overlap) / covered
}

interface SharedQueue {
  agentsByHour: number[]
  paidHours: number
  floorHours: number
  idleForAsync: number
  figures: Map<number, PooledFigures>
}

/** One group of like hours of the shared queue: who calls, how much, and how many answer. */
interface QueueHours {
  /** Channels covered in these hours, their contacts in one hour and targets. */
  members: { i: number; contacts: number; targetSeconds: number; targetShare: number }[]
  traffic: number
  handleSeconds: number
  /** Rate at which a waiting caller gives up, per second (0: nobody does). */
  abandonRate: number
  hours: number
  /** The group's hours of the week. */
  weekHours: number[]
  async: boolean
  /** Agents in each of the group's hours. */
  agents: number[]
  levels: Map<number, HourLevels>
}

/** One hour of the shared queue at n agents: each member's share within its target, abandons. */
interface HourLevels {
  within: number[]
  abandoned: number
}

/**
 * The shared queue of the one-at-a-time live channels, group of like hours by group. In an hour
 * the callers of the channels covered then queue together: load A = Σ contacts × handle, the
 * traffic-weighted mean handle, the contact-weighted rate of giving up (Erlang A; Erlang C when
 * nobody gives up); each channel's share within its own target is read off the shared queue.
 * Each hour gets the least agents (at least one) that meet every covered channel's target in
 * the hour within the occupancy cap; then, as for a channel's own queue, agents are added one
 * hour at a time where they bring the most contacts within target until every channel meets its
 * target over the whole week, where its cover allows it.
 */
function sharedQueue(
  ctx: PortfolioContext,
  single: readonly number[],
  figures: ReadonlyMap<number, ChannelFigures>,
  asyncMask: number,
): SharedQueue {
  const { business } = ctx.scenario
  const present = 1 - business.shrinkage
  const groups: QueueHours[] = []
  for (const g of hourClasses(ctx)) {
    const members = single
      .filter((i) => offers(g.live, i))
      .map((i) => {
        const c = candidateAt(ctx, i)
        return {
          i,
          contacts: requireOf(figures, i).contactsOffered * g.share,
          targetSeconds: c.targetSeconds,
          targetShare: c.targetShare,
        }
      })
    if (members.length === 0) continue
    let contacts = 0
    let work = 0
    let giveUp = 0
    for (const m of members) {
      const c = candidateAt(ctx, m.i)
      contacts += m.contacts
      work += m.contacts * c.handleMinutes * 60
      if (c.patienceSeconds !== undefined) giveUp += m.contacts / c.patienceSeconds
    }
    const q: QueueHours = {
      members,
      traffic: work / 3600,
      handleSeconds: contacts > 0 ? work / contacts : 60,
      abandonRate: contacts > 0 ? giveUp / contacts : 0,
      hours: g.hours,
      weekHours: g.members,
      async: (g.async & asyncMask) !== 0,
      agents: [],
      levels: new Map(),
    }
    const least = leastAgents(q, business.maxOccupancy)
    q.agents = g.members.map(() => least)
    groups.push(q)
  }
  topUpShared(ctx, single, figures, groups)
  return totalShared(groups, single, business.maxOccupancy, present)
}

/** The shared queue's levels at n agents in one of the group's hours (cached per group). */
function levelsAt(q: QueueHours, n: number): HourLevels {
  let known = q.levels.get(n)
  if (known) return known
  const { traffic, handleSeconds: h } = q
  const within: number[] = []
  let abandoned = 0
  if (traffic <= 0) {
    for (const m of q.members) within.push(m.contacts)
  } else if (q.abandonRate > 0) {
    const patienceSeconds = 1 / q.abandonRate
    for (const m of q.members) {
      const r = erlangAUnchecked({
        agents: n,
        trafficErlangs: traffic,
        handleSeconds: h,
        targetSeconds: m.targetSeconds,
        patienceSeconds,
      })
      within.push(m.contacts * r.serviceLevel)
      abandoned = r.probabilityOfAbandon
    }
  } else {
    const blocking = erlangBUnchecked(n, traffic)
    for (const m of q.members) {
      const r = erlangCFromB(
        { agents: n, trafficErlangs: traffic, handleSeconds: h, targetSeconds: m.targetSeconds },
        blocking,
      )
      within.push(r.stable ? m.contacts * r.serviceLevel : 0)
    }
    if (n <= traffic) abandoned = 1 - n / traffic
  }
  known = { within, abandoned }
  q.levels.set(n, known)
  return known
}

/** Agents beyond which an hour's queue is never solved: far past any small business's need. */
const MAX_AGENTS = 10_000

function leastAgents(q: QueueHours, cap: number): number {
  if (q.traffic <= 0) return 1
  let n = Math.max(1, Math.ceil(q.traffic / cap - TARGET_MET_TOLERANCE))
  for (; n < MAX_AGENTS; n++) {
    const levels = levelsAt(q, n)
    const served = q.traffic * (1 - levels.abandoned)
    if (served / n > cap + TARGET_MET_TOLERANCE) continue
    const meets = q.members.every((m, k) =>
      meetsTarget(m.contacts > 0 ? (levels.within[k] ?? 0) / m.contacts : 1, m.targetShare),
    )
    if (meets) return n
  }
  return n
}

/** An agent-hour adding less than this share of the week's contacts within target adds nothing. */
const NEGLIGIBLE_GAIN = 1e-12

/** Agents added until every channel of the shared queue meets its target over the week. */
function topUpShared(
  ctx: PortfolioContext,
  single: readonly number[],
  figures: ReadonlyMap<number, ChannelFigures>,
  groups: QueueHours[],
): void {
  // Per channel: contacts of the week, the contacts wanted within target, those within now.
  const wanted = new Map<number, number>()
  const within = new Map<number, number>()
  let total = 0
  for (const i of single) {
    const offered = requireOf(figures, i).contactsOffered
    total += offered
    let covered = 0
    for (const q of groups) {
      for (const m of q.members) if (m.i === i) covered += m.contacts * q.hours
    }
    const share = candidateAt(ctx, i).targetShare
    if (offered > NEGLIGIBLE_CONTACTS && meetsTarget(covered / offered, share)) {
      wanted.set(i, (share - TARGET_MET_TOLERANCE) * offered)
    }
    within.set(i, 0)
  }
  if (wanted.size === 0) return
  for (const q of groups) {
    for (const n of q.agents) {
      levelsAt(q, n).within.forEach((w, k) => {
        const i = q.members[k]?.i ?? -1
        within.set(i, (within.get(i) ?? 0) + w)
      })
    }
  }
  const short = () => [...wanted].filter(([i, w]) => (within.get(i) ?? 0) < w)
  const gainOf = (q: QueueHours, n: number, shortOnes: ReadonlySet<number>) => {
    const now = levelsAt(q, n).within
    const next = levelsAt(q, n + 1).within
    let gain = 0
    q.members.forEach((m, k) => {
      if (shortOnes.has(m.i)) gain += (next[k] ?? 0) - (now[k] ?? 0)
    })
    return gain
  }
  for (let still = short(); still.length > 0; still = short()) {
    const shortOnes = new Set(still.map(([i]) => i))
    let best: { q: QueueHours; h: number; gain: number } | undefined
    for (const q of groups) {
      // Within a group the hours with the fewest agents gain the most: try the first of them.
      let h = 0
      q.agents.forEach((n, k) => {
        if (n < (q.agents[h] ?? 0)) h = k
      })
      const gain = gainOf(q, q.agents[h] ?? 0, shortOnes)
      if (!best || gain > best.gain) best = { q, h, gain }
    }
    if (!best || best.gain <= NEGLIGIBLE_GAIN * total) return
    const n = best.q.agents[best.h] ?? 0
    const before = levelsAt(best.q, n).within
    const after = levelsAt(best.q, n + 1).within
    best.q.members.forEach((m, k) => {
      within.set(m.i, (within.get(m.i) ?? 0) + (after[k] ?? 0) - (before[k] ?? 0))
    })
    best.q.agents[best.h] = n + 1
  }
}

function totalShared(
  groups: readonly QueueHours[],
  single: readonly number[],
  cap: number,
  present: number,
): SharedQueue {
  const figures = new Map<number, PooledFigures>(
    single.map((i) => [i, { withinTarget: 0, contactsHandled: 0 }]),
  )
  let agentHours = 0
  let floor = 0
  let idle = 0
  const agentsByHour = new Array<number>(HOURS_PER_WEEK).fill(0)
  for (const q of groups) {
    q.agents.forEach((n, k) => {
      const h = q.weekHours[k]
      if (h !== undefined) agentsByHour[h] = n
    })
    for (const n of q.agents) {
      const levels = levelsAt(q, n)
      const busy = q.traffic * (1 - levels.abandoned)
      agentHours += n
      floor += Math.max(0, 1 - Math.min(n, busy))
      if (q.async) idle += Math.max(0, n * cap - q.traffic)
      q.members.forEach((m, k) => {
        const f = figures.get(m.i)
        if (!f) return
        f.withinTarget += levels.within[k] ?? 0
        f.contactsHandled += m.contacts * (1 - levels.abandoned)
      })
    }
  }
  return {
    agentsByHour,
    paidHours: agentHours / present,
    floorHours: floor / present,
    idleForAsync: idle,
    figures,
  }
}

/**
 * How a blended team works one written channel's pile, hour by hour (the simulated policy: the
 * plan's c agents take each look, then every agent free with nothing in hand takes the oldest
 * written contact shown, and a call that finds only agents with written work in hand puts one of
 * them aside). In hour h the pile can use the agents' idle capacity u: the agents present less
 * the call load (in agents) less the other written channels' work. That is taken as n agents at
 * speed 1 − b: n = ⌈u⌉ (at least the plan's c), b = 1 − u ÷ n, the share of a holder's time the
 * calls and the other pages take. One agent with half its time on calls: n = 1, b = ½. Six with
 * 3.4 agents of calls: u = 2.6, n = 3, b = 0.13 (the pile seldom has more hands in it than there
 * are idle agents, so calls seldom reach one).
 */
export function writtenPaces(
  ctx: PortfolioContext,
  mask: number,
  figures: ReadonlyMap<number, ChannelFigures>,
  agentsByHour: readonly number[],
): Map<number, BlendedPace> {
  const live: number[] = []
  const written: number[] = []
  ctx.candidates.forEach((c, i) => {
    if (!offers(mask, i)) return
    if (c.kind === 'async') written.push(i)
    else live.push(i)
  })
  const out = new Map<number, BlendedPace>()
  // Each hour's calls in agents, and the calls' mean handle minutes.
  const callsByHour = new Float64Array(HOURS_PER_WEEK)
  let handleSum = 0
  let contactSum = 0
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    for (const i of live) {
      const c = candidateAt(ctx, i)
      if (!c.coverage[h]) continue
      const contacts = requireOf(figures, i).contactsOffered * (ctx.shape[h] ?? 0)
      callsByHour[h] = (callsByHour[h] ?? 0) + contacts * agentHoursPerContact(c)
      handleSum += contacts * c.handleMinutes
      contactSum += contacts
    }
  }
  const spell = contactSum > 0 ? handleSum / contactSum : 0
  // Each written channel's replies in each hour (as its contacts arrive), in agents, and its
  // look times.
  const workByHour = written.map((i) => {
    const c = candidateAt(ctx, i)
    const f = requireOf(figures, i)
    return Array.from(
      { length: HOURS_PER_WEEK },
      (_, h) => (f.contactsOffered * (ctx.shape[h] ?? 0) * c.handleMinutes) / 60,
    )
  })
  // The same, as each look's work falls (a channel looking seldom works in bursts).
  const bookedByHour = written.map((i) => {
    const plan = requireOf(figures, i).plan
    return plan?.kind === 'looks' ? plan.workMinutesByHour.map((m) => m / 60) : []
  })
  // Work that falls in an hour with nobody present is done in the next hour with somebody.
  for (const work of [...workByHour, ...bookedByHour]) toStaffedHours(work, agentsByHour)
  const lookTimes = written.map((i) => {
    const plan = requireOf(figures, i).plan
    const c = candidateAt(ctx, i)
    return plan?.kind === 'looks'
      ? new Set(lookSchedule(c.coverage, plan.lookIntervalMinutes).times)
      : new Set<number>()
  })
  written.forEach((i, k) => {
    const c = candidateAt(ctx, i)
    const plan = requireOf(figures, i).plan
    if (plan?.kind !== 'looks') return
    const peopleByHour = new Array<number>(HOURS_PER_WEEK).fill(0)
    const busyShareByHour = new Array<number>(HOURS_PER_WEEK).fill(0)
    const spellMinutesByHour = new Array<number>(HOURS_PER_WEEK).fill(spell)
    // The share of this channel's looks another channel looks at too: their piles come at once.
    const mine = lookTimes[k] ?? new Set<number>()
    const together = lookTimes.map((times, j) => {
      if (j === k || mine.size === 0) return 0
      let same = 0
      for (const t of mine) if (times.has(t)) same++
      return same / mine.size
    })
    for (let h = 0; h < HOURS_PER_WEEK; h++) {
      if (!c.coverage[h]) continue
      let apart = 0
      let atOnce = 0
      workByHour.forEach((work, j) => {
        if (j === k) return
        const f = together[j] ?? 0
        apart += (1 - f) * (bookedByHour[j]?.[h] ?? 0)
        atOnce += f * (work[h] ?? 0)
      })
      const own = workByHour[k]?.[h] ?? 0
      const idle = Math.max(0, (agentsByHour[h] ?? 0) - (callsByHour[h] ?? 0) - apart)
      // Piles shown at the same instant share the idle agents in proportion to their work.
      const u = own + atOnce > 0 ? (idle * own) / (own + atOnce) : idle
      // No more hands than one team of a plan may have (the pile seldom needs them).
      const n = Math.max(plan.people, Math.min(PEOPLE_PER_TEAM, Math.ceil(u - CAPACITY_TOLERANCE)))
      peopleByHour[h] = n
      busyShareByHour[h] = Math.min(MOST_BUSY, Math.max(0, 1 - u / n))
      // Called away, an agent stays on calls while callers wait: the queue's busy period.
      const agents = agentsByHour[h] ?? 0
      const rho = agents > 0 ? Math.min(MOST_BUSY, (callsByHour[h] ?? 0) / agents) : 0
      spellMinutesByHour[h] = spell / (1 - rho)
    }
    out.set(i, {
      peopleByHour,
      busyShareByHour,
      spellMinutesByHour,
      waitMinutesByHour: waitingForAgents(
        c.coverage,
        agentsByHour,
        peopleByHour,
        busyShareByHour,
        spellMinutesByHour,
      ),
    })
  })
  return out
}

/** Moves each hour's work with no agent present to the next hour with one (in place). */
function toStaffedHours(work: number[], agentsByHour: readonly number[]): void {
  if (!agentsByHour.some((n) => n > 0)) return
  for (let h = 0; h < work.length; h++) {
    const w = work[h] ?? 0
    if (!(w > 0) || (agentsByHour[h] ?? 0) > 0) continue
    let next = (h + 1) % HOURS_PER_WEEK
    while (!((agentsByHour[next] ?? 0) > 0)) next = (next + 1) % HOURS_PER_WEEK
    work[next] = (work[next] ?? 0) + w
    work[h] = 0
  }
}

/**
 * Covered hours with no agent present take the figures of the first hour after them with one
 * (in place); returns the minutes from each such hour's start until it (0 elsewhere): a look
 * then waits for the agents to come.
 */
function waitingForAgents(
  coverage: readonly boolean[],
  agentsByHour: readonly number[],
  people: number[],
  busy: number[],
  spell: number[],
): number[] {
  const wait = new Array<number>(HOURS_PER_WEEK).fill(0)
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    if (!coverage[h] || (agentsByHour[h] ?? 0) > 0) continue
    let ahead = 1
    while (ahead < HOURS_PER_WEEK && !((agentsByHour[(h + ahead) % HOURS_PER_WEEK] ?? 0) > 0)) {
      ahead++
    }
    const next = (h + ahead) % HOURS_PER_WEEK
    wait[h] = ahead * MINUTES_PER_HOUR
    // The next hour's figures, when the channel is open then (else the plan's people, at speed).
    const later = people[next] ?? 0
    if (later > 0) {
      people[h] = later
      busy[h] = busy[next] ?? 0
      spell[h] = spell[next] ?? 0
    }
  }
  return wait
}

/** Idle capacity this close above a whole number of agents is that number (sums over hours). */
const CAPACITY_TOLERANCE = 1e-9

/** The busiest a holder can be taken to be (a share of 1 would never finish a reply). */
const MOST_BUSY = 0.99
