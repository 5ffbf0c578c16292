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
import { moneyText, percentText, plainNumber } from '@/composables/format'

export const MODE_LABELS: Readonly<Record<Scenario['analysis']['mode'], string>> = {
  'meet-targets': 'Meeting every target: how many hours does it take?',
  'fixed-hours': 'The hours we have: how far do they go?',
}

export const STRUCTURE_LABELS: Readonly<Record<Scenario['analysis']['structure'], string>> = {
  dedicated: 'Each channel has its own people',
  blended: 'The same people answer every channel',
  'alongside-other-work': 'The people on site answer between other work',
}

/**
 * The team in words; alongside other work with who is on site: "The people on site answer
 * between other work: 2 people, 60 % of their time on other work in pieces of 5 min".
 */
export function teamText(scenario: Scenario): string {
  const { structure, onSite } = scenario.analysis
  const label = STRUCTURE_LABELS[structure]
  if (structure !== 'alongside-other-work') return label
  const { locale } = scenario.business
  const people = `${plainNumber(onSite.people, locale)} ${onSite.people === 1 ? 'person' : 'people'}`
  return `${label}: ${people}, ${percentText(onSite.otherWorkShare, locale)} of their time on other work in pieces of ${plainNumber(onSite.otherWorkMinutes, locale)}\u00a0min`
}

// Numbers and money come from the app's one formatting module; these names stay for the views.
export { numberFormat, percentText, plainNumber } from '@/composables/format'

/** A cost per hour keeps its cents: "€27.50", "€28". */
export function moneyPerHour(value: number, scenario: Scenario): string {
  const { locale, currency } = scenario.business
  return moneyText(value, locale, currency, { cents: 'as-needed' })
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
