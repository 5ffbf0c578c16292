/**
 * The channel types a business can choose from, each with defaults and where they come from.
 *
 * Every numeric default carries its range and its source: a public figure (data/sources.ts,
 * listed in docs/defaults.md), named as the source reports it, or a plain "Assumption: …"
 * saying why the value is reasonable when no public figure exists. The UI shows these in
 * tooltips; docs/methodology.md lists them in tables. Money is in the scenario's currency: the
 * tool costs are rough list-price magnitudes, about the same in euros, pounds or dollars.
 */
import type { CatalogChannelId, Channel } from '../model/types'
import {
  deepFreeze,
  entry,
  sourced,
  type CatalogEntry,
  type ChannelSources,
  type SelfServiceCatalogEntry,
  type SourcedValue,
} from './catalog-entry'
import {
  ARISE,
  CHAT_CONCURRENCY,
  CHAT_EFFICIENCY,
  COMM100,
  CONTACT_BABEL,
  EIGHTY_TWENTY,
  EMAIL_HANDLE,
  PUBLIC_FIX,
  SOCIAL_HOUR,
  TOISTER,
  UNANSWERED_REPEATS,
} from './sources'
import { COVERAGE_PRESETS } from './week-presets'

/** The catalog's order: how the UI lists channels. */
export const CATALOG_CHANNEL_IDS: readonly CatalogChannelId[] = Object.freeze([
  'phone',
  'email',
  'web-form',
  'live-chat',
  'messaging',
  'facebook',
  'instagram',
  'x',
  'reviews',
  'forum',
])

const oneAtATime = (what: string) => ({
  concurrency: sourced(1, [1, 1], `By definition: ${what} one at a time.`),
  concurrencyEfficiency: sourced(1, [1, 1], 'By definition: one contact at a time runs at 1×.'),
})
const NOT_CHECKED = sourced(0, [0, 0], 'Not used: live and chat channels are staffed, not checked.')
const PRIVATE = sourced(0, [0, 0], 'By definition: the conversation is already private.')
const ASYNC_SHARE = sourced(
  0.8,
  [0.7, 0.95],
  'Assumption: the same 80 % share as the phone convention, applied to the response time',
)
const INBOX_CHECK = sourced(
  3,
  [1, 5],
  'Assumption: open the inbox, read what is new, get back to other work; no public figure',
)
const SOCIAL_HANDLE = sourced(
  5,
  [3, 10],
  'Assumption: a written reply like an email (4–6 min, stealthagents.com citing Salesforce)',
  'Public replies need care over tone; long cases move to a private channel and count there.',
)

/** Social pages share most figures; only the name, handoff, loss and affinity differ. */
function socialSources(handoff: SourcedValue, loss: SourcedValue): ChannelSources {
  return {
    handleMinutes: SOCIAL_HANDLE,
    ...oneAtATime('a post or message is answered'),
    targetShare: ASYNC_SHARE,
    targetSeconds: sourced(
      3600,
      [1800, 86_400],
      SOCIAL_HOUR.name,
      'Arise 2017: 79.2 % accept a day.',
    ),
    minutesPerCheck: sourced(
      3,
      [2, 6],
      'Assumption: open the page inbox and notifications, read, reply later; no public figure',
    ),
    privateHandoffShare: handoff,
    expectationHours: sourced(1, [1, 24], SOCIAL_HOUR.name),
    repeatRate: sourced(0.3, [0.1, 0.5], UNANSWERED_REPEATS),
    toolCostPerMonth: sourced(
      0,
      [0, 50],
      'Assumption: the platform inbox is free; a social inbox tool costs a few tens a month',
    ),
    setupHours: sourced(
      4,
      [2, 10],
      'Assumption: profile, contact details, saved replies, notification settings',
    ),
    trainingHoursPerMonth: sourced(
      2,
      [1, 4],
      'Assumption: public tone, what to take private, escalation rules',
    ),
    lossShare: loss,
  }
}

