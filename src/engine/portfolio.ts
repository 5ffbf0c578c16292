/**
 * Portfolios: a set of channels offered. Contacts whose preferred channel is not offered move
 * to the offered ones by affinity (less the share lost), public channels hand private matters
 * to a private channel, and every channel is staffed; the totals say what the set costs in
 * hours and money, how many contacts it answers within target and how many customers it loses.
 *
 * Two staffing structures: dedicated (each channel its own people: the sum) and blended (one
 * pool: live and chat traffic share one queue held to the strictest of their targets, and async
 * work fills the pool's idle time up to the occupancy cap; looks still cost per channel). Two
 * modes: meet targets, and fixed hours (the business's hours split over the channels).
 */
import { applySelfService, evaluateChannel, weeklyCost, type SelfServiceResult } from './channel'
import { ChannelCurve, CurveCache, figuresOf, type ChannelFigures } from './channel-curve'
import { erlangCStaffing } from './staffing'
import type { Business, Channel, Scenario } from './types'
import { HOURS_PER_WEEK } from './types'

/** Everything a sweep over portfolios shares: candidates, first contacts, affinities. */
export interface PortfolioContext {
  scenario: Scenario
  /** The candidate channels, in the scenario's order; bit i of a portfolio mask is candidate i. */
  candidates: readonly Channel[]
  selfService: SelfServiceResult
  /** Contacts a week that prefer each candidate (after self-service). */
  preferred: Float64Array
  /** affinity[j][i]: weight with which candidate j's customers move to candidate i. */
  affinity: Float64Array[]
  /**
   * Every channel whose customers may have to move: the candidates (same order), then the
   * channels that are not candidates. Contacts, loss share, affinity weights over candidates.
   */
  sources: { contacts: Float64Array; loss: Float64Array; weights: Float64Array[] }
  /** For each candidate, the mask bit of each other candidate (for quick membership). */
  curves: ChannelCurve[]
  /** Pattern scaled to sum to 1. */
  shape: Float64Array
  /** Mask of the candidates offered today. */
  currentMask: number
}

export interface PortfolioCost {
  staff: number
  tools: number
  setup: number
  training: number
  selfService: number
  total: number
}

/** Where a portfolio's money goes, so the cost of spreading thin can be split by cause. */
export interface CostCauses {
  /** Staff time for the work on contacts itself. */
  work: number
  /** Looks at each channel, staff present only because a channel is open, tools, setup, training. */
  fixedFloor: number
  /**
   * Staff held back so queues meet their targets and stay under the occupancy cap: the headroom
   * one pooled queue needs less of than several split ones.
   */
  queueHeadroom: number
  /** Value of the customers who give up when nobody answers (closed channel, long wait): unserved × loss share. */
  coverageMisses: number
  /** Value of customers lost because their channel is not offered. */
  lostCustomers: number
}

export interface PortfolioChannel {
  channelId: string
  figures: ChannelFigures
  /** Paid staff hours this channel gets (fixed hours), or needs (meet targets). */
  staffHours: number
}

export interface PortfolioTotals {
  mask: number
  channelIds: string[]
  size: number
  staffHours: number
  cost: PortfolioCost
  /** Contacts reaching the offered channels, repeats and hand-offs included. */
  contactsOffered: number
  withinTarget: number
  /** Within target ÷ offered. */
  attainment: number
  /**
   * Share answered within target with public misses weighted by `publicMissWeight`: 1 − Σ w·missed
   * ÷ Σ w·offered, w = the weight on public channels and 1 elsewhere.
   */
  weightedAttainment: number
  /**
   * Share of all customers served within target, lost customers counted as misses (weighted as
   * above): the fixed-hours ranking.
   */
  servedWellShare: number
  unserved: number
  /**
   * Of the unserved, the customers who give up: each channel's unserved × its loss share (a
   * customer who finds a channel closed or gives up waiting acts like one whose channel is not
   * offered: most try another way, the loss share do not).
   */
  unservedLost: number
  /** Customers whose channel is not offered and who go elsewhere, plus hand-offs with no private channel. */
  lost: number
  handoffsWithoutPrivateChannel: number
  lostValue: number
  /** Cost plus the value of the customers lost: not offered their channel, or unserved and giving up. */
  totalWithLostValue: number
  targetsMet: boolean
  /**
   * Fixed hours: channels offered but given no hours (their customers get no answer). Such a
   * set is ranked after every set that staffs all its channels.
   */
  unstaffedChannels: number
  causes: CostCauses
  channels: PortfolioChannel[]
}

