import { ON_SITE_DEFAULTS } from '../on-site-team'
import type { Scenario } from '../../model/types'
import {
  AUTHOR_ONE_OR_TWO,
  CATALOG_SETTINGS,
  COMM100,
  CONTACT_BABEL,
  TOISTER,
  stated,
} from '../sources'
import { COVERAGE_PRESETS, PATTERN_PRESETS } from '../week-presets'
import {
  assemble,
  preset,
  type ScenarioPreset,
  SHRINKAGE_CONTACT_CENTRE,
  OCCUPANCY_CAP,
} from './building-blocks'

/** A SaaS start-up: trial users who want answers now, paying customers who churn if ignored. */
function saasStartup(): Scenario {
  // Customers work office hours; support covers weekdays 8–20 and Saturday 9–17, so early and
  // late questions and other time zones are answered too.
  const hours = COVERAGE_PRESETS.extended.flags
  return assemble({
    business: {
      name: 'Tallyboard',
      currency: 'USD',
      locale: 'en-US',
      // Assumption: a support engineer at about 55,000 a year plus 30 % costs, over 1,900 hours.
      costPerHour: 35,
      shrinkage: SHRINKAGE_CONTACT_CENTRE,
      maxOccupancy: OCCUPANCY_CAP,
    },
    // Assumption: about 1,500 paying accounts and a few hundred trials a week, in touch about
    // every other month (set-up questions, bugs, billing): 600 contacts a week.
    contactsPerWeek: 600,
    pattern: PATTERN_PRESETS['office-hours'].weights,
    channels: [
      { catalogId: 'phone', share: 0.15, offeredToday: true, coverage: hours },
      { catalogId: 'email', share: 0.35, offeredToday: true, coverage: hours },
      {
        catalogId: 'live-chat',
        share: 0.35,
        coverage: hours,
        // Trial users who want a chat and find none try the next product: 30 % lost instead of
        // the catalog's 8 %. Assumption.
        changes: { lossShare: 0.3 },
      },
      { catalogId: 'x', share: 0.05, offeredToday: true, coverage: hours },
      { catalogId: 'forum', share: 0.1, coverage: hours },
    ],
    // Assumption: a subscription of about 50 a month kept about 4 months longer: 200.
    valueAtRiskPerLostContact: 200,
    analysis: {
      structure: 'dedicated',
      mode: 'meet-targets',
      publicMissWeight: 2,
      onSite: { ...ON_SITE_DEFAULTS },
    },
  })
}

export const saasStartupPreset: ScenarioPreset = preset({
  id: 'saas-startup',
  title: 'SaaS start-up choosing between phone and chat',
  story:
    'A software start-up sells subscriptions online, and trial users and paying customers reach its small support team by email, phone and X. Trial users who want a quick answer inside the product and find no chat often try a competitor instead, and every customer who leaves takes a subscription with them. The founders wonder whether to add live chat and which of today’s channels to keep. The question is less the staff hours than the customers each choice keeps.',
  sources: [
    AUTHOR_ONE_OR_TWO,
    'A management writer: fast answers on social media teach customers to escalate there; give one consistent experience across phone, email, chat and social',
    stated(COMM100),
    stated(TOISTER),
    stated(CONTACT_BABEL),
    'Assumption: 600 contacts a week, support staff at 35 an hour, 30 % of trial users lost when there is no chat, a lost customer worth 200 (a subscription of about 50 a month kept four months longer)',
    CATALOG_SETTINGS,
  ],
  build: saasStartup,
})
