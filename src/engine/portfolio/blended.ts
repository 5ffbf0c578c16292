/**
 * Blended staffing: one pool answers every channel of a portfolio. Live and chat traffic share
 * one queue held to the strictest of their targets; async work fills the pool's idle time up to
 * the occupancy cap, and looks still cost per channel.
 */
import { withoutRoundingAbove } from '../model/limits'
import { HOURS_PER_WEEK } from '../model/types'
import { erlangCStaffing } from '../queueing/staffing'
import { candidateAt, offers, type PortfolioContext } from './context'
import type { ChannelFigures } from './figures'

export interface BlendResult {
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
export function blend(
  ctx: PortfolioContext,
  mask: number,
  figures: ReadonlyMap<number, ChannelFigures>,
): BlendResult {
  const present = 1 - ctx.scenario.business.shrinkage
  const live: number[] = []
  const asyncIndexes: number[] = []
  ctx.candidates.forEach((c, i) => {
    if (!offers(mask, i)) return
    if (c.kind === 'async') asyncIndexes.push(i)
    else live.push(i)
  })
  const pool = live.length > 0 ? livePool(ctx, mask, live, figures) : NO_LIVE_POOL
  const hoursOf = (i: number) => figures.get(i)?.staffHours ?? 0
  const asyncPresence = asyncIndexes.reduce((s, i) => s + hoursOf(i) * present, 0)
  const absorbed = Math.min(asyncPresence, pool.idleForAsync)
  const dedicatedLive = live.reduce((s, i) => s + hoursOf(i), 0)
  return {
    staffHours: pool.paidHours + (asyncPresence - absorbed) / present,
    liveWithin: pool.within,
    floorHours: Math.max(0, dedicatedLive - pool.paidHours),
  }
}

interface LivePool {
  /** Paid hours of the pooled live and chat queue. */
  paidHours: number
  /** Agent-hours the queue leaves idle, below the occupancy cap, in hours async channels are covered. */
  idleForAsync: number
  /** Contacts answered within target, by live channel index. */
  within: Map<number, number>
}

const NO_LIVE_POOL: LivePool = { paidHours: 0, idleForAsync: 0, within: new Map() }

/** Staff in one group of like hours needs no queue below this load (Erlangs): one person. */
const IDLE_TRAFFIC = 1e-9

/** The pooled live and chat queue, hour group by hour group. */
function livePool(
  ctx: PortfolioContext,
  mask: number,
  live: readonly number[],
  figures: ReadonlyMap<number, ChannelFigures>,
): LivePool {
  const { business } = ctx.scenario
  const present = 1 - business.shrinkage
  let targetSeconds = Infinity
  let targetShare = 0
  // Per live channel: contacts a week and Erlang-hours of work per week.
  const volume = new Float64Array(ctx.candidates.length)
  const work = new Float64Array(ctx.candidates.length)
  for (const i of live) {
    const c = candidateAt(ctx, i)
    targetSeconds = Math.min(targetSeconds, c.targetSeconds)
    targetShare = Math.max(targetShare, c.targetShare)
    const v = figures.get(i)?.contactsOffered ?? 0
    volume[i] = v
    work[i] = (v * c.handleMinutes) / 60 / (c.kind === 'chat' ? c.concurrencyEfficiency : 1)
  }
  const within = new Float64Array(ctx.candidates.length)
  let paidHours = 0
  let idleForAsync = 0
  // In an hour, traffic = the hour's share of the week × the work of the live channels
  // covered then; each channel's service level is taken at its own target.
  for (const hours of hourClasses(ctx)) {
    const set = hours.live & mask
    if (set === 0) continue
    let weekWork = 0
    let weekContacts = 0
    for (const i of live) {
      if (!offers(set, i)) continue
      weekWork += work[i] ?? 0
      weekContacts += volume[i] ?? 0
    }
    const traffic = hours.share * weekWork
    let agents = 1
    if (traffic > IDLE_TRAFFIC) {
      const handleSeconds = weekContacts > 0 ? (weekWork * 3600) / weekContacts : 60
      // A target share of 1 has no finite staffing: the queue is held just below it.
      const share = Math.min(targetShare, 0.999999)
      const solved = erlangCStaffing(
        traffic,
        handleSeconds,
        targetSeconds,
        share,
        business.maxOccupancy,
      )
      agents = Math.max(1, solved.agents)
      // Erlang C: P(wait ≤ t) = 1 − C·e^(−(N − A)·t / h), at each channel's own target.
      for (const i of live) {
        if (!offers(set, i)) continue
        const t = candidateAt(ctx, i).targetSeconds
        const sl =
          1 - solved.probabilityOfWait * Math.exp((-(agents - traffic) * t) / handleSeconds)
        within[i] = (within[i] ?? 0) + (volume[i] ?? 0) * hours.share * hours.hours * sl
      }
    }
    paidHours += (hours.hours * agents) / present
    if (hours.async & mask) {
      idleForAsync += hours.hours * Math.max(0, agents * business.maxOccupancy - traffic)
    }
  }
  // The hours' shares add up to the week's only to rounding: never more within than offered.
  const withinOf = (i: number) => withoutRoundingAbove(within[i] ?? 0, volume[i] ?? 0)
  return { paidHours, idleForAsync, within: new Map(live.map((i) => [i, withinOf(i)])) }
}
