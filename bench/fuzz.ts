/**
 * Worst cases for `npm run bench`: schema-valid scenarios at the edges of every range (12
 * channels of every kind, fixed hours or meet targets, dedicated or blended, up to a million
 * contacts a week), each answered in full as the app's worker does (sweep, then the sets shown
 * evaluated exactly). Prints the slowest and keeps it as a fixture when it took over 2 s.
 * FUZZ_SCENARIOS sets how many (default 12); FUZZ_LIMIT_MS stops one that runs longer.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import {
  CATALOG_CHANNEL_IDS,
  channelFromCatalog,
  COVERAGE_PRESETS,
  createRandom,
  CurveCache,
  PATTERN_PRESETS,
  recommend,
  type Scenario,
} from '../src/engine/index'
import { Scenario as ScenarioSchema } from '../src/schemas/scenario'
import { parseScenarioDocument } from '../src/schemas/scenario-migrations'

const SLOW_MS = 2000
const KEPT = 'bench/fixtures/slowest-fuzz-scenario.json'

function pick<T>(random: () => number, values: readonly T[]): T {
  const v = values[Math.floor(random() * values.length)]
  if (v === undefined) throw new RangeError('nothing to pick from')
  return v
}

/** A value at an edge of [low, high], or the default in between. */
function edge(random: () => number, low: number, high: number, middle: number): number {
  return pick(random, [low, high, middle])
}

export function fuzzScenario(seed: number): Scenario {
  const random = createRandom(seed)
  const count = pick(random, [1, 6, 12])
  const ids = Array.from({ length: count }, (_, i) => `c${i}`)
  const channels = ids.map((id, i) => {
    const catalogId = pick(random, CATALOG_CHANNEL_IDS)
    const c = channelFromCatalog(catalogId, { id, candidate: true, offeredToday: i % 2 === 0 })
    const live = c.kind !== 'async'
    c.name = `Channel ${i + 1}`
    c.handleMinutes = edge(random, 0.1, 240, c.handleMinutes)
    c.targetShare = edge(random, 0.01, 0.999, c.targetShare)
    c.targetSeconds = live
      ? edge(random, 1, 3600, c.targetSeconds)
      : edge(random, 60, 72 * 3600, c.targetSeconds)
    c.coverage = [...pick(random, Object.values(COVERAGE_PRESETS)).flags]
    c.minutesPerCheck = live ? 0 : edge(random, 0, 60, c.minutesPerCheck)
    c.repeatRate = edge(random, 0, 0.9, c.repeatRate)
    c.expectationHours = edge(random, 0.01, 720, c.expectationHours)
    c.lossShare = edge(random, 0, 1, c.lossShare)
    c.affinity = Object.fromEntries(
      ids.filter((o) => o !== id).map((o) => [o, edge(random, 0, 1e6, 1)]),
    )
    if (c.kind === 'chat') {
      c.concurrency = pick(random, [1, 2, 5])
      c.concurrencyEfficiency = Math.min(c.concurrency, edge(random, 1, 5, 1.7))
    }
    if (live && c.patienceSeconds !== undefined)
      c.patienceSeconds = edge(random, 1, 3600, c.patienceSeconds)
    return c
  })
  const mode = pick(random, ['meet-targets', 'fixed-hours'] as const)
  return {
    version: 3,
    business: {
      name: `Fuzz ${seed}`,
      currency: 'EUR',
      locale: 'en-GB',
      costPerHour: edge(random, 0, 10_000, 25),
      shrinkage: edge(random, 0, 0.8, 0.3),
      maxOccupancy: edge(random, 0.1, 1, 0.85),
      staffHoursPerWeek: mode === 'fixed-hours' ? edge(random, 0, 2000, 40) : undefined,
    },
    demand: {
      contactsPerWeek: edge(random, 0, 1_000_000, 400),
      pattern: [...pick(random, Object.values(PATTERN_PRESETS)).weights],
      shares: Object.fromEntries(ids.map((id) => [id, 1 / count])),
    },
    channels,
    selfService: {
      enabled: random() < 0.5,
      deflectionShare: edge(random, 0, 0.9, 0.1),
      upkeepHoursPerWeek: 1,
      toolCostPerMonth: 0,
    },
    valueAtRiskPerLostContact: edge(random, 0, 1_000_000, 35),
    analysis: {
      structure: pick(random, ['dedicated', 'blended', 'alongside-other-work'] as const),
      mode,
      publicMissWeight: edge(random, 1, 10, 2),
      onSite: {
        people: Math.round(edge(random, 1, 20, 2)),
        otherWorkShare: edge(random, 0, 0.95, 0.6),
        otherWorkMinutes: edge(random, 0.5, 60, 5),
        interruptionMinutes: edge(random, 0, 30, 1),
      },
    },
  }
}

export function runFuzz(): void {
  const count = Number(process.env.FUZZ_SCENARIOS ?? 12)
  const limit = Number(process.env.FUZZ_LIMIT_MS ?? 120_000)
  let slowest = { ms: -1, seed: 0, scenario: undefined as Scenario | undefined, stopped: false }
  let over = 0
  let tried = 0
  for (let seed = 1; tried < count; seed++) {
    const scenario = fuzzScenario(seed)
    // Only what the app would accept: the same schema the planner checks inputs with.
    const parsed = ScenarioSchema.safeParse(scenario)
    if (!parsed.success) continue
    tried++
    const { ms, stopped } = answerTime(parsed.data, limit)
    if (ms > SLOW_MS) over++
    if (ms > slowest.ms) slowest = { ms, seed, scenario: parsed.data, stopped }
  }
  const s = slowest.scenario
  console.log(
    `  worst case over ${tried} schema-valid scenarios at the edges of every range: ${over} over ${SLOW_MS / 1000} s; slowest ${(slowest.ms / 1000).toFixed(1)} s${slowest.stopped ? ' (stopped at the limit)' : ''} (seed ${slowest.seed}: ${s?.channels.length ?? 0} channels, ${s?.demand.contactsPerWeek ?? 0} contacts a week, ${s?.analysis.mode}, ${s?.analysis.structure})`,
  )
  if (s && slowest.ms > SLOW_MS) {
    mkdirSync('bench/fixtures', { recursive: true })
    writeFileSync(KEPT, JSON.stringify(s, null, 2) + '\n')
    console.log(`  kept as ${KEPT}`)
  }
}

/** The full answer's time for one scenario, stopped at `limit` ms. */
function answerTime(scenario: Scenario, limit: number): { ms: number; stopped: boolean } {
  const started = performance.now()
  let stopped = false
  try {
    recommend(scenario, {
      cache: new CurveCache(),
      shouldStop: () => performance.now() - started > limit,
    })
  } catch {
    // Stopped at the limit: counted at the limit.
    stopped = true
  }
  return { ms: performance.now() - started, stopped }
}

/** The slow scenario an earlier run kept, timed again (it was over 2 s then). */
export function timeKeptScenario(): void {
  if (!existsSync(KEPT)) return
  // Kept by an older version, it is brought up to the current one as any saved scenario is.
  const parsed = parseScenarioDocument(JSON.parse(readFileSync(KEPT, 'utf8')) as unknown)
  if (!parsed.ok) {
    console.log(`  ${KEPT} is no longer a valid scenario`)
    return
  }
  const limit = Number(process.env.FUZZ_LIMIT_MS ?? 120_000)
  const { ms, stopped } = answerTime(parsed.scenario, limit)
  console.log(
    `  the scenario kept by an earlier run (${KEPT}): ${(ms / 1000).toFixed(1)} s${stopped ? ' (stopped at the limit)' : ''}`,
  )
}
