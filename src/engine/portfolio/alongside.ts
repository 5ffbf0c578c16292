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
import type { ChannelLooks, HeldElsewhere } from '../channels/types'
import { lookSchedule, MINUTES_PER_HOUR, MINUTES_PER_WEEK } from '../channels/async/looks'
import { contactsShown } from '../channels/async/run-input'
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
   * Share of a holder's time its work cannot use: other work and the live contacts that come to
   * them (`holderBusy`, from 1 − mean free people ÷ p in each covered hour), averaged as its
   * contacts arrive.
   */
  otherWorkShare: number
  /**
   * What its looks meet of the other async channels: people holding their work minute by
   * minute, the looks at the same instant that come first, and how busy people are at a look.
   */
  heldElsewhere: HeldElsewhere
  /**
   * Hours a week of free time it may use, when the async channels together ask for more than the
   * people have free (each gets a share in proportion to what it asks); undefined when it fits.
   */
  hoursCap?: number
}

/**
 * Each async channel's share of the people on site in this portfolio (the live channels' offered
 * contacts and the async channels' figures in `totals`). Its replies and checks move only in
 * free time, so the live contacts that come to a holder slow them (a call goes first to a
 * person with nothing in hand); a person holding another async channel's work is not free for
 * its looks. All of it must fit in the free time.
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
    return [{ i, c, ch, asks }]
  })
  // The free hours in the hours any async channel is covered, and what the channels ask.
  let freeHours = 0
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    if (asyncs.some((a) => a.c.coverage[h])) freeHours += team.people * (1 - (busyByHour[h] ?? 1))
  }
  const asked = asyncs.reduce((s, a) => s + a.asks, 0)
  // Each async channel's looks: when they come, how often they are checks (and so take people
  // up), how many people, and for how long (each look's check and its share of the contacts
  // the look shows, slowed by the other work).
  const free = 1 - Math.min(MOST_BUSY, team.otherWorkShare)
  const looks = asyncs.map(({ c, ch, asks }) => {
    const plan = ch.figures.plan
    if (plan?.kind !== 'looks') return undefined
    const schedule = lookSchedule(c.coverage, plan.lookIntervalMinutes)
    const shown = contactsShown(ch.figures.contactsOffered, ctx.shape, schedule)
    return {
      times: schedule.times,
      checkShare: plan.looksPerWeek > 0 ? plan.checksPerWeek / plan.looksPerWeek : 0,
      people: plan.people,
      minutesAt: shown.map((n) => (c.minutesPerCheck + (n * c.handleMinutes) / plan.people) / free),
      coverage: c.coverage,
      workMinutes: 60 * asks,
      checks: plan.checksPerWeek,
    }
  })
  const profiles = looks.map((l) => l && holdingProfile(l, team.people, free))
  // Every channel's hold added up; each channel meets the others' (the total less its own).
  const heldAll = new Float64Array(MINUTES_PER_WEEK)
  const restAll = new Float64Array(MINUTES_PER_WEEK)
  for (const profile of profiles) {
    if (!profile) continue
    for (let t = 0; t < MINUTES_PER_WEEK; t++) {
      heldAll[t] = (heldAll[t] ?? 0) + (profile.held[t] ?? 0)
      restAll[t] = (restAll[t] ?? 0) + (profile.rest[t] ?? 0)
    }
  }
  const out = new Map<number, AsyncShare>()
  for (const [k, { i, c, asks }] of asyncs.entries()) {
    let sum = 0
    let atLook = 0
    let weight = 0
    for (let h = 0; h < HOURS_PER_WEEK; h++) {
      if (!c.coverage[h]) continue
      const w = ctx.shape[h] ?? 0
      const busy = busyByHour[h] ?? 0
      sum += w * holderBusy(team, busy)
      atLook += w * busy
      weight += w
    }
    const own = profiles[k]
    const heldAt = own ? heldAll.map((x, t) => Math.max(0, x - (own.held[t] ?? 0))) : heldAll
    const restAt = own ? restAll.map((x, t) => Math.max(0, x - (own.rest[t] ?? 0))) : restAll
    const before = looks.slice(0, k).flatMap((l) => (l ? [l] : []))
    out.set(i, {
      otherWorkShare: weight > 0 ? Math.min(MOST_BUSY, sum / weight) : team.otherWorkShare,
      heldElsewhere: {
        busyAtLook: weight > 0 ? Math.min(MOST_BUSY, atLook / weight) : team.otherWorkShare,
        heldAt,
        restAt,
        before,
      },
      hoursCap: asked > freeHours && asked > 0 ? (freeHours * asks) / asked : undefined,
    })
  }
  return out
}

/**
 * How busy a person holding async work is, when a share `busy` of the people's time goes to
 * other work and live contacts: a call or chat goes to a free person with nothing in hand
 * first, so it interrupts the holder only when none of the other p − 1 is free, about
 * busy^(p − 1) of the time. The holder then carries p·busy^(p − 1) (at most 1) of the average
 * person's live time on top of the other work b.
 */
