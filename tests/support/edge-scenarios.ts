/**
 * Scenarios at the edges of every range the scenario schema allows: each field at its minimum,
 * its maximum, just inside either, zero where zero is allowed, or an ordinary value; affinity
 * and pattern weights up to Number.MAX_VALUE (the schema only asks for zero or more); shares
 * all on one channel or adding up to 1 ± the schema's tolerance; coverage of no hour, one hour
 * or all; one to three channels. Every generated document is parsed by the schema, so only what
 * the app would accept reaches the engine.
 *
 * Two choices keep a run short, since the engine's time grows with them (see `EdgeOptions`):
 * which kinds of channel are candidates, and whether contacts a week are at the top of the range.
 */
import fc from 'fast-check'
import {
  CATALOG_CHANNEL_IDS,
  channelFromCatalog,
  COVERAGE_PRESETS,
  HOURS_PER_WEEK,
  PATTERN_PRESETS,
  type CatalogChannelId,
  type Scenario,
} from '@/engine'
import { Scenario as ScenarioSchema } from '@/schemas/scenario'

/** A number's edges within [min, max]: both ends, just inside each, and an ordinary value. */
function edges(min: number, max: number, ordinary: number): fc.Arbitrary<number> {
  const inside = (max - min) * 1e-6
  return fc.constantFrom(min, max, min + inside, max - inside, ordinary)
}

/** Weights the schema allows without bound: zero, the smallest and largest doubles, 1, 10^6. */
const WEIGHTS = [0, Number.MIN_VALUE, 1, 1e6, 1e300, Number.MAX_VALUE] as const
const weight = fc.constantFrom(...WEIGHTS)

const NONE = Array.from({ length: HOURS_PER_WEEK }, () => false)
const COVERAGES: readonly boolean[][] = [
  ...Object.values(COVERAGE_PRESETS).map((c) => [...c.flags]),
  NONE,
  NONE.map((_, h) => h === 100),
  NONE.map(() => true),
]

const ONE_HOUR = Array.from({ length: HOURS_PER_WEEK }, (_, h) => (h === 100 ? 1 : 0))
const PATTERNS: fc.Arbitrary<number[]> = fc.oneof(
  fc.constantFrom(...Object.values(PATTERN_PRESETS).map((p) => [...p.weights])),
  fc.constant(ONE_HOUR),
  fc.constant(ONE_HOUR.map((w) => w * Number.MIN_VALUE)),
  // Weights that add up beyond the largest double.
  fc.constant(ONE_HOUR.map((w, h) => (h % 2 === 0 ? Number.MAX_VALUE : w))),
  fc.array(weight, { minLength: HOURS_PER_WEEK, maxLength: HOURS_PER_WEEK }),
)

const MAX_ASYNC_TARGET = 14 * 24 * 3600

const channelEdges = fc.record({
  catalogId: fc.constantFrom<CatalogChannelId>(...CATALOG_CHANNEL_IDS),
  kindPick: fc.nat(),
  candidate: fc.boolean(),
  offeredToday: fc.boolean(),
  handleMinutes: edges(0.1, 240, 6),
  concurrency: fc.integer({ min: 1, max: 5 }),
  efficiencyAt: fc.constantFrom(0, 0.5, 1),
  targetShare: edges(0.01, 0.999, 0.8),
  liveTarget: edges(1, 3600, 20),
  asyncTarget: edges(60, MAX_ASYNC_TARGET, 3600),
  patienceSeconds: fc.option(edges(1, 3600, 60), { nil: undefined }),
  coverage: fc.constantFrom(...COVERAGES),
  minutesPerCheck: edges(0, 60, 3),
  isPublic: fc.boolean(),
  privateHandoffShare: edges(0, 1, 0.3),
  expectationHours: edges(0.01, 720, 4),
  repeatRate: edges(0, 0.9, 0.3),
  toolCostPerMonth: edges(0, 100_000, 20),
  setupHours: edges(0, 1000, 4),
  trainingHoursPerMonth: edges(0, 200, 2),
  lossShare: edges(0, 1, 0.1),
  affinity: fc.array(weight, { minLength: 3, maxLength: 3 }),
})

/** Shares over the channels: even, all on one, or adding up to 1 ± the schema's tolerance. */
function sharesFor(ids: string[], pick: number, skew: number): Record<string, number> {
  const n = ids.length
  const raw = ids.map((_, i) => {
    if (pick === 0) return 1 / n
    if (pick === 1) return i === skew % n ? 1 : 0
    return Math.min(1, (1 / n) * (pick === 2 ? 0.9991 : 1.0009))
  })
  return Object.fromEntries(ids.map((id, i) => [id, raw[i] ?? 0]))
}

const documentEdges = fc.record({
  channels: fc.array(channelEdges, { minLength: 1, maxLength: 3 }),
  sharePick: fc.integer({ min: 0, max: 3 }),
  shareSkew: fc.nat(),
  business: fc.record({
    costPerHour: edges(0, 10_000, 25),
    shrinkage: edges(0, 0.8, 0.3),
    maxOccupancy: edges(0.1, 1, 0.85),
    staffHoursPerWeek: fc.option(edges(0, 2000, 40), { nil: undefined }),
  }),
  pattern: PATTERNS,
  selfService: fc.record({
    enabled: fc.boolean(),
    deflectionShare: edges(0, 0.9, 0.1),
    upkeepHoursPerWeek: edges(0, 200, 1),
    toolCostPerMonth: edges(0, 100_000, 0),
  }),
  valueAtRiskPerLostContact: edges(0, 1_000_000, 35),
  structure: fc.constantFrom('dedicated', 'blended', 'alongside-other-work' as const),
  mode: fc.constantFrom('meet-targets', 'fixed-hours' as const),
  publicMissWeight: edges(1, 10, 2),
  // Escalation to faster public pages: absent (the default), or a share at the edges.
  escalationShare: fc.option(edges(0, 1, 0.2), { nil: undefined }),
  onSite: fc.record({
    people: fc.constantFrom(1, 2, 19, 20),
    otherWorkShare: edges(0, 0.95, 0.6),
    otherWorkMinutes: edges(0.5, 60, 5),
    interruptionMinutes: edges(0, 30, 1),
  }),
})

