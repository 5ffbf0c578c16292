/**
 * Alongside other work, one set of people on site answers every channel of a portfolio: a call
 * and a chat compete for the same free person. Each live or chat channel's own figures
 * (channels/live/on-site-week.ts) take it alone; here they are worked out again for the
 * portfolio, hour by hour: the live and chat channels covered in an hour share one loss system,
 * their arrivals added up, at the contact-weighted mean handle time. Async work does not enter:
 * it fills the free time and is put down for a call (the methodology's policy), so a call finds
 * a person free as if it were not there. What the channels cost stays the time on contacts:
 * answered × (handle + interruption).
 */
import { meetsTarget, withoutRoundingAbove } from '../model/limits'
import { HOURS_PER_WEEK, type OnSiteTeam } from '../model/types'
import { meanFree, missedShare } from '../queueing/on-site'
import { candidateAt, offers, type PortfolioContext } from './context'
import { requireFigures, type ChannelFigures } from './figures'
import type { PortfolioTotals } from './totals'

/**
 * The live and chat channels' figures in `figures` replaced by what the shared people on site
 * answer. Async channels keep theirs.
 */
export function answerAlongside(
  ctx: PortfolioContext,
  mask: number,
  team: OnSiteTeam,
  figures: Map<number, ChannelFigures>,
): void {
  const live: number[] = []
  ctx.candidates.forEach((c, i) => {
    if (offers(mask, i) && c.kind !== 'async') live.push(i)
  })
  if (live.length === 0) return
  const answered = new Float64Array(ctx.candidates.length)
  // Each hour's missed share (1 where nobody answers: closed, or no live contacts to miss).
  const missedByHour = new Float64Array(HOURS_PER_WEEK).fill(1)
  const solved = new Map<string, number>()
  const offered = (i: number) => requireFigures(figures, i).contactsOffered
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const shape = ctx.shape[h] ?? 0
    const { arriving, handle } = liveArrivals(ctx, live, offered, h)
    if (!(arriving > 0)) {
      // No contacts to tie anyone up: each person is busy independently, all at once bᵖ.
      missedByHour[h] = team.otherWorkShare ** team.people
      continue
    }
    const key = `${arriving} ${handle}`
    let missed = solved.get(key)
    if (missed === undefined) {
      missed = missedShare(team, arriving / 60, handle)
      solved.set(key, missed)
    }
    missedByHour[h] = missed
    for (const i of live) {
      if (!candidateAt(ctx, i).coverage[h]) continue
      const f = requireFigures(figures, i)
      answered[i] = (answered[i] ?? 0) + f.contactsOffered * shape * (1 - missed)
    }
  }
  for (const i of live) {
    const c = candidateAt(ctx, i)
    const f = requireFigures(figures, i)
    // The hours' shares add up to the week's only to rounding: never more than offered.
    const a = withoutRoundingAbove(answered[i] ?? 0, f.contactsOffered)
    const perContact = c.handleMinutes + team.interruptionMinutes
    const hours = (a * perContact) / 60
    const byHour = Array.from(missedByHour, (m, h) => (c.coverage[h] ? m : 1))
    figures.set(i, {
      ...f,
      plan: f.plan && {
        kind: 'on-site',
        people: team.people,
        missedShareByHour: byHour,
        workMinutesByHour: byHour.map(
          (m, h) => f.contactsOffered * (ctx.shape[h] ?? 0) * (1 - m) * perContact,
        ),
      },
      contactsHandled: a,
      contactsUnserved: Math.max(0, f.contactsOffered - a),
      withinTarget: a,
      lateContacts: Math.max(0, f.contactsOffered - a),
      staffHours: hours,
      workloadHours: hours,
      checkHours: 0,
      floorStaffHours: 0,
      targetMet: meetsTarget(f.contactsOffered > 0 ? a / f.contactsOffered : 1, c.targetShare),
    })
  }
}

/**
 * The live and chat contacts arriving in hour h on the channels `live` covered then (`offered`
 * gives each channel's week), and their contact-weighted mean handle minutes.
 */
