import { ON_SITE_DEFAULTS } from '../on-site-team'
import type { Scenario } from '../../model/types'
import { coverageFromDays } from '../../model/week'
import {
  CATALOG_SETTINGS,
  CONTACT_BABEL,
  PUBLICATION_DEALS,
  PUBLICATION_TWITTER,
  PUBLIC_REPLY,
  SHRINKAGE,
  stated,
} from '../sources'
import { PATTERN_PRESETS } from '../week-presets'
import {
  assemble,
  preset,
  type ScenarioPreset,
  SHRINKAGE_CONTACT_CENTRE,
  OCCUPANCY_CAP,
  EVERY_DAY,
} from './building-blocks'

/**
 * A regional cable and broadband operator that answers on Facebook and X as well as by phone
 * and email (live chat is a candidate it does not offer yet). Most of what customers raise (a
 * fault at home, a bill, an engineer's visit) needs the account, so a public reply can only say
 * "we'll look into it" and the fix happens in a private channel: the social team adds a contact
 * rather than saving one.
 */
function cableSocial(): Scenario {
  // The contact centre answers every channel every day 8–22, when subscribers are at home.
  const hours = coverageFromDays(EVERY_DAY, 8, 22)
  // Fixes need the customer's account, so most public posts move to a private channel: 80 %,
  // above the catalog's 40–50 % (Assumption, from the report that a public reply can only say
  // "we'll look into it"). A subscriber who finds no answer on social media phones or writes
  // instead: there is rarely another operator in the street, so the loss is the catalog's low
  // end, 5 %.
  const social = { privateHandoffShare: 0.8, lossShare: 0.05 }
  return assemble({
    business: {
      name: 'Valley Cable & Broadband',
      currency: 'USD',
      locale: 'en-US',
      // Assumption: a contact-centre agent at about 20 an hour plus 50 % for payroll costs,
      // supervision and seats.
      costPerHour: 30,
      shrinkage: SHRINKAGE_CONTACT_CENTRE,
      maxOccupancy: OCCUPANCY_CAP,
    },
    // Assumption: about 30,000 subscribers, each getting in touch a little over 5 times a year
    // (faults, bills, moves, appointments): about 3,000 contacts a week.
    contactsPerWeek: 3000,
    // Home internet and TV are used, and faults noticed, in the evenings and at the weekend.
    pattern: PATTERN_PRESETS['retail-evenings-weekends'].weights,
    channels: [
      { catalogId: 'phone', share: 0.45, offeredToday: true, coverage: hours },
      { catalogId: 'email', share: 0.17, offeredToday: true, coverage: hours },
      { catalogId: 'live-chat', share: 0.22, coverage: hours },
      { catalogId: 'facebook', share: 0.1, offeredToday: true, coverage: hours, changes: social },
      { catalogId: 'x', share: 0.06, offeredToday: true, coverage: hours, changes: social },
    ],
    // Assumption: a subscriber brings about 400 a year of margin; few leave over one contact
    // that goes nowhere (contracts, no other operator), say one in ten: 40.
    valueAtRiskPerLostContact: 40,
    // One contact-centre team answers every channel: blended.
    analysis: {
      structure: 'blended',
      mode: 'meet-targets',
      publicMissWeight: 2,
      onSite: { ...ON_SITE_DEFAULTS },
    },
  })
}

export const cableSocialPreset: ScenarioPreset = preset({
  id: 'cable-social',
  title: 'Cable operator: keep answering on social media?',
  story:
    'A regional cable and broadband operator answers by phone and email, and also on Facebook and X. Most of what subscribers raise, a fault at home, a bill, an engineer’s visit, needs their account, so a public reply can only say "we’ll look into it" and the fix happens in a private channel: a social post becomes two contacts. A business publication reported that a large cable operator stopped serving customers on social media. Does this operator gain anything by staying there, or does one contact-centre team serve subscribers as well, with fewer hours, by phone and email alone?',
  sources: [
    'A business publication (The Build Network, 2014): a large cable operator stopped serving customers on social media',
    PUBLIC_REPLY,
    PUBLICATION_TWITTER,
    PUBLICATION_DEALS,
    stated(CONTACT_BABEL),
    stated(SHRINKAGE),
    'Assumption: 3,000 contacts a week (about 30,000 subscribers, five contacts a year each), 80 % of social posts needing the account, agents at 30 an hour, a lost contact worth 40 (a tenth of a subscriber’s yearly margin)',
    CATALOG_SETTINGS,
  ],
  build: cableSocial,
})
