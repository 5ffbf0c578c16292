/**
 * What the per-kind models share: the question asked of a channel, and the week its queue has
 * at one offered volume (first contacts plus the repeats they bring back; see repeats.ts).
 */
import type { Business, Channel, OnSiteTeam } from '../model/types'

export interface ChannelEvaluationInput {
  channel: Channel
  /** First contacts reaching the channel in a week (after self-service and redistribution). */
  contactsPerWeek: number
  business: Business
  /** 168 weights summing to 1. */
  pattern: readonly number[]
  /**
   * Fixed-hours variant: the paid staff hours a week this channel gets. Absent: the least
   * staff that meets the target (meet-targets mode).
   */
  staffHoursPerWeek?: number
  /**
   * The alongside-other-work structure: the people on site who answer between other work. Live
   * and chat contacts are then answered at once or missed, async looks wait for a spell of
   * other work to end, and the hours are the time spent on contacts and looks (no shrinkage:
   * the people are on site anyway). Absent: staff who do only this (dedicated, blended).
   */
  onSite?: OnSiteTeam
  /**
   * Alongside other work, in a portfolio: the other async channels' work, which a look finds
   * people holding (default none).
   */
  heldElsewhere?: HeldElsewhere
  /**
   * A blended team, in a portfolio: hour by hour, the pile is worked by the team's idle capacity
   * (`BlendedPace`), each look at its hour's. Costs stay those of the plan's own work (paid ÷
   * presence).
   */
  blendedPace?: BlendedPace
}

/** How a blended team works a written channel's pile (`ChannelEvaluationInput.blendedPace`). */
export interface BlendedPace {
  /**
   * By hour of the week: the agents who may have the pile in hand (its idle capacity rounded up,
   * at least the plan's c; 0 where the channel is closed).
   */
  peopleByHour: number[]
  /** By hour: the share of their time the calls and the other written channels take. */
  busyShareByHour: number[]
  /** By hour: mean minutes an agent is called away for (a call, and those queued behind it). */
  spellMinutesByHour: number[]
  /**
   * By hour: minutes from its start until an agent is present (0 when one is); an hour with
   * nobody takes the figures of the first hour after it with somebody.
   */
  waitMinutesByHour: number[]
}

/** The other async channels of a portfolio alongside other work, as a look of this one meets them. */
export interface HeldElsewhere {
  /** Share of the people's time on other work and live contacts, as a look finds them. */
  busyAtLook: number
  /**
   * By minute of the week: the share of the people free of other work but holding another
   * async channel's work (from looks before that minute), and that share times the mean
   * minutes until they put it down.
   */
  heldAt: Float64Array
  restAt: Float64Array
  /**
   * The channels coming before this one, whose looks at the same instant are taken first: their
   * look times in the week, the share of their looks that are checks (they take people up then),
   * their people per look and the minutes a look holds them (its check and its share of the
   * contacts the look shows, slowed by the other work).
   */
  before: ChannelLooks[]
}

/** An async channel's looks as others meet them. */
export interface ChannelLooks {
  /** Look times in the week, minutes from Monday 00:00, ascending. */
  times: Float64Array
  /** Share of its looks that are checks (they take people up). */
  checkShare: number
  /** People per look. */
  people: number
  /** Minutes each look holds its people (its check and its share of what the look shows). */
  minutesAt: Float64Array
}

/** The staffing behind a result: agents per hour (live, chat) or looks (async). */
export type StaffingPlan =
  | { kind: 'agents'; agentsByHour: number[] }
  | {
      kind: 'on-site'
      /** People on site who may answer. */
      people: number
      /** Share of each hour's contacts that find nobody free (1 where the channel is closed). */
      missedShareByHour: number[]
      /** Minutes on contacts in each hour (handle time and interruption). */
      workMinutesByHour: number[]
    }
  | {
      kind: 'looks'
      /** Minutes between looks at the channel, from the ladder people keep to. */
      lookIntervalMinutes: number
      /** People who look and answer (in all teams). */
      people: number
      /**
       * Teams the channel is split into, each with an equal share of the contacts and people
       * (1 but for very busy channels, which the planner plans as several teams).
       */
      teams: number
      /** Looks in a week (the fixed floor: each one that finds nobody at work is a check). */
      looksPerWeek: number
      /** Expected looks a week that find nobody at work: each costs people × minutes per check. */
      checksPerWeek: number
      /** Hours a week of replies (contacts answered × handle time). */
      replyHoursPerWeek: number
      /** Share of the week's contacts answered at all (below 1 only when fixed hours fall short). */
      answeredShare: number
      /** Expected staff minutes in each of the 168 hours (checks, and replies by their look's hour). */
      workMinutesByHour: number[]
    }

/**
 * Times to a first answer over the contacts answered, in seconds. `null` when there is none to
 * give: no contact answered (none arrived, or nobody answers them), or the 90th percentile lies
 * beyond any time the model follows (live and chat: waits in a queue that only grows, fixed
 * hours far short of the calls and nobody hanging up; async: past four weeks).
 */
export interface ResponseTimes {
  meanSeconds: number | null
  p90Seconds: number | null
}

/** The channel's week at one offered volume: what its queue does with those contacts. */
export interface QueueWeek {
  handled: number
  unserved: number
  attainment: number
  bestAttainment: number
  /** Async: whether any plan meets the target (undefined where not worked out: live, chat). */
  targetReachable?: boolean
  /**
   * The mean and 90th-percentile response, in seconds, worked out when asked: a repeat round's
   * weeks need only the late share, the settled week's figures are shown.
   */
  responseTimes: () => ResponseTimes
  lateShare: number
  staffHours: number
  workloadHours: number
  checkHours: number
  floorStaffHours: number
  occupancy: number
  backlogAtWeekEnd: number
  plan: StaffingPlan
}
