/**
 * Whatever schema-valid scenario it is given, the recommendation never throws, and every figure
 * in it is a finite number, counts, hours and money are zero or more, and shares lie within
 * [0, 1]: generated scenarios at the edges of every range (tests/support/edge-scenarios.ts),
 * each answered in full as the app answers it (the sweep, then the sets shown evaluated
 * exactly). Fixed seeds.
 *
 * The engine's time grows with async candidates and with contacts a week at the top of the
 * range (seconds to minutes for one scenario there), so the runs are split three ways: live
 * and chat candidates with 0 to 400 contacts a week (async channels still appear, as channels
 * that are not candidates), the same at a million contacts, and an async candidate.
 *
 *   default:                   300 + 4 + 4 scenarios, about 10 s on two cores
 *   FULL_PROPERTIES=1 (CI):    10 000 + 30 + 30 scenarios, about 4 minutes (100 + 100 more
 *                              of the slow two would add 5)
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { recommend, type Scenario } from '@/engine'
import { edgeScenario, type EdgeOptions } from './support/edge-scenarios'
import { badFigure } from './support/result-checks'

const FULL = process.env.FULL_PROPERTIES === '1'
const TIMEOUT = FULL ? 60 * 60_000 : 5 * 60_000

function answersEveryFigure(options: EdgeOptions, seed: number, numRuns: number): void {
  fc.assert(
    fc.property(edgeScenario(options), (scenario: Scenario) => {
      const answer = recommend(scenario)
      expect(badFigure(answer)).toBeUndefined()
    }),
    { seed, numRuns },
  )
}

describe('every schema-valid scenario at the edges gets a finite answer', () => {
  it(
    'live and chat candidates, 0 to 400 contacts a week',
    () => {
      answersEveryFigure({ candidates: 'live-and-chat', contacts: 'low' }, 16, FULL ? 10_000 : 300)
    },
    TIMEOUT,
  )

  it(
    'live and chat candidates, a million contacts a week',
    () => {
      answersEveryFigure({ candidates: 'live-and-chat', contacts: 'top' }, 17, FULL ? 30 : 4)
    },
    TIMEOUT,
  )

  it(
    'an async candidate, 0 to 400 contacts a week',
    () => {
      answersEveryFigure({ candidates: 'with-async', contacts: 'low' }, 18, FULL ? 30 : 4)
    },
    TIMEOUT,
  )
})

describe('the check itself', () => {
  it('names Infinity, NaN, counts below zero and shares above 1; marginals may be negative', () => {
    expect(badFigure({ figures: { p90ResponseSeconds: Infinity } })).toBe(
      'answer.figures.p90ResponseSeconds = Infinity',
    )
    expect(badFigure({ cost: { total: Number.NaN } })).toBe('answer.cost.total = NaN')
    expect(badFigure({ channels: [{ contactsUnserved: -5.8e-11 }] })).toBe(
      'answer.channels[0].contactsUnserved = -5.8e-11 (below zero)',
    )
    expect(badFigure({ attainment: 1.0000000000000007 })).toBe(
      'answer.attainment = 1.0000000000000007 (a share above 1)',
    )
    expect(badFigure({ spreadThin: [{ marginal: { total: -120 } }] })).toBeUndefined()
    expect(badFigure({ dropped: [{ ifAdded: { extraCostWithLostValue: -40 } }] })).toBeUndefined()
    expect(badFigure({ dropped: [{ ifAdded: { withinTargetShare: 1.5 } }] })).toBe(
      'answer.dropped[0].ifAdded.withinTargetShare = 1.5 (a share above 1)',
    )
    expect(badFigure({ p90ResponseSeconds: null, reason: 'text', met: true })).toBeUndefined()
  })
})