function liveArrivals(
  ctx: PortfolioContext,
  live: readonly number[],
  offered: (i: number) => number,
  h: number,
): { arriving: number; handle: number } {
  let arriving = 0
  let handleSum = 0
  for (const i of live) {
    const c = candidateAt(ctx, i)
    if (!c.coverage[h]) continue
    const contacts = offered(i) * (ctx.shape[h] ?? 0)
    arriving += contacts
    handleSum += contacts * c.handleMinutes
  }
  return { arriving, handle: arriving > 0 ? handleSum / arriving : 0 }
}

/** What one async channel of a portfolio gets of the people on site. */
export interface AsyncShare {
  /**
   * Share of the people's time its work cannot use: other work and the live contacts they pick
   * up first (1 − mean free people ÷ p in each covered hour, averaged as its contacts arrive).
   */
  otherWorkShare: number
  /**
   * Hours a week of free time it may use, when the async channels together ask for more than the
   * people have free (each gets a share in proportion to what it asks); undefined when it fits.
   */
  hoursCap?: number
}

/**
 * Each async channel's share of the people on site in this portfolio (the live channels' offered
 * contacts and the async channels' figures in `totals`). Its replies and checks move only in
 * free time, so the live contacts taken first slow them; the other async channels' work does
 * not (it only takes a free person when one is at hand), except that all of it must fit in the
 * free time: what the channels ask for is their contacts all answered plus their checks.
 */
export function asyncShares(
  ctx: PortfolioContext,
  mask: number,
  team: OnSiteTeam,
  totals: PortfolioTotals,
): Map<number, AsyncShare> {
  const index = new Map(ctx.candidates.map((c, i) => [c.id, i]))
  const offeredById = new Map(totals.channels.map((ch) => [ch.channelId, ch.figures]))
  const live = totals.channels
    .map((ch) => index.get(ch.channelId) ?? -1)
    .filter((i) => candidateAt(ctx, i).kind !== 'async')
  const offered = (i: number) => offeredById.get(candidateAt(ctx, i).id)?.contactsOffered ?? 0
  const busyByHour = new Float64Array(HOURS_PER_WEEK)
  // The pattern repeats day to day: each distinct hour is solved once.
  const solved = new Map<string, number>()
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const { arriving, handle } = liveArrivals(ctx, live, offered, h)
    if (!(arriving > 0)) {
      busyByHour[h] = team.otherWorkShare
      continue
    }
    const key = `${arriving} ${handle}`
    let busy = solved.get(key)
    if (busy === undefined) {
      busy = 1 - meanFree(team, arriving / 60, handle) / team.people
      solved.set(key, busy)
    }
    busyByHour[h] = busy
  }
  const asyncs = totals.channels.flatMap((ch) => {
    const i = index.get(ch.channelId) ?? -1
    const c = candidateAt(ctx, i)
    if (c.kind !== 'async' || !offers(mask, i)) return []
    const asks = (ch.figures.contactsOffered * c.handleMinutes) / 60 + ch.figures.checkHours
    return [{ i, c, asks }]
  })
  // The free hours in the hours any async channel is covered, and what the channels ask.
  let freeHours = 0
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    if (asyncs.some((a) => a.c.coverage[h])) freeHours += team.people * (1 - (busyByHour[h] ?? 1))
  }
  const asked = asyncs.reduce((s, a) => s + a.asks, 0)
  const out = new Map<number, AsyncShare>()
  for (const { i, c, asks } of asyncs) {
    let sum = 0
    let weight = 0
    for (let h = 0; h < HOURS_PER_WEEK; h++) {
      if (!c.coverage[h]) continue
      const w = ctx.shape[h] ?? 0
      sum += w * (busyByHour[h] ?? 0)
      weight += w
    }
    out.set(i, {
      otherWorkShare: weight > 0 ? Math.min(MOST_BUSY, sum / weight) : team.otherWorkShare,
      hoursCap: asked > freeHours && asked > 0 ? (freeHours * asks) / asked : undefined,
    })
  }
  return out
}

/** A share of other work the engine accepts (the schema allows up to 95 %). */
const MOST_BUSY = 0.99
