/**
 * The totals of one portfolio: a set of channels offered. Contacts move to the offered channels
 * (flow.ts), every channel is staffed (dedicated: each its own people, the sum; blended: one
 * pool, blended.ts), fixed hours are split over them (fixed-hours.ts), and the totals say what
 * the set costs in hours and money, how many contacts it answers within target and how many
 * customers it loses, with the cost split by cause for the spread-thin curve.
 */
import { weeklyCost } from '../channels/cost'
import type { Channel } from '../model/types'
import { meetsTarget, reachableShare, withoutRoundingAbove } from '../model/limits'
import { blend } from './blended'
import { answerAlongside } from './alongside'
import { candidateAt, offers, onSiteOf, presenceIn, type PortfolioContext } from './context'
import { requireFigures, type ChannelFigures } from './figures'
import { partialFigures, splitFixedHours } from './fixed-hours'
import { portfolioVolumes, type PortfolioVolumes } from './flow'

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
  /**
   * The extra weight of misses in public (answered late or not at all where other customers
   * see it): (public-miss weight − 1) × loss share × value at risk for each, on top of what an
   * unanswered contact loses anyway. Zero with a weight of 1.
   */
  publicMisses: number
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
  /**
   * Customers a week who wrote to a public channel because it answers faster than their private
   * one (the scenario's escalation share); 0 without escalation.
   */
  escalated: number
  /** Value of the customers lost (not offered their channel, or unserved and giving up), plus the extra weight of public misses (`causes.publicMisses`). */
  lostValue: number
  /** Cost plus `lostValue`: the meet-targets ranking's money. */
  totalWithLostValue: number
  targetsMet: boolean
  /**
   * Every channel meets its target as far as its hours of cover allow (`reachableShare`): a
   * written channel its target, or within 2 points of the best its cover allows when that rules
   * the target out; a live or chat channel its target for the contacts that come while it is
   * open. The meet-targets ranking's first key.
   */
  targetsReached: boolean
  /**
   * Fixed hours: channels offered but given no hours (their customers get no answer). Such a
   * set is ranked after every set that staffs all its channels.
   */
  unstaffedChannels: number
  causes: CostCauses
  channels: PortfolioChannel[]
}
/** A channel's figures at a volume: interpolated on its curve in the sweep, exact when shown. */
export type FigureSource = (index: number, volume: number) => ChannelFigures

/** Adds up one portfolio from its channels' figures at the volumes its flow gives them. */
export function totalPortfolio(
  ctx: PortfolioContext,
  mask: number,
  figureAt: FigureSource,
): PortfolioTotals {
  const { figures, flow } = portfolioFigures(ctx, mask, figureAt)
  const staffing = staffPortfolio(ctx, mask, figures)
  if (ctx.scenario.analysis.mode === 'fixed-hours') {
    staffing.staffHours = spendFixedHours(ctx, figures, staffing.staffHours)
  }
  return assemble(ctx, mask, flow, staffing, addUp(ctx, figures))
}

/**
 * Each offered channel's figures: public channels first (their hand-offs add to the private
 * channels' volumes), then the private ones. The map keeps that order, and every sum over it
 * follows it.
 */
function portfolioFigures(
  ctx: PortfolioContext,
  mask: number,
  figureAt: FigureSource,
): { figures: Map<number, ChannelFigures>; flow: PortfolioVolumes } {
  const figures = new Map<number, ChannelFigures>()
  const flow = portfolioVolumes(ctx, mask, (i, v) => {
    const f = figureAt(i, v)
    figures.set(i, f)
    return f.handoffContacts
  })
  ctx.candidates.forEach((c, i) => {
    if (offers(mask, i) && !c.isPublic) figures.set(i, figureAt(i, flow.volumes[i] ?? 0))
  })
  return { figures, flow }
}

interface Staffing {
  /** Paid hours of the whole set, as the structure staffs it. */
  staffHours: number
  /**
   * Paid hours present beyond the work only because a channel is open, when the structure staffs
   * them itself (the blended pool); absent, the channels' own floors add up.
   */
  floorHours?: number
}

/**
 * The structure's paid hours. Dedicated: each channel's own. Blended: the pool's, and the live
 * channels' answers within target as the pooled queue gives them. Alongside other work: each
 * channel's time on contacts and looks, the live channels answered by the shared people on site.
 */
