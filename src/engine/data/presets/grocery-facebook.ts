import { ON_SITE_DEFAULTS } from '../on-site-team'
import type { Scenario } from '../../model/types'
import {
  AGENCY_UNMONITORED,
  CATALOG_SETTINGS,
  SHRINKAGE,
  SOCIAL_HOUR,
  TOISTER,
  stated,
} from '../sources'
import { COVERAGE_PRESETS, PATTERN_PRESETS } from '../week-presets'
import {
  assemble,
  preset,
  type ScenarioPreset,
  SHRINKAGE_SMALL_TEAM,
  OCCUPANCY_CAP,
} from './building-blocks'

/**
 * A grocery store whose local Facebook page has 8,000 fans, answered by one part-timer who also
 * keeps the email inbox and the store's Instagram. The business publication's store closed its
 * page because staff were stretched too thin; the preset asks what the same hours buy if the
 * page is closed and customers are sent to email or WhatsApp instead.
 */
function groceryFacebook(): Scenario {
  // The store is open every day 9–21 and whoever answers works in the store, so every written
  // channel is looked at in opening hours. The phone rings at the service desk and is staffed
  // outside these hours; this preset plans the written channels only.
  const open = COVERAGE_PRESETS['seven-day'].flags
  return assemble({
    business: {
      name: 'Northfield Market',
      currency: 'USD',
      locale: 'en-US',
      // Assumption: a retail wage of about 12 an hour plus payroll costs.
      costPerHour: 15,
      shrinkage: SHRINKAGE_SMALL_TEAM,
      maxOccupancy: OCCUPANCY_CAP,
      // Assumption: one part-timer with 25 paid hours a week for the store's messages, the
      // "staff stretched too thin" of the report.
      staffHoursPerWeek: 25,
    },
    // Assumption: of 8,000 fans, a little over 1 % post, comment or message in a week (90
    // contacts on the page), plus the store's other written contacts: 150 a week in all.
    contactsPerWeek: 150,
    pattern: PATTERN_PRESETS['retail-evenings-weekends'].weights,
    channels: [
      { catalogId: 'email', share: 0.15, offeredToday: true, coverage: open },
      // The page is where the fans are: 60 % of contacts if it stays open.
      { catalogId: 'facebook', share: 0.6, offeredToday: true, coverage: open },
      { catalogId: 'instagram', share: 0.1, offeredToday: true, coverage: open },
      { catalogId: 'messaging', share: 0.1, coverage: open },
      { catalogId: 'web-form', share: 0.05, coverage: open },
    ],
    // Assumption: a regular household spends about 80 a week; at a 25 % gross margin, three
    // weeks of shopping elsewhere is 60.
    valueAtRiskPerLostContact: 60,
    analysis: {
      structure: 'alongside-other-work',
      mode: 'fixed-hours',
      publicMissWeight: 2,
      onSite: { ...ON_SITE_DEFAULTS },
    },
  })
}

export const groceryFacebookPreset: ScenarioPreset = preset({
  id: 'grocery-facebook',
  title: 'Grocery store with a busy Facebook page',
  story:
    'A grocery store’s local Facebook page has 8,000 fans, and about 90 of them post, comment or message in a week, most in the evening and at the weekend. One part-timer with 25 paid hours a week answers the page, the store’s Instagram and its email, checking all three through the store’s opening hours, every day. A business publication reported that a store in this position closed its page because staff were stretched too thin. Should this store do the same and send customers to email, and how many more of them would then get an answer in time?',
  sources: [
    'A business publication (The Build Network, 2014): a grocery store closed its local Facebook page, 8,000 fans, staff stretched too thin',
    AGENCY_UNMONITORED,
    stated(SOCIAL_HOUR),
    stated(TOISTER),
    stated(SHRINKAGE),
    'Assumption: 150 written contacts a week (a little over 1 % of the fans on the page each week), one part-timer with 25 paid hours at 15 an hour, a lost regular shopper worth 60 (three weeks of a household’s grocery margin)',
    CATALOG_SETTINGS,
  ],
  build: groceryFacebook,
})
