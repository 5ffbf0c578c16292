/**
 * What the per-kind models share: the question asked of a channel, and the week its queue has
 * at one offered volume (first contacts plus the repeats they bring back; see repeats.ts).
 */
import type { Business, Channel } from '../model/types'

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
}

/** The staffing behind a result: agents per hour (live, chat) or work allowance (async). */
export type StaffingPlan =
  | { kind: 'agents'; agentsByHour: number[] }
  | {
      kind: 'allowance'
      /** Minutes of staff presence on the channel in each covered hour. */
      allowanceMinutesPerHour: number
      /** Minutes between looks at the channel (the target or, when cheaper, more often). */
      lookIntervalMinutes: number
    }

/** The channel's week at one offered volume: what its queue does with those contacts. */
export interface QueueWeek {
  handled: number
  unserved: number
  attainment: number
  bestAttainment: number
  meanResponseSeconds: number
  p90ResponseSeconds: number
  lateShare: number
  staffHours: number
  workloadHours: number
  checkHours: number
  floorStaffHours: number
  occupancy: number
  backlogAtWeekEnd: number
  plan: StaffingPlan
}
