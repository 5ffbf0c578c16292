/**
 * One channel at the edges. Response times when there are none to give: nobody is answered
 * (no hour covered, no hours given, no contacts), or the answered wait in a queue that only
 * grows; the mean and the 90th percentile are then null, never Infinity or a made-up 0, and so
 * is the cost per contact answered. And counts that rounding must not push below zero.
 */
import { describe, expect, it } from 'vitest'
import { evaluateChannel } from '../evaluate'
import { ON_SITE_DEFAULTS } from '../../data/on-site-team'
import { HOURS_PER_WEEK } from '../../model/types'
import {
  ALWAYS,
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

describe('rounding in the sum over 168 hours', () => {
  it('100 calls spread evenly over the week, every one answered: 0 unserved, not −3.8e−13', () => {
    // Covered round the clock, 100/168 calls an hour of 6 minutes: 0.06 E, one agent meets
    // 80 % in 20 s in every hour, nobody hangs up, so all 100 are answered. The 168 hours'
    // calls (100 × 1/168 each) add up to 100 + 3.8e−13 in doubles.
    const r = evaluateChannel({
      channel: makeChannel({ coverage: ALWAYS }),
      contactsPerWeek: 100,
      business,
      pattern: FLAT,
    })
    expect(r.contactsHandled).toBe(100)
    expect(r.contactsUnserved).toBe(0)
    expect(r.attainment).toBeLessThanOrEqual(1)
    expect(r.bestPossibleAttainment).toBe(1)
  })
})

describe('rounding alongside other work', () => {
  const team = { people: 19, otherWorkShare: 0, otherWorkMinutes: 0.5, interruptionMinutes: 0 }
  const quickCalls = makeChannel({ coverage: ALWAYS, handleMinutes: 0.1 })

  it('100 six-second calls to 19 idle people: answered at most the 100, within target at most 1', () => {
    // 100/168 calls an hour of 0.1 minutes: 19 people with no other work all but never miss one
    // (the missed share is far below 1e−15), so nearly every call is answered at once. The hours'
    // calls add up to 100 + 3.8e−13, which must not lift the share within target above 1.
    const r = evaluateChannel({
      channel: quickCalls,
      contactsPerWeek: 100,
      business,
      pattern: FLAT,
      onSite: team,
    })
    expect(r.contactsHandled).toBeCloseTo(100, 9)
    expect(r.contactsHandled).toBeLessThanOrEqual(100)
    expect(r.attainment).toBeLessThanOrEqual(1)
    expect(r.bestPossibleAttainment).toBe(1)
  })
})