function isCandidate(channel: Channel): boolean {
  return channel.candidate
}

export function createPortfolioContext(
  scenario: Scenario,
  cache = new CurveCache(),
): PortfolioContext {
  const { business, demand } = scenario
  const candidates = scenario.channels.filter(isCandidate)
  if (candidates.length > 30) throw new RangeError('at most 30 candidate channels')
  const selfService = applySelfService(demand.contactsPerWeek, scenario.selfService, business)
  // Shares are over every channel of the scenario. Channels that are not candidates are never
  // offered: their customers move like those of any channel left out (the sources after the
  // candidates).
  const others = scenario.channels.filter((c) => !isCandidate(c))
  const sourceChannels = [...candidates, ...others]
  const shareTotal = sourceChannels.reduce((s, c) => s + (demand.shares[c.id] ?? 0), 0)
  const contactsOf = (c: Channel) =>
    shareTotal > 0 ? (selfService.contactsRemaining * (demand.shares[c.id] ?? 0)) / shareTotal : 0
  const sources = {
    contacts: Float64Array.from(sourceChannels, contactsOf),
    loss: Float64Array.from(sourceChannels, (c) => c.lossShare),
    weights: sourceChannels.map((from) =>
      Float64Array.from(candidates, (to) =>
        to.id === from.id ? 0 : Math.max(0, from.affinity[to.id] ?? 0),
      ),
    ),
  }
  const preferred = sources.contacts.slice(0, candidates.length)
  const affinity = sources.weights.slice(0, candidates.length)
  const total = demand.pattern.reduce((s, w) => s + w, 0)
  const shape = Float64Array.from(demand.pattern, (w) => (total > 0 ? w / total : 0))
  const context = { business, pattern: demand.pattern }
  const curves = candidates.map((c) => cache.curveFor(c, context))
  let currentMask = 0
  candidates.forEach((c, i) => {
    if (c.offeredToday) currentMask |= 1 << i
  })
  return {
    scenario,
    candidates,
    selfService,
    preferred,
    affinity,
    sources,
    curves,
    shape,
    currentMask,
  }
}

export interface Redistribution {
  /** First contacts a week reaching each candidate (0 when not offered), before hand-offs. */
  volumes: Float64Array
  lost: number
}

/**
 * Customers of a channel not offered go to the offered ones in proportion to their affinity
 * weights, less the channel's loss share; with no affinity to any offered channel, all of them
 * are lost (nobody guesses where they would go).
 */
export function redistribute(ctx: PortfolioContext, mask: number): Redistribution {
  const n = ctx.candidates.length
  const { contacts: from, loss: losses, weights: rows } = ctx.sources
  const volumes = new Float64Array(n)
  let lost = 0
  for (let j = 0; j < from.length; j++) {
    const contacts = from[j] ?? 0
    if (j < n && mask & (1 << j)) {
      volumes[j] = (volumes[j] ?? 0) + contacts
      continue
    }
    if (contacts <= 0) continue
    const weights = rows[j] as Float64Array
    let weightTotal = 0
    for (let i = 0; i < n; i++) if (mask & (1 << i)) weightTotal += weights[i] ?? 0
    if (weightTotal <= 0) {
      lost += contacts
      continue
    }
    const loss = losses[j] ?? 0
    lost += contacts * loss
    const moving = contacts * (1 - loss)
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i))
        volumes[i] = (volumes[i] ?? 0) + (moving * (weights[i] ?? 0)) / weightTotal
    }
  }
  return { volumes, lost }
}

/** The offered private channel a public channel hands private matters to: its strongest affinity. */
function handoffIndex(ctx: PortfolioContext, from: number, mask: number): number {
  let best = -1
  let bestWeight = 0
  let busiest = -1
  const weights = ctx.affinity[from] as Float64Array
  for (let i = 0; i < ctx.candidates.length; i++) {
    if (!(mask & (1 << i)) || ctx.candidates[i]?.isPublic) continue
    const w = weights[i] ?? 0
    if (w > bestWeight) {
      best = i
      bestWeight = w
    }
    if (busiest < 0 || (ctx.preferred[i] ?? 0) > (ctx.preferred[busiest] ?? 0)) busiest = i
  }
  // No affinity with any offered private channel: "call us" or "email us" still works, so
  // the hand-off goes to the private channel most customers use.
  return best >= 0 ? best : busiest
}

