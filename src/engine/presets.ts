/**
 * Built-in scenarios a small business can start from and a consultant can present: each is a
 * real situation from the public articles the model was built from (MODEL.md, "Where the idea
 * comes from") or a common kind of small business, with figures from DEFAULTS.md where public
 * ones exist and plainly marked assumptions where they do not.
 *
 * Every channel starts from the catalog's sourced defaults (channelFromCatalog); the changes a
 * situation calls for are made next to it, with the reason. `build()` returns a fresh scenario
 * each call, so the app may edit what it is given.
 */
import { channelFromCatalog } from './catalog'
import type {
  AnalysisSettings,
  Business,
  CatalogChannelId,
  Channel,
  Scenario,
  SelfService,
} from './types'
import { COVERAGE_PRESETS, PATTERN_PRESETS, coverageFromDays } from './week'

export type ScenarioPresetId =
  'grocery-facebook' | 'cable-social' | 'restaurant-reviews' | 'online-shop' | 'saas-startup'

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

// ---------------------------------------------------------------- building blocks

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
function assemble(spec: ScenarioSpec): Scenario {
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
    version: 2,
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

// Sources shared by several presets, worded as MODEL.md and DEFAULTS.md give them.
const AUTHOR_ONE_OR_TWO =
  'A customer-service author: customers switch channels with a click; pick one or two contact methods, do them perfectly and answer fast'
const PUBLICATION_TWITTER =
  'A business publication (The Build Network, 2014): only 13 % of followers’ Twitter messages to brands got a response, 37 % of responses took up to 10 hours'
const PUBLICATION_DEALS =
  'A business publication (The Build Network, 2014), citing Twitter’s own data: people follow brands for deals, not service'
const PUBLIC_REPLY =
  'A business publication (The Build Network, 2014): a public reply can only say "we’ll look into it"; real fixes need a private channel'
const AGENCY_UNMONITORED =
  'A web agency: an unmonitored page fills with repeated public posts from a customer nobody answered, and small businesses lack the time to watch every account'
const SOCIAL_HOUR =
  'Convince & Convert / Edison Research (42 % expect a social reply within 60 min); Lithium / Millward Brown (53 % on Twitter want < 1 h)'
const CONTACT_BABEL = 'ContactBabel 2014/15: phone service calls take about 5–6.5 min'
const COMM100 = 'Comm100 Live Chat Benchmark 2019 and 2020: a chat lasts about 12 min'
const TOISTER = 'Toister Solutions 2014; Fuze / GetHuman; Fasthosts: email within about 4 hours'
const ARISE = 'Arise 2017 survey: 49.8 % want an answer within an hour, 79.2 % within a day'
const SHRINKAGE =
  'Knowlagent survey via customerthink.com (mean 24 %); opsdog.com (27 %, 13–39 %): shrinkage'
/**
 * Shrinkage (breaks, training, absence): surveys give means of 24 % and 27 % (13–39 %), and
 * 30–35 % is common in contact centres (DEFAULTS.md). A small team where the same people do other
 * work between contacts sits near the survey means; a support team near the common 30 %.
 */
const SHRINKAGE_SMALL_TEAM = 0.25
const SHRINKAGE_CONTACT_CENTRE = 0.3
/** The voice occupancy cap, 85 % (Call Centre Helper; Turnella), as in the sample scenario. */
const OCCUPANCY_CAP = 0.85
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6]
const CATALOG =
  'Channel settings: the catalog defaults and the sources it names, except where the preset says why it differs'

// ---------------------------------------------------------------- the presets

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
    analysis: { structure: 'dedicated', mode: 'fixed-hours', publicMissWeight: 2 },
  })
}

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
    analysis: { structure: 'blended', mode: 'meet-targets', publicMissWeight: 2 },
  })
}

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
    analysis: { structure: 'blended', mode: 'meet-targets', publicMissWeight: 2 },
  })
}

/**
 * A small online shop whose two part-timers answer email, live chat, the phone and Instagram.
 * Orders come in every day and every hour; the live channels need someone present whenever they
 * are open, which two people with 60 paid hours a week cannot give four channels.
 */