function staffPortfolio(
  ctx: PortfolioContext,
  mask: number,
  figures: Map<number, ChannelFigures>,
): Staffing {
  const team = onSiteOf(ctx.scenario)
  if (team && !ctx.livePooled) answerAlongside(ctx, mask, team, figures)
  if (ctx.scenario.analysis.structure !== 'blended') {
    let staffHours = 0
    for (const f of figures.values()) staffHours += f.staffHours
    return { staffHours }
  }
  const pool = blend(ctx, mask, figures)
  for (const [i, shared] of pool.pooled) {
    const f = requireFigures(figures, i)
    // The hours' shares add up to the week's only to rounding: never more than offered.
    const within = withoutRoundingAbove(shared.withinTarget, f.contactsOffered)
    const share = f.contactsOffered > 0 ? within / f.contactsOffered : 1
    const targetMet = meetsTarget(share, candidateAt(ctx, i).targetShare)
    const handled = withoutRoundingAbove(shared.contactsHandled, f.contactsOffered)
    figures.set(i, {
      ...f,
      withinTarget: within,
      contactsHandled: handled,
      contactsUnserved: f.contactsOffered - handled,
      targetMet,
    })
  }
  return { staffHours: pool.staffHours, floorHours: pool.floorHours }
}

/**
 * Fixed hours: what the business's hours buy. A blended pool shares any shortfall evenly; with
 * dedicated people the hours are split over the channels. Returns the hours paid.
 */
function spendFixedHours(
  ctx: PortfolioContext,
  figures: Map<number, ChannelFigures>,
  needed: number,
): number {
  const { business, analysis } = ctx.scenario
  const budget = business.staffHoursPerWeek
  if (budget === undefined) {
    throw new RangeError('fixed-hours mode needs business.staffHoursPerWeek')
  }
  if (analysis.structure === 'blended') {
    const share = needed > 0 ? Math.min(1, budget / needed) : 1
    for (const [i, f] of figures) {
      figures.set(i, partialFigures(candidateAt(ctx, i), f, f.staffHours * share, presenceIn(ctx)))
    }
    return Math.min(needed, budget)
  }
  const split = splitFixedHours(ctx, figures, budget)
  let paid = 0
  for (const [i, f] of figures) {
    const given = split.get(i) ?? 0
    figures.set(i, partialFigures(candidateAt(ctx, i), f, given, presenceIn(ctx)))
    paid += given
  }
  return paid
}

/** The sums over a portfolio's channels, in candidate order. */
interface Sums {
  tools: number
  setup: number
  training: number
  offered: number
  within: number
  unserved: number
  unservedLost: number
  /** Public contacts answered late or not at all, each × its loss share. */
  publicMissedLost: number
  workload: number
  checks: number
  floor: number
  weightedMissed: number
  weightedOffered: number
  targetsMet: boolean
  targetsReached: boolean
  unstaffed: number
  channels: PortfolioChannel[]
}

/** A channel offered with less than this many paid hours a week has nobody to answer it. */
const UNSTAFFED_HOURS = 1e-9

function addUp(ctx: PortfolioContext, figures: ReadonlyMap<number, ChannelFigures>): Sums {
  const { business, analysis } = ctx.scenario
  const s: Sums = {
    tools: 0,
    setup: 0,
    training: 0,
    offered: 0,
    within: 0,
    unserved: 0,
    unservedLost: 0,
    workload: 0,
    checks: 0,
    floor: 0,
    weightedMissed: 0,
    weightedOffered: 0,
    publicMissedLost: 0,
    targetsMet: true,
    targetsReached: true,
    unstaffed: 0,
    channels: [],
  }
  ctx.candidates.forEach((c, i) => {
    const f = figures.get(i)
    if (!f) return
    const fixed = weeklyCost(c, business, 0)
    s.tools += fixed.tools
    s.setup += fixed.setup
    s.training += fixed.training
    s.offered += f.contactsOffered
    s.within += f.withinTarget
    s.unserved += f.contactsUnserved
    s.unservedLost += f.contactsUnserved * c.lossShare
    s.workload += f.workloadHours
    s.checks += f.checkHours
    s.floor += f.floorStaffHours
    const w = c.isPublic ? analysis.publicMissWeight : 1
    s.weightedMissed += w * (f.contactsOffered - f.withinTarget)
    s.weightedOffered += w * f.contactsOffered
    if (c.isPublic) s.publicMissedLost += c.lossShare * (f.contactsOffered - f.withinTarget)
    s.targetsMet &&= f.targetMet
    s.targetsReached &&= reachesTarget(f, c)
    if (f.contactsOffered > 0 && f.staffHours <= UNSTAFFED_HOURS) s.unstaffed++
    s.channels.push({ channelId: c.id, figures: f, staffHours: f.staffHours })
  })
  return s
}

