/** Scenarios built from the catalog's sourced defaults, for the portfolio specs and the bench. */
import { channelFromCatalog } from '../../data/catalog'
import { ON_SITE_DEFAULTS } from '../../data/on-site-team'
import type {
  AnalysisSettings,
  Business,
  CatalogChannelId,
  Channel,
  Scenario,
} from '../../model/types'
import {
  COVERAGE_PRESETS,
  PATTERN_PRESETS,
  type CoveragePresetId,
  type PatternPresetId,
} from '../../data/week-presets'

export interface CatalogScenarioSpec {
  /** Channel (catalog id, or [id, catalog id] for a second channel of a type) → share. */
  shares: Array<[CatalogChannelId | [string, CatalogChannelId], number]>
  offeredToday: string[]
  contactsPerWeek: number
  pattern: PatternPresetId
  coverage: CoveragePresetId
  business?: Partial<Business>
  analysis?: Partial<AnalysisSettings>
  valueAtRiskPerLostContact?: number
  /** Per-channel changes to the catalog defaults. */
  tweak?: Record<string, Partial<Channel>>
}

export function catalogScenario(spec: CatalogScenarioSpec): Scenario {
  const channels = spec.shares.map(([ref]) => {
    const [id, catalogId] = Array.isArray(ref) ? ref : [ref, ref]
    const channel = channelFromCatalog(catalogId, {
      id,
      offeredToday: spec.offeredToday.includes(id),
    })
    channel.coverage = [...COVERAGE_PRESETS[spec.coverage].flags]
    return { ...channel, ...spec.tweak?.[id] }
  })
  // Affinities may only name channels of this scenario (the schema checks it).
  const ids = new Set(channels.map((c) => c.id))
  for (const c of channels) {
    c.affinity = Object.fromEntries(Object.entries(c.affinity).filter(([id]) => ids.has(id)))
  }
  return {
    version: 3,
    business: {
      name: 'Seed',
      currency: 'EUR',
      locale: 'en-IE',
      costPerHour: 25,
      shrinkage: 0.25,
      maxOccupancy: 0.85,
      ...spec.business,
    },
    demand: {
      contactsPerWeek: spec.contactsPerWeek,
      pattern: [...PATTERN_PRESETS[spec.pattern].weights],
      shares: Object.fromEntries(
        spec.shares.map(([ref, share]) => [Array.isArray(ref) ? ref[0] : ref, share]),
      ),
    },
    channels,
    selfService: { enabled: false, deflectionShare: 0, upkeepHoursPerWeek: 0, toolCostPerMonth: 0 },
    valueAtRiskPerLostContact: spec.valueAtRiskPerLostContact ?? 40,
    analysis: {
      structure: 'dedicated',
      mode: 'meet-targets',
      publicMissWeight: 2,
      onSite: { ...ON_SITE_DEFAULTS },
      ...spec.analysis,
    },
  }
}

/**
 * The seeds' case of a third channel that pays: 600 contacts a week, office-hours pattern,
 * covered weekdays 9–17; each lost customer is worth 400; staff at 25 an hour, 25 % shrinkage.
 * Shares: phone 30 % (180), email 30 % (180), live chat 25 % (150), Facebook 15 % (90).
 */
export function thirdChannelScenario(): Scenario {
  return catalogScenario({
    shares: [
      ['phone', 0.3],
      ['email', 0.3],
      ['live-chat', 0.25],
      ['facebook', 0.15],
    ],
    offeredToday: ['phone', 'email'],
    contactsPerWeek: 600,
    pattern: 'office-hours',
    coverage: 'weekday-office',
    valueAtRiskPerLostContact: 400,
  })
}