export const channelCatalog: Readonly<Record<CatalogChannelId, CatalogEntry>> = Object.freeze({
  phone: entry({
    id: 'phone',
    name: 'Phone',
    kind: 'live',
    description: 'Customers call; someone answers while they wait on the line.',
    coveragePreset: 'weekday-office',
    isPublic: false,
    sources: {
      handleMinutes: sourced(
        6,
        [5, 6.5],
        CONTACT_BABEL.name,
        'Service calls: UK about 5:00, US 6:21.',
      ),
      ...oneAtATime('a call is taken'),
      targetShare: sourced(0.8, [0.7, 0.9], EIGHTY_TWENTY.name),
      targetSeconds: sourced(20, [10, 60], EIGHTY_TWENTY.name),
      patienceSeconds: sourced(
        110,
        [60, 180],
        `${ARISE.name}: about two-thirds hang up within 2 min`,
        'Exponential patience with P(gone by 120 s) = 2/3 has mean 120/ln 3 ≈ 109 s, rounded to 110.',
      ),
      minutesPerCheck: NOT_CHECKED,
      privateHandoffShare: PRIVATE,
      expectationHours: sourced(
        2 / 60,
        [1 / 60, 0.1],
        `${ARISE.name}: about two-thirds hang up within 2 min`,
      ),
      repeatRate: sourced(
        0.4,
        [0.2, 0.7],
        'Assumption: many callers who hang up call again; no public redial rate',
      ),
      toolCostPerMonth: sourced(
        25,
        [0, 60],
        'Assumption: a cloud phone line with a queue costs a few tens a seat; 0 with the shop line as is',
      ),
      setupHours: sourced(
        4,
        [2, 16],
        'Assumption: queue, greeting, voicemail and call-back routine',
      ),
      trainingHoursPerMonth: sourced(
        2,
        [1, 4],
        'Assumption: keeping up with products, policies and the phone system',
      ),
      lossShare: sourced(
        0.1,
        [0.05, 0.2],
        'Assumption: callers are the least willing to type, so a few more are lost than elsewhere',
      ),
    },
    affinity: { 'live-chat': 0.4, messaging: 0.3, email: 0.3 },
  }),
  email: entry({
    id: 'email',
    name: 'Email',
    kind: 'async',
    description: 'Customers write to a shared address; answered when someone checks the inbox.',
    coveragePreset: 'weekday-office',
    isPublic: false,
    sources: {
      handleMinutes: sourced(
        5,
        [4, 6],
        EMAIL_HANDLE.name,
        'One secondary source only: a rough middle value.',
      ),
      ...oneAtATime('an email is answered'),
      targetShare: ASYNC_SHARE,
      targetSeconds: sourced(
        4 * 3600,
        [3600, 86_400],
        TOISTER.name,
        'A 4-hour reply meets 80 % of respondents; UK customers accept up to 24 h.',
      ),
      minutesPerCheck: INBOX_CHECK,
      privateHandoffShare: PRIVATE,
      expectationHours: sourced(
        4,
        [1, 24],
        TOISTER.name,
        '60 % expect an answer within 4 business hours.',
      ),
      repeatRate: sourced(
        0.2,
        [0.05, 0.4],
        'Assumption: some customers send a "did you get my email?" chaser; no public rate',
      ),
      toolCostPerMonth: sourced(
        0,
        [0, 15],
        'Assumption: the business already has email; a shared mailbox costs little',
      ),
      setupHours: sourced(2, [1, 8], 'Assumption: shared address, signature and saved replies'),
      trainingHoursPerMonth: sourced(
        1,
        [0.5, 3],
        'Assumption: keeping saved replies and policies current',
      ),
      lossShare: sourced(
        0.05,
        [0.02, 0.15],
        'Assumption: people who write move easily to another written channel',
      ),
    },
    affinity: { 'web-form': 0.5, 'live-chat': 0.2, phone: 0.2, messaging: 0.1 },
  }),
  'web-form': entry({
    id: 'web-form',
    name: 'Web form',
    kind: 'async',
    description: 'A contact form on the website feeding a help-desk queue; answered like email.',
    coveragePreset: 'weekday-office',
    isPublic: false,
    sources: {
      handleMinutes: sourced(
        5,
        [4, 6],
        `As email: ${EMAIL_HANDLE.name}`,
        'The form asks the right questions up front, so no longer than an email.',
      ),
      ...oneAtATime('a ticket is answered'),
      targetShare: ASYNC_SHARE,
      targetSeconds: sourced(4 * 3600, [3600, 86_400], `As email: ${TOISTER.name}`),
      minutesPerCheck: INBOX_CHECK,
      privateHandoffShare: PRIVATE,
      expectationHours: sourced(4, [1, 24], `As email: ${TOISTER.name}`),
      repeatRate: sourced(0.2, [0.05, 0.4], 'Assumption: as email, chasers when no answer comes'),
      toolCostPerMonth: sourced(
        20,
        [0, 60],
        'Assumption: an entry-level help-desk tool behind the form, per agent',
      ),
      setupHours: sourced(6, [2, 16], 'Assumption: form fields, help-desk rules, auto-reply'),
      trainingHoursPerMonth: sourced(1, [0.5, 3], 'Assumption: as email'),
      lossShare: sourced(0.05, [0.02, 0.15], 'Assumption: form users switch to email without fuss'),
    },
    affinity: { email: 0.6, 'live-chat': 0.2, phone: 0.2 },
  }),
  'live-chat': entry({
    id: 'live-chat',
    name: 'Live chat',
    kind: 'chat',
    description: 'A chat box on the website; an agent answers a few chats at once.',
    coveragePreset: 'weekday-office',
    isPublic: false,
    sources: {
      handleMinutes: sourced(
        12,
        [10, 14],
        COMM100.name,
        '11:53 in 2018, 11:55 in 2019 (elapsed chat time); ±2 min is an assumption.',
      ),
      concurrency: sourced(2, [1, 4], CHAT_CONCURRENCY.name),
      concurrencyEfficiency: sourced(
        1.7,
        [1, 2.9],
        CHAT_EFFICIENCY.name,
        '2 chats ≈ 1.7×; the range spans 1 to 4 chats.',
      ),
      targetShare: sourced(0.8, [0.7, 0.9], `As phone: ${EIGHTY_TWENTY.name}`),
      targetSeconds: sourced(
        60,
        [30, 120],
        'Assumption: three times the phone target, because the chat box shows the customer they are queued',
      ),
      patienceSeconds: sourced(
        180,
        [90, 600],
        "Assumption: chat customers can do other things while waiting, so longer than the phone's 110 s",
      ),
      minutesPerCheck: NOT_CHECKED,
      privateHandoffShare: PRIVATE,
      expectationHours: sourced(3 / 60, [1 / 60, 0.25], 'Assumption: as patience, about 3 min'),
      repeatRate: sourced(
        0.3,
        [0.1, 0.5],
        'Assumption: some who leave the chat queue try again later',
      ),
      toolCostPerMonth: sourced(
        30,
        [0, 80],
        'Assumption: entry-level chat tools per seat; some have free tiers',
      ),
      setupHours: sourced(
        8,
        [4, 24],
        'Assumption: install the widget, set hours, offline form, saved replies',
      ),
      trainingHoursPerMonth: sourced(
        2,
        [1, 4],
        'Assumption: handling several chats at once takes practice',
      ),
      lossShare: sourced(0.08, [0.03, 0.15], 'Assumption: chat users move to messaging or email'),
    },
    affinity: { messaging: 0.4, phone: 0.3, email: 0.3 },
  }),
  messaging: entry({
    id: 'messaging',
    name: 'WhatsApp / SMS',
    kind: 'chat',
    description: 'Messaging apps and text: conversations that pause and resume, several at once.',
    coveragePreset: 'weekday-office',
    isPublic: false,
    sources: {
      handleMinutes: sourced(
        12,
        [8, 20],
        `Assumption: the live-chat figure (${COMM100.name}) as a proxy for a messaging conversation`,
      ),
      concurrency: sourced(
        3,
        [1, 5],
        `Assumption inside the published limits: ${CHAT_CONCURRENCY.name}`,
        'Customers reply slowly, so an agent holds more threads than on live chat.',
      ),
      concurrencyEfficiency: sourced(
        2.5,
        [1, 3.5],
        CHAT_EFFICIENCY.name,
        '3 chats ≈ 2.5×; the range spans 1 to 5.',
      ),
      targetShare: ASYNC_SHARE,
      targetSeconds: sourced(
        300,
        [60, 900],
        'Assumption: messaging is half-way to async; customers expect minutes, not seconds',
      ),
      patienceSeconds: sourced(
        900,
        [300, 3600],
        'Assumption: a message waits on the phone; customers look elsewhere after a quarter of an hour',
      ),
      minutesPerCheck: NOT_CHECKED,
      privateHandoffShare: PRIVATE,
      expectationHours: sourced(0.25, [0.1, 1], 'Assumption: as patience, about 15 min'),
      repeatRate: sourced(
        0.3,
        [0.1, 0.5],
        'Assumption: unanswered messages are followed by another',
      ),
      toolCostPerMonth: sourced(
        15,
        [0, 50],
        'Assumption: the WhatsApp Business app is free on one phone; a team inbox costs a few tens',
      ),
      setupHours: sourced(
        4,
        [2, 12],
        'Assumption: business profile, number, greeting and away messages',
      ),
      trainingHoursPerMonth: sourced(1.5, [0.5, 3], 'Assumption: between email and live chat'),
      lossShare: sourced(0.08, [0.03, 0.15], 'Assumption: messaging users move to chat or email'),
    },
    affinity: { 'live-chat': 0.4, email: 0.3, phone: 0.3 },
  }),
  facebook: entry({
    id: 'facebook',
    name: 'Facebook',
    kind: 'async',
    description: 'Page comments, posts and Messenger: replies on the page are seen by everyone.',
    coveragePreset: 'weekday-office',
    isPublic: true,
    sources: socialSources(
      sourced(0.4, [0.2, 0.7], PUBLIC_FIX),
      sourced(
        0.1,
        [0.05, 0.2],
        "Assumption, from Twitter's own data (The Build Network, 2014): people follow brands for deals, not service, so most switch easily",
      ),
    ),
    affinity: { messaging: 0.4, email: 0.3, 'live-chat': 0.3 },
  }),
  instagram: entry({
    id: 'instagram',
    name: 'Instagram',
    kind: 'async',
    description: 'Comments and direct messages; comments are public.',
    coveragePreset: 'weekday-office',
    isPublic: true,
    sources: socialSources(
      sourced(0.4, [0.2, 0.7], PUBLIC_FIX),
      sourced(
        0.12,
        [0.05, 0.2],
        'Assumption: a younger audience that writes less email, so a few more are lost',
      ),
    ),
    affinity: { messaging: 0.35, facebook: 0.15, email: 0.25, 'live-chat': 0.25 },
  }),
  x: entry({
    id: 'x',
    name: 'X (Twitter)',
    kind: 'async',
    description: 'Mentions and direct messages; short public posts, often complaints.',
    coveragePreset: 'weekday-office',
    isPublic: true,
    sources: socialSources(
      sourced(
        0.5,
        [0.3, 0.8],
        PUBLIC_FIX,
        'Short public posts hold no account details: more move private.',
      ),
      sourced(
        0.1,
        [0.05, 0.2],
        'Assumption: as Facebook; people follow brands for deals, not service',
      ),
    ),
    affinity: { messaging: 0.3, email: 0.35, 'live-chat': 0.35 },
  }),
  reviews: entry({
    id: 'reviews',
    name: 'Review replies',
    kind: 'async',
    description:
      'Replies to reviews on Google, Tripadvisor and similar sites, read by later customers.',
    coveragePreset: 'weekday-office',
    isPublic: true,
    sources: {
      handleMinutes: sourced(
        8,
        [5, 15],
        'Assumption: a considered public reply takes longer than an email',
      ),
      ...oneAtATime('a review is answered'),
      targetShare: ASYNC_SHARE,
      targetSeconds: sourced(
        48 * 3600,
        [24 * 3600, 7 * 24 * 3600],
        'Assumption: later readers judge the reply, not its speed; two days is prompt',
      ),
      minutesPerCheck: sourced(5, [2, 10], 'Assumption: several review sites to look through'),
      privateHandoffShare: sourced(
        0.2,
        [0.1, 0.4],
        PUBLIC_FIX,
        'Most replies are thanks; complaints move private.',
      ),
      expectationHours: sourced(
        48,
        [24, 168],
        'Assumption: as the target; the reviewer has already moved on',
      ),
      repeatRate: sourced(0, [0, 0], 'Assumption: a reviewer does not post the same review twice'),
      toolCostPerMonth: sourced(
        0,
        [0, 100],
        'Assumption: replying on the sites is free; review-management tools cost more',
      ),
      setupHours: sourced(
        2,
        [1, 6],
        'Assumption: claim the business listings and set notifications',
      ),
      trainingHoursPerMonth: sourced(
        1,
        [0.5, 2],
        'Assumption: a short guide to tone and what not to say in public',
      ),
      lossShare: sourced(
        0.1,
        [0.05, 0.2],
        'Assumption: an unhappy reviewer left unanswered is more likely to be gone',
      ),
    },
    affinity: { email: 0.5, phone: 0.3, 'web-form': 0.2 },
  }),
  forum: entry({
    id: 'forum',
    name: 'Community forum',
    kind: 'async',
    description: 'A public forum where customers help each other and staff answer what is left.',
    coveragePreset: 'weekday-office',
    isPublic: true,
    sources: {
      handleMinutes: sourced(
        8,
        [5, 15],
        'Assumption: a public answer written to help later readers too',
      ),
      ...oneAtATime('a thread is answered'),
      targetShare: ASYNC_SHARE,
      targetSeconds: sourced(
        24 * 3600,
        [12 * 3600, 48 * 3600],
        `${ARISE.name}: 79.2 % accept an answer within a day`,
      ),
      minutesPerCheck: sourced(
        4,
        [2, 8],
        'Assumption: scan new threads, which takes a little longer than an inbox',
      ),
      privateHandoffShare: sourced(
        0.1,
        [0, 0.3],
        `${PUBLIC_FIX}`,
        'Forum questions are mostly general, so few move.',
      ),
      expectationHours: sourced(
        24,
        [12, 48],
        `${ARISE.name}: 79.2 % accept an answer within a day`,
      ),
      repeatRate: sourced(
        0.1,
        [0, 0.3],
        'Assumption: an unanswered thread gets a bump now and then',
      ),
      toolCostPerMonth: sourced(
        20,
        [0, 100],
        'Assumption: a hosted forum; free software needs hosting and upkeep',
      ),
      setupHours: sourced(
        16,
        [8, 40],
        'Assumption: install, categories, rules, seed the first answers',
      ),
      trainingHoursPerMonth: sourced(2, [1, 4], 'Assumption: moderation as well as answers'),
      lossShare: sourced(
        0.05,
        [0.02, 0.15],
        'Assumption: forum users search and then write an email',
      ),
    },
    affinity: { email: 0.5, 'web-form': 0.3, 'live-chat': 0.2 },
  }),
})

