/**
 * Every invalid scenario is rejected with a field path and a message: generated corruptions of
 * the built-in sample (fixed seed; 10 000 in the full run).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sampleScenario } from '@/engine'
import { parseScenarioDocument } from '../scenario-migrations'

const RUNS = process.env.FULL_PROPERTIES === '1' ? 10_000 : 300

/** Where a corruption goes: a path into the sample, and values that field must refuse. */
const TARGETS: { path: (string | number)[]; bad: unknown[] }[] = [
  { path: ['business', 'costPerHour'], bad: [-1, 10_001, Number.NaN, '30', null] },
  { path: ['business', 'shrinkage'], bad: [-0.1, 0.81, Infinity, true] },
  { path: ['business', 'maxOccupancy'], bad: [0, 1.01, -1] },
  { path: ['business', 'currency'], bad: ['euro', '', 12, 'E'] },
  { path: ['business', 'name'], bad: ['', 'x'.repeat(81), 5] },
  { path: ['demand', 'contactsPerWeek'], bad: [-5, 1_000_001, Number.NaN, '400'] },
  { path: ['demand', 'pattern', 7], bad: [-1, Number.NaN, 'busy'] },
  { path: ['channels', 0, 'handleMinutes'], bad: [0, 241, -3, Infinity] },
  { path: ['channels', 1, 'targetShare'], bad: [0, 1, 1.5] },
  { path: ['channels', 2, 'targetSeconds'], bad: [0, -60, 2_000_000] },
  { path: ['channels', 3, 'concurrency'], bad: [0, 6, 2.5] },
  { path: ['channels', 4, 'repeatRate'], bad: [-0.1, 0.95, 2] },
  { path: ['channels', 5, 'coverage', 3], bad: [1, 'yes', null] },
  { path: ['channels', 6, 'lossShare'], bad: [-0.01, 1.01] },
  { path: ['channels', 7, 'toolCostPerMonth'], bad: [-1, 100_001] },
  { path: ['selfService', 'deflectionShare'], bad: [-0.2, 0.95] },
  { path: ['valueAtRiskPerLostContact'], bad: [-1, 1_000_001] },
  { path: ['analysis', 'structure'], bad: ['pooled', '', 1, null] },
  { path: ['analysis', 'mode'], bad: ['fixed', 'Meet-targets', true] },
  { path: ['analysis', 'publicMissWeight'], bad: [0, 0.5, 10.5, Number.NaN, '2'] },
]

function corrupt(doc: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string | number, unknown>
  let node: Record<string | number, unknown> = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  node[path[path.length - 1] as string | number] = value
  return copy
}

describe('scenario schema rejects every corrupted field', () => {
  it('with the field path and a message', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TARGETS.length - 1 }), fc.nat(), (which, pick) => {
        const target = TARGETS[which] as (typeof TARGETS)[number]
        const value = target.bad[pick % target.bad.length]
        const result = parseScenarioDocument(corrupt(sampleScenario(), target.path, value))
        expect(result.ok).toBe(false)
        if (result.ok) return
        const wanted = target.path.join('.')
        const hit = result.errors.find((e) => e.path === wanted || e.path.startsWith(`${wanted}.`))
        expect(hit, `${wanted} = ${String(value)}: ${JSON.stringify(result.errors)}`).toBeDefined()
        expect(hit?.message.length).toBeGreaterThan(10)
      }),
      { seed: 777, numRuns: RUNS },
    )
    // 10 000 parses by zod without its code generation (the page's policy forbids it) take
    // about 6 s here, beyond the default 5 s.
  }, 120_000)

  it('the sample itself is valid', () => {
    expect(parseScenarioDocument(sampleScenario()).ok).toBe(true)
  })
})
