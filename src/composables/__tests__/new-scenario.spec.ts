import { describe, expect, it } from 'vitest'
import { PATTERN_PRESETS, sampleScenario } from '@/engine'
import { Scenario } from '@/schemas/scenario'
import { NEW_SCENARIO_DEFAULTS, newScenario, readAnswerNumber } from '../new-scenario'

describe('the guided New', () => {
  it('builds a valid scenario from the answers, the rest from the sample', () => {
    const s = newScenario({
      name: '  Corner Café ',
      contactsPerWeek: 40,
      pattern: 'restaurant-peaks',
      offeredToday: ['phone', 'instagram'],
      hoursPerWeek: 4,
    })
    expect(Scenario.safeParse(s).success).toBe(true)
    expect(s.business.name).toBe('Corner Café')
    expect(s.demand.contactsPerWeek).toBe(40)
    expect(s.demand.pattern).toEqual([...PATTERN_PRESETS['restaurant-peaks'].weights])
    expect(s.channels.filter((c) => c.offeredToday).map((c) => c.id)).toEqual([
      'phone',
      'instagram',
    ])
    // Every channel stays a candidate: the answer may recommend one not offered today.
    expect(s.channels.every((c) => c.candidate)).toBe(true)
    // Hours given: planned with those hours.
    expect(s.business.staffHoursPerWeek).toBe(4)
    expect(s.analysis.mode).toBe('fixed-hours')
    expect(s.channels.map((c) => c.id)).toEqual(sampleScenario().channels.map((c) => c.id))
  })

  it('without hours, plans to meet the targets and leaves the hours unset', () => {
    const s = newScenario({ ...NEW_SCENARIO_DEFAULTS, hoursPerWeek: undefined })
    expect(Scenario.safeParse(s).success).toBe(true)
    expect(s.business.staffHoursPerWeek).toBeUndefined()
    expect(s.analysis.mode).toBe('meet-targets')
    expect(s.business.name).toBe('My business')
  })

  it('reads numbers as owners type them, and says what is wrong', () => {
    expect(readAnswerNumber('120', { min: 1, max: 1000 })).toEqual({ value: 120 })
    expect(readAnswerNumber(' 7,5 ', { min: 1, max: 1000 })).toEqual({ value: 7.5 })
    expect(readAnswerNumber('', { min: 1, max: 1000, optional: true })).toEqual({
      value: undefined,
    })
    expect(readAnswerNumber('', { min: 1, max: 1000 })).toEqual({
      error: 'This field needs a number',
    })
    expect(readAnswerNumber('lots', { min: 1, max: 1000 })).toEqual({
      error: 'Enter a number, like 120',
    })
    expect(readAnswerNumber('0', { min: 1, max: 1_000_000 })).toEqual({
      error: 'Enter a number from 1 to 1,000,000',
    })
  })
})
