/**
 * A live or chat channel answered alongside other work (the alongside-other-work structure):
 * nobody sits by it; whoever on site is free picks up at once, and a contact that finds nobody
 * free is missed (queueing/on-site.ts states the policy). Chats too are taken one at a time:
 * someone serving customers between contacts does not juggle several chats.
 *
 * What it costs is the time on the contacts answered, each with the interruption's extra
 * minutes (picking up, getting back into the other work), not the opening hours: the people
 * are on site anyway, paid for their other work. With fixed hours, once the hours given are
 * spent the rest are let ring: the contacts answered scale down to what the hours pay for.
 */
import { meetsTarget, withoutRoundingAbove } from '../../model/limits'
import type { OnSiteTeam } from '../../model/types'
import { missedShare } from '../../queueing/on-site'
import type { ChannelEvaluationInput, QueueWeek } from '../types'

export interface OnSiteHours {
  /** Contacts arriving in each hour of the week. */
  contacts: Float64Array
  /** Share of each hour's contacts missed (1 where the channel is not covered). */
  missed: Float64Array
}

/** Each hour's contacts and missed share for `contacts` a week. */
export function onSiteHours(
  input: ChannelEvaluationInput,
  team: OnSiteTeam,
  contacts: number,
): OnSiteHours {
  const { coverage } = input.channel
  const hours = input.pattern.length
  const out = { contacts: new Float64Array(hours), missed: new Float64Array(hours) }
  // The pattern repeats day to day: each distinct hour is solved once.
  const solved = new Map<number, number>()
  for (let h = 0; h < hours; h++) {
    const arriving = contacts * (input.pattern[h] ?? 0)
    out.contacts[h] = arriving
    if (!coverage[h]) {
      out.missed[h] = 1
      continue
    }
    let missed = solved.get(arriving)
    if (missed === undefined) {
      missed = missedShare(team, arriving / 60, input.channel.handleMinutes)
      solved.set(arriving, missed)
    }
    out.missed[h] = missed
  }
  return out
}

export function onSiteLiveWeek(
  input: ChannelEvaluationInput,
  team: OnSiteTeam,
  contacts: number,
): QueueWeek {
  const { channel } = input
  const { contacts: byHour, missed } = onSiteHours(input, team, contacts)
  let reached = 0
  let covered = 0
  const workMinutesByHour = new Array<number>(byHour.length).fill(0)
  const perContact = channel.handleMinutes + team.interruptionMinutes
  for (let h = 0; h < byHour.length; h++) {
    const arriving = byHour[h] ?? 0
    const answered = arriving * (1 - (missed[h] ?? 1))
    reached += answered
    if (channel.coverage[h]) covered += arriving
    workMinutesByHour[h] = answered * perContact
  }
  // The hours' contacts add up to the week's only to rounding: never more than arrive.
  reached = withoutRoundingAbove(reached, contacts)
  covered = withoutRoundingAbove(covered, contacts)
  const needHours = (reached * perContact) / 60
  const given = input.staffHoursPerWeek
  // Fixed hours fewer than the contacts take: the rest ring out, in every hour alike.
  const paidShare = given !== undefined && needHours > 0 ? Math.min(1, given / needHours) : 1
  const answered = reached * paidShare
  const workHours = needHours * paidShare
  return {
    handled: answered,
    unserved: Math.max(0, contacts - answered),
    // Answered at once: within any target.
    attainment: contacts > 0 ? answered / contacts : 1,
    bestAttainment: contacts > 0 ? covered / contacts : 1,
    // Whether the people on site reach the target before any cap of fixed hours.
    targetReachable: contacts <= 0 || meetsTarget(reached / contacts, channel.targetShare),
    // Answered at once, or not at all.
    responseTimes: () =>
      answered > 0 ? { meanSeconds: 0, p90Seconds: 0 } : { meanSeconds: null, p90Seconds: null },
    lateShare: contacts > 0 ? Math.max(0, 1 - answered / contacts) : 0,
    // The time on calls, even with fixed hours: the hours are a cap, not time paid to wait.
    staffHours: workHours,
    workloadHours: workHours,
    checkHours: 0,
    floorStaffHours: 0,
    occupancy: 0,
    backlogAtWeekEnd: 0,
    plan: {
      kind: 'on-site',
      people: team.people,
      missedShareByHour: Array.from(missed),
      workMinutesByHour: workMinutesByHour.map((m) => m * paidShare),
    },
  }
}
