/**
 * What the built-in scenarios are made of: a scenario from catalog channels, the figures several
 * presets share, and the frozen preset itself.
 */
import type {
  AnalysisSettings,
  Business,
  CatalogChannelId,
  Channel,
  Scenario,
  SelfService,
} from '../../model/types'
import { channelFromCatalog } from '../catalog'

export type ScenarioPresetId =
  | 'grocery-facebook'
  | 'cable-social'
  | 'restaurant-reviews'
  | 'online-shop'
  | 'saas-startup'
  | 'six-channels'

export interface ScenarioPreset {
  id: ScenarioPresetId
  /** Short, for a list or a menu. */
  title: string
  /** One paragraph in plain words: the situation and the question it asks. */
  story: string
  /** Where the situation and its figures come from; "Assumption: …" for invented magnitudes. */
  sources: string[]
  /** A fresh, complete scenario each call. */
  build(): Scenario
}

interface ChannelSpec {
  catalogId: CatalogChannelId
  /** Share of contacts that would use it if every candidate were offered. */
  share: number
  offeredToday?: boolean
  /** Defaults to true. */
  candidate?: boolean
  coverage: readonly boolean[]
  /** Changes to the catalog defaults this situation calls for (explained where they are made). */
  changes?: Partial<Omit<Channel, 'id' | 'catalogId' | 'candidate' | 'offeredToday' | 'coverage'>>
}

interface ScenarioSpec {
  business: Business
  contactsPerWeek: number
  pattern: readonly number[]
  channels: ChannelSpec[]
  selfService?: SelfService
  valueAtRiskPerLostContact: number
  analysis: AnalysisSettings
}

const NO_SELF_SERVICE: SelfService = {
  enabled: false,
  deflectionShare: 0,
  upkeepHoursPerWeek: 0,
  toolCostPerMonth: 0,
}

/**
 * A scenario from catalog channels (one of each type, so the catalog id is the channel id).
 * Affinities naming a channel type the scenario does not hold are dropped: the remaining
 * weights still say where the customers go, and the analysis divides by their sum.
 */
export function assemble(spec: ScenarioSpec): Scenario {
  const ids = new Set<string>(spec.channels.map((c) => c.catalogId))
  const channels = spec.channels.map((c): Channel => {
    const channel = channelFromCatalog(c.catalogId, {
      candidate: c.candidate ?? true,
      offeredToday: c.offeredToday ?? false,
    })
    const changes = c.changes ?? {}
    const affinity = Object.fromEntries(
      Object.entries(changes.affinity ?? channel.affinity).filter(([id]) => ids.has(id)),
    )
    return { ...channel, ...changes, coverage: [...c.coverage], affinity }
  })
  return {
    version: 3,
    business: { ...spec.business },
    demand: {
      contactsPerWeek: spec.contactsPerWeek,
      pattern: [...spec.pattern],
      shares: Object.fromEntries(spec.channels.map((c) => [c.catalogId, c.share])),
    },
    channels,
    selfService: { ...(spec.selfService ?? NO_SELF_SERVICE) },
    valueAtRiskPerLostContact: spec.valueAtRiskPerLostContact,
    analysis: { ...spec.analysis },
  }
}

/**
 * Shrinkage (breaks, training, absence): surveys give means of 24 % and 27 % (13–39 %), and
 * 30–35 % is common in contact centres (docs/defaults.md). A small team where the same people do other
 * work between contacts sits near the survey means; a support team near the common 30 %.
 */
export const SHRINKAGE_SMALL_TEAM = 0.25
export const SHRINKAGE_CONTACT_CENTRE = 0.3
/** The voice occupancy cap, 85 % (Call Centre Helper; Turnella), as in the sample scenario. */
export const OCCUPANCY_CAP = 0.85
export const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6]

/** Presets are shared by the whole app: freezing one turns an accidental edit into an error. */
export function preset(p: ScenarioPreset): ScenarioPreset {
  return Object.freeze(p)
}
