/**
 * The scenario the app opens with: a bike shop that answers phone, email, Facebook and
 * Instagram today and wonders which channels to keep. Figures are invented but plausible
 * for a shop with two or three people on the floor; every channel setting is the catalog
 * default, so what the sample shows is what the sourced defaults imply.
 */
import { ON_SITE_DEFAULTS } from './on-site-team'
import { CATALOG_CHANNEL_IDS, channelFromCatalog, selfServiceCatalog } from './catalog'
import type { CatalogChannelId, Scenario } from '../model/types'
import { COVERAGE_PRESETS, PATTERN_PRESETS } from './week-presets'

const OFFERED_TODAY: readonly CatalogChannelId[] = ['phone', 'email', 'facebook', 'instagram']

/**
 * Who would use which channel if all ten were offered. Decimals chosen to sum to exactly 1
 * in floating point when added in catalog order (tested).
 */
const SHARES: Readonly<Record<CatalogChannelId, number>> = {
  phone: 0.25,
  email: 0.15,
  'web-form': 0.05,
  'live-chat': 0.1,
  messaging: 0.1,
  facebook: 0.1,
  instagram: 0.1,
  x: 0.03,
  reviews: 0.07,
  forum: 0.05,
}

/** A fresh copy each call: the app edits the scenario it is given. */
export function sampleScenario(): Scenario {
  const channels = CATALOG_CHANNEL_IDS.map((id) =>
    channelFromCatalog(id, { candidate: true, offeredToday: OFFERED_TODAY.includes(id) }),
  )
  // Whoever answers works in the shop: every channel is covered in opening hours, Saturday too.
  for (const c of channels) c.coverage = [...COVERAGE_PRESETS.extended.flags]
  return {
    version: 3,
    business: {
      name: 'Riverside Cycles',
      currency: 'EUR',
      locale: 'en-IE',
      costPerHour: 28,
      shrinkage: 0.3,
      maxOccupancy: 0.85,
      staffHoursPerWeek: 40,
    },
    demand: {
      contactsPerWeek: 400,
      pattern: [...PATTERN_PRESETS['retail-evenings-weekends'].weights],
      shares: Object.fromEntries(CATALOG_CHANNEL_IDS.map((id) => [id, SHARES[id]])),
    },
    channels,
    selfService: { ...selfServiceCatalog.defaults, enabled: true, deflectionShare: 0.1 },
    valueAtRiskPerLostContact: 35,
    analysis: {
      structure: 'dedicated',
      mode: 'meet-targets',
      publicMissWeight: 2,
      onSite: { ...ON_SITE_DEFAULTS },
    },
  }
}