const DEFLECTION = sourced(
  0.1,
  [0.05, 0.3],
  'Assumption: no public deflection rate found; 10 % is a cautious start for a small FAQ',
  'Gartner 2019 (via destinationcrm.com): $0.10 per self-service contact against $8.01 assisted.',
)
const UPKEEP = sourced(1, [0.5, 3], 'Assumption: an hour a week to add answers to new questions')
const FAQ_TOOL = sourced(
  0,
  [0, 30],
  'Assumption: a page on the existing website; a knowledge-base tool costs more',
)

export const selfServiceCatalog: Readonly<SelfServiceCatalogEntry> = deepFreeze({
  id: 'faq',
  name: 'Self-service FAQ',
  description: 'Answers to common questions on the website, so some customers need not ask.',
  // Off until the user says they have or will build one: the tool should not assume it.
  defaults: {
    enabled: false,
    deflectionShare: DEFLECTION.value,
    upkeepHoursPerWeek: UPKEEP.value,
    toolCostPerMonth: FAQ_TOOL.value,
  },
  sources: {
    deflectionShare: DEFLECTION,
    upkeepHoursPerWeek: UPKEEP,
    toolCostPerMonth: FAQ_TOOL,
  },
})

/**
 * A full Channel from the catalog. The channel id defaults to the catalog id, which is what
 * the catalog's affinities name; a scenario with two channels of one type must give the
 * second an id of its own and fix affinities that should point at it.
 */
export function channelFromCatalog(
  catalogId: CatalogChannelId,
  overrides: { id?: string; candidate?: boolean; offeredToday?: boolean } = {},
): Channel {
  const { coveragePreset, ...defaults } = channelCatalog[catalogId].defaults
  return {
    ...defaults,
    id: overrides.id ?? catalogId,
    candidate: overrides.candidate ?? true,
    offeredToday: overrides.offeredToday ?? false,
    coverage: [...COVERAGE_PRESETS[coveragePreset].flags],
    affinity: affinityRecord(channelCatalog[catalogId].affinity),
  }
}

function affinityRecord(
  affinity: Readonly<Partial<Record<CatalogChannelId, number>>>,
): Record<string, number> {
  const record: Record<string, number> = {}
  for (const [id, weight] of Object.entries(affinity)) {
    if (weight !== undefined) record[id] = weight
  }
  return record
}