type DocumentEdges = typeof documentEdges extends fc.Arbitrary<infer T> ? T : never

/** The engine's scenario for one draw (not parsed yet). */
function documentOf(d: DocumentEdges, contactsPerWeek: number): unknown {
  const ids = d.channels.map((_, i) => `c${i}`)
  const channels = d.channels.map((g, i) => {
    const c = channelFromCatalog(g.catalogId, {
      id: ids[i],
      candidate: g.candidate,
      offeredToday: g.offeredToday,
    })
    const live = c.kind !== 'async'
    const concurrency = c.kind === 'chat' ? g.concurrency : 1
    return {
      ...c,
      name: `Channel ${i + 1}`,
      handleMinutes: g.handleMinutes,
      concurrency,
      concurrencyEfficiency: 1 + (concurrency - 1) * g.efficiencyAt,
      targetShare: g.targetShare,
      targetSeconds: live ? g.liveTarget : g.asyncTarget,
      patienceSeconds: live ? g.patienceSeconds : undefined,
      coverage: [...g.coverage],
      minutesPerCheck: g.minutesPerCheck,
      isPublic: g.isPublic,
      privateHandoffShare: g.privateHandoffShare,
      expectationHours: g.expectationHours,
      repeatRate: g.repeatRate,
      toolCostPerMonth: g.toolCostPerMonth,
      setupHours: g.setupHours,
      trainingHoursPerMonth: g.trainingHoursPerMonth,
      lossShare: g.lossShare,
      affinity: Object.fromEntries(
        ids.flatMap((other, j) => (other === ids[i] ? [] : [[other, g.affinity[j] ?? 0]])),
      ),
    }
  })
  const fixedHours = d.mode === 'fixed-hours'
  return {
    version: 3,
    business: {
      name: 'Edge case',
      currency: 'EUR',
      locale: 'en-GB',
      costPerHour: d.business.costPerHour,
      shrinkage: d.business.shrinkage,
      maxOccupancy: d.business.maxOccupancy,
      // Fixed hours need the hours; meet targets may or may not carry them.
      staffHoursPerWeek: d.business.staffHoursPerWeek ?? (fixedHours ? 0 : undefined),
    },
    demand: {
      contactsPerWeek,
      pattern: d.pattern,
      shares: sharesFor(ids, d.sharePick, d.shareSkew),
    },
    channels,
    selfService: d.selfService,
    valueAtRiskPerLostContact: d.valueAtRiskPerLostContact,
    analysis: {
      structure: d.structure,
      mode: d.mode,
      publicMissWeight: d.publicMissWeight,
      ...(d.escalationShare === undefined ? {} : { escalationShare: d.escalationShare }),
      onSite: d.onSite,
    },
  }
}

/**
 * Contacts a week: the bottom of the range (0, below and just above the engine's negligible
 * 1e-9, 1) and ordinary values, or the top (a million and just under).
 */
const LOW_CONTACTS = fc.constantFrom(0, 5e-10, 2e-9, 1, 40, 400)
const TOP_CONTACTS = fc.constantFrom(1_000_000, 999_999)

export interface EdgeOptions {
  /**
   * Candidate channels of which kinds: live and chat only (their evaluations take milliseconds;
   * async channels of any kind still appear as channels that are not candidates, whose customers
   * move), or with the first channel an async candidate (each async evaluation takes tens of
   * milliseconds to seconds).
   */
  candidates: 'live-and-chat' | 'with-async'
  /**
   * low: contacts a week from 0 to 400; top: a million or just under, where fixed hours and the
   * blended pool take seconds to minutes for one scenario.
   */
  contacts: 'low' | 'top'
}

const LIVE_OR_CHAT = CATALOG_CHANNEL_IDS.filter((id) => channelFromCatalog(id).kind !== 'async')
const ASYNC = CATALOG_CHANNEL_IDS.filter((id) => channelFromCatalog(id).kind === 'async')

/** A schema-valid scenario at the edges; a draw the schema refuses is a bug in this generator. */
export function edgeScenario({ candidates, contacts }: EdgeOptions): fc.Arbitrary<Scenario> {
  const volume = contacts === 'top' ? TOP_CONTACTS : LOW_CONTACTS
  return fc.tuple(documentEdges, volume).map(([d, contactsPerWeek]) => {
    const channels = d.channels.map((c, i) => {
      const candidate = i === 0 || c.candidate
      if (candidates === 'with-async' && i === 0) {
        return { ...c, candidate, catalogId: pickFrom(ASYNC, c.kindPick) }
      }
      if (candidates === 'live-and-chat' && candidate) {
        return { ...c, candidate, catalogId: pickFrom(LIVE_OR_CHAT, c.kindPick) }
      }
      return { ...c, candidate }
    })
    return schemaValid(documentOf({ ...d, channels }, contactsPerWeek))
  })
}

function pickFrom<T>(values: readonly T[], n: number): T {
  const v = values[n % values.length]
  if (v === undefined) throw new RangeError('nothing to pick from')
  return v
}

function schemaValid(doc: unknown): Scenario {
  const parsed = ScenarioSchema.safeParse(doc)
  if (!parsed.success) {
    throw new Error(`generated an invalid scenario: ${JSON.stringify(parsed.error.issues)}`)
  }
  return parsed.data
}