export interface PortfolioVolumes {
  /** Contacts reaching each offered channel, hand-offs included. */
  volumes: Float64Array
  lost: number
  handoffsWithoutPrivateChannel: number
}

/** Volumes of every offered channel: redistribution first, then public channels' hand-offs. */
export function portfolioVolumes(
  ctx: PortfolioContext,
  mask: number,
  handoffsAt: (index: number, volume: number) => number,
): PortfolioVolumes {
  const { volumes, lost } = redistribute(ctx, mask)
  let orphaned = 0
  ctx.candidates.forEach((c, i) => {
    if (!(mask & (1 << i)) || !c.isPublic) return
    const handoffs = handoffsAt(i, volumes[i] ?? 0)
    const to = handoffIndex(ctx, i, mask)
    if (to >= 0) volumes[to] = (volumes[to] ?? 0) + handoffs
    else orphaned += handoffs
  })
  return { volumes, lost: lost + orphaned, handoffsWithoutPrivateChannel: orphaned }
}

// ---------------------------------------------------------------- blended staffing

interface BlendResult {
  /** Paid hours of the one pool: live and chat queue plus the async work it cannot absorb. */
  staffHours: number
  /** Live and chat attainment in the pooled queue, by channel index. */
  liveWithin: Map<number, number>
  /** Paid hours the live channels needed on their own, less what the pool needs. */
  floorHours: number
}

/**
 * The week's hours grouped for the blended pool: hours with the same live and chat channels
 * covered, the same async channels covered and the same share of the week's contacts (the
 * pattern repeats day to day) staff alike, so each group is solved once per portfolio.
 */
interface HourClass {
  /** Mask bits of the live and chat candidates covered in these hours. */
  live: number
  /** Mask bits of the async candidates covered in these hours. */
  async: number
  share: number
  hours: number
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
    if (known) known.hours++
    else byKey.set(key, { live, async, share, hours: 1 })
  }
  classes = [...byKey.values()]
  hourClassesOf.set(ctx, classes)
  return classes
}

/**
 * One pool for a portfolio. Live and chat traffic in each hour (chat in agent units: handle ÷
 * efficiency) queue together, held to the strictest target among them (shortest time, highest
 * share), at the traffic-weighted mean handle time, Erlang C (patience would only help the
 * pool). At least one person is present in any hour a live channel is covered. Async channels
 * keep their looks and work; their staff presence comes first from the pool's idle time in
 * hours they are covered (up to the occupancy cap), and only the rest is extra paid time.
 */
function blend(
  ctx: PortfolioContext,
  mask: number,
  figures: Map<number, ChannelFigures>,
): BlendResult {
  const { business } = ctx.scenario
  const present = 1 - business.shrinkage
  const live: number[] = []
  const asyncIndexes: number[] = []
  ctx.candidates.forEach((c, i) => {
    if (!(mask & (1 << i))) return
    if (c.kind === 'async') asyncIndexes.push(i)
    else live.push(i)
  })
  const liveWithin = new Map<number, number>()
  let poolPaid = 0
  let idleForAsync = 0
  if (live.length > 0) {
    let targetSeconds = Infinity
    let targetShare = 0
    // Per live channel: contacts a week and Erlang-hours of work per week.
    const volume = new Float64Array(ctx.candidates.length)
    const work = new Float64Array(ctx.candidates.length)
    for (const i of live) {
      const c = ctx.candidates[i] as Channel
      targetSeconds = Math.min(targetSeconds, c.targetSeconds)
      targetShare = Math.max(targetShare, c.targetShare)
      const v = figures.get(i)?.contactsOffered ?? 0
      volume[i] = v
      work[i] = (v * c.handleMinutes) / 60 / (c.kind === 'chat' ? c.concurrencyEfficiency : 1)
    }
    const within = new Float64Array(ctx.candidates.length)
    // In an hour, traffic = the hour's share of the week × the work of the live channels
    // covered then; each channel's service level is taken at its own target.
    for (const hours of hourClasses(ctx)) {
      const set = hours.live & mask
      if (set === 0) continue
      let weekWork = 0
      let weekContacts = 0
      for (const i of live) {
        if (!(set & (1 << i))) continue
        weekWork += work[i] ?? 0
        weekContacts += volume[i] ?? 0
      }
      const { share } = hours
      const traffic = share * weekWork
      let agents = 1
      if (traffic > 1e-9) {
        const handleSeconds = weekContacts > 0 ? (weekWork * 3600) / weekContacts : 60
        const solved = erlangCStaffing(
          traffic,
          handleSeconds,
          targetSeconds,
          Math.min(targetShare, 0.999999),
          business.maxOccupancy,
        )
        agents = Math.max(1, solved.agents)
        // Erlang C: P(wait ≤ t) = 1 − C·e^(−(N − A)·t / h), at each channel's own target.
        for (const i of live) {
          if (!(set & (1 << i))) continue
          const t = ctx.candidates[i]?.targetSeconds ?? 0
          const sl =
            1 - solved.probabilityOfWait * Math.exp((-(agents - traffic) * t) / handleSeconds)
          within[i] = (within[i] ?? 0) + (volume[i] ?? 0) * share * hours.hours * sl
        }
      }
      poolPaid += (hours.hours * agents) / present
      if (hours.async & mask) {
        idleForAsync += hours.hours * Math.max(0, agents * business.maxOccupancy - traffic)
      }
    }
    for (const i of live) liveWithin.set(i, within[i] ?? 0)
  }
  const asyncPresence = asyncIndexes.reduce(
    (s, i) => s + (figures.get(i)?.staffHours ?? 0) * present,
    0,
  )
  const absorbed = Math.min(asyncPresence, idleForAsync)
  const dedicatedLive = live.reduce((s, i) => s + (figures.get(i)?.staffHours ?? 0), 0)
  return {
    staffHours: poolPaid + (asyncPresence - absorbed) / present,
    liveWithin,
    floorHours: Math.max(0, dedicatedLive - poolPaid),
  }
}

