/**
 * Engine speed figures, printed (not asserted): `npm run bench`.
 * Each figure is the median of several timed rounds after a warm-up.
 */
import {
  analysePortfolios,
  analyseSensitivity,
  channelFromCatalog,
  CurveCache,
  agentsForTarget,
  createRandom,
  evaluateChannel,
  evaluateScenarioChannels,
  recommend,
  sampleScenario,
  SCENARIO_PRESETS,
  simulateWeek,
  simulationInputFor,
  type Scenario,
  type StaffingInput,
} from '../src/engine/index'
import { runFuzz, timeKeptScenario } from './fuzz'

const ROUNDS = 7

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

/** Runs `fn` repeatedly for about `ms` milliseconds per round; returns calls per second. */
function rate(fn: () => void, ms = 200): number {
  for (let i = 0; i < 50; i++) fn()
  const rounds: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    let calls = 0
    const start = performance.now()
    let elapsed = 0
    while (elapsed < ms) {
      for (let i = 0; i < 20; i++) fn()
      calls += 20
      elapsed = performance.now() - start
    }
    rounds.push((calls / elapsed) * 1000)
  }
  return median(rounds)
}

/** Median wall time in milliseconds of one call of `fn`. */
function time(fn: () => void): number {
  for (let i = 0; i < 5; i++) fn()
  const rounds: number[] = []
  for (let r = 0; r < ROUNDS * 3; r++) {
    const start = performance.now()
    fn()
    rounds.push(performance.now() - start)
  }
  return median(rounds)
}

const fmt = (v: number, digits = 0): string =>
  v.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })

const question = (trafficErlangs: number, patienceSeconds?: number): StaffingInput => ({
  trafficErlangs,
  handleSeconds: 180,
  targetSeconds: 20,
  targetServiceLevel: 0.8,
  maxOccupancy: 0.85,
  patienceSeconds,
})

console.log('Channel Planner engine benchmark')
console.log(`node ${process.version}, ${ROUNDS} rounds, median\n`)
console.log('Staffing solves per second (80 % in 20 s, 180 s handle, 85 % occupancy cap)')
for (const load of [1, 100, 10_000, 50_000]) {
  const c = rate(() => agentsForTarget(question(load)))
  const a = rate(() => agentsForTarget(question(load, 120)))
  console.log(
    `  ${fmt(load).padStart(6)} Erlangs: Erlang C ${fmt(c).padStart(10)} /s   Erlang A (patience 120 s) ${fmt(a).padStart(9)} /s`,
  )
}

// A week of office-hours demand: weekdays 08:00–18:00 carry the contacts, evenings a trickle.
function weekLoads(contactsPerWeek: number): number[] {
  const weights = Array.from({ length: 168 }, (_, hour) => {
    const day = Math.floor(hour / 24)
    const h = hour % 24
    const open = day < 5 && h >= 8 && h < 18
    return open ? 10 : h >= 7 && h < 22 ? 1 : 0.1
  })
  const total = weights.reduce((s, w) => s + w, 0)
  return weights.map((w) => (contactsPerWeek * (w / total) * 180) / 3600)
}

console.log('\nStaffing a 168-hour week (one solve per hour)')
for (const contactsPerWeek of [500, 20_000, 2_000_000]) {
  const loads = weekLoads(contactsPerWeek)
  const c = time(() => loads.forEach((a) => agentsForTarget(question(a))))
  const a = time(() => loads.forEach((a) => agentsForTarget(question(a, 120))))
  const peak = Math.max(...loads)
  console.log(
    `  ${fmt(contactsPerWeek).padStart(9)} contacts/week (peak ${fmt(peak, 1)} E): Erlang C ${fmt(c, 2)} ms   Erlang A ${fmt(a, 2)} ms`,
  )
}

