import { z } from './zod'
import { messageNumber } from '@/composables/format'
import {
  CATALOG_CHANNEL_IDS,
  HOURS_PER_WEEK,
  MAX_CANDIDATES,
  type Scenario as EngineScenario,
} from '@/engine'
import { rangeMessage } from './decimal-field'
import { listSome, quoted, shorten } from './messages'
import { blankName, hasVisibleText, INVISIBLE_ONLY } from './visible-text'

/**
 * A scenario document as files, share links and saved state hold it (version 3). Parsing
 * yields exactly the engine's plain `Scenario`. Every message names the field in words and
 * the unit a person sees (shares are stored as fractions but spoken of in %), because these
 * messages reach users who never saw the JSON. Older versions go through
 * scenario-migrations.ts first.
 */

/** Every channel may be a candidate, so a scenario holds at most what one analysis compares. */
export const MAX_CHANNELS = MAX_CANDIDATES

const CHANNEL_KINDS = ['live', 'chat', 'async'] as const
const STAFFING_STRUCTURES = ['dedicated', 'blended', 'alongside-other-work'] as const
const PLANNING_MODES = ['meet-targets', 'fixed-hours'] as const

/** Two weeks: an async target longer than that is not a response target any more. */
const MAX_ASYNC_TARGET_SECONDS = 14 * 24 * 3600
const MAX_LIVE_TARGET_SECONDS = 3600
/** Shares may miss 1 by rounding in hand-edited files or percentages typed with decimals. */
const SHARE_SUM_TOLERANCE = 0.001

function range(label: string, min: number, max: number, unit?: string): string {
  // rangeMessage always puts a unit after the number; money and ratios have none.
  return unit
    ? rangeMessage({ label, min, max, unit })
    : rangeMessage({ label, min, max, unit: '' }).trimEnd()
}

/** `outOfRange` is said of an infinite number (400 digits typed, or 1e400 in JSON, are Infinity). */
function number(label: string, outOfRange?: string) {
  return z.number({
    error: (iss) => {
      if (iss.input === undefined) return `${label} is required`
      if (typeof iss.input === 'number' && !Number.isNaN(iss.input) && outOfRange) return outOfRange
      return `${label} must be a number`
    },
  })
}

function bounded(label: string, min: number, max: number, unit?: string) {
  const message = range(label, min, max, unit)
  return number(label, message).min(min, message).max(max, message)
}

/** A fraction in the document, a percentage in the message. */
function share(label: string, min: number, max: number) {
  const message = rangeMessage({ label, min: min * 100, max: max * 100, unit: '%' })
  return number(label, message).min(min, message).max(max, message)
}

function flag(label: string) {
  return z.boolean({ error: `${label} must be true or false` })
}

function text(label: string, max: number) {
  return z
    .string({
      error: (iss) => (iss.input === undefined ? `${label} is required` : `${label} must be text`),
    })
    .refine(hasVisibleText, {
      error: (iss) =>
        typeof iss.input === 'string' && blankName(iss.input) === 'invisible'
          ? `${label} shows nothing: it ${INVISIBLE_ONLY}`
          : `${label} is required`,
    })
    .refine((s) => s.length <= max, `${label} must be at most ${max} characters`)
}

/** `what` is lower case ("business section"); it starts some messages, ends others. */
function section<Shape extends z.core.$ZodLooseShape>(what: string, shape: Shape) {
  const What = what[0]?.toUpperCase() + what.slice(1)
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code === 'unrecognized_keys') {
        const s = iss.keys.length === 1 ? '' : 's'
        return `Unknown field${s} in ${what}: ${listSome(iss.keys)}`
      }
      if (iss.code !== 'invalid_type') return undefined
      return iss.input === undefined ? `${What} is missing` : `${What} must be an object`
    },
  })
}

function hourly<T extends z.ZodType>(item: T, listMessage: string) {
  return z.array(item, { error: listMessage }).length(HOURS_PER_WEEK, listMessage)
}

/**
 * The channel shares' sum in %, with as many decimals as it takes to show it is off by more than
 * the tolerance: 99.89 %, never a "99.9 %" that looks within it.
 */
export function shareSumText(sum: number): string {
  const percent = sum * 100
  const limit = SHARE_SUM_TOLERANCE * 100
  let digits = 1
  while (digits < 6 && Math.abs(Math.round(percent * 10 ** digits) / 10 ** digits - 100) <= limit) {
    digits++
  }
  return `${messageNumber(percent, { digits })}\u2009%`
}

