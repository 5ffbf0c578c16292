import { describe, expect, it } from 'vitest'
import { coveredHours } from '../../model/week'
import { CATALOG_CHANNEL_IDS } from '../catalog'
import { sampleScenario } from '../sample-scenario'
import { PATTERN_PRESETS } from '../week-presets'

describe('sampleScenario', () => {
  it('is Riverside Cycles: 400 contacts a week at 28 an hour, 30 % shrinkage, 85 % occupancy', () => {
    const s = sampleScenario()
    expect(s.version).toBe(2)
    expect(s.business).toEqual({
      name: 'Riverside Cycles',
      currency: 'EUR',
      locale: 'en-IE',
      costPerHour: 28,
      shrinkage: 0.3,
      maxOccupancy: 0.85,
      staffHoursPerWeek: 40,
    })
    expect(s.demand.contactsPerWeek).toBe(400)
    expect(s.demand.pattern).toEqual(PATTERN_PRESETS['retail-evenings-weekends'].weights)
    expect(s.valueAtRiskPerLostContact).toBe(35)
    expect(s.selfService).toMatchObject({ enabled: true, deflectionShare: 0.1 })
  })

  it('shares sum to exactly 1, one per channel', () => {
    const { shares } = sampleScenario().demand
    // 0.25 + 0.15 + 0.05 + 0.1 + 0.1 + 0.1 + 0.1 + 0.03 + 0.07 + 0.05 = 1, exactly in doubles
    // when added in this order.
    expect(Object.values(shares).reduce((acc, v) => acc + v, 0)).toBe(1)
    expect(Object.keys(shares)).toEqual([...CATALOG_CHANNEL_IDS])
  })

  it('offers all ten catalog channels as candidates; phone, email, Facebook, Instagram today', () => {
    const { channels } = sampleScenario()
    expect(channels.map((c) => c.id)).toEqual([...CATALOG_CHANNEL_IDS])
    expect(channels.every((c) => c.candidate)).toBe(true)
    expect(channels.filter((c) => c.offeredToday).map((c) => c.id)).toEqual([
      'phone',
      'email',
      'facebook',
      'instagram',
    ])
  })

  it('every affinity names a channel of the scenario', () => {
    const { channels } = sampleScenario()
    const ids = new Set(channels.map((c) => c.id))
    for (const c of channels) {
      for (const target of Object.keys(c.affinity)) expect(ids.has(target), target).toBe(true)
    }
  })

  it('answers every channel in shop hours: weekdays 8–20, Saturday 9–17', () => {
    for (const c of sampleScenario().channels) {
      expect(c.coverage).toHaveLength(168)
      // extended: 5 × 12 + 8 = 68
      expect(coveredHours(c.coverage), c.id).toBe(68)
    }
  })

  it('plans to meet targets with dedicated staff, public misses counting double', () => {
    expect(sampleScenario().analysis).toEqual({
      structure: 'dedicated',
      mode: 'meet-targets',
      publicMissWeight: 2,
    })
  })

  it('returns equal but separate objects on every call', () => {
    const a = sampleScenario()
    const b = sampleScenario()
    expect(a).toEqual(b)
    expect(a).not.toBe(b)
    expect(a.demand.pattern).not.toBe(b.demand.pattern)
    expect(a.channels[0]?.coverage).not.toBe(b.channels[0]?.coverage)
    expect(a.channels[0]?.affinity).not.toBe(b.channels[0]?.affinity)
    // Editing one leaves the next untouched, and the pattern preset too.
    a.demand.pattern[0] = 1
    a.business.name = 'Changed'
    const c = sampleScenario()
    expect(c.demand.pattern[0]).toBe(PATTERN_PRESETS['retail-evenings-weekends'].weights[0])
    expect(c.business.name).toBe('Riverside Cycles')
  })
})
