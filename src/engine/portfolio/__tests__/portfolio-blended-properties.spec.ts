/**
 * A blended team never needs more paid hours than dedicated people for the same set
 * (docs/methodology.md, "Staffing structures"): the calls queue on their own queues, or on one
 * shared queue only where it needs fewer hours, and the written work takes the idle time first.
 * Generated scenarios of one to four channels of every kind, every set of all of them; the
 * default run checks a few hundred, `npm run test:full` (and CI) 10 000.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  business,
  channel,
  pattern,
  RUNS,
  SEED,
  TIMEOUT,
} from '../../channels/__tests__/support-properties'
import type { Scenario } from '../../model/types'
import { makeScenario } from '../../__tests__/support/factory'
import { CurveCache } from '../curve-cache'
import { evaluatePortfolio } from '../evaluate'

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    channels: fc.array(channel, { minLength: 1, maxLength: 3 }),
    business,
    pattern,
    contacts: fc.double({ min: 0, max: 1000, noNaN: true }),
    weights: fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), {
      minLength: 4,
      maxLength: 4,
    }),
  })
  .map((g) => {
    const channels = g.channels.map((c, k) => ({ ...c, id: `c${k}`, name: `Channel ${k}` }))
    const total = channels.reduce((s, _, k) => s + (g.weights[k] ?? 1), 0)
    const shares = Object.fromEntries(channels.map((c, k) => [c.id, (g.weights[k] ?? 1) / total]))
    const s = makeScenario(channels, shares, { business: g.business })
    s.demand = { contactsPerWeek: g.contacts, pattern: g.pattern, shares }
    return s
  })

describe('a blended team against dedicated people', () => {
  it(
    'never needs more paid hours for the same set',
    () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const ids = s.channels.map((c) => c.id)
          const cache = new CurveCache()
          const apart = evaluatePortfolio(
            { ...s, analysis: { ...s.analysis, structure: 'dedicated' } },
            ids,
            cache,
          )
          const together = evaluatePortfolio(
            { ...s, analysis: { ...s.analysis, structure: 'blended' } },
            ids,
            cache,
          )
          expect(together.staffHours).toBeLessThanOrEqual(apart.staffHours * (1 + 1e-9) + 1e-9)
        }),
        { numRuns: RUNS, seed: SEED },
      )
    },
    TIMEOUT,
  )
})
