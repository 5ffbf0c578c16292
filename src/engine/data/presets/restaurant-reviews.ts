import { ON_SITE_DEFAULTS } from '../on-site-team'
import type { CatalogChannelId, Scenario } from '../../model/types'
import { coverageFromDays } from '../../model/week'
import { channelFromCatalog } from '../catalog'
import { AGENCY_UNMONITORED, ARISE, AUTHOR_ONE_OR_TWO, CATALOG_SETTINGS, stated } from '../sources'
import { PATTERN_PRESETS } from '../week-presets'
import {
  assemble,
  preset,
  type ScenarioPreset,
  SHRINKAGE_SMALL_TEAM,
  OCCUPANCY_CAP,
  EVERY_DAY,
} from './building-blocks'

/**
 * A local restaurant: bookings and questions by phone, reviews on Google and Tripadvisor that
 * later guests read, and a trickle of messages on Facebook, Instagram and email.
 */
function restaurantReviews(): Scenario {
  // Open every day; the phone is answered 11–21 by whoever is at the front desk.
  const service = coverageFromDays(EVERY_DAY, 11, 21)
  // Written channels are looked at before service and in the afternoon lull, 10–17.
  const office = coverageFromDays(EVERY_DAY, 10, 17)
  // A diner who gets no answer in writing rings the restaurant, and a complaint made in public
  // is best settled by phone: the phone joins the affinities of the public channels (a
  // scenario-specific addition; the catalog's social channels point at typing channels only).
  const ringsBack = (id: CatalogChannelId) => ({
    affinity: { ...channelFromCatalog(id).affinity, phone: 0.3 },
  })
  // Email and messages about a booking next week can wait a day: a 24-hour target, the top of
  // the catalog's range (Arise 2017: 79.2 % accept a day; UK customers up to 24 h).
  const withinADay = { targetSeconds: 24 * 3600, expectationHours: 24 }
  return assemble({
    business: {
      name: 'Trattoria Lucca',
      currency: 'GBP',
      locale: 'en-GB',
      // Assumption: front-of-house pay of about 12 an hour plus payroll costs.
      costPerHour: 15,
      shrinkage: SHRINKAGE_SMALL_TEAM,
      maxOccupancy: OCCUPANCY_CAP,
    },
    // Assumption: a 60-cover restaurant takes about 150 bookings and questions a week, and
    // gets a few dozen reviews and messages: 250 contacts a week.
    contactsPerWeek: 250,
    pattern: PATTERN_PRESETS['restaurant-peaks'].weights,
    channels: [
      {
        catalogId: 'phone',
        share: 0.5,
        offeredToday: true,
        coverage: service,
        // A booking call is short: 3 minutes, below the catalog's service-call range. A caller
        // who gets no answer books another restaurant: 30 % lost, above the catalog's 5–20 %
        // for service calls (Assumption). The restaurant's own line costs nothing extra.
        changes: { handleMinutes: 3, lossShare: 0.3, toolCostPerMonth: 0 },
      },
      { catalogId: 'reviews', share: 0.15, offeredToday: true, coverage: office },
      { catalogId: 'email', share: 0.1, coverage: office, changes: withinADay },
      {
        catalogId: 'facebook',
        share: 0.1,
        offeredToday: true,
        coverage: office,
        changes: ringsBack('facebook'),
      },
      { catalogId: 'instagram', share: 0.1, coverage: office, changes: ringsBack('instagram') },
      { catalogId: 'messaging', share: 0.05, coverage: office },
    ],
    // Assumption: a lost booking is a table of two or three spending about 90, about 60 of
    // it margin once the food is paid for.
    valueAtRiskPerLostContact: 60,
    // The host answers the phone and, between calls, the written channels: blended.
    analysis: {
      structure: 'alongside-other-work',
      mode: 'meet-targets',
      publicMissWeight: 2,
      onSite: { ...ON_SITE_DEFAULTS },
    },
  })
}

export const restaurantReviewsPreset: ScenarioPreset = preset({
  id: 'restaurant-reviews',
  title: 'Local restaurant with review sites and a phone',
  story:
    'A busy local restaurant takes bookings and questions by phone during service, replies to reviews on Google and Tripadvisor, and answers messages on its Facebook page. Whoever is at the front desk answers the phone and, in the quiet moments between calls, the written channels. Guests also write by email, Instagram and WhatsApp, which nobody answers today. Is the phone and one written channel enough, or does the time between calls make a few more channels cheap enough to answer?',
  sources: [
    AGENCY_UNMONITORED,
    AUTHOR_ONE_OR_TWO,
    'A strategist: service before, during and after a purchase, each channel judged by the value it adds to the customer',
    stated(ARISE),
    'Assumption: 250 contacts a week for a 60-cover restaurant, booking calls of 3 minutes, 30 % of unanswered callers booking elsewhere, front-of-house pay at 15 an hour, a lost booking worth 60 of margin',
    CATALOG_SETTINGS,
  ],
  build: restaurantReviews,
})
