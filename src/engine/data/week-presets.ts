/**
 * Week presets a user can start from: demand patterns (day weight × hour weight) and coverage
 * schedules. The pattern shapes are illustrative assumptions, not measurements (no public source
 * gives hourly contact patterns for small businesses; see docs/defaults.md); a user who knows
 * better edits the 168 weights directly.
 */
import { coverageFromDays, coverageUnion, HOURS_PER_DAY, patternFromProfile } from '../model/week'

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

/** A frozen pattern preset; its shape encodes what its name implies. */
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
