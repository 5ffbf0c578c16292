/**
 * Each channel's figures beside where they come from: the catalog's source when the figure is
 * still the default, "your own figure" with the default when it was changed. Figures fixed by
 * the kind of channel ("By definition", "Not used") are left out while they hold their default:
 * they say nothing about the business.
 */
import {
  channelCatalog,
  type Channel,
  type Scenario,
  type SourcedChannelField,
  type SourcedValue,
} from '@/engine'
import { moneyText, percentText, plainNumber } from '@/composables/format'
import { durationText, moneyPerHour } from './scenario-text'

export interface AssumptionLine {
  field: SourcedChannelField | 'patienceSeconds'
  label: string
  value: string
  /** "source: …" for a default, "your own figure (default …)" otherwise. */
  origin: string
  isDefault: boolean
}

type Show = (value: number, scenario: Scenario) => string

const minutes: Show = (v, s) => `${plainNumber(v, s.business.locale)}\u00a0min`
const hours: Show = (v, s) => `${plainNumber(v, s.business.locale)}\u00a0h`
const share: Show = (v, s) => percentText(v, s.business.locale)
const seconds: Show = (v, s) => durationText(v, s.business.locale)
const money: Show = (v, s) => moneyPerHour(v, s)

const FIELDS: ReadonlyArray<{
  field: SourcedChannelField | 'patienceSeconds'
  label: string
  show: Show
}> = [
  { field: 'handleMinutes', label: 'Handle time', show: minutes },
  {
    field: 'concurrency',
    label: 'Chats at once',
    show: (v, s) => plainNumber(v, s.business.locale),
  },
  {
    field: 'concurrencyEfficiency',
    label: 'Throughput at that',
    show: (v, s) => `${plainNumber(v, s.business.locale)}×`,
  },
  { field: 'targetShare', label: 'Answered within target', show: share },
  { field: 'targetSeconds', label: 'Target time', show: seconds },
  { field: 'patienceSeconds', label: 'Patience', show: seconds },
  { field: 'minutesPerCheck', label: 'Time per look', show: minutes },
  {
    field: 'expectationHours',
    label: 'Customers wait at most',
    show: (v, s) => seconds(v * 3600, s),
  },
  { field: 'repeatRate', label: 'Late ones who ask again', show: share },
  { field: 'privateHandoffShare', label: 'Moved to a private channel', show: share },
  { field: 'lossShare', label: 'Lost if not offered', show: share },
  { field: 'toolCostPerMonth', label: 'Tools a month', show: money },
  { field: 'setupHours', label: 'Setup time', show: hours },
  { field: 'trainingHoursPerMonth', label: 'Training a month', show: hours },
]

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))
const isFixedByKind = (s: SourcedValue) => /^(By definition|Not used)/.test(s.source)

export function channelAssumptions(channel: Channel, scenario: Scenario): AssumptionLine[] {
  const sources = channelCatalog[channel.catalogId]?.sources
  if (!sources) return []
  const lines: AssumptionLine[] = []
  for (const { field, label, show } of FIELDS) {
    const sourced = sources[field]
    const value = channel[field]
    if (!sourced) continue
    if (value === undefined) {
      lines.push({
        field,
        label,
        value: 'nobody gives up',
        origin: `your own setting (default ${show(sourced.value, scenario)})`,
        isDefault: false,
      })
      continue
    }
    const isDefault = same(value, sourced.value)
    if (isDefault && isFixedByKind(sourced)) continue
    lines.push({
      field,
      label,
      value: show(value, scenario),
      origin: isDefault
        ? `source: ${sourced.source}`
        : `your own figure (default ${show(sourced.value, scenario)})`,
      isDefault,
    })
  }
  return lines
}

/** The business-wide assumptions the answer rests on. */
export function businessAssumptions(scenario: Scenario): { label: string; value: string }[] {
  const { locale } = scenario.business
  const money = (v: number) => moneyText(v, locale, scenario.business.currency)
  return [
    {
      label: 'Shrinkage (paid time not spent on contacts: breaks, meetings, absence)',
      value: percentText(scenario.business.shrinkage, locale),
    },
    {
      label: 'Busiest a person should be (occupancy cap)',
      value: percentText(scenario.business.maxOccupancy, locale),
    },
    {
      label: 'Value of a lost customer (margin lost when a customer goes elsewhere)',
      value: money(scenario.valueAtRiskPerLostContact),
    },
    {
      label: 'A missed target on a public channel counts',
      value: `${plainNumber(scenario.analysis.publicMissWeight, locale)}× a private one`,
    },
    {
      label: 'Customers who move to a public page that promises a quicker answer',
      value:
        (scenario.analysis.escalationShare ?? 0) > 0
          ? `${percentText(scenario.analysis.escalationShare ?? 0, locale)} of a private channel's`
          : 'none',
    },
  ]
}
