import { ON_SITE_DEFAULTS } from '../on-site-team'
import type { Scenario } from '../../model/types'
import {
  AUTHOR_ONE_OR_TWO,
  CATALOG_SETTINGS,
  PUBLICATION_TWITTER,
  SHRINKAGE,
  SOCIAL_HOUR,
  stated,
} from '../sources'
import { COVERAGE_PRESETS, PATTERN_PRESETS } from '../week-presets'
import {
  assemble,
  OCCUPANCY_CAP,
  preset,
  SHRINKAGE_SMALL_TEAM,
  type ScenarioPreset,
} from './building-blocks'

/**
 * A small brand that answers everywhere its customers write, six channels, with 20 paid hours a
 * week: the seeds' picture of brands spread thin on social media (13 % of messages answered at
 * all), and the author's advice to pick one or two channels and do them well.
 */
function sixChannels(): Scenario {
  // Whoever answers works weekdays 9–17, so every channel is looked at then.
  const office = COVERAGE_PRESETS['weekday-office'].flags
  return assemble({
    business: {
      name: 'Linden Home',
      currency: 'EUR',
      locale: 'en-IE',
      // Assumption: a small-business wage with payroll costs.
      costPerHour: 25,
      shrinkage: SHRINKAGE_SMALL_TEAM,
      maxOccupancy: OCCUPANCY_CAP,
      // Assumption: one person's half week for customers' messages.
      staffHoursPerWeek: 20,
    },
    // Assumption: 200 messages a week for a shop selling online and from one store.
    contactsPerWeek: 200,
    pattern: PATTERN_PRESETS['office-hours'].weights,
    channels: [
      { catalogId: 'email', share: 0.3, offeredToday: true, coverage: office },
      { catalogId: 'facebook', share: 0.2, offeredToday: true, coverage: office },
      { catalogId: 'instagram', share: 0.15, offeredToday: true, coverage: office },
      { catalogId: 'x', share: 0.1, offeredToday: true, coverage: office },
      { catalogId: 'messaging', share: 0.15, offeredToday: true, coverage: office },
      { catalogId: 'reviews', share: 0.1, offeredToday: true, coverage: office },
    ],
    // Assumption: a customer lost is worth 40 (a repeat order's margin).
    valueAtRiskPerLostContact: 40,
    analysis: {
      structure: 'dedicated',
      mode: 'fixed-hours',
      publicMissWeight: 2,
      onSite: { ...ON_SITE_DEFAULTS },
    },
  })
}

export const sixChannelsPreset: ScenarioPreset = preset({
  id: 'six-channels',
  title: 'Six channels, twenty hours a week',
  story:
    'A small home-goods brand answers its customers wherever they write: email, Facebook, Instagram, X, WhatsApp and review sites, about 200 messages a week. One person has 20 paid hours a week for all of them and works through the six channels on weekdays, 9 to 5. A business publication found that brands answered only 13 % of the messages people sent them on Twitter, and a customer-service author advises picking one or two channels and doing them perfectly. How many customers do the 20 hours answer in time spread over six channels, and how many with one or two?',
  sources: [
    PUBLICATION_TWITTER,
    AUTHOR_ONE_OR_TWO,
    stated(SOCIAL_HOUR),
    stated(SHRINKAGE),
    'Assumption: 200 written messages a week, one person with 20 paid hours for them at 25 an hour, a lost customer worth 40 (a repeat order’s margin)',
    CATALOG_SETTINGS,
  ],
  build: sixChannels,
})