export const Business = section('business section', {
  name: text('Business name', 80),
  currency: z
    .string({ error: 'Currency must be a three-letter code like EUR' })
    .regex(/^[A-Z]{3}$/, 'Currency must be a three-letter code like EUR'),
  locale: z.string({ error: 'Locale must be a language tag like en-GB' }).refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1
    } catch {
      return false // RangeError: not a well-formed language tag
    }
  }, 'Locale must be a language tag like en-GB'),
  costPerHour: bounded('Cost per staff hour', 0, 10_000),
  shrinkage: share('Shrinkage', 0, 0.8),
  maxOccupancy: share('Maximum occupancy', 0.1, 1),
  staffHoursPerWeek: bounded('Staff hours per week', 0, 2000, 'hours').optional(),
})
export type Business = z.infer<typeof Business>

export const Demand = section('demand section', {
  contactsPerWeek: bounded('Contacts per week', 0, 1_000_000, 'contacts'),
  pattern: hourly(
    number('Weekly pattern value').min(0, 'Weekly pattern values must be zero or more'),
    'Weekly pattern must have 168 hourly values, one per hour of the week',
  ).refine(
    (weights) => weights.reduce((sum, w) => sum + w, 0) > 0,
    'Weekly pattern must have contacts in at least one hour',
  ),
  shares: z.record(z.string(), share('Channel share', 0, 1), {
    error: 'Channel shares must map each channel id to a share',
  }),
})
export type Demand = z.infer<typeof Demand>

export const Channel = section('channel', {
  id: z
    .string({ error: 'Channel id is required' })
    .regex(
      /^[a-z0-9-]{1,40}$/,
      'Channel id must be 1 to 40 lower-case letters, digits or dashes, like live-chat',
    ),
  catalogId: z.enum(CATALOG_CHANNEL_IDS, {
    error: `Channel type must be one of: ${CATALOG_CHANNEL_IDS.join(', ')}`,
  }),
  name: text('Channel name', 60),
  kind: z.enum(CHANNEL_KINDS, { error: 'Channel kind must be live, chat or async' }),
  candidate: flag('Candidate'),
  offeredToday: flag('Offered today'),
  handleMinutes: bounded('Handle time', 0.1, 240, 'minutes'),
  concurrency: bounded('Concurrency', 1, 5, 'contacts at once').int(
    'Concurrency must be a whole number of contacts',
  ),
  concurrencyEfficiency: bounded('Concurrency efficiency', 1, 5),
  targetShare: share('Target share', 0.01, 0.999),
  // Its bounds depend on the kind: checked below.
  targetSeconds: number('Target time'),
  patienceSeconds: bounded('Patience', 1, 3600, 'seconds').optional(),
  coverage: hourly(
    flag('Coverage flag'),
    'Coverage must have 168 hourly flags, one per hour of the week',
  ),
  minutesPerCheck: bounded('Time per check', 0, 60, 'minutes'),
  isPublic: flag('Public channel'),
  privateHandoffShare: share('Private handoff share', 0, 1),
  expectationHours: bounded('Customer expectation', 0.01, 720, 'hours'),
  repeatRate: share('Repeat rate', 0, 0.9),
  toolCostPerMonth: bounded('Tool cost per month', 0, 100_000),
  setupHours: bounded('Setup time', 0, 1000, 'hours'),
  trainingHoursPerMonth: bounded('Training time per month', 0, 200, 'hours'),
  affinity: z.record(
    z.string(),
    number('Affinity weight').min(0, 'Affinity weight must be zero or more'),
    { error: 'Affinity must map other channel ids to weights' },
  ),
  lossShare: share('Share lost when not offered', 0, 1),
}).superRefine((channel, ctx) => {
  const name = channel.name.trim() || 'this channel'
  const live = channel.kind !== 'async'
  const t = channel.targetSeconds
  if (live && !(t >= 1 && t <= MAX_LIVE_TARGET_SECONDS)) {
    ctx.addIssue({
      code: 'custom',
      path: ['targetSeconds'],
      message: range(`Target time for ${name}`, 1, MAX_LIVE_TARGET_SECONDS, 'seconds'),
    })
  }
  if (!live && !(t >= 60 && t <= MAX_ASYNC_TARGET_SECONDS)) {
    ctx.addIssue({
      code: 'custom',
      path: ['targetSeconds'],
      message: `Target time for ${name} must be between 1 minute and ${MAX_ASYNC_TARGET_SECONDS / 3600} hours`,
    })
  }
  if (!live && channel.patienceSeconds !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['patienceSeconds'],
      message: `Patience applies to live and chat channels only, not to ${name}`,
    })
  }
  if (channel.kind !== 'chat' && channel.concurrency !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['concurrency'],
      message: `Concurrency for ${name} must be 1: only chat channels take several contacts at once`,
    })
  }
  if (channel.concurrencyEfficiency > channel.concurrency) {
    ctx.addIssue({
      code: 'custom',
      path: ['concurrencyEfficiency'],
      message:
        channel.concurrency === 1
          ? `Concurrency efficiency for ${name} must be 1: it takes one contact at a time`
          : `${range(`Concurrency efficiency for ${name}`, 1, channel.concurrency)} (its concurrency)`,
    })
  }
})
export type Channel = z.infer<typeof Channel>

