/**
 * The plain objects the engine works on. zod schemas (src/schemas/) validate data at the
 * app's edges and produce exactly these shapes; the engine itself trusts them.
 *
 * Units are in the names. Shares are fractions (0.3), never percentages (30).
 */

/** Hours in the planning week; index 0 is Monday 00:00–01:00. */
export const HOURS_PER_WEEK = 168

/**
 * live: answered as it arrives, one at a time (phone, video call).
 * chat: answered as it arrives, several at once (live chat, messaging apps).
 * async: answered later, when someone looks (email, web forms, social posts and DMs, reviews, forum).
 */
export type ChannelKind = 'live' | 'chat' | 'async'

/** The channel types the catalog knows, each with sourced defaults. */
export type CatalogChannelId =
  | 'phone'
  | 'email'
  | 'web-form'
  | 'live-chat'
  | 'messaging'
  | 'facebook'
  | 'instagram'
  | 'x'
  | 'reviews'
  | 'forum'

export interface Channel {
  /** Unique within a scenario; other channels' affinities refer to it. */
  id: string
  catalogId: CatalogChannelId
  name: string
  kind: ChannelKind
  /** Considered by the analysis. */
  candidate: boolean
  /** Part of the business's current set of channels. */
  offeredToday: boolean
  /** Minutes of work per contact (talk or writing, plus wrap-up). */
  handleMinutes: number
  /** Contacts one person handles at once (chat); 1 for live and async. */
  concurrency: number
  /**
   * Throughput of one person at that concurrency, relative to one contact at a time
   * (2 chats ≈ 1.7, 3 ≈ 2.5): 1 ≤ efficiency ≤ concurrency.
   */
  concurrencyEfficiency: number
  /** Share of contacts to answer within the target time, 0 < share < 1. */
  targetShare: number
  /** Target time to a first answer, in seconds (async channels too; the UI shows hours). */
  targetSeconds: number
  /** live/chat: mean wait before a customer gives up; absent means nobody does. */
  patienceSeconds?: number
  /** 168 flags: is somebody on this channel in that hour of the week? */
  coverage: boolean[]
  /** async: minutes each look at the channel costs (opening, reading, switching back). */
  minutesPerCheck: number
  /** Posts and replies are visible to everyone (a Facebook page, reviews). */
  isPublic: boolean
  /** Share of contacts that must move to a private channel to be resolved (a second contact there). */
  privateHandoffShare: number
  /** How long customers will wait for an answer before trying again, in hours. */
  expectationHours: number
  /** Share of contacts answered later than the expectation that come back as another contact. */
  repeatRate: number
  toolCostPerMonth: number
  /** One-off hours to set the channel up (spread over a year in weekly cost). */
  setupHours: number
  trainingHoursPerMonth: number
  /** Where this channel's customers go when it is not offered: channel id → weight. */
  affinity: Record<string, number>
  /** Share of this channel's customers lost when it is not offered. */
  lossShare: number
}

export interface Business {
  name: string
  /** ISO 4217 code, e.g. "EUR". */
  currency: string
  /** BCP 47 tag, e.g. "en-GB". */
  locale: string
  /** Loaded cost of one paid staff hour. */
  costPerHour: number
  /** Share of paid time not available for contacts (breaks, training, absence), 0 ≤ s < 1. */
  shrinkage: number
  /** Highest share of available time spent on contacts, 0 < o ≤ 1. */
  maxOccupancy: number
  /** Paid staff hours a week available for support (the fixed-hours mode); absent means unlimited. */
  staffHoursPerWeek?: number
}

export interface SelfService {
  enabled: boolean
  /** Share of all contacts the FAQ or knowledge base answers before they reach a channel. */
  deflectionShare: number
  upkeepHoursPerWeek: number
  toolCostPerMonth: number
}

export interface Demand {
  /** Contacts a week before self-service. */
  contactsPerWeek: number
  /** 168 non-negative weights: how the week's contacts spread over its hours. */
  pattern: number[]
  /** Channel id → share of contacts that would use it if every candidate were offered (sum 1). */
  shares: Record<string, number>
}

/**
 * dedicated: each channel has its own people (staff hours add up).
 * blended: one pool answers every channel (live and chat share one queue; async work fills the
 * pool's idle time).
 * alongside-other-work: the people on site (serving customers, cooking, fixing bikes) answer
 * contacts in between; a live contact nobody is free for is missed, and the hours are the time
 * actually spent on contacts and looks.
 */
export type StaffingStructure = 'dedicated' | 'blended' | 'alongside-other-work'

/** The people on site, for the alongside-other-work structure. */
export interface OnSiteTeam {
  /** People on site during a channel's covered hours who may answer it, 1 … 20. */
  people: number
  /** Share of their time on other work (customers in front of them) when not on contacts, 0 ≤ b < 1. */
  otherWorkShare: number
  /** Mean length of one spell of other work (serving one customer, one repair), minutes. */
  otherWorkMinutes: number
  /** Extra minutes each live or chat contact costs (picking up, getting back into the other work). */
  interruptionMinutes: number
}

/**
 * meet-targets: the least staff that meets each channel's target.
 * fixed-hours: the business's staff hours a week, split over the channels as well as they go.
 */
export type PlanningMode = 'meet-targets' | 'fixed-hours'

export interface AnalysisSettings {
  structure: StaffingStructure
  mode: PlanningMode
  /**
   * How much more a missed target counts on a public channel (everyone sees the unanswered
   * post) than on a private one, in the share answered within target: 1 = the same.
   */
  publicMissWeight: number
  /**
   * Escalation to public pages: the share of an offered private channel's customers who write
   * to an offered public channel instead when its target time is shorter (customers learn where
   * the quick answers are), 0 … 1. Absent or 0: nobody moves.
   */
  escalationShare?: number
  /** The people on site: used by the alongside-other-work structure, kept with the others. */
  onSite: OnSiteTeam
}

export interface Scenario {
  version: 3
  business: Business
  demand: Demand
  channels: Channel[]
  selfService: SelfService
  /** What a lost contact costs (margin, lifetime value at risk), in the scenario's currency. */
  valueAtRiskPerLostContact: number
  analysis: AnalysisSettings
}
