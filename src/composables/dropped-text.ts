/**
 * The sentence for each channel the recommendation leaves out, worded from the engine's facts
 * (`Recommendation.dropped`), numbers and money in the scenario's locale: what offering it would
 * take before a single reply, what it would reach, and where its customers go without it.
 */
import type { DroppedChannel, Recommendation, Scenario } from '@/engine'
import { createFormatters } from './format'

/** "every 15 minutes", "every hour", "every 4 hours", "once a day". */
export function everyText(minutes: number): string {
  if (minutes < 60) return `every ${Math.round(minutes)} minutes`
  if (minutes === 60) return 'every hour'
  if (minutes === 24 * 60) return 'once a day'
  const hours = minutes / 60
  return `every ${Number.isInteger(hours) ? hours : hours.toFixed(1)} hours`
}

/** Names joined as a reader says them: "A", "A and B", "A, B and C". */
export function joined(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`
}

/** Paid hours below this read as none in a sentence. */
const HOURS_WORTH_SAYING = 0.05

export function droppedSentence(
  d: DroppedChannel,
  scenario: Scenario,
  recommendation: Pick<Recommendation, 'recommended'>,
): string {
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  const name = (id: string) => scenario.channels.find((c) => c.id === id)?.name ?? id
  const budget =
    scenario.analysis.mode === 'fixed-hours' ? scenario.business.staffHoursPerWeek : undefined
  const parts: string[] = []
  const a = d.ifAdded
  if (a) {
    const of =
      budget !== undefined && budget > 0
        ? ` of your ${fmt.hours(budget)} (${fmt.percent(a.floorHours / budget, 0)})`
        : ' a week'
    if (a.looks) {
      const by = a.looks.people > 1 ? ` by ${fmt.integer(a.looks.people)} people` : ''
      parts.push(
        `a look ${everyText(a.looks.intervalMinutes)}${by} (${fmt.integer(a.looks.perWeek)} a week) takes ${fmt.hours(a.floorHours)}${of} before a single reply`,
      )
    } else if (a.floorHours >= HOURS_WORTH_SAYING) {
      parts.push(
        `someone ready for it whenever it is open takes ${fmt.hours(a.floorHours)}${of} beyond the time on contacts`,
      )
    } else {
      parts.push(`offering it takes ${fmt.hours(a.staffHours)} a week`)
    }
    parts.push(
      `beside ${recommendation.recommended.channelIds.map(name).join(' and ')} it would answer ${fmt.percent(a.withinTargetShare, 0)} within its target (${fmt.percent(a.targetShare, 0)} wanted)`,
    )
    const extra = a.extraCostWithLostValue
    parts.push(
      extra >= 0
        ? `and add ${fmt.money(extra)} a week, lost customers included`
        : `and save ${fmt.money(-extra)} a week, lost customers included`,
    )
  }
  const moves = d.movesTo.map((m) => `${name(m.channelId)} (${fmt.integer(m.contacts)})`)
  const without =
    d.contacts <= 0
      ? 'Nobody would contact it first.'
      : `Without it, its ${fmt.integer(d.contacts)} customers a week ${moves.length > 0 ? `go to ${joined(moves)}` : 'have nowhere they would go'}, and ${d.lost < 0.5 ? 'none is lost' : `${fmt.integer(d.lost)} ${d.lost < 1.5 ? 'is' : 'are'} lost`}.`
  const lead =
    parts.length > 0 ? `${name(d.channelId)}: ${parts.join(', ')}. ` : `${name(d.channelId)}: `
  return `${lead}${without}`
}

/** One sentence for each channel the recommendation leaves out, keyed by channel. */
export function droppedSentences(
  recommendation: Pick<Recommendation, 'recommended' | 'dropped'>,
  scenario: Scenario,
): { id: string; text: string }[] {
  return recommendation.dropped.map((d) => ({
    id: d.channelId,
    text: droppedSentence(d, scenario, recommendation),
  }))
}
