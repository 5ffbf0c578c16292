/**
 * A weekly pattern is a shape: the schema takes any weights of zero or more, up to
 * Number.MAX_VALUE, and two such weights add up to Infinity. Dividing by that sum made every
 * hour's share 0 and the week's contacts vanished; scaled by the largest weight first, the
 * shape is the one the same weights of 1 give.
 */
import { describe, expect, it } from 'vitest'
import { evaluateChannel } from '../evaluate'
import { createPortfolioContext } from '../../portfolio/context'
import { HOURS_PER_WEEK } from '../../model/types'
import { ALWAYS, makeBusiness, makeChannel, makeScenario } from '../../__tests__/support/factory'

/** Weight `w` on Monday 09:00 and Tuesday 09:00, nothing elsewhere. */
const twoHours = (w: number) =>
  Array.from({ length: HOURS_PER_WEEK }, (_, h) => (h === 9 || h === 33 ? w : 0))

describe('pattern weights of Number.MAX_VALUE', () => {
  it('a phone line: the same week as weights of 1 (40 calls, 20 in each of two hours)', () => {
    const at = (w: number) =>
      evaluateChannel({
        channel: makeChannel({ coverage: ALWAYS }),
        contactsPerWeek: 40,
        business: makeBusiness(),
        pattern: twoHours(w),
      })
    const huge = at(Number.MAX_VALUE)
    const ones = at(1)
    // 20 calls × 6 min = 2 E in each hour: 4 agents for 80 % in 20 s, every call answered.
    expect(huge.contactsHandled).toBeCloseTo(40, 9)
    expect(huge.plan).toEqual(ones.plan)
    expect(huge.attainment).toBe(ones.attainment)
  })

  it('the portfolio’s shape: half the week in each of the two hours', () => {
    const ctx = createPortfolioContext({
      ...makeScenario([makeChannel()], { phone: 1 }),
      demand: { contactsPerWeek: 40, pattern: twoHours(Number.MAX_VALUE), shares: { phone: 1 } },
    })
    expect([ctx.shape[9], ctx.shape[33]]).toEqual([0.5, 0.5])
  })
})