// ---------------------------------------------------------------- totals

function fixedCosts(channel: Channel, business: Business) {
  return weeklyCost(channel, business, 0)
}

/**
 * What part of a channel's meet-targets figures a share of its need buys, in the sweep (the
 * portfolios shown are evaluated exactly with the hours they get).
 *
 * Live and chat: the hours go to the busiest hours first, so the contacts answered within
 * target, and answered at all, fall in proportion. Async: below the hours the work itself takes
 * (contacts and looks ÷ presence), the pile grows all week and, first come first served, almost
 * nobody is answered within target; between the work and the full need, attainment climbs in a
 * straight line to the target. This is the collapse of a team spread too thin.
 */
export function partialFigures(
  channel: Channel,
  f: ChannelFigures,
  hours: number,
  business: Business,
): ChannelFigures {
  const need = f.staffHours
  if (hours >= need - 1e-9) return f
  const present = 1 - business.shrinkage
  let answered: number
  let onTime: number
  if (channel.kind === 'async') {
    const workHours = f.workloadHours / present
    answered = workHours > 0 ? Math.min(1, hours / workHours) : 1
    onTime = need > workHours ? Math.max(0, (hours - workHours) / (need - workHours)) : 0
  } else {
    answered = need > 0 ? hours / need : 1
    onTime = answered
  }
  const handled = f.contactsHandled * answered
  const within = f.withinTarget * onTime
  return {
    ...f,
    contactsHandled: handled,
    contactsUnserved: f.contactsOffered - handled,
    withinTarget: within,
    lateContacts: Math.max(f.lateContacts, f.contactsOffered - within),
    staffHours: hours,
    workloadHours: Math.min(f.workloadHours, hours * present),
    floorStaffHours: Math.min(f.floorStaffHours, hours),
    targetMet: false,
  }
}

/**
 * Fixed hours, dedicated: the business's paid hours split over the channels. Offering a channel
 * means looking at it, so each async channel first gets the hours its looks take (its fixed
 * floor; when the floors alone exceed the hours, each gets its share of them). The rest goes to
 * whole channels, most contacts within target per hour first (public ones weighted), skipping
 * any whose need no longer fits; what is left goes to the first channel skipped. Returns the
 * hours per channel index.
 */
