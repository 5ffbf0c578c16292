/** What the answer charts share: names, rounding, and the options every chart starts from. */
import type { Scenario } from '@/engine'

/** Channel id → name, for labels; an id the scenario does not know shows as itself. */
export function channelNames(scenario: Scenario): (id: string) => string {
  const names = new Map(scenario.channels.map((c) => [c.id, c.name]))
  return (id) => names.get(id) ?? id
}

/** Channel id → its position in the scenario, which fixes its colour in every chart. */
export function channelIndexes(scenario: Scenario): (id: string) => number {
  const indexes = new Map(scenario.channels.map((c, i) => [c.id, i]))
  return (id) => indexes.get(id) ?? scenario.channels.length
}

/** Rounds for the chart (the tables show the formatted figures); non-finite values become 0. */
export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value)) return 0
  const f = 10 ** digits
  return Math.round(value * f) / f
}

export function animationFor(reducedMotion: boolean): false | { duration: number } {
  return reducedMotion ? false : { duration: 250 }
}

/** "Email, Phone and Facebook" in the scenario's language; a plain list if Intl lacks it. */
export function listOf(labels: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(labels)
  } catch {
    return labels.join(', ')
  }
}

export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many
}

/** Does the user ask for less motion? False outside a browser. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  )
}