function onlineShop(): Scenario {
  // Every channel is open every day 9–21, when the shop's customers are awake and ordering.
  const hours = COVERAGE_PRESETS['seven-day'].flags
  // The shop promises a written answer within a day: a 24-hour target, the top of the catalog's
  // range for email (Arise 2017: 79.2 % accept an answer within a day; UK customers accept up
  // to 24 h, Fasthosts). Customers chase after a day, not after four hours.
  const withinADay = { targetSeconds: 24 * 3600, expectationHours: 24 }
  return assemble({
    business: {
      name: 'Fernhill Home',
      currency: 'EUR',
      locale: 'en-IE',
      // Assumption: about 17 an hour plus payroll costs.
      costPerHour: 22,
      shrinkage: SHRINKAGE_CONTACT_CENTRE,
      maxOccupancy: OCCUPANCY_CAP,
      // Assumption: two part-time customer-service staff, 30 paid hours a week each.
      staffHoursPerWeek: 60,
    },
    // Assumption: about 2,000 orders a week and one contact per five orders (where is my
    // parcel, returns, sizes): 400 contacts a week before the FAQ.
    contactsPerWeek: 400,
    pattern: PATTERN_PRESETS['online-shop-24-7'].weights,
    channels: [
      {
        catalogId: 'email',
        share: 0.35,
        offeredToday: true,
        coverage: hours,
        changes: withinADay,
      },
      { catalogId: 'live-chat', share: 0.2, offeredToday: true, coverage: hours },
      { catalogId: 'phone', share: 0.15, offeredToday: true, coverage: hours },
      { catalogId: 'messaging', share: 0.1, coverage: hours },
      { catalogId: 'instagram', share: 0.1, offeredToday: true, coverage: hours },
      { catalogId: 'facebook', share: 0.05, coverage: hours },
      { catalogId: 'web-form', share: 0.05, coverage: hours, changes: withinADay },
    ],
    // Where is my order and how to return are FAQ questions: 20 % answered there, inside the
    // catalog's 5–30 % range, with the catalog's hour a week of upkeep on the shop's own site.
    selfService: {
      enabled: true,
      deflectionShare: 0.2,
      upkeepHoursPerWeek: 1,
      toolCostPerMonth: 0,
    },
    // Assumption: an average order of about 60 at a 30 % margin, and a lost customer would
    // have ordered about twice more: 35.
    valueAtRiskPerLostContact: 35,
    analysis: { structure: 'dedicated', mode: 'fixed-hours', publicMissWeight: 2 },
  })
}

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
    analysis: { structure: 'dedicated', mode: 'meet-targets', publicMissWeight: 2 },
  })
}

/** Presets are shared by the whole app: freezing one turns an accidental edit into an error. */
function preset(p: ScenarioPreset): ScenarioPreset {
  return Object.freeze(p)
}

