import { describe, expect, it } from 'vitest'
import { CurveCache, recommend, type CurveSeed, type Scenario } from '@/engine'
import { catalogScenario } from '@/engine/__tests__/support/catalog-scenario'
import { CurveMirror } from '../curve-mirror'

const scenario = (contacts: number): Scenario =>
  catalogScenario({
    shares: [
      ['phone', 0.5],
      ['email', 0.5],
    ],
    offeredToday: ['phone'],
    contactsPerWeek: contacts,
    pattern: 'office-hours',
    coverage: 'extended',
  })

/** What a worker would hand on after answering `s`, all at once. */
function seedsOf(s: Scenario, cache = new CurveCache()): CurveSeed[] {
  recommend(s, { cache })
  return cache.takeNew()
}

describe('the page’s copy of the curves', () => {
  it('gathers what arrives in pieces into seeds that spare a new worker every evaluation', () => {
    const cache = new CurveCache()
    const mirror = new CurveMirror()
    // Two runs on one worker: the second adds points to the same curves (more contacts).
    mirror.add(seedsOf(scenario(200), cache))
    mirror.add(seedsOf(scenario(800), cache))
    expect(mirror.size).toBe(2)
    const fresh = new CurveCache()
    fresh.seed(structuredClone(mirror.seeds()))
    expect(recommend(scenario(200), { cache: fresh }).analysis.channelEvaluations).toBe(0)
    expect(recommend(scenario(800), { cache: fresh }).analysis.channelEvaluations).toBe(0)
  })

  it('keeps at most 64 curves, the ones used most lately', () => {
    const mirror = new CurveMirror()
    const [seed] = seedsOf(scenario(100))
    if (!seed) throw new Error('no curve evaluated')
    for (let i = 0; i < 70; i++) mirror.add([{ ...seed, key: `curve ${i}` }])
    expect(mirror.size).toBe(64)
    const keys = mirror.seeds().map((s) => s.key)
    expect(keys[0]).toBe('curve 6')
    expect(keys.at(-1)).toBe('curve 69')
  })
})
