import { describe, expect, it } from 'vitest'
import { COVERAGE_PRESETS, PATTERN_PRESETS } from '../../data/week-presets'
import {
  coverageFromDays,
  coverageUnion,
  coveredHours,
  hourLabel,
  patternFromProfile,
} from '../week'

const sum = (values: readonly number[]) => values.reduce((acc, v) => acc + v, 0)
const zeros = (n: number) => new Array<number>(n).fill(0)

describe('patternFromProfile', () => {
  it('weights day × hour and divides by (Σ day)·(Σ hour)', () => {
    // Days Mon 2, Tue 1, Wed 1 (Σ 4); hours 09:00 weight 3, 10:00 weight 1 (Σ 4); total 16.
    const days = [2, 1, 1, 0, 0, 0, 0]
    const hours = zeros(24)
    hours[9] = 3
    hours[10] = 1
    const w = patternFromProfile(days, hours)
    expect(w).toHaveLength(168)
    expect(w[9]).toBe(0.375) // Mon 09: 2·3/16
    expect(w[10]).toBe(0.125) // Mon 10: 2·1/16
    expect(w[33]).toBe(0.1875) // Tue 09 = 24 + 9: 1·3/16
    expect(w[58]).toBe(0.0625) // Wed 10 = 48 + 10: 1·1/16
    expect(w[81]).toBe(0) // Thu 09: day weight 0
    expect(w[11]).toBe(0) // Mon 11: hour weight 0
    // 0.375 + 0.125 + 2·(0.1875 + 0.0625) = 1
    expect(sum(w)).toBe(1)
  })

  it('does not depend on the scale of the weights', () => {
    // Both profiles are multiplied by a constant, which the normalisation divides out.
    const days = [1, 2, 3, 4, 5, 6, 7]
    const hours = Array.from({ length: 24 }, (_, h) => h + 1)
    const a = patternFromProfile(days, hours)
    const b = patternFromProfile(
      days.map((d) => d * 10),
      hours.map((h) => h * 0.5),
    )
    expect.assertions(168)
    b.forEach((w, i) => expect(w).toBeCloseTo(a[i] ?? NaN, 15))
  })

  it('refuses profiles of the wrong length, negative weights and an empty week', () => {
    expect(() => patternFromProfile([1, 1, 1, 1, 1, 1], zeros(24))).toThrow(/7 entries/)
    expect(() => patternFromProfile([1, 1, 1, 1, 1, 1, 1], zeros(23))).toThrow(/24 entries/)
    expect(() => patternFromProfile([1, 1, 1, -1, 1, 1, 1], zeros(24).fill(1))).toThrow(
      /dayWeights\[3\]/,
    )
    expect(() => patternFromProfile(zeros(7), zeros(24).fill(1))).toThrow(/at least one hour/)
  })
})

describe('PATTERN_PRESETS', () => {
  const presets = Object.values(PATTERN_PRESETS)

  it('has the four presets, each keyed by its id', () => {
    expect(Object.keys(PATTERN_PRESETS)).toEqual([
      'office-hours',
      'retail-evenings-weekends',
      'online-shop-24-7',
      'restaurant-peaks',
    ])
    for (const [id, p] of Object.entries(PATTERN_PRESETS)) {
      expect(p.id).toBe(id)
      expect(p.label).not.toBe('')
      expect(p.description).not.toBe('')
    }
  })

  it.each(presets)('$id: 168 non-negative weights summing to 1', (p) => {
    expect(p.weights).toHaveLength(168)
    for (const w of p.weights) expect(w).toBeGreaterThanOrEqual(0)
    expect(Math.abs(sum(p.weights) - 1)).toBeLessThanOrEqual(1e-12)
    expect(p.weights).toEqual(patternFromProfile([...p.dayWeights], [...p.hourWeights]))
    expect(Object.isFrozen(p.weights)).toBe(true)
  })

  it('office-hours puts 78 % of the week in weekday 9–17', () => {
    // Σ day = 5·1 + 0.15 + 0.05 = 5.2; Σ hour = 7·0.02 + 0.1 + 0.5 + 8·1 + 0.5 + 0.25 + 3·0.1
    // + 2·0.03 = 9.85. Weekday 9–17 = 5 days × 8 hours × 1·1 / (5.2 · 9.85) = 40/51.22 = 0.78095.
    const p = PATTERN_PRESETS['office-hours'].weights
    const inOffice = coverageFromDays([0, 1, 2, 3, 4], 9, 17).reduce(
      (acc, open, i) => (open ? acc + (p[i] ?? NaN) : acc),
      0,
    )
    expect(inOffice).toBeCloseTo(40 / 51.22, 12)
    expect(p[10]).toBeCloseTo(1 / 51.22, 15) // Mon 10:00: 1·1/51.22
  })

  it('retail-evenings-weekends gives Saturday 1.5/7.15 of the week, its evening the busiest hour', () => {
    // Σ day = 0.8 + 0.8 + 0.85 + 0.9 + 1.1 + 1.5 + 1.2 = 7.15; Saturday is day 5, hours 120–143.
    const p = PATTERN_PRESETS['retail-evenings-weekends'].weights
    expect(sum(p.slice(120, 144))).toBeCloseTo(1.5 / 7.15, 12)
    // Busiest: Saturday (day weight 1.5) 17–21 (hour weight 1) → first such index 120 + 17.
    expect(p.indexOf(Math.max(...p))).toBe(137)
  })

  it('online-shop-24-7 is never empty; its night is a tenth of its evening peak', () => {
    // Hour weights: 00–06 0.1, 19–22 1; on the same day the ratio is 0.1/1.
    const p = PATTERN_PRESETS['online-shop-24-7'].weights
    for (const w of p) expect(w).toBeGreaterThan(0)
    expect((p[3] ?? NaN) / (p[20] ?? NaN)).toBeCloseTo(0.1, 12) // Mon 03:00 / Mon 20:00
  })

  it('restaurant-peaks: lunch and dinner peaks, Friday busier than Tuesday by 1.3/0.7', () => {
    const p = PATTERN_PRESETS['restaurant-peaks'].weights
    // Tue 12:00 (index 36) against Tue 15:00 (39): hour weights 1 and 0.3.
    expect((p[36] ?? NaN) / (p[39] ?? NaN)).toBeCloseTo(1 / 0.3, 12)
    // Fri 19:00 (4·24 + 19 = 115) against Tue 19:00 (43): day weights 1.3 and 0.7.
    expect((p[115] ?? NaN) / (p[43] ?? NaN)).toBeCloseTo(1.3 / 0.7, 12)
  })
})