export const SCENARIO_PRESETS: readonly ScenarioPreset[] = Object.freeze([
  preset({
    id: 'grocery-facebook',
    title: 'Grocery store with a busy Facebook page',
    story:
      'A grocery store’s local Facebook page has 8,000 fans, and about 90 of them post, comment or message in a week, most in the evening and at the weekend. One part-timer with 25 paid hours a week answers the page, the store’s Instagram and its email, checking all three through the store’s opening hours, every day. A business publication reported that a store in this position closed its page because staff were stretched too thin. Should this store do the same and send customers to email, and how many more of them would then get an answer in time?',
    sources: [
      'A business publication (The Build Network, 2014): a grocery store closed its local Facebook page, 8,000 fans, staff stretched too thin',
      AGENCY_UNMONITORED,
      SOCIAL_HOUR,
      TOISTER,
      SHRINKAGE,
      'Assumption: 150 written contacts a week (a little over 1 % of the fans on the page each week), one part-timer with 25 paid hours at 15 an hour, a lost regular shopper worth 60 (three weeks of a household’s grocery margin)',
      CATALOG,
    ],
    build: groceryFacebook,
  }),
  preset({
    id: 'cable-social',
    title: 'Cable operator: keep answering on social media?',
    story:
      'A regional cable and broadband operator answers by phone and email, and also on Facebook and X. Most of what subscribers raise, a fault at home, a bill, an engineer’s visit, needs their account, so a public reply can only say "we’ll look into it" and the fix happens in a private channel: a social post becomes two contacts. A business publication reported that a large cable operator stopped serving customers on social media. Does this operator gain anything by staying there, or does one contact-centre team serve subscribers as well, with fewer hours, by phone and email alone?',
    sources: [
      'A business publication (The Build Network, 2014): a large cable operator stopped serving customers on social media',
      PUBLIC_REPLY,
      PUBLICATION_TWITTER,
      PUBLICATION_DEALS,
      CONTACT_BABEL,
      SHRINKAGE,
      'Assumption: 3,000 contacts a week (about 30,000 subscribers, five contacts a year each), 80 % of social posts needing the account, agents at 30 an hour, a lost contact worth 40 (a tenth of a subscriber’s yearly margin)',
      CATALOG,
    ],
    build: cableSocial,
  }),
  preset({
    id: 'restaurant-reviews',
    title: 'Local restaurant with review sites and a phone',
    story:
      'A busy local restaurant takes bookings and questions by phone during service, replies to reviews on Google and Tripadvisor, and answers messages on its Facebook page. Whoever is at the front desk answers the phone and, in the quiet moments between calls, the written channels. Guests also write by email, Instagram and WhatsApp, which nobody answers today. Is the phone and one written channel enough, or does the time between calls make a few more channels cheap enough to answer?',
    sources: [
      AGENCY_UNMONITORED,
      AUTHOR_ONE_OR_TWO,
      'A strategist: service before, during and after a purchase, each channel judged by the value it adds to the customer',
      ARISE,
      'Assumption: 250 contacts a week for a 60-cover restaurant, booking calls of 3 minutes, 30 % of unanswered callers booking elsewhere, front-of-house pay at 15 an hour, a lost booking worth 60 of margin',
      CATALOG,
    ],
    build: restaurantReviews,
  }),
  preset({
    id: 'online-shop',
    title: 'Small online shop with two part-timers',
    story:
      'A small online shop takes orders every day and every hour, and two part-timers with 60 paid hours a week between them answer email, live chat, the phone and Instagram. Chat and the phone need someone present whenever they are open, and the shop keeps every channel open every day from 9 to 21, more than those hours can cover. An FAQ page already answers many where-is-my-order questions. Which one or two channels should the shop keep so that the two of them answer customers on time?',
    sources: [
      AUTHOR_ONE_OR_TWO,
      ARISE,
      TOISTER,
      COMM100,
      CONTACT_BABEL,
      'Assumption: about 2,000 orders and 400 contacts a week, 20 % of them answered by the FAQ, two part-timers with 30 paid hours each at 22 an hour, a lost customer worth 35 (two more orders at a 30 % margin)',
      CATALOG,
    ],
    build: onlineShop,
  }),
  preset({
    id: 'saas-startup',
    title: 'SaaS start-up choosing between phone and chat',
    story:
      'A software start-up sells subscriptions online, and trial users and paying customers reach its small support team by email, phone and X. Trial users who want a quick answer inside the product and find no chat often try a competitor instead, and every customer who leaves takes a subscription with them. The founders wonder whether to add live chat and which of today’s channels to keep. The question is less the staff hours than the customers each choice keeps.',
    sources: [
      AUTHOR_ONE_OR_TWO,
      'A management writer: fast answers on social media teach customers to escalate there; give one consistent experience across phone, email, chat and social',
      COMM100,
      TOISTER,
      CONTACT_BABEL,
      'Assumption: 600 contacts a week, support staff at 35 an hour, 30 % of trial users lost when there is no chat, a lost customer worth 200 (a subscription of about 50 a month kept four months longer)',
      CATALOG,
    ],
    build: saasStartup,
  }),
])

/** The preset with this id, or undefined (an id from a link or a saved setting may be stale). */
export function presetById(id: string): ScenarioPreset | undefined {
  return SCENARIO_PRESETS.find((p) => p.id === id)
}