export function splitFixedHours(
  ctx: PortfolioContext,
  figures: Map<number, ChannelFigures>,
  hours: number,
): Map<number, number> {
  const { analysis, business } = ctx.scenario
  const present = 1 - business.shrinkage
  const floorOf = (i: number) => {
    const f = figures.get(i) as ChannelFigures
    return ctx.candidates[i]?.kind === 'async' ? Math.min(f.staffHours, f.checkHours / present) : 0
  }
  const split = new Map<number, number>()
  let left = Math.max(0, hours)
  const floors = [...figures.keys()].reduce((sum, i) => sum + floorOf(i), 0)
  if (floors >= left) {
    for (const i of figures.keys()) split.set(i, floors > 0 ? (left * floorOf(i)) / floors : 0)
    return split
  }
  for (const i of figures.keys()) split.set(i, floorOf(i))
  left -= floors
  const value = (i: number) => {
    const f = figures.get(i) as ChannelFigures
    const w = ctx.candidates[i]?.isPublic ? analysis.publicMissWeight : 1
    const rest = f.staffHours - floorOf(i)
    return rest > 0 ? (w * f.withinTarget) / rest : Infinity
  }
  const order = [...figures.keys()].sort((a, b) => value(b) - value(a) || a - b)
  let skipped = -1
  for (const i of order) {
    const rest = (figures.get(i)?.staffHours ?? 0) - floorOf(i)
    if (rest <= left + 1e-9) {
      split.set(i, (split.get(i) ?? 0) + rest)
      left -= rest
    } else if (skipped < 0) {
      skipped = i
    }
  }
  if (skipped >= 0 && left > 0) split.set(skipped, (split.get(skipped) ?? 0) + left)
  return split
}

/**
 * Adds up one portfolio from its channels' figures. `figureAt` gives a channel's figures at a
 * volume: interpolated on the channel's curve in the sweep, exact in `evaluatePortfolio`.
 */
export function totalPortfolio(
  ctx: PortfolioContext,
  mask: number,
  figureAt: (index: number, volume: number) => ChannelFigures,
): PortfolioTotals {
  const { scenario } = ctx
  const { business, analysis } = scenario
  const present = 1 - business.shrinkage
  const figures = new Map<number, ChannelFigures>()
  const flow = portfolioVolumes(ctx, mask, (i, v) => {
    const f = figureAt(i, v)
    figures.set(i, f)
    return f.handoffContacts
  })
  ctx.candidates.forEach((c, i) => {
    if (mask & (1 << i) && !c.isPublic) figures.set(i, figureAt(i, flow.volumes[i] ?? 0))
  })

  // Staff hours per channel, and the structure's total.
  let staffHours = 0
  const hoursOf = new Map<number, number>()
  for (const [i, f] of figures) hoursOf.set(i, f.staffHours)
  let floorHours = 0
  if (analysis.structure === 'blended') {
    const pool = blend(ctx, mask, figures)
    for (const [i, within] of pool.liveWithin) {
      const f = figures.get(i) as ChannelFigures
      const c = ctx.candidates[i] as Channel
      const share = f.contactsOffered > 0 ? within / f.contactsOffered : 1
      figures.set(i, { ...f, withinTarget: within, targetMet: share >= c.targetShare - 1e-9 })
    }
    staffHours = pool.staffHours
    floorHours = -pool.floorHours
  } else {
    for (const h of hoursOf.values()) staffHours += h
  }

  if (analysis.mode === 'fixed-hours') {
    const budget = business.staffHoursPerWeek
    if (budget === undefined) {
      throw new RangeError('fixed-hours mode needs business.staffHoursPerWeek')
    }
    if (analysis.structure === 'blended') {
      // One pool shares any shortfall evenly.
      const share = staffHours > 0 ? Math.min(1, budget / staffHours) : 1
      for (const [i, f] of figures) {
        figures.set(
          i,
          partialFigures(ctx.candidates[i] as Channel, f, f.staffHours * share, business),
        )
      }
      staffHours = Math.min(staffHours, budget)
    } else {
      const split = splitFixedHours(ctx, figures, budget)
      staffHours = 0
      for (const [i, f] of figures) {
        const given = split.get(i) ?? 0
        figures.set(i, partialFigures(ctx.candidates[i] as Channel, f, given, business))
        staffHours += given
      }
    }
  }

  let tools = 0
  let setup = 0
  let training = 0
  let offered = 0
  let within = 0
  let unserved = 0
  let unservedLost = 0
  let workload = 0
  let checks = 0
  let floor = 0
  let weightedMissed = 0
  let weightedOffered = 0
  let targetsMet = true
  let unstaffed = 0
  const channels: PortfolioChannel[] = []
  const ids: string[] = []
  ctx.candidates.forEach((c, i) => {
    const f = figures.get(i)
    if (!f) return
    ids.push(c.id)
    const fixed = fixedCosts(c, business)
    tools += fixed.tools
    setup += fixed.setup
    training += fixed.training
    offered += f.contactsOffered
    within += f.withinTarget
    unserved += f.contactsUnserved
    unservedLost += f.contactsUnserved * c.lossShare
    workload += f.workloadHours
    checks += f.checkHours
    floor += f.floorStaffHours
    const w = c.isPublic ? analysis.publicMissWeight : 1
    weightedMissed += w * (f.contactsOffered - f.withinTarget)
    weightedOffered += w * f.contactsOffered
    targetsMet &&= f.targetMet
    if (f.contactsOffered > 0 && f.staffHours <= 1e-9) unstaffed++
    channels.push({ channelId: c.id, figures: f, staffHours: f.staffHours })
  })
  floor = Math.max(0, floor + floorHours)
  const lost = flow.lost
  const staff = staffHours * business.costPerHour
  const selfService = ctx.selfService.costPerWeek
  const total = staff + tools + setup + training + selfService
  const value = scenario.valueAtRiskPerLostContact
  const lostValue = (lost + unservedLost) * value
  const workPaid = Math.max(0, workload - checks) / present
  const fixedPaid = checks / present + floor
  const headroom = staffHours - workPaid - fixedPaid
  const cost = business.costPerHour
  return {
    mask,
    channelIds: ids,
    size: ids.length,
    staffHours,
    cost: { staff, tools, setup, training, selfService, total },
    contactsOffered: offered,
    withinTarget: within,
    attainment: offered > 0 ? within / offered : 1,
    weightedAttainment: weightedOffered > 0 ? 1 - weightedMissed / weightedOffered : 1,
    servedWellShare:
      weightedOffered + lost > 0
        ? (weightedOffered - weightedMissed) / (weightedOffered + lost)
        : 1,
    unserved,
    unservedLost,
    lost,
    handoffsWithoutPrivateChannel: flow.handoffsWithoutPrivateChannel,
    lostValue,
    totalWithLostValue: total + lostValue,
    targetsMet,
    unstaffedChannels: unstaffed,
    causes: {
      work: Math.min(workPaid, staffHours) * cost + selfService,
      fixedFloor:
        Math.min(fixedPaid, Math.max(0, staffHours - workPaid)) * cost + tools + setup + training,
      queueHeadroom: Math.max(0, headroom) * cost,
      coverageMisses: unservedLost * value,
      lostCustomers: lost * value,
    },
    channels,
  }
}