export const SelfService = section('self-service section', {
  enabled: flag('Self-service on'),
  deflectionShare: share('Self-service deflection', 0, 0.9),
  upkeepHoursPerWeek: bounded('Self-service upkeep', 0, 200, 'hours a week'),
  toolCostPerMonth: bounded('Self-service tool cost per month', 0, 100_000),
})
export type SelfService = z.infer<typeof SelfService>

/** The people on site (alongside other work); the engine solves teams of up to 20 exactly. */
export const OnSiteTeam = section('on-site team', {
  people: bounded('People on site', 1, 20, 'people').int(
    'People on site must be a whole number of people',
  ),
  otherWorkShare: share('Time on other work', 0, 0.95),
  otherWorkMinutes: bounded('Length of a spell of other work', 0.5, 60, 'minutes'),
  interruptionMinutes: bounded('Interruption per contact', 0, 30, 'minutes'),
})
export type OnSiteTeam = z.infer<typeof OnSiteTeam>

export const AnalysisSettings = section('analysis section', {
  structure: z.enum(STAFFING_STRUCTURES, {
    error: 'Staffing structure must be dedicated, blended or alongside-other-work',
  }),
  mode: z.enum(PLANNING_MODES, { error: 'Planning mode must be meet-targets or fixed-hours' }),
  publicMissWeight: bounded('Public miss weight', 1, 10),
  escalationShare: share('Customers who move to a faster public page', 0, 1).optional(),
  onSite: OnSiteTeam,
})
export type AnalysisSettings = z.infer<typeof AnalysisSettings>

export const Scenario = section('scenario', {
  version: z.literal(3, { error: 'Scenario version must be 3' }),
  business: Business,
  demand: Demand,
  channels: z
    .array(Channel, { error: 'Channels must be a list' })
    .min(1, 'A scenario needs at least one channel')
    .max(MAX_CHANNELS, `A scenario can have at most ${MAX_CHANNELS} channels`),
  selfService: SelfService,
  valueAtRiskPerLostContact: bounded('Value at risk per lost contact', 0, 1_000_000),
  analysis: AnalysisSettings,
}).superRefine((scenario, ctx) => {
  const { channels, demand } = scenario
  if (
    scenario.analysis.mode === 'fixed-hours' &&
    scenario.business.staffHoursPerWeek === undefined
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['business', 'staffHoursPerWeek'],
      message:
        'Staff hours per week is needed for fixed hours: enter the paid hours a week you have for customer contacts',
    })
  }
  if (!channels.some((c) => c.candidate)) {
    ctx.addIssue({
      code: 'custom',
      path: ['channels'],
      message: 'Mark at least one channel as a candidate, so there is something to compare',
    })
  }
  const ids = new Set(channels.map((c) => c.id))
  const label = (c: Channel) => shorten(c.name.trim() || c.id, 60)

  const seen = new Set<string>()
  channels.forEach((c, i) => {
    if (seen.has(c.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['channels', i, 'id'],
        message: `Channel id "${c.id}" is used by another channel; each channel needs its own`,
      })
    }
    seen.add(c.id)
    for (const key of Object.keys(c.affinity)) {
      if (key === c.id || !ids.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['channels', i, 'affinity', key],
          message:
            key === c.id
              ? `Affinity of ${label(c)} must name other channels, not itself`
              : `Affinity of ${label(c)} names ${quoted(key)}, which is no channel in this scenario`,
        })
      }
    }
  })

  for (const c of channels) {
    if (!(c.id in demand.shares)) {
      ctx.addIssue({
        code: 'custom',
        path: ['demand', 'shares', c.id],
        message: `Channel share for ${label(c)} is missing`,
      })
    }
  }
  const keys = Object.keys(demand.shares)
  for (const key of keys) {
    if (!ids.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['demand', 'shares', key],
        message: `Channel share for ${quoted(key)} names no channel in this scenario`,
      })
    }
  }
  const sum = keys.reduce((total, key) => total + (demand.shares[key] ?? 0), 0)
  if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
    ctx.addIssue({
      code: 'custom',
      path: ['demand', 'shares'],
      message: `Channel shares must add up to 100\u2009% (now ${shareSumText(sum)})`,
    })
  }
})
export type Scenario = z.infer<typeof Scenario>

// vue-tsc fails here when the schema and the engine's Scenario drift apart, either way.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Expect<T extends true> = T
export type SchemaMatchesEngine = Expect<Exactly<Scenario, EngineScenario>>
