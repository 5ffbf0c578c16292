/**
 * What would change the answer (docs/methodology.md, "Sensitivity and breakpoints"):
 *
 * - the recommended set's cost (lost customers included) and headline share within target when
 *   one input moves by a quarter either way, the others held: the week's contacts, every
 *   channel's handle time, the staff hours available (fixed hours), each recommended channel's
 *   target time. The set is planned again at each value, as the answer would plan it.
 * - the breakpoints: the nearest value of the contacts, the hours available or a channel's
 *   target time, on either side of today's, at which the sweep picks another set of one or two
 *   channels; found on a grid of values (a quarter to four times today's), then by halving the
 *   step where the pick changes.
 *
 * Everything runs in steps (one grid point of a curve, one batch of portfolios, one channel
 * evaluated), so the worker can drop it between any two when the inputs change.
 */
import type { Scenario } from '../model/types'
import { createPortfolioContext, maskOf } from '../portfolio/context'
import { CurveCache } from '../portfolio/curve-cache'
import { evaluatePortfolioSteps } from '../portfolio/evaluate'
import type { PortfolioTotals } from '../portfolio/totals'
import { ProgressMeter } from './progress'
import { recommendedOf, sweepSteps } from './sweep'

/** An input the analysis moves. */
export type SensitivityInput =
  | { kind: 'contacts' }
  | { kind: 'handle-time' }
  | { kind: 'hours-available' }
  | { kind: 'target'; channelId: string }

/** The recommended set's figures with one input at one value. */
export interface SensitivityPoint {
  /** The input's value over today's (0.75, 1.25). */
  multiplier: number
  /** The input's value: contacts a week, minutes (handle time, the mean over the channels), hours, seconds (target). */
  value: number
  costWithLostValue: number
  /** The mode's headline share: within target (meet targets) or of all customers served within target (fixed hours). */
  share: number
  staffHours: number
  targetsReached: boolean
}

export interface SensitivityBar {
  input: SensitivityInput
  low: SensitivityPoint
  high: SensitivityPoint
}

/** The value of an input at which the sweep picks another set of one or two channels. */
export interface Breakpoint {
  input: SensitivityInput
  /** Lower: at this value or below, `channelIds` take over; higher: at this value or above. */
  direction: 'lower' | 'higher'
  /** The input's value, rounded to what a user would type (whole contacts, half hours, whole minutes). */
  value: number
  multiplier: number
  /** The multiplier nearest it, on today's side, at which the search still found today's set. */
  stillAt: number
  /** The set picked from there on. */
  channelIds: string[]
}

export interface SensitivityAnalysis {
  /** The set analysed: the recommended one. */
  channelIds: string[]
  share: 'within-target' | 'served-well'
  base: Omit<SensitivityPoint, 'multiplier' | 'value'>
  /** Largest swing in the mode's ranking figure first (cost in meet targets, share in fixed hours). */
  bars: SensitivityBar[]
  breakpoints: Breakpoint[]
  /**
   * Every input searched, with the multipliers of today's value between which the pick stays
   * today's set: the nearest value found on each side before a change (a breakpoint's `stillAt`),
   * or the end of the grid where none was found.
   */
  steady: { input: SensitivityInput; lowest: number; highest: number }[]
  /** Inputs whose breakpoints are still being searched (none once the analysis is complete). */
  searching: SensitivityInput[]
}

/** How far each input moves for the bars: a quarter either way. */
export const SENSITIVITY_STEP = 0.25

/** The grid searched for breakpoints, outward from today's value, on each side. */
const HIGHER = [1.25, 1.5, 2, 4] as const
const LOWER = [0.75, 0.5, 0.25] as const
/**
 * A target time's grid is coarser: each value rebuilds that channel's curve. A channel left out
 * is searched upwards only: a tighter target only makes the sets with it dearer, so the pick
 * cannot move to one of them.
 */
const TARGET_HIGHER = [1.5, 2, 4] as const
const TARGET_LOWER = [0.5, 0.25] as const
/** Halvings of the grid step where the pick changes (a step of 2 → 4 ends within 9 %). */
const BISECTIONS = 3
/** Target times searched: at most this many channels (the recommended ones, then today's). */
const MAX_TARGET_INPUTS = 4

export interface SensitivityProgress {
  /** Share of the work done, 0 to 1 (an estimate: a search that finds its breakpoint early ends early). */
  fraction: number
  /** What is known so far, when a part has just finished (the bars, then each input searched). */
  partial?: SensitivityAnalysis
}