describe('coverage', () => {
  it('coverageFromDays opens the given days from the start hour up to, not including, the end', () => {
    const c = coverageFromDays([0, 2], 9, 11)
    expect(c).toHaveLength(168)
    // Mon 09, Mon 10, Wed 09 (48 + 9), Wed 10: 2 days × 2 hours.
    expect(coveredHours(c)).toBe(4)
    expect([c[9], c[10], c[57], c[58]]).toEqual([true, true, true, true])
    expect([c[8], c[11], c[33]]).toEqual([false, false, false])
    expect(coveredHours(coverageFromDays([], 9, 17))).toBe(0)
    expect(coveredHours(coverageFromDays([6], 12, 12))).toBe(0)
  })

  it('coverageFromDays refuses days outside Mon..Sun and hours outside 0..24', () => {
    expect(() => coverageFromDays([7], 9, 17)).toThrow(/days/)
    expect(() => coverageFromDays([0], 17, 9)).toThrow(/hours/)
    expect(() => coverageFromDays([0], 0, 25)).toThrow(/hours/)
    expect(() => coverageFromDays([0], 8.5, 17)).toThrow(/whole numbers/)
  })

  it('coverageUnion counts an hour open in both schedules once', () => {
    // Mon 9–17 ∪ Mon 12–20 = Mon 9–20: 11 hours, not 8 + 8 = 16.
    expect(
      coveredHours(coverageUnion(coverageFromDays([0], 9, 17), coverageFromDays([0], 12, 20))),
    ).toBe(11)
    expect(() => coverageUnion([true])).toThrow(/168/)
  })

  it('preset hour counts', () => {
    expect(coveredHours(COVERAGE_PRESETS['weekday-office'].flags)).toBe(40) // 5 × 8
    expect(coveredHours(COVERAGE_PRESETS.extended.flags)).toBe(68) // 5 × 12 + 8
    expect(coveredHours(COVERAGE_PRESETS['seven-day'].flags)).toBe(84) // 7 × 12
    expect(coveredHours(COVERAGE_PRESETS.always.flags)).toBe(168) // 7 × 24
    for (const [id, p] of Object.entries(COVERAGE_PRESETS)) {
      expect(p.id).toBe(id)
      expect(p.flags).toHaveLength(168)
      expect(Object.isFrozen(p.flags)).toBe(true)
    }
  })

  it('extended: weekdays 8–20, Saturday 9–17, Sunday closed', () => {
    const c = COVERAGE_PRESETS.extended.flags
    expect([c[8], c[19], c[4 * 24 + 19]]).toEqual([true, true, true]) // Mon 08, Mon 19, Fri 19
    expect([c[7], c[20]]).toEqual([false, false]) // Mon 07, Mon 20
    expect([c[5 * 24 + 9], c[5 * 24 + 16]]).toEqual([true, true]) // Sat 09, Sat 16
    expect([c[5 * 24 + 8], c[5 * 24 + 17]]).toEqual([false, false]) // Sat 08, Sat 17
    expect(coveredHours(c.slice(6 * 24))).toBe(0) // Sunday
  })
})

describe('hourLabel', () => {
  it('names the start of each hour of the week', () => {
    expect(hourLabel(0)).toBe('Mon 00:00')
    expect(hourLabel(9)).toBe('Mon 09:00')
    expect(hourLabel(33)).toBe('Tue 09:00') // 24 + 9
    expect(hourLabel(137)).toBe('Sat 17:00') // 5·24 + 17
    expect(hourLabel(167)).toBe('Sun 23:00') // 6·24 + 23
  })

  it('refuses indices outside the week', () => {
    expect(() => hourLabel(168)).toThrow(RangeError)
    expect(() => hourLabel(-1)).toThrow(RangeError)
    expect(() => hourLabel(1.5)).toThrow(RangeError)
  })
})