function assemble(
  ctx: PortfolioContext,
  mask: number,
  flow: PortfolioVolumes,
  { staffHours, floorHours }: Staffing,
  s: Sums,
): PortfolioTotals {
  const { business } = ctx.scenario
  const lost = flow.lost
  const staff = staffHours * business.costPerHour
  const selfService = ctx.selfService.costPerWeek
  const total = staff + s.tools + s.setup + s.training + selfService
  const value = ctx.scenario.valueAtRiskPerLostContact
  const publicMisses = publicMissValue(ctx, s)
  const lostValue = (lost + s.unservedLost) * value + publicMisses
  const ids = s.channels.map((ch) => ch.channelId)
  return {
    mask,
    channelIds: ids,
    size: ids.length,
    staffHours,
    cost: { staff, tools: s.tools, setup: s.setup, training: s.training, selfService, total },
    contactsOffered: s.offered,
    withinTarget: s.within,
    attainment: s.offered > 0 ? s.within / s.offered : 1,
    weightedAttainment: s.weightedOffered > 0 ? 1 - s.weightedMissed / s.weightedOffered : 1,
    servedWellShare:
      s.weightedOffered + lost > 0
        ? (s.weightedOffered - s.weightedMissed) / (s.weightedOffered + lost)
        : 1,
    unserved: s.unserved,
    unservedLost: s.unservedLost,
    lost,
    handoffsWithoutPrivateChannel: flow.handoffsWithoutPrivateChannel,
    escalated: flow.escalated,
    lostValue,
    totalWithLostValue: total + lostValue,
    targetsMet: s.targetsMet,
    targetsReached: s.targetsReached,
    unstaffedChannels: s.unstaffed,
    causes: costCauses(ctx, staffHours, floorHours ?? s.floor, s, lost),
    channels: s.channels,
  }
}

/**
 * The money split by cause. Paid hours go first to the work on contacts, then to the fixed
 * floor (looks; the first person of each staffed hour of a live channel, as far as the work
 * leaves them idle), and what is left is queue headroom (the people beyond the first).
 */
function costCauses(
  ctx: PortfolioContext,
  staffHours: number,
  floorHours: number,
  s: Sums,
  lost: number,
): CostCauses {
  const { business, valueAtRiskPerLostContact: value } = ctx.scenario
  const present = presenceIn(ctx)
  const cost = business.costPerHour
  const workPaid = Math.max(0, s.workload - s.checks) / present
  const fixedPaid = s.checks / present + floorHours
  const headroom = staffHours - workPaid - fixedPaid
  return {
    work: Math.min(workPaid, staffHours) * cost + ctx.selfService.costPerWeek,
    fixedFloor:
      Math.min(fixedPaid, Math.max(0, staffHours - workPaid)) * cost +
      s.tools +
      s.setup +
      s.training,
    queueHeadroom: Math.max(0, headroom) * cost,
    coverageMisses: s.unservedLost * value,
    lostCustomers: lost * value,
    publicMisses: publicMissValue(ctx, s),
  }
}

/** (w − 1) × value at risk × Σ over public channels of missed contacts × loss share. */
function publicMissValue(ctx: PortfolioContext, s: Sums): number {
  const { analysis, valueAtRiskPerLostContact: value } = ctx.scenario
  return (analysis.publicMissWeight - 1) * value * Math.max(0, s.publicMissedLost)
}

/** A channel's share meets its target as far as its hours of cover allow (`reachableShare`). */
function reachesTarget(f: ChannelFigures, channel: Channel): boolean {
  if (f.contactsOffered <= 0) return true
  const share = f.withinTarget / f.contactsOffered
  const best = f.bestPossibleWithin / f.contactsOffered
  return meetsTarget(share, reachableShare(channel.targetShare, best, channel.kind === 'async'))
}