/** The scenario with `input` at `multiplier` times today's value. */
export function scenarioWith(
  scenario: Scenario,
  input: SensitivityInput,
  multiplier: number,
): Scenario {
  const s = structuredClone(scenario)
  switch (input.kind) {
    case 'contacts':
      s.demand.contactsPerWeek *= multiplier
      break
    case 'handle-time':
      for (const c of s.channels) c.handleMinutes *= multiplier
      break
    case 'hours-available':
      s.business.staffHoursPerWeek = (s.business.staffHoursPerWeek ?? 0) * multiplier
      break
    case 'target':
      for (const c of s.channels) if (c.id === input.channelId) c.targetSeconds *= multiplier
      break
  }
  return s
}

/** The input's value in a scenario, in the unit `SensitivityPoint.value` gives. */
export function inputValue(scenario: Scenario, input: SensitivityInput): number {
  switch (input.kind) {
    case 'contacts':
      return scenario.demand.contactsPerWeek
    case 'handle-time': {
      const candidates = scenario.channels.filter((c) => c.candidate)
      return candidates.reduce((s, c) => s + c.handleMinutes, 0) / Math.max(1, candidates.length)
    }
    case 'hours-available':
      return scenario.business.staffHoursPerWeek ?? 0
    case 'target':
      return scenario.channels.find((c) => c.id === input.channelId)?.targetSeconds ?? 0
  }
}

/** A breakpoint's value as a user would type it. */
function rounded(input: SensitivityInput, value: number): number {
  switch (input.kind) {
    case 'contacts':
      return Math.max(1, Math.round(value))
    case 'hours-available':
      return Math.round(value * 2) / 2
    case 'target':
      return Math.max(60, Math.round(value / 60) * 60)
    case 'handle-time':
      return Math.round(value * 10) / 10
  }
}

/** The inputs moved for a scenario and its recommended set, in the order the table lists them. */
export function sensitivityInputs(
  scenario: Scenario,
  channelIds: readonly string[],
): SensitivityInput[] {
  const inputs: SensitivityInput[] = [{ kind: 'contacts' }, { kind: 'handle-time' }]
  if (scenario.analysis.mode === 'fixed-hours' && (scenario.business.staffHoursPerWeek ?? 0) > 0) {
    inputs.push({ kind: 'hours-available' })
  }
  for (const id of channelIds) inputs.push({ kind: 'target', channelId: id })
  return inputs
}

/** Inputs searched for breakpoints: the bars' (not handle time), and today's channels' targets. */
function breakpointInputs(scenario: Scenario, channelIds: readonly string[]): SensitivityInput[] {
  const targets = [
    ...channelIds,
    ...scenario.channels.filter((c) => c.candidate && c.offeredToday).map((c) => c.id),
  ]
  const unique = [...new Set(targets)].slice(0, MAX_TARGET_INPUTS)
  const inputs: SensitivityInput[] = [{ kind: 'contacts' }]
  if (scenario.analysis.mode === 'fixed-hours' && (scenario.business.staffHoursPerWeek ?? 0) > 0) {
    inputs.push({ kind: 'hours-available' })
  }
  for (const id of unique) inputs.push({ kind: 'target', channelId: id })
  return inputs
}

