/**
 * Alongside other work, one set of people on site answers every channel of a portfolio: a call
 * and a chat compete for the same free person, and the async channels' looks and replies take
 * part of everyone's time. Each live or chat channel's own figures (channels/live/on-site-week.ts)
 * take it alone; here they are worked out again for the portfolio, hour by hour:
 * - the live and chat channels covered in an hour share one loss system: their arrivals add up,
 *   at the contact-weighted mean handle time;
 * - the async work of the channels covered in that hour (their staff time spread evenly over
 *   their covered hours) is taken from the people's free time: each person is busy a share
 *   b + W/(60·p) of the hour, W the async minutes in it.
 * What the channels cost stays the time on contacts: answered × (handle + interruption).
 */
import { busyShare } from '../channels/live/on-site-week'
import { meetsTarget } from '../model/limits'
import { HOURS_PER_WEEK, type OnSiteTeam } from '../model/types'
import { missedShare } from '../queueing/on-site'
import { candidateAt, offers, type PortfolioContext } from './context'
import { requireFigures, type ChannelFigures } from './figures'

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
  const asyncWork = new Float64Array(HOURS_PER_WEEK)
  ctx.candidates.forEach((c, i) => {
    if (!offers(mask, i)) return
    if (c.kind !== 'async') {
      live.push(i)
      return
    }
    // The channel's staff time, spread evenly over its covered hours.
    const covered = c.coverage.filter(Boolean).length
    const minutes = (requireFigures(figures, i).workloadHours * 60) / Math.max(1, covered)
    for (let h = 0; h < HOURS_PER_WEEK; h++) {
      if (c.coverage[h]) asyncWork[h] = (asyncWork[h] ?? 0) + minutes
    }
  })
  if (live.length === 0) return
  const answered = new Float64Array(ctx.candidates.length)
  // Each hour's missed share (1 where nobody answers: closed, or no live contacts to miss).
  const missedByHour = new Float64Array(HOURS_PER_WEEK).fill(1)
  const solved = new Map<string, number>()
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    const shape = ctx.shape[h] ?? 0
    let arriving = 0
    let handleSum = 0
    for (const i of live) {
      const c = candidateAt(ctx, i)
      if (!c.coverage[h]) continue
      const contacts = requireFigures(figures, i).contactsOffered * shape
      arriving += contacts
      handleSum += contacts * c.handleMinutes
    }
    const busy = busyShare(team.otherWorkShare, (asyncWork[h] ?? 0) / (60 * team.people))
    if (!(arriving > 0)) {
      // No contacts to tie anyone up: each person is busy independently, all at once bᵖ.
      missedByHour[h] = busy ** team.people
      continue
    }
    const handle = handleSum / arriving
    const key = `${arriving} ${handle} ${busy}`
    let missed = solved.get(key)
    if (missed === undefined) {
      missed = missedShare(
        { people: team.people, otherWorkShare: busy, otherWorkMinutes: team.otherWorkMinutes },
        arriving / 60,
        handle,
      )
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
    const a = answered[i] ?? 0
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
