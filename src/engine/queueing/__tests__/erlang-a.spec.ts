import { describe, expect, it } from 'vitest'
import { erlangA } from '../erlang-a'
import { erlangC } from '../erlang-c'

describe('Erlang A by hand on the smallest queue', () => {
  // One agent, A = 0.5 (λ = 1/120 per s, μ = 1/60, h = 60 s), patience 60 s (θ = 1/60),
  // target 30 s. Queue weights t_k = Π_{i≤k} λ/(μ + iθ) = Π 0.5/(1 + i) = 0.5^k/(k + 1)!, so
  // with e = e^0.5: S = Σ t_k = 2(e − 1) and Σ k·t_k = 2 − e. Erlang B(1, 0.5) = 1/3.
  //   P(wait)   = E·S/(1 + E(S − 1)) = 2(e − 1)/(2e) = 1 − e^−0.5
  //   E[queue]  = P(wait)·(2 − e)/S = (2 − e)/(2e)
  //   P(abandon) = θ·E[queue]/λ = 2·E[queue] = 2/e − 1
  //   mean wait = E[queue]/λ = 120·(2 − e)/(2e) = 60·(2 − e)/e
  //   occupancy = A·(1 − P(abandon))/1 = 1 − 1/e
  const r = erlangA({
    agents: 1,
    trafficErlangs: 0.5,
    handleSeconds: 60,
    targetSeconds: 30,
    patienceSeconds: 60,
  })
  const e = Math.exp(0.5)

  it('P(wait) = 1 − e^−0.5', () => {
    expect(r.probabilityOfWait).toBeCloseTo(1 - 1 / e, 14)
  })
  it('P(abandon) = 2e^−0.5 − 1', () => {
    expect(r.probabilityOfAbandon).toBeCloseTo(2 / e - 1, 14)
  })
  it('mean wait = 60·(2 − e^0.5)/e^0.5 seconds', () => {
    expect(r.averageWaitSeconds).toBeCloseTo((60 * (2 - e)) / e, 12)
  })
  it('mean wait of those answered: P(wait)·Σ (t_k/S)·(1/(k+2))·60·Σ_{i≤k+1} 1/(1+i) ÷ P(answered)', () => {
    // With k ahead, an answered contact waits (1/θ)·Σ_{i=1}^{k+1} 1/(a+i) on average over its
    // chance of being answered, a/(a+k+1) = 1/(k+2) (here a = 1, 1/θ = 60 s).
    let sum = 0
    let weight = 1 // t_0
    let factorial = 1
    let harmonic = 0
    for (let k = 0; k < 40; k++) {
      harmonic += 1 / (k + 2)
      sum += (weight / (2 * (e - 1))) * (1 / (k + 2)) * 60 * harmonic
      factorial *= k + 2
      weight = 0.5 ** (k + 1) / factorial
    }
    expect(r.averageWaitAnsweredSeconds).toBeCloseTo(((1 - 1 / e) * sum) / (2 - 2 / e), 12)
    // Those who hang up have waited less on average than their patience, but the answered
    // ones were served early: the answered mean is below the all-contacts mean here.
    expect(r.averageWaitAnsweredSeconds).toBeLessThan(r.averageWaitSeconds)
  })
  it('occupancy = 1 − e^−0.5', () => {
    expect(r.occupancy).toBeCloseTo(1 - 1 / e, 14)
  })
  it('service level: no wait, or served within 30 s before giving up', () => {
    // With k queued ahead, P(served ≤ t) = a/(a+k+1)·P(NB(r=2, p=u) > k) with a = nμ/θ = 1,
    // u = e^{−t/60} = e^−0.5, and P(NB > k) = 1 − Σ_{j≤k} (j+1)·u²·(1−u)^j.
    // Given waiting, k has weights t_k/S.
    const u = Math.exp(-0.5)
    let served = 0
    let cdf = 0
    let weight = 1 // t_0
    let factorial = 1
    for (let k = 0; k < 40; k++) {
      cdf += (k + 1) * u * u * (1 - u) ** k
      served += (weight / (2 * (e - 1))) * (1 / (k + 2)) * (1 - cdf)
      factorial *= k + 2
      weight = 0.5 ** (k + 1) / factorial
    }
    expect(r.serviceLevel).toBeCloseTo(1 / e + (1 - 1 / e) * served, 13)
  })
})

describe('Erlang A limits', () => {
  it('approaches Erlang C as patience grows without bound', () => {
    const c = erlangC({ agents: 14, trafficErlangs: 10, handleSeconds: 180, targetSeconds: 20 })
    const a = erlangA({
      agents: 14,
      trafficErlangs: 10,
      handleSeconds: 180,
      targetSeconds: 20,
      patienceSeconds: 1e9,
    })
    expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 7)
    expect(a.probabilityOfWait).toBeCloseTo(c.probabilityOfWait, 7)
    expect(a.averageWaitSeconds).toBeCloseTo(c.averageSpeedOfAnswerSeconds, 5)
    expect(a.averageWaitAnsweredSeconds).toBeCloseTo(c.averageSpeedOfAnswerSeconds, 5)
    expect(a.probabilityOfAbandon).toBeLessThan(1e-7)
  })

  it('no agents: everyone waits and abandons after their patience', () => {
    const a = erlangA({
      agents: 0,
      trafficErlangs: 3,
      handleSeconds: 180,
      targetSeconds: 20,
      patienceSeconds: 90,
    })
    expect(a.probabilityOfWait).toBe(1)
    expect(a.probabilityOfAbandon).toBeCloseTo(1, 12)
    expect(a.serviceLevel).toBe(0)
    expect(a.averageWaitSeconds).toBeCloseTo(90, 9)
  })

  it('stays finite in heavy overload with long patience (1 agent, 2 000 Erlangs)', () => {
    const a = erlangA({
      agents: 1,
      trafficErlangs: 2000,
      handleSeconds: 60,
      targetSeconds: 30,
      patienceSeconds: 600,
    })
    // The one agent serves 1 contact a minute of the 2 000 arriving: P(abandon) ≈ 1 − 1/2000.
    expect(a.probabilityOfAbandon).toBeCloseTo(1 - 1 / 2000, 4)
    expect(a.occupancy).toBeCloseTo(1, 6)
    for (const v of Object.values(a)) expect(Number.isFinite(v)).toBe(true)
  })

  it('stays finite for the smallest positive load a double holds', () => {
    const a = erlangA({
      agents: 1,
      trafficErlangs: Number.MIN_VALUE,
      handleSeconds: 60,
      targetSeconds: 10,
      patienceSeconds: 30,
    })
    expect(a.probabilityOfAbandon).toBe(0)
    expect(a.serviceLevel).toBe(1)
    for (const v of Object.values(a)) expect(Number.isFinite(v)).toBe(true)
  })

  it('rejects a patience of 0', () => {
    expect(() =>
      erlangA({
        agents: 1,
        trafficErlangs: 1,
        handleSeconds: 60,
        targetSeconds: 1,
        patienceSeconds: 0,
      }),
    ).toThrow(/patienceSeconds must be greater than 0/)
  })
})
