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

/**
 * Hour weights from runs: `[[0, 7, 0.02], [7, 9, 0.5], …]` sets hours from..to−1. Easier to
 * read and check than 24 bare numbers; hours no run covers stay 0.
 */
function hoursFromRuns(runs: [from: number, to: number, weight: number][]): number[] {
  const hours = new Array<number>(HOURS_PER_DAY).fill(0)
  for (const [from, to, weight] of runs) {
    for (let h = from; h < to; h++) hours[h] = weight
  }
  return hours
}

export type PatternPresetId =
  'office-hours' | 'retail-evenings-weekends' | 'online-shop-24-7' | 'restaurant-peaks'

export interface PatternPreset {
  id: PatternPresetId
  label: string
  description: string
  /** The profile the weights come from, so the UI can show and edit it. */
  dayWeights: readonly number[]
  hourWeights: readonly number[]
  /** 168 weights summing to 1. Frozen: copy before editing. */
  weights: readonly number[]
}

/*
 * The shapes are illustrative assumptions, not measurements: no public source in DEFAULTS.md
 * gives hourly contact patterns for small businesses. They encode the shape each name implies
 * and the user is expected to adjust them.
 */
function patternPreset(
  id: PatternPresetId,
  label: string,
  description: string,
  dayWeights: number[],
  hourWeights: number[],
): PatternPreset {
  return Object.freeze({
    id,
    label,
    description,
    dayWeights: Object.freeze([...dayWeights]),
    hourWeights: Object.freeze([...hourWeights]),
    weights: Object.freeze(patternFromProfile(dayWeights, hourWeights)),
  })
}

export const PATTERN_PRESETS: Readonly<Record<PatternPresetId, PatternPreset>> = Object.freeze({
  'office-hours': patternPreset(
    'office-hours',
    'Office hours',
    'Weekdays 9–17 busy, shoulders lighter, little at night or at the weekend.',
    [1, 1, 1, 1, 1, 0.15, 0.05],
    hoursFromRuns([
      [0, 7, 0.02],
      [7, 8, 0.1],
      [8, 9, 0.5],
      [9, 17, 1],
      [17, 18, 0.5],
      [18, 19, 0.25],
      [19, 22, 0.1],
      [22, 24, 0.03],
    ]),
  ),
  'retail-evenings-weekends': patternPreset(
    'retail-evenings-weekends',
    'Retail: evenings and weekends',
    'Contacts follow shoppers: evenings and Saturday heaviest, Sunday busy, weekday mornings light.',
    [0.8, 0.8, 0.85, 0.9, 1.1, 1.5, 1.2],
    hoursFromRuns([
      [0, 7, 0.01],
      [7, 8, 0.05],
      [8, 9, 0.2],
      [9, 10, 0.5],
      [10, 17, 0.8],
      [17, 21, 1],
      [21, 22, 0.6],
      [22, 23, 0.3],
      [23, 24, 0.1],
    ]),
  ),
  'online-shop-24-7': patternPreset(
    'online-shop-24-7',
    'Online shop, 24/7',
    'Orders every day and every hour: an evening peak, nights low but never empty.',
    [1, 1, 1, 1, 0.95, 0.9, 1.1],
    hoursFromRuns([
      [0, 6, 0.1],
      [6, 7, 0.2],
      [7, 8, 0.4],
      [8, 9, 0.6],
      [9, 18, 0.8],
      [18, 19, 0.9],
      [19, 22, 1],
      [22, 23, 0.7],
      [23, 24, 0.4],
    ]),
  ),
  'restaurant-peaks': patternPreset(
    'restaurant-peaks',
    'Restaurant peaks',
    'Lunch (11–14) and dinner (17–21) peaks, Friday and Saturday heaviest, quiet mornings.',
    [0.7, 0.7, 0.8, 0.9, 1.3, 1.5, 1.1],
    hoursFromRuns([
      [0, 8, 0.01],
      [8, 9, 0.05],
      [9, 10, 0.15],
      [10, 11, 0.3],
      [11, 14, 1],
      [14, 15, 0.4],
      [15, 16, 0.3],
      [16, 17, 0.5],
      [17, 21, 1],
      [21, 22, 0.4],
      [22, 23, 0.15],
      [23, 24, 0.05],
    ]),
  ),
})

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

export type CoveragePresetId = 'weekday-office' | 'extended' | 'seven-day' | 'always'

export interface CoveragePreset {
  id: CoveragePresetId
  label: string
  /** 168 flags. Frozen: copy before editing. */
  flags: readonly boolean[]
}

const WEEKDAYS = [0, 1, 2, 3, 4]
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6]

function coveragePreset(id: CoveragePresetId, label: string, flags: boolean[]): CoveragePreset {
  return Object.freeze({ id, label, flags: Object.freeze(flags) })
}

export const COVERAGE_PRESETS: Readonly<Record<CoveragePresetId, CoveragePreset>> = Object.freeze({
  'weekday-office': coveragePreset(
    'weekday-office',
    'Weekdays 9–17',
    coverageFromDays(WEEKDAYS, 9, 17),
  ),
  extended: coveragePreset(
    'extended',
    'Weekdays 8–20, Saturday 9–17',
    coverageUnion(coverageFromDays(WEEKDAYS, 8, 20), coverageFromDays([5], 9, 17)),
  ),
  'seven-day': coveragePreset('seven-day', 'Every day 9–21', coverageFromDays(EVERY_DAY, 9, 21)),
  always: coveragePreset('always', 'Around the clock', coverageFromDays(EVERY_DAY, 0, 24)),
})

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
