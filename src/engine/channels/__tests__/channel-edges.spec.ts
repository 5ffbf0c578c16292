/**
 * One channel at the edges. Response times when there are none to give: nobody is answered
 * (no hour covered, no hours given, no contacts), or the answered wait in a queue that only
 * grows; the mean and the 90th percentile are then null, never Infinity or a made-up 0, and so
 * is the cost per contact answered.
 */
import { describe, expect, it } from 'vitest'
import { evaluateChannel } from '../evaluate'
import { ON_SITE_DEFAULTS } from '../../data/on-site-team'
import { HOURS_PER_WEEK } from '../../model/types'
import {
  FLAT,
  makeAsyncChannel,
  makeBusiness,
  makeChannel,
} from '../../__tests__/support/factory'

const NEVER = new Array<boolean>(HOURS_PER_WEEK).fill(false)
const business = makeBusiness({ shrinkage: 0 })

describe('a channel nobody answers has no response times', () => {
  it('a phone line covered in no hour: 100 calls, none answered', () => {
    const r = evaluateChannel({
      channel: makeChannel({ coverage: NEVER }),
      contactsPerWeek: 100,
      business,
      pattern: FLAT,
    })
    expect([r.contactsHandled, r.contactsUnserved]).toEqual([0, 100])
    expect(r.meanResponseSeconds).toBeNull()
    expect(r.p90ResponseSeconds).toBeNull()
    expect(r.costPerContact).toBeNull()
  })

  it('an inbox covered in no hour: 100 emails, none answered', () => {
    const r = evaluateChannel({
      channel: makeAsyncChannel({ coverage: NEVER }),
      contactsPerWeek: 100,
      business,
      pattern: FLAT,
    })
    expect([r.contactsHandled, r.contactsUnserved]).toEqual([0, 100])
    expect(r.meanResponseSeconds).toBeNull()
    expect(r.p90ResponseSeconds).toBeNull()
  })

  it('a phone line given no hours (fixed hours: 0 a week)', () => {
    const r = evaluateChannel({
      channel: makeChannel(),
      contactsPerWeek: 100,
      business,
      pattern: FLAT,
      staffHoursPerWeek: 0,
    })
    expect(r.contactsHandled).toBe(0)
    expect(r.p90ResponseSeconds).toBeNull()
    expect(r.meanResponseSeconds).toBeNull()
  })

  it('answered alongside other work in no covered hour', () => {
    const r = evaluateChannel({
      channel: makeChannel({ coverage: NEVER }),
      contactsPerWeek: 100,
      business,
      pattern: FLAT,
      onSite: { ...ON_SITE_DEFAULTS },
    })
    expect(r.contactsHandled).toBe(0)
    expect(r.p90ResponseSeconds).toBeNull()
    expect(r.meanResponseSeconds).toBeNull()
  })

  it('no contacts at all: nothing answered, nothing to time', () => {
    const r = evaluateChannel({
      channel: makeChannel(),
      contactsPerWeek: 0,
      business,
      pattern: FLAT,
    })
    expect(r.p90ResponseSeconds).toBeNull()
    expect(r.meanResponseSeconds).toBeNull()
  })
})

describe('a queue that only grows', () => {
  it('2 Erlangs on one agent, nobody hangs up: half the calls get through, their wait has no end', () => {
    // 20 calls, all on Monday 09:00–10:00, 6 minutes each: 20 × 6/60 = 2 E. One paid hour (no
    // shrinkage) puts 1 agent there: 1 < 2 E, the queue only grows. The model counts
    // servers ÷ traffic = 1/2 of the calls as getting through, late: 10 of 20 answered, and
    // their wait has no finite mean or 90th percentile.
    const pattern = new Array<number>(HOURS_PER_WEEK).fill(0)
    pattern[9] = 1
    const r = evaluateChannel({
      channel: makeChannel(),
      contactsPerWeek: 20,
      business,
      pattern,
      staffHoursPerWeek: 1,
    })
    expect(r.plan.kind === 'agents' && r.plan.agentsByHour[9]).toBe(1)
    expect(r.contactsHandled).toBeCloseTo(10, 9)
    expect(r.meanResponseSeconds).toBeNull()
    expect(r.p90ResponseSeconds).toBeNull()
  })
})
