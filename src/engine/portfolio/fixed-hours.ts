/**
 * Fixed hours: the business's paid hours a week for support, split over a portfolio's channels,
 * and what a share of a channel's need buys.
 */
import { NEGLIGIBLE_CONTACTS } from '../model/limits'
import type { Channel } from '../model/types'
import { candidateAt, onSiteOf, presenceIn, type PortfolioContext } from './context'
import { requireFigures, type ChannelFigures } from './figures'

/** Hours that differ by less than this (rounding in sums of shares) are the same hours. */
const HOURS_TOLERANCE = 1e-9

/**
 * What part of a channel's meet-targets figures a share of its need buys, in the sweep (the
 * portfolios shown are evaluated exactly with the hours they get).
 *
 * Live and chat: the hours go to the busiest hours first, so the contacts answered within
 * target, and answered at all, fall in proportion. Async: the looks come first (offering a
 * channel means looking at it); what is left answers that share of the replies, each as the
 * plan would, and the rest not at all (the exact evaluation's rule for hours short of the work).
 */
export function partialFigures(
  channel: Channel,
  f: ChannelFigures,
  hours: number,
  /** Share of paid hours spent on contacts (1 − shrinkage; 1 alongside other work). */
  present: number,
): ChannelFigures {
  const need = f.staffHours
  // More than the need: the hours are paid, and what they buy beyond the targets is known only
  // from the exact evaluation with those hours.
  if (hours > need + HOURS_TOLERANCE) return { ...f, staffHours: hours }
  if (hours >= need - HOURS_TOLERANCE) return f
  let answered: number
  if (channel.kind === 'async') {
    const looks = f.checkHours / present
    const replies = need - looks
    answered = replies > 0 ? Math.min(1, Math.max(0, (hours - looks) / replies)) : 1
  } else {
    answered = need > 0 ? hours / need : 1
  }
  const handled = f.contactsHandled * answered
  const within = f.withinTarget * answered
  return {
    ...f,
    contactsHandled: handled,
    contactsUnserved: f.contactsOffered - handled,
    handoffContacts: f.handoffContacts * answered,
    withinTarget: within,
    lateContacts: Math.max(f.lateContacts, f.contactsOffered - within),
    staffHours: hours,
    workloadHours: Math.min(f.workloadHours, hours * present),
    checkHours: Math.min(f.checkHours, hours * present),
    floorStaffHours: Math.min(f.floorStaffHours, hours),
    targetMet: false,
  }
}

/**
 * Fixed hours, dedicated: the business's paid hours split over the channels. Offering a channel
 * means looking at it, so each async channel first gets the hours its looks take (its fixed
 * floor; when the floors alone exceed the hours, each gets its share of them). The rest goes to
 * whole channels, most contacts within target per hour first (public ones weighted), skipping
 * any whose need no longer fits; what is left goes to the first channel skipped, or, when every
 * channel's need fits, to the channels still below what their cover allows. Returns the hours
 * per channel index.
 */
export function splitFixedHours(
  ctx: PortfolioContext,
  figures: ReadonlyMap<number, ChannelFigures>,
  hours: number,
): Map<number, number> {
  const { analysis } = ctx.scenario
  const present = presenceIn(ctx)
  const floorOf = (i: number) => {
    const f = requireFigures(figures, i)
    return candidateAt(ctx, i).kind === 'async' ? Math.min(f.staffHours, f.checkHours / present) : 0
  }
  const split = new Map<number, number>()
  let left = Math.max(0, hours)
  // Alongside other work a call or chat is answered when it comes, by whoever is free: its time
  // is spent before anything is planned, so it comes first (as far as the hours go).
  if (onSiteOf(ctx.scenario)) {
    for (const i of figures.keys()) {
      if (candidateAt(ctx, i).kind === 'async') continue
      const given = Math.min(left, requireFigures(figures, i).staffHours)
      split.set(i, given)
      left -= given
    }
  }
  const asyncOnly = (i: number) => !onSiteOf(ctx.scenario) || candidateAt(ctx, i).kind === 'async'
  const floors = [...figures.keys()].filter(asyncOnly).reduce((sum, i) => sum + floorOf(i), 0)
  if (floors >= left) {
    for (const i of figures.keys()) {
      if (asyncOnly(i)) split.set(i, floors > 0 ? (left * floorOf(i)) / floors : 0)
    }
    return split
  }
  for (const i of figures.keys()) if (asyncOnly(i)) split.set(i, floorOf(i))
  left -= floors
  const value = (i: number) => {
    const f = requireFigures(figures, i)
    const w = candidateAt(ctx, i).isPublic ? analysis.publicMissWeight : 1
    const rest = f.staffHours - floorOf(i)
    return rest > 0 ? (w * f.withinTarget) / rest : Infinity
  }
  const order = [...figures.keys()].filter(asyncOnly).sort((a, b) => value(b) - value(a) || a - b)
  let skipped = -1
  for (const i of order) {
    const rest = requireFigures(figures, i).staffHours - floorOf(i)
    if (rest <= left + HOURS_TOLERANCE) {
      split.set(i, (split.get(i) ?? 0) + rest)
      left -= rest
    } else if (skipped < 0) {
      skipped = i
    }
  }
  if (skipped >= 0) {
    if (left > 0) split.set(skipped, (split.get(skipped) ?? 0) + left)
    return split
  }
  spendTheRest(ctx, figures, split, left, [...figures.keys()].filter(asyncOnly))
  return split
}

/**
 * Hours beyond every channel's need keep buying answers within target: they go to the channels
 * that are still below what their cover allows, in proportion to the contacts each could still
 * gain (public ones weighted). With none below it, the hours are not needed and stay unspent.
 */
function spendTheRest(
  ctx: PortfolioContext,
  figures: ReadonlyMap<number, ChannelFigures>,
  split: Map<number, number>,
  left: number,
  channels: readonly number[],
): void {
  if (left <= HOURS_TOLERANCE) return
  const gain = (i: number) => {
    const f = requireFigures(figures, i)
    const w = candidateAt(ctx, i).isPublic ? ctx.scenario.analysis.publicMissWeight : 1
    return w * Math.max(0, f.bestPossibleWithin - f.withinTarget)
  }
  const total = channels.reduce((sum, i) => sum + gain(i), 0)
  if (total <= NEGLIGIBLE_CONTACTS) return
  for (const i of channels) split.set(i, (split.get(i) ?? 0) + (left * gain(i)) / total)
}
