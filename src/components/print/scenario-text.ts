/**
 * The scenario in words, for the handout and the presentation: preset names for the weekly
 * pattern and the hours of cover, targets as "80 % within 20 s", and today's date, all in the
 * scenario's locale. Pure functions of the scenario, so both views say the same thing.
 */
import {
  COVERAGE_PRESETS,
  coveredHours,
  PATTERN_PRESETS,
  type Channel,
  type Scenario,
} from '@/engine'

export const MODE_LABELS: Readonly<Record<Scenario['analysis']['mode'], string>> = {
  'meet-targets': 'Meeting every target: how many hours does it take?',
  'fixed-hours': 'The hours we have: how far do they go?',
}

export const STRUCTURE_LABELS: Readonly<Record<Scenario['analysis']['structure'], string>> = {
  dedicated: 'Each channel has its own people',
  blended: 'The same people answer every channel',
}

/** Intl with a fallback: an odd locale tag still shows the number. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options)
  } catch {
    return new Intl.NumberFormat(undefined, options)
  }
}

/** Up to two decimals, none when whole: "6", "1.7", "0.05". */
export function plainNumber(value: number, locale: string): string {
  if (!Number.isFinite(value)) return 'not available'
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value)
}

/** A share as a percentage, with one decimal only when it has one: "80 %", "92.5 %". */
export function percentText(share: number, locale: string): string {
  if (!Number.isFinite(share)) return 'not available'
  const digits = Math.abs(Math.round(share * 1000) % 10) === 0 ? 0 : 1
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share)
}

/** A cost per hour keeps its cents: "€27.50", "€28". */
export function moneyPerHour(value: number, scenario: Scenario): string {
  const { locale, currency } = scenario.business
  if (!Number.isFinite(value)) return 'not available'
  try {
    const whole = Number.isInteger(value)
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    }).format(value)
  } catch {
    return `${plainNumber(value, locale)} ${currency}`
  }
}

/** A length of time in the unit people use for it: "20 s", "3 min", "4 h", "2 days". */
export function durationText(seconds: number, locale: string): string {
  if (!Number.isFinite(seconds)) return 'not available'
  const n = (x: number) => plainNumber(Math.round(x * 10) / 10, locale)
  if (seconds < 120) return `${n(seconds)}\u00a0s`
  if (seconds < 2 * 3600) return `${n(seconds / 60)}\u00a0min`
  if (seconds < 72 * 3600) return `${n(seconds / 3600)}\u00a0h`
  return `${n(seconds / 86_400)} days`
}

/** "80 % within 20 s". */
export function targetText(channel: Channel, locale: string): string {
  return `${percentText(channel.targetShare, locale)} within ${durationText(channel.targetSeconds, locale)}`
}

/** The preset the weekly pattern matches (whatever its scale), or "Your own pattern". */
export function patternLabel(pattern: readonly number[]): string {
  const total = pattern.reduce((s, w) => s + w, 0)
  if (!(total > 0)) return 'Your own pattern'
  for (const preset of Object.values(PATTERN_PRESETS)) {
    if (preset.weights.every((w, h) => Math.abs(w - (pattern[h] ?? 0) / total) < 1e-9)) {
      return preset.label
    }
  }
  return 'Your own pattern'
}

/** The preset the hours of cover match, or how many hours a week they add up to. */
export function coverageLabel(coverage: readonly boolean[]): string {
  for (const preset of Object.values(COVERAGE_PRESETS)) {
    if (preset.flags.every((f, h) => f === coverage[h])) return preset.label
  }
  return `Your own hours (${coveredHours(coverage)} h a week)`
}

/** Today's date in the scenario's language: "14 March 2025". */
export function todayText(locale: string, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(now)
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(now)
  }
}