console.log(
  '\nChannel models (the built-in sample scenario: 10 candidate channels, 400 contacts a week)',
)
const scenario = sampleScenario()
const all = time(() => evaluateScenarioChannels(scenario))
console.log(
  `  evaluate every channel for a week (meet targets, repeats, hand-offs): ${fmt(all, 1)} ms`,
)
for (const id of ['phone', 'live-chat', 'email', 'facebook']) {
  const channel = scenario.channels.find((c) => c.id === id)
  if (!channel) continue
  const input = {
    channel,
    contactsPerWeek: 100,
    business: scenario.business,
    pattern: scenario.demand.pattern,
  }
  const meet = time(() => evaluateChannel(input))
  const fixed = time(() => evaluateChannel({ ...input, staffHoursPerWeek: 10 }))
  const plan = simulationInputFor(input, evaluateChannel(input))
  let seed = 1
  const simulated = time(() => simulateWeek(plan, createRandom(seed++)))
  console.log(
    `  ${id.padEnd(10)} meet targets ${fmt(meet, 2).padStart(7)} ms   fixed hours ${fmt(fixed, 2).padStart(6)} ms   one simulated week ${fmt(simulated, 2).padStart(6)} ms`,
  )
}

// ---------------------------------------------------------------- portfolio analysis

/** Median of a few timed calls after one warm-up (for runs of a second or more). */
function timeFew(fn: (round: number) => void, rounds = 5): number {
  fn(-1)
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    const start = performance.now()
    fn(r)
    times.push(performance.now() - start)
  }
  return median(times)
}

/**
 * The sample with two more candidates, set up differently from any other channel (a channel
 * with another's exact queue settings would share its curve): a workshop phone line open on
 * weekdays only with longer calls, and an orders inbox with an 8-hour target. 12 in all.
 */
function twelveChannels(): Scenario {
  const s = sampleScenario()
  const workshop = channelFromCatalog('phone', { id: 'workshop-phone' })
  workshop.name = 'Workshop phone'
  workshop.handleMinutes = 9
  workshop.coverage = (s.channels[0]?.coverage ?? workshop.coverage).map(
    (on, hour) => on && hour < 5 * 24,
  )
  const orders = channelFromCatalog('email', { id: 'orders-email' })
  orders.name = 'Orders inbox'
  orders.targetSeconds = 8 * 3600
  orders.coverage = [...(s.channels[1]?.coverage ?? orders.coverage)]
  s.channels.push(workshop, orders)
  s.demand.shares = { ...s.demand.shares, 'workshop-phone': 0.05, 'orders-email': 0.05 }
  for (const id of ['phone', 'email'] as const)
    s.demand.shares[id] = (s.demand.shares[id] ?? 0) - 0.05
  return s
}

/** The sample without X and the forum: 8 candidates. */
function eightChannels(): Scenario {
  const s = sampleScenario()
  for (const c of s.channels) if (c.id === 'x' || c.id === 'forum') c.candidate = false
  return s
}

console.log('\nPortfolio analysis (every non-empty portfolio, 168 hours each; median of 5 runs)')
for (const [label, make] of [
  ['12 channels, 4 095 portfolios', twelveChannels],
  ['8 channels, 255 portfolios', eightChannels],
] as const) {
  for (const structure of ['dedicated', 'blended'] as const) {
    const base = make()
    base.analysis.structure = structure
    const cold = timeFew(() => analysePortfolios(base, { cache: new CurveCache() }))
    const cache = new CurveCache()
    analysePortfolios(base, { cache })
    const warm = timeFew(() => analysePortfolios(base, { cache }))
    // What-ifs: contacts a week moved by a slider (channel settings unchanged), and one
    // channel's target moved (its curve is rebuilt, the others kept).
    const whatIf = timeFew((round) => {
      const moved = make()
      moved.analysis.structure = structure
      moved.demand.contactsPerWeek = base.demand.contactsPerWeek * (1 + 0.03 * (round + 2))
      analysePortfolios(moved, { cache })
    })
    const retarget = timeFew((round) => {
      const moved = make()
      moved.analysis.structure = structure
      const email = moved.channels.find((c) => c.id === 'email')
      if (email) email.targetSeconds *= 1.1 + 0.1 * (round + 1)
      analysePortfolios(moved, { cache })
    })
    const evaluations = analysePortfolios(base, { cache: new CurveCache() }).channelEvaluations
    console.log(
      `  ${label}, ${structure.padEnd(9)}: first run ${fmt(cold).padStart(5)} ms (${evaluations} channel evaluations)   same channels again ${fmt(warm, 1).padStart(6)} ms   contacts moved ${fmt(whatIf).padStart(5)} ms   email target moved ${fmt(retarget).padStart(5)} ms`,
    )
  }
}