/** Runs every step at once (tests, the bench). */
export function analyseSensitivity(
  scenario: Scenario,
  options: { cache?: CurveCache } = {},
): SensitivityAnalysis {
  const steps = sensitivitySteps(scenario, options)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * The analysis in steps. With the answer's curve cache, the sweep at today's values and the
 * contacts' grid points mostly come from it.
 */
export function* sensitivitySteps(
  scenario: Scenario,
  options: { cache?: CurveCache } = {},
): Generator<SensitivityProgress, SensitivityAnalysis, void> {
  const cache = options.cache ?? new CurveCache()
  const progress = new WorkCount()
  const sweep = function* (s: Scenario): Generator<SensitivityProgress, number, void> {
    const ctx = createPortfolioContext(s, cache)
    const steps = sweepSteps(ctx, new ProgressMeter(), 0)
    for (;;) {
      const step = steps.next()
      if (step.done) {
        progress.did(1)
        return recommendedOf(step.value).mask
      }
      yield progress.now()
    }
  }
  const exact = function* (s: Scenario, ids: readonly string[]) {
    const ctx = createPortfolioContext(s, cache)
    const totals = yield* progress.through(evaluatePortfolioSteps(ctx, maskOf(ctx, ids)))
    progress.did(1)
    return totals
  }

  const baseCtx = createPortfolioContext(scenario, cache)
  const baseMask = yield* sweep(scenario)
  const idsOf = (mask: number): string[] =>
    baseCtx.candidates.filter((_, i) => (mask >> i) & 1).map((c) => c.id)
  const channelIds = idsOf(baseMask)
  const fixedHours = scenario.analysis.mode === 'fixed-hours'
  const shareOf = (t: PortfolioTotals) => (fixedHours ? t.servedWellShare : t.attainment)
  const pointOf = (t: PortfolioTotals): Omit<SensitivityPoint, 'multiplier' | 'value'> => ({
    costWithLostValue: t.totalWithLostValue,
    share: shareOf(t),
    staffHours: t.staffHours,
    targetsReached: t.targetsReached,
  })

  const inputs = sensitivityInputs(scenario, channelIds)
  const searched = breakpointInputs(scenario, channelIds)
  progress.expect(
    1 + 2 * inputs.length + searched.length * (TARGET_HIGHER.length + TARGET_LOWER.length),
  )

  const base = pointOf(yield* exact(scenario, channelIds))
  const bars: SensitivityBar[] = []
  for (const input of inputs) {
    const at = function* (multiplier: number) {
      const s = scenarioWith(scenario, input, multiplier)
      const totals = yield* exact(s, channelIds)
      return { multiplier, value: inputValue(s, input), ...pointOf(totals) }
    }
    const low = yield* at(1 - SENSITIVITY_STEP)
    const high = yield* at(1 + SENSITIVITY_STEP)
    bars.push({ input, low, high })
  }
  const swing = (b: SensitivityBar) =>
    fixedHours
      ? Math.abs(b.high.share - b.low.share)
      : Math.abs(b.high.costWithLostValue - b.low.costWithLostValue)
  bars.sort((a, b) => swing(b) - swing(a))

  const breakpoints: Breakpoint[] = []
  const steady: SensitivityAnalysis['steady'] = []
  const sofar = (searching: SensitivityInput[]): SensitivityAnalysis => ({
    channelIds,
    share: fixedHours ? 'served-well' : 'within-target',
    base,
    bars: [...bars],
    breakpoints: [...breakpoints],
    steady: [...steady],
    searching,
  })
  yield { ...progress.now(), partial: sofar(searched) }
  for (const [index, input] of searched.entries()) {
    const pickAt = (m: number) => sweep(scenarioWith(scenario, input, m))
    let lowest = 1
    let highest = 1
    const target = input.kind === 'target'
    const left = target && !channelIds.includes(input.channelId)
    const grids: ['higher' | 'lower', readonly number[]][] = [
      ['higher', target ? TARGET_HIGHER : HIGHER],
      ['lower', left ? [] : target ? TARGET_LOWER : LOWER],
    ]
    for (const [direction, grid] of grids) {
      let inside = 1
      for (const m of grid) {
        const mask = yield* pickAt(m)
        if (mask === baseMask) {
          inside = m
          continue
        }
        // The pick changes between `inside` (today's set) and `m`: halve the step, geometrically.
        let outside = m
        let outsideMask = mask
        for (let k = 0; k < BISECTIONS; k++) {
          const mid = Math.sqrt(inside * outside)
          const midMask = yield* pickAt(mid)
          if (midMask === baseMask) inside = mid
          else {
            outside = mid
            outsideMask = midMask
          }
        }
        const value = rounded(input, inputValue(scenario, input) * outside)
        breakpoints.push({
          input,
          direction,
          value,
          multiplier: outside,
          stillAt: inside,
          channelIds: idsOf(outsideMask),
        })
        break
      }
      if (direction === 'higher') highest = inside
      else lowest = inside
    }
    steady.push({ input, lowest, highest })
    const rest = searched.slice(index + 1)
    if (rest.length > 0) yield { ...progress.now(), partial: sofar(rest) }
  }
  return sofar([])
}

/** Counts finished pieces of work against the expected number, as a fraction that never goes back. */
class WorkCount {
  private done = 0
  private expected = 1
  private shown = 0
  expect(n: number): void {
    this.expected = Math.max(this.expected, n)
  }
  did(n: number): void {
    this.done += n
  }
  now(): SensitivityProgress {
    this.shown = Math.max(
      this.shown,
      Math.min(0.99, this.done / Math.max(this.expected, this.done + 1)),
    )
    return { fraction: this.shown }
  }
  *through<T>(steps: Generator<void, T, void>): Generator<SensitivityProgress, T, void> {
    for (;;) {
      const step = steps.next()
      if (step.done) return step.value
      yield this.now()
    }
  }
}
