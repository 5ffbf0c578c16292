/**
 * What a catalog entry is: a channel type with defaults, each numeric default with its range and
 * its source, and where its customers go when it is not offered. The builders freeze what they
 * make: the catalog is shared by every scenario, so an accidental edit becomes an error.
 */
import type { CatalogChannelId, Channel, ChannelKind, SelfService } from '../model/types'
import type { CoveragePresetId } from './week-presets'

export interface SourcedValue {
  value: number
  /** Plausible low and high values for a small business; the default lies inside. */
  range: readonly [low: number, high: number]
  /** The public source (docs/defaults.md lists them), or "Assumption: …" with the reason. */
  source: string
  note?: string
}

/** Channel fields that hold a number and so carry a source. */
export type SourcedChannelField =
  | 'handleMinutes'
  | 'concurrency'
  | 'concurrencyEfficiency'
  | 'targetShare'
  | 'targetSeconds'
  | 'minutesPerCheck'
  | 'privateHandoffShare'
  | 'expectationHours'
  | 'repeatRate'
  | 'toolCostPerMonth'
  | 'setupHours'
  | 'trainingHoursPerMonth'
  | 'lossShare'

/** patienceSeconds is there for live and chat channels only. */
export type ChannelSources = Record<SourcedChannelField, SourcedValue> & {
  patienceSeconds?: SourcedValue
}

/** A Channel without what belongs to one scenario; coverage is named by preset. */
export type ChannelDefaults = Omit<
  Channel,
  'id' | 'candidate' | 'offeredToday' | 'affinity' | 'coverage'
> & { coveragePreset: CoveragePresetId }

export interface CatalogEntry {
  id: CatalogChannelId
  name: string
  kind: ChannelKind
  description: string
  defaults: ChannelDefaults
  sources: ChannelSources
  /**
   * Where this channel's customers go when it is not offered: catalog id → weight (the
   * weights of one entry sum to 1). Assumptions: customers move to the channel most like
   * the one they lost (typing people keep typing, talking people want a person live).
   */
  affinity: Readonly<Partial<Record<CatalogChannelId, number>>>
}

export function sourced(
  value: number,
  range: [low: number, high: number],
  source: string,
  note?: string,
): SourcedValue {
  return note === undefined ? { value, range, source } : { value, range, source, note }
}

export function entry(spec: {
  id: CatalogChannelId
  name: string
  kind: ChannelKind
  description: string
  coveragePreset: CoveragePresetId
  isPublic: boolean
  sources: ChannelSources
  affinity: Partial<Record<CatalogChannelId, number>>
}): CatalogEntry {
  const s = spec.sources
  const defaults: ChannelDefaults = {
    catalogId: spec.id,
    name: spec.name,
    kind: spec.kind,
    handleMinutes: s.handleMinutes.value,
    concurrency: s.concurrency.value,
    concurrencyEfficiency: s.concurrencyEfficiency.value,
    targetShare: s.targetShare.value,
    targetSeconds: s.targetSeconds.value,
    minutesPerCheck: s.minutesPerCheck.value,
    isPublic: spec.isPublic,
    privateHandoffShare: s.privateHandoffShare.value,
    expectationHours: s.expectationHours.value,
    repeatRate: s.repeatRate.value,
    toolCostPerMonth: s.toolCostPerMonth.value,
    setupHours: s.setupHours.value,
    trainingHoursPerMonth: s.trainingHoursPerMonth.value,
    lossShare: s.lossShare.value,
    coveragePreset: spec.coveragePreset,
  }
  if (s.patienceSeconds) defaults.patienceSeconds = s.patienceSeconds.value
  return deepFreeze({
    id: spec.id,
    name: spec.name,
    kind: spec.kind,
    description: spec.description,
    defaults,
    sources: s,
    affinity: spec.affinity,
  })
}

export /** The catalog is shared by every scenario: freezing it turns an accidental edit into an error. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

export interface SelfServiceCatalogEntry {
  id: 'faq'
  name: string
  description: string
  defaults: SelfService
  sources: Record<'deflectionShare' | 'upkeepHoursPerWeek' | 'toolCostPerMonth', SourcedValue>
}
