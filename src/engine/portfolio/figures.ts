/**
 * The figures of one channel at one volume that a portfolio adds up: exact from an evaluation,
 * or interpolated between two grid points of the channel's curve.
 */
import type { ChannelResult, StaffingPlan } from '../channels/evaluate'
import { withoutRoundingAbove } from '../model/limits'

/** The figures of one channel at one volume that a portfolio adds up. */
export interface ChannelFigures {
  contactsOffered: number
  contactsHandled: number
  contactsUnserved: number
  repeatContacts: number
  handoffContacts: number
  /** Contacts answered within the target time (attainment × offered). */
  withinTarget: number
  /** Contacts unlimited staff would answer within target with this coverage and these looks. */
  bestPossibleWithin: number
  /** Contacts answered later than customers expect, or never (late share × offered). */
  lateContacts: number
  staffHours: number
  workloadHours: number
  checkHours: number
  floorStaffHours: number
  /** Is the target met (at both neighbouring grid points when interpolated)? */
  targetMet: boolean
  /** The staffing behind an exact evaluation (absent when interpolated). */
  plan?: StaffingPlan
}

export function figuresOf(r: ChannelResult): ChannelFigures {
  return {
    contactsOffered: r.contactsOffered,
    contactsHandled: r.contactsHandled,
    contactsUnserved: r.contactsUnserved,
    repeatContacts: r.repeatContacts,
    handoffContacts: r.handoffContacts,
    withinTarget: r.attainment * r.contactsOffered,
    bestPossibleWithin: r.bestPossibleAttainment * r.contactsOffered,
    lateContacts: r.lateShare * r.contactsOffered,
    staffHours: r.staffHoursPerWeek,
    workloadHours: r.workloadHoursPerWeek,
    checkHours: r.checkHoursPerWeek,
    floorStaffHours: r.floorStaffHoursPerWeek,
    targetMet: r.targetMet,
    plan: r.plan,
  }
}

export function lerp(a: ChannelFigures, b: ChannelFigures, t: number): ChannelFigures {
  // Written out (no spread and delete): the sweep makes millions of these.
  const mix = (x: number, y: number) => x + (y - x) * t
  const offered = mix(a.contactsOffered, b.contactsOffered)
  return {
    contactsOffered: offered,
    contactsHandled: mix(a.contactsHandled, b.contactsHandled),
    contactsUnserved: mix(a.contactsUnserved, b.contactsUnserved),
    repeatContacts: mix(a.repeatContacts, b.repeatContacts),
    handoffContacts: mix(a.handoffContacts, b.handoffContacts),
    // Within target ≤ offered at both points; mixed apart, rounding can tip it over.
    withinTarget: withoutRoundingAbove(mix(a.withinTarget, b.withinTarget), offered),
    bestPossibleWithin: mix(a.bestPossibleWithin, b.bestPossibleWithin),
    lateContacts: mix(a.lateContacts, b.lateContacts),
    staffHours: mix(a.staffHours, b.staffHours),
    workloadHours: mix(a.workloadHours, b.workloadHours),
    checkHours: mix(a.checkHours, b.checkHours),
    floorStaffHours: mix(a.floorStaffHours, b.floorStaffHours),
    targetMet: a.targetMet && b.targetMet,
    // The plan of the nearer grid point: what a reason says of the channel's looks.
    plan: t < 0.5 ? a.plan : b.plan,
  }
}

/** Channel i's figures in a portfolio's map; every offered channel has them once evaluated. */
export function requireFigures(
  figures: ReadonlyMap<number, ChannelFigures>,
  i: number,
): ChannelFigures {
  const f = figures.get(i)
  if (!f) throw new RangeError(`channel ${i} has no figures in this portfolio`)
  return f
}