export function holderBusy(team: OnSiteTeam, busy: number): number {
  const b = team.otherWorkShare
  const live = Math.max(0, busy - b)
  return b + live * Math.min(1, team.people * busy ** (team.people - 1))
}

/** Sessions still held this long past their mean are left out (e^(−7) of them). */
const HOLD_HORIZON = 7

/**
 * One async channel's hold on the people, minute by minute through the week: each look that is
 * a check takes its people up for an exponential time of the look's mean, so at t minutes the
 * share of the p people still holding it is Σ (checks' share × c/p)·e^(−(t − t_j)/L_j) over its
 * looks before t. Only the free part counts (a holder on other work is busy anyway): × (1 − b).
 * `rest` is that share times the mean minutes left (L_j, exponential). A channel whose people
 * are seldom done between looks (few checks: its pile hardly clears) holds them more than its
 * checks say: whatever of its work share (work ÷ p·covered minutes) the checks leave out is
 * spread over its covered minutes, held for the mean minutes between two checks.
 */
export function holdingProfile(
  looks: ChannelLooks & { coverage: readonly boolean[]; workMinutes: number; checks: number },
  people: number,
  free: number,
): { held: Float64Array; rest: Float64Array } {
  const held = new Float64Array(MINUTES_PER_WEEK)
  const rest = new Float64Array(MINUTES_PER_WEEK)
  const share = (looks.checkShare * Math.min(people, looks.people) * free) / people
  let total = 0
  looks.times.forEach((t0, j) => {
    const mean = looks.minutesAt[j] ?? 0
    if (!(mean > 0) || !(share > 0)) return
    const first = Math.floor(t0) + 1
    const last = Math.min(first + MINUTES_PER_WEEK - 1, Math.ceil(t0 + HOLD_HORIZON * mean))
    for (let t = first; t <= last; t++) {
      const x = share * Math.exp(-(t - t0) / mean)
      const at = t % MINUTES_PER_WEEK
      held[at] = (held[at] ?? 0) + x
      rest[at] = (rest[at] ?? 0) + x * mean
      total += x
    }
  })
  const covered = looks.coverage.filter(Boolean).length * MINUTES_PER_HOUR
  const missing = looks.workMinutes / people - total
  if (covered > 0 && missing > 0) {
    const add = missing / covered
    const mean = looks.workMinutes / Math.max(1, looks.checks) / free
    for (let t = 0; t < MINUTES_PER_WEEK; t++) {
      if (!looks.coverage[Math.floor(t / MINUTES_PER_HOUR)]) continue
      held[t] = (held[t] ?? 0) + add
      rest[t] = (rest[t] ?? 0) + add * mean
    }
  }
  return { held, rest }
}

/** A share of other work the engine accepts (the schema allows up to 95 %). */
const MOST_BUSY = 0.99
