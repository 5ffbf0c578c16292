/**
 * What keeps a target from being met, in cases a reader can check by hand.
 */
import { describe, expect, it } from 'vitest'
import {
  ALWAYS,
  FLAT,
  OFFICE_ONLY,
  WEEKDAY_OFFICE,
  makeAsyncChannel,
  makeBusiness,
  makeChannel,
} from '../../__tests__/support/factory'
import type { Channel } from '../../model/types'
import { evaluateChannel } from '../evaluate'

const week = (channel: Channel, pattern: number[], contacts: number, staffHoursPerWeek?: number) =>
  evaluateChannel({
    channel,
    business: makeBusiness(),
    pattern,
    contactsPerWeek: contacts,
    staffHoursPerWeek,
  })

describe('targetLimit', () => {
  it('is absent when the target is met', () => {
    // Office-hours email for office-hours contacts, four hours to answer: looks every few hours
    // meet it.
    const r = week(makeAsyncChannel(), OFFICE_ONLY, 100)
    expect(r.targetMet).toBe(true)
    expect(r.targetLimit).toBeUndefined()
  })

  it('is coverage when the hours of cover rule the target out', () => {
    // Contacts all week, email covered 40 of 168 hours, one hour to answer: only contacts
    // arriving in cover or in the hour before it opens (5 of the week's hours) can be answered
    // in time, at most 45 / 168 = 27 % against a target of 80 %.
    const r = week(makeAsyncChannel({ targetSeconds: 3600 }), FLAT, 100)
    expect(r.bestPossibleAttainment).toBeLessThanOrEqual(45 / 168)
    expect(r.targetMet).toBe(false)
    expect(r.targetLimit).toBe('coverage')
  })

  it('is looks when a look takes longer than the target allows', () => {
    // A look takes 30 minutes, so looks come at most every 30 minutes and a contact waits up to
    // 30 minutes for one: at most 20 / 30 = 67 % reach a look within 20 minutes, against 95 %.
    // Replying at once (the best possible) would answer nearly every 5-minute reply in time.
    const channel = makeAsyncChannel({
      coverage: ALWAYS,
      minutesPerCheck: 30,
      targetSeconds: 20 * 60,
      targetShare: 0.95,
    })
    const r = week(channel, FLAT, 10)
    expect(r.attainment).toBeLessThan(20 / 30)
    expect(r.bestPossibleAttainment).toBeGreaterThan(0.95)
    expect(r.targetLimit).toBe('looks')
  })

  it('is hours when the fixed hours are too few (async)', () => {
    // 100 office-hours emails of 5 minutes need 500 minutes; 2 hours (120 minutes, less the
    // looks) answer fewer than 24 of them.
    const r = week(makeAsyncChannel(), OFFICE_ONLY, 100, 2)
    expect(r.answeredShare).toBeLessThan(0.24)
    expect(r.targetLimit).toBe('hours')
  })

  it('is hours when the fixed hours are too few (phone)', () => {
    // 400 office-hours calls of 6 minutes are 40 hours of talk; 10 staff hours cannot answer
    // 80 % of them within 20 seconds.
    const r = week(makeChannel({ coverage: WEEKDAY_OFFICE }), OFFICE_ONLY, 400, 10)
    expect(r.targetMet).toBe(false)
    expect(r.targetLimit).toBe('hours')
  })
})
