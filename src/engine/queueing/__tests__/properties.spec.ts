/** Properties that must hold for every valid input, checked on generated cases (fixed seed). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { erlangA } from '../erlang-a'
import { erlangB } from '../erlang-b'
import { erlangC } from '../erlang-c'
import { agentsForTarget } from '../staffing'

const SEED = 20261124
const traffic = fc.double({ min: 0.01, max: 5000, noNaN: true })
const handle = fc.double({ min: 10, max: 3600, noNaN: true })
const target = fc.double({ min: 0, max: 600, noNaN: true })
const patience = fc.double({ min: 5, max: 3600, noNaN: true })
const serviceLevel = fc.double({ min: 0.05, max: 0.99, noNaN: true })

describe('queueing properties', () => {
  it('Erlang B falls as lines are added and stays within [0, 1]', () => {
    fc.assert(
      fc.property(traffic, fc.integer({ min: 0, max: 6000 }), (a, n) => {
        const b0 = erlangB(n, a)
        const b1 = erlangB(n + 1, a)
        expect(b0).toBeGreaterThanOrEqual(0)
        expect(b0).toBeLessThanOrEqual(1)
        expect(b1).toBeLessThanOrEqual(b0)
      }),
      { seed: SEED, numRuns: 300 },
    )
  })

  it('Erlang C service level rises with agents and nothing is NaN', () => {
    fc.assert(
      fc.property(traffic, handle, target, fc.integer({ min: 0, max: 300 }), (a, h, t, extra) => {
        const n = Math.floor(a) + 1 + extra
        const r0 = erlangC({ agents: n, trafficErlangs: a, handleSeconds: h, targetSeconds: t })
        const r1 = erlangC({ agents: n + 1, trafficErlangs: a, handleSeconds: h, targetSeconds: t })
        for (const v of Object.values(r0)) expect(Number.isNaN(v)).toBe(false)
        expect(r1.serviceLevel).toBeGreaterThanOrEqual(r0.serviceLevel - 1e-12)
        expect(r1.probabilityOfWait).toBeLessThanOrEqual(r0.probabilityOfWait + 1e-12)
      }),
      { seed: SEED, numRuns: 300 },
    )
  })

  it('Erlang A service level rises and abandonment falls with agents; all finite', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        handle,
        target,
        patience,
        fc.integer({ min: 0, max: 700 }),
        (a, h, t, p, n) => {
          const r0 = erlangA({
            agents: n,
            trafficErlangs: a,
            handleSeconds: h,
            targetSeconds: t,
            patienceSeconds: p,
          })
          const r1 = erlangA({
            agents: n + 1,
            trafficErlangs: a,
            handleSeconds: h,
            targetSeconds: t,
            patienceSeconds: p,
          })
          for (const v of Object.values(r0)) expect(Number.isFinite(v)).toBe(true)
          for (const v of [r0.probabilityOfWait, r0.probabilityOfAbandon, r0.serviceLevel]) {
            expect(v).toBeGreaterThanOrEqual(0)
            expect(v).toBeLessThanOrEqual(1 + 1e-12)
          }
          expect(r1.serviceLevel).toBeGreaterThanOrEqual(r0.serviceLevel - 1e-9)
          expect(r1.probabilityOfAbandon).toBeLessThanOrEqual(r0.probabilityOfAbandon + 1e-9)
        },
      ),
      { seed: SEED, numRuns: 300 },
    )
  })

  it('agents needed rise with traffic, and the answer is the least that meets the target', () => {
    fc.assert(
      fc.property(
        traffic,
        fc.double({ min: 1, max: 1.5, noNaN: true }),
        handle,
        target,
        serviceLevel,
        (a, grow, h, t, sl) => {
          const q = { handleSeconds: h, targetSeconds: t, targetServiceLevel: sl }
          const n = agentsForTarget({ ...q, trafficErlangs: a })
          expect(agentsForTarget({ ...q, trafficErlangs: a * grow })).toBeGreaterThanOrEqual(n)
          expect(
            erlangC({ ...q, agents: n, trafficErlangs: a }).serviceLevel,
          ).toBeGreaterThanOrEqual(sl)
          if (n - 1 > a) {
            expect(erlangC({ ...q, agents: n - 1, trafficErlangs: a }).serviceLevel).toBeLessThan(
              sl,
            )
          }
        },
      ),
      { seed: SEED, numRuns: 300 },
    )
  })

  it('with patience, the answer is the least that meets the target', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 800, noNaN: true }),
        handle,
        target,
        patience,
        serviceLevel,
        (a, h, t, p, sl) => {
          const q = { handleSeconds: h, targetSeconds: t, trafficErlangs: a, patienceSeconds: p }
          const n = agentsForTarget({ ...q, targetServiceLevel: sl })
          expect(erlangA({ ...q, agents: n }).serviceLevel).toBeGreaterThanOrEqual(sl)
          if (n > 1) expect(erlangA({ ...q, agents: n - 1 }).serviceLevel).toBeLessThan(sl)
        },
      ),
      { seed: SEED, numRuns: 200 },
    )
  })
})