/**
 * One portfolio, every channel evaluated exactly (no interpolation), in the scenario's
 * structure and mode. In fixed hours each channel is evaluated with the hours the split gives it.
 */
export function evaluatePortfolio(
  scenario: Scenario,
  channelIds: readonly string[],
  cache = new CurveCache(),
): PortfolioTotals {
  const ctx = createPortfolioContext(scenario, cache)
  let mask = 0
  for (const id of channelIds) {
    const i = ctx.candidates.findIndex((c) => c.id === id)
    if (i < 0) throw new RangeError(`"${id}" is not a candidate channel of this scenario`)
    mask |= 1 << i
  }
  if (mask === 0) throw new RangeError('a portfolio needs at least one channel')
  const exact = (i: number, v: number) =>
    figuresOf(ctx.curves[i]?.exact(v) ?? evaluateAt(ctx, i, v))
  const totals = totalPortfolio(ctx, mask, exact)
  if (scenario.analysis.mode !== 'fixed-hours' || scenario.analysis.structure === 'blended')
    return totals
  // Fixed hours, dedicated: what each channel's share of the hours really buys.
  const figures = totals.channels.map((ch) => {
    const i = ctx.candidates.findIndex((c) => c.id === ch.channelId)
    const volume = ch.figures.contactsOffered - ch.figures.repeatContacts
    return { i, volume, hours: ch.staffHours }
  })
  const byIndex = new Map(
    figures.map(({ i, volume, hours }) => [
      i,
      figuresOf(
        evaluateChannel({
          channel: ctx.candidates[i] as Channel,
          contactsPerWeek: volume,
          business: scenario.business,
          pattern: scenario.demand.pattern,
          staffHoursPerWeek: hours,
        }),
      ),
    ]),
  )
  const fixedScenario: Scenario = {
    ...scenario,
    analysis: { ...scenario.analysis, mode: 'meet-targets' },
  }
  const fixedCtx = { ...ctx, scenario: fixedScenario }
  return totalPortfolio(fixedCtx, mask, (i, v) => byIndex.get(i) ?? exact(i, v))
}

function evaluateAt(ctx: PortfolioContext, i: number, volume: number) {
  return evaluateChannel({
    channel: ctx.candidates[i] as Channel,
    contactsPerWeek: volume,
    business: ctx.scenario.business,
    pattern: ctx.scenario.demand.pattern,
  })
}
