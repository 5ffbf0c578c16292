/**
 * The planning week: 168 hourly intervals, index 0 = Monday 00:00–01:00, index 167 = Sunday
 * 23:00–24:00. Demand is spread over it by a pattern (168 weights summing to 1); each channel
 * is open in it by a coverage schedule (168 flags).
 *
 * Patterns are built as day weight × hour weight. That cannot say "Saturday evenings are
 * quiet although weekday evenings are busy", but it is what a small business can estimate
 * ("Saturdays are about 1.5 weekdays; evenings about as busy as afternoons"), and a user who
 * knows better can edit the 168 weights directly.
 */
import { HOURS_PER_WEEK } from './types'
import { requireNonNegative } from './validate'

export const DAYS_PER_WEEK = 7
export const HOURS_PER_DAY = 24
export const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const

/** 168 weights, day × hour, normalised so the week sums to 1. */
export function patternFromProfile(dayWeights: number[], hourWeights: number[]): number[] {
  if (dayWeights.length !== DAYS_PER_WEEK) {
    throw new RangeError(`dayWeights must have 7 entries (Mon..Sun), got ${dayWeights.length}`)
  }
  if (hourWeights.length !== HOURS_PER_DAY) {
    throw new RangeError(`hourWeights must have 24 entries, got ${hourWeights.length}`)
  }
  dayWeights.forEach((w, d) => requireNonNegative(`dayWeights[${d}]`, w))
  hourWeights.forEach((w, h) => requireNonNegative(`hourWeights[${h}]`, w))
  // Σ_d Σ_h day_d·hour_h = (Σ day)·(Σ hour), so the total is known before the loop.
  const total = sum(dayWeights) * sum(hourWeights)
  if (total <= 0) throw new RangeError('a weekly pattern needs at least one hour with weight')
  const weights: number[] = []
  for (const day of dayWeights) {
    for (const hour of hourWeights) weights.push((day * hour) / total)
  }
  return weights
}

/** 168 flags: open on the given days (0 = Monday … 6 = Sunday) from `fromHour` up to, not including, `toHour`. */
export function coverageFromDays(days: number[], fromHour: number, toHour: number): boolean[] {
  for (const d of days) {
    if (!Number.isInteger(d) || d < 0 || d >= DAYS_PER_WEEK) {
      throw new RangeError(`days must be whole numbers from 0 (Mon) to 6 (Sun), got ${d}`)
    }
  }
  if (!Number.isInteger(fromHour) || !Number.isInteger(toHour)) {
    throw new RangeError(`hours must be whole numbers, got ${fromHour} to ${toHour}`)
  }
  if (fromHour < 0 || toHour > HOURS_PER_DAY || fromHour > toHour) {
    throw new RangeError(`hours must satisfy 0 ≤ from ≤ to ≤ 24, got ${fromHour} to ${toHour}`)
  }
  const flags = new Array<boolean>(HOURS_PER_WEEK).fill(false)
  for (const d of days) {
    for (let h = fromHour; h < toHour; h++) flags[d * HOURS_PER_DAY + h] = true
  }
  return flags
}

/** Open in any of the schedules: builds "weekdays 8–20 and Saturday 9–17" from two blocks. */
export function coverageUnion(...schedules: (readonly boolean[])[]): boolean[] {
  const flags = new Array<boolean>(HOURS_PER_WEEK).fill(false)
  for (const schedule of schedules) {
    if (schedule.length !== HOURS_PER_WEEK) {
      throw new RangeError(`a coverage schedule has 168 flags, got ${schedule.length}`)
    }
    schedule.forEach((open, i) => {
      if (open) flags[i] = true
    })
  }
  return flags
}

/** How many of the week's hours a schedule covers. */
export function coveredHours(coverage: readonly boolean[]): number {
  return coverage.reduce((n, open) => (open ? n + 1 : n), 0)
}

/** 'Mon 09:00' for index 9; the start of the hour. */
export function hourLabel(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= HOURS_PER_WEEK) {
    throw new RangeError(`an hour of the week is a whole number from 0 to 167, got ${index}`)
  }
  const day = DAY_NAMES[Math.floor(index / HOURS_PER_DAY)] ?? ''
  const hour = index % HOURS_PER_DAY
  return `${day} ${String(hour).padStart(2, '0')}:00`
}

function sum(values: readonly number[]): number {
  return values.reduce((acc, v) => acc + v, 0)
}
