/**
 * The engine against high-precision reference values. The fixture is produced by
 * scripts/erlang_reference.py (mpmath at 60 digits, with methods independent of the engine:
 * Erlang B from the incomplete gamma function, Erlang A from its stationary distribution
 * summed term by term, service level from the incomplete beta function; see the script).
 * Tolerances are those of the brief: relative 1e-9, and 1e-8 for Erlang A and for loads of
 * 1 000 Erlangs or more.
 */
import { describe, expect, it } from 'vitest'
import { erlangA } from '../erlang-a'
import { erlangB } from '../erlang-b'
import { erlangC } from '../erlang-c'
import { agentsForTarget } from '../staffing'
import reference from './fixtures/erlang-reference.json'

function relativeError(actual: number, expected: number): number {
  if (expected === 0) return Math.abs(actual)
  return Math.abs(actual / expected - 1)
}

function toleranceFor(trafficErlangs: number, erlangAModel: boolean): number {
  return erlangAModel || trafficErlangs >= 1000 ? 1e-8 : 1e-9
}

describe('Erlang B against the mpmath reference', () => {
  it.each(reference.erlangB)('B($agents, $trafficErlangs)', (c) => {
    const got = erlangB(c.agents, c.trafficErlangs)
    expect(relativeError(got, c.blocking)).toBeLessThanOrEqual(
      toleranceFor(c.trafficErlangs, false),
    )
  })
})

describe('Erlang C against the mpmath reference', () => {
  it.each(reference.erlangC)('C($agents agents, $trafficErlangs E, t=$targetSeconds s)', (c) => {
    const got = erlangC(c)
    const tol = toleranceFor(c.trafficErlangs, false)
    expect(got.stable).toBe(true)
    for (const key of Object.keys(c.expected) as (keyof typeof c.expected)[]) {
      expect(relativeError(got[key], c.expected[key]), key).toBeLessThanOrEqual(tol)
    }
  })
})

describe('Erlang A against the mpmath reference', () => {
  it.each(reference.erlangA)(
    'A($agents agents, $trafficErlangs E, patience $patienceSeconds s)',
    (c) => {
      const got = erlangA(c)
      const tol = toleranceFor(c.trafficErlangs, true)
      expect.hasAssertions()
      for (const key of Object.keys(c.expected) as (keyof typeof c.expected)[]) {
        expect(relativeError(got[key], c.expected[key]), key).toBeLessThanOrEqual(tol)
      }
    },
  )
})

describe('staffing against the mpmath reference (least agent count by exact scan)', () => {
  it.each(reference.staffing)('$trafficErlangs E → $agents agents', (c) => {
    const { agents, ...question } = c
    expect(agentsForTarget(question)).toBe(agents)
  })
})
