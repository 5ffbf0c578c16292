import { describe, expect, it } from 'vitest'
import { erlangA } from '../erlang-a'
import { erlangC } from '../erlang-c'
import { agentsForTarget, normalQuantile } from '../staffing'

describe('agentsForTarget without patience (Erlang C)', () => {
  it('Call Centre Helper example: 10 Erlangs, 80 % in 20 s → 14 agents', () => {
    // The published table: 12 agents → 64.0 %, 13 → 79.6 %, 14 → 88.8 %.
    // 13 agents: C = 0.2853, SL = 1 − 0.2853·e^{−3·20/180} = 1 − 0.2853·0.7165 = 0.7956 < 0.8.
    const at = (agents: number) =>
      erlangC({ agents, trafficErlangs: 10, handleSeconds: 180, targetSeconds: 20 }).serviceLevel
    expect(
      agentsForTarget({
        trafficErlangs: 10,
        handleSeconds: 180,
        targetSeconds: 20,
        targetServiceLevel: 0.8,
      }),
    ).toBe(14)
    expect(at(12)).toBeCloseTo(0.64, 3)
    expect(at(13)).toBeCloseTo(0.7956, 4)
    expect(at(14)).toBeGreaterThanOrEqual(0.8)
  })

  it('square-root pooling: 20 contacts/h of 6 min at 80 % in 60 s split 1, 2, 4, 5 ways', () => {
    // A = 20 × 6/60 = 2 Erlangs. Split k ways each queue has 2/k Erlangs.
    // One queue: 4; two queues of 1 E: 3 each = 6; four of 0.5 E: 2 each = 8; five of 0.4 E:
    // 2 each = 10. (For 0.4 E, n = 1 gives SL = 1 − 0.4·e^{−0.6·60/360} = 0.638 < 0.8.)
    const each = (a: number) =>
      agentsForTarget({
        trafficErlangs: a,
        handleSeconds: 360,
        targetSeconds: 60,
        targetServiceLevel: 0.8,
      })
    expect(each(2)).toBe(4)
    expect(2 * each(1)).toBe(6)
    expect(4 * each(0.5)).toBe(8)
    expect(5 * each(0.4)).toBe(10)
  })

  it('one call a day needs one agent, not two', () => {
    // 1 call/day of 3 min: A = 180/86 400 = 0.00208 E. One agent: C = A, SL = 1 − A·e^{…} > 0.99.
    expect(
      agentsForTarget({
        trafficErlangs: 180 / 86_400,
        handleSeconds: 180,
        targetSeconds: 20,
        targetServiceLevel: 0.8,
      }),
    ).toBe(1)
  })

  it('zero traffic needs nobody', () => {
    expect(
      agentsForTarget({
        trafficErlangs: 0,
        handleSeconds: 180,
        targetSeconds: 20,
        targetServiceLevel: 0.9,
      }),
    ).toBe(0)
  })

  it('the occupancy cap can bind before the service level', () => {
    // 10 E at 50 % in 20 s needs 12 by service level (11 give 39.0 %, 12 give 64.0 %); 85 %
    // occupancy needs ⌈10/0.85⌉ = 12 too, and 60 % needs ⌈10/0.6⌉ = 17.
    const base = {
      trafficErlangs: 10,
      handleSeconds: 180,
      targetSeconds: 20,
      targetServiceLevel: 0.5,
    }
    expect(agentsForTarget(base)).toBe(12)
    expect(agentsForTarget({ ...base, maxOccupancy: 0.85 })).toBe(12)
    expect(agentsForTarget({ ...base, maxOccupancy: 0.6 })).toBe(17)
  })

  it('does not flip around 150 agents or past 170 (where factorials overflow)', () => {
    let previous = 0
    expect.assertions(2 * 121) // a = 140, 140.5, …, 200
    for (let a = 140; a <= 200; a += 0.5) {
      const n = agentsForTarget({
        trafficErlangs: a,
        handleSeconds: 180,
        targetSeconds: 20,
        targetServiceLevel: 0.8,
      })
      expect(n).toBeGreaterThanOrEqual(previous)
      expect(n).toBeGreaterThan(a)
      previous = n
    }
  })
})

describe('agentsForTarget with patience (Erlang A)', () => {
  const base = {
    trafficErlangs: 10,
    handleSeconds: 180,
    targetSeconds: 20,
    targetServiceLevel: 0.8,
  }

  it('needs fewer agents than Erlang C when callers give up (abandoners shorten the queue)', () => {
    // Erlang C needs 14 (above: 13 give 79.6 %). With patience 120 s, Erlang A at 60 digits
    // (scripts/erlang_reference.py): 11 agents answer 74.2 % within 20 s, 12 answer 82.6 %.
    const n = agentsForTarget({ ...base, patienceSeconds: 120 })
    expect(n).toBe(12)
    const at = (agents: number) => erlangA({ ...base, agents, patienceSeconds: 120 })
    expect(at(11).serviceLevel).toBeCloseTo(0.742209, 6)
    expect(at(12).serviceLevel).toBeCloseTo(0.825583, 6)
  })

  it('an abandon-rate cap adds agents until few give up', () => {
    const n = agentsForTarget({ ...base, patienceSeconds: 120, maxAbandonRate: 0.01 })
    const at = (agents: number) => erlangA({ ...base, agents, patienceSeconds: 120 })
    expect(at(n).probabilityOfAbandon).toBeLessThanOrEqual(0.01)
    expect(at(n - 1).probabilityOfAbandon).toBeGreaterThan(0.01)
  })

  it('rejects an abandon cap without patience, and impossible targets', () => {
    expect(() => agentsForTarget({ ...base, maxAbandonRate: 0.05 })).toThrow(
      /needs patienceSeconds/,
    )
    expect(() => agentsForTarget({ ...base, targetServiceLevel: 1 })).toThrow(
      /targetServiceLevel must be a share from 0 to below 1/,
    )
    expect(() => agentsForTarget({ ...base, maxOccupancy: 0 })).toThrow(/maxOccupancy/)
  })
})

describe('normalQuantile (used only to start the search)', () => {
  it('matches the normal table', () => {
    // Table values: Φ⁻¹(0.5) = 0, Φ⁻¹(0.8) = 0.841621, Φ⁻¹(0.975) = 1.959964.
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9)
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 6)
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6)
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6)
  })
})