// What the app's worker runs for an answer: the sweep, then the three portfolios shown
// (recommended, today's, best of any size) evaluated exactly, without the curves' shortcuts.
console.log('\nThe answer shown (sweep + three portfolios evaluated exactly; median of 5 runs)')
for (const [label, make] of [
  ['12 channels', twelveChannels],
  ['8 channels', eightChannels],
] as const) {
  const base = make()
  const cold = timeFew(() => recommend(base, { cache: new CurveCache() }))
  const cache = new CurveCache()
  recommend(base, { cache })
  const warm = timeFew(() => recommend(base, { cache }))
  const whatIf = timeFew((round) => {
    const moved = make()
    moved.demand.contactsPerWeek = base.demand.contactsPerWeek * (1 + 0.03 * (round + 2))
    recommend(moved, { cache })
  })
  console.log(
    `  ${label.padEnd(11)}: first run ${fmt(cold).padStart(5)} ms   same channels again ${fmt(warm, 1).padStart(6)} ms   contacts moved ${fmt(whatIf).padStart(5)} ms`,
  )
}

// What the same answer takes when the sample's two people answer between customers (one run
// each: the larger volumes take seconds).
console.log('\nThe answer shown, the sample (10 channels), dedicated staff and people on site')
for (const contactsPerWeek of [150, 400, 800]) {
  const line: string[] = []
  for (const structure of ['dedicated', 'alongside-other-work'] as const) {
    const s = sampleScenario()
    s.demand.contactsPerWeek = contactsPerWeek
    s.analysis.structure = structure
    const start = performance.now()
    recommend(s, { cache: new CurveCache() })
    line.push(`${structure} ${fmt(performance.now() - start).padStart(6)} ms`)
  }
  console.log(`  ${String(contactsPerWeek).padStart(4)} contacts a week: ${line.join('   ')}`)
}

// The edits the browser's speed test makes: the sample's contacts typed as 409, 418 … 580, each
// answered on the curves and exact evaluations the ones before left (as the worker keeps them).
{
  const cache = new CurveCache()
  recommend(sampleScenario(), { cache })
  const times: number[] = []
  for (let i = 1; i <= 20; i++) {
    const s = sampleScenario()
    s.demand.contactsPerWeek = 400 + 9 * i
    const start = performance.now()
    recommend(s, { cache })
    times.push(performance.now() - start)
  }
  const sorted = [...times].sort((a, b) => a - b)
  const p95 = sorted[Math.ceil(0.95 * sorted.length) - 1] ?? NaN
  console.log(
    `  the sample, 20 edits of its contacts (409 … 580): median ${fmt(median(times))} ms, p95 ${fmt(p95)} ms`,
  )
}

// ---------------------------------------------------------------- what would change the answer

// After the answer, on its curves (as the worker runs it): the bars, then the breakpoint search.
console.log('\nWhat would change the answer, after the answer on the same curves (one run each)')
for (const preset of [{ id: 'sample', build: sampleScenario }, ...SCENARIO_PRESETS]) {
  const s = preset.build()
  const cache = new CurveCache()
  const start = performance.now()
  recommend(s, { cache })
  const answered = performance.now()
  const sensitivity = analyseSensitivity(s, { cache })
  const done = performance.now()
  console.log(
    `  ${preset.id.padEnd(18)} answer ${fmt(answered - start).padStart(6)} ms, then ${fmt(done - answered).padStart(6)} ms: ${sensitivity.bars.length} bars, ${sensitivity.breakpoints.length} breakpoints`,
  )
}

// ---------------------------------------------------------------- async channels

console.log('\nAsync channels, meet targets (catalog defaults, the sample business and pattern)')
{
  const s = sampleScenario()
  const times: number[] = []
  for (const id of ['email', 'web-form', 'facebook', 'instagram', 'x', 'reviews', 'forum']) {
    const channel = s.channels.find((c) => c.id === id)
    if (!channel) continue
    for (const contactsPerWeek of [5, 50, 200, 500]) {
      const input = { channel, contactsPerWeek, business: s.business, pattern: s.demand.pattern }
      times.push(time(() => evaluateChannel(input)))
    }
  }
  times.sort((a, b) => a - b)
  console.log(
    `  ${times.length} evaluations (7 channels × 5, 50, 200, 500 contacts a week): median ${fmt(median(times), 1)} ms, slowest ${fmt(times[times.length - 1] ?? 0, 1)} ms`,
  )
}

console.log('\nWorst cases')
timeKeptScenario()
runFuzz()
