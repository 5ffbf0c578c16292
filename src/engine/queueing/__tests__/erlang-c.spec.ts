import { describe, expect, it } from 'vitest'
import { erlangC } from '../erlang-c'

describe('Erlang C: the Call Centre Helper worked example', () => {
  // 100 contacts per 30 minutes, 180 s handle: A = 100 × 180 / 1800 = 10 Erlangs; 14 agents,
  // target 20 s. Published: P(wait) 0.1741, service level 0.888, ASA 7.8 s.
  const r = erlangC({ agents: 14, trafficErlangs: 10, handleSeconds: 180, targetSeconds: 20 })

  it('probability of waiting 0.1741', () => {
    expect(r.probabilityOfWait).toBeCloseTo(0.1741, 4)
  })
  it('service level 0.888 = 1 − 0.1741·exp(−(14 − 10)·20/180)', () => {
    expect(r.serviceLevel).toBeCloseTo(0.888, 3)
    expect(r.serviceLevel).toBeCloseTo(1 - r.probabilityOfWait * Math.exp(-80 / 180), 14)
  })
  it('ASA 7.8 s = 0.1741 × 180 / 4', () => {
    expect(r.averageSpeedOfAnswerSeconds).toBeCloseTo(7.8, 1)
  })
  it('occupancy 10/14', () => {
    expect(r.occupancy).toBeCloseTo(10 / 14, 15)
    expect(r.stable).toBe(true)
  })
})

describe('Erlang C: edges', () => {
  it('one agent: C = A (the agent is busy a share A of the time)', () => {
    // n = 1: B = A/(1+A); C = B/(1 − A + A·B) = A.
    const r = erlangC({ agents: 1, trafficErlangs: 0.25, handleSeconds: 60, targetSeconds: 0 })
    expect(r.probabilityOfWait).toBeCloseTo(0.25, 15)
    // ASA = C·h/(n − A) = 0.25 × 60 / 0.75 = 20 s; with t = 0 the service level is 1 − C.
    expect(r.averageSpeedOfAnswerSeconds).toBeCloseTo(20, 12)
    expect(r.serviceLevel).toBeCloseTo(0.75, 15)
  })

  it('is unstable when agents do not exceed the traffic', () => {
    expect.assertions(2)
    for (const agents of [5, 4]) {
      const r = erlangC({ agents, trafficErlangs: 5, handleSeconds: 180, targetSeconds: 20 })
      expect(r).toEqual({
        probabilityOfWait: 1,
        serviceLevel: 0,
        averageSpeedOfAnswerSeconds: Infinity,
        occupancy: 1,
        stable: false,
      })
    }
  })

  it('zero traffic: nobody waits', () => {
    expect(
      erlangC({ agents: 0, trafficErlangs: 0, handleSeconds: 180, targetSeconds: 20 }),
    ).toEqual({
      probabilityOfWait: 0,
      serviceLevel: 1,
      averageSpeedOfAnswerSeconds: 0,
      occupancy: 0,
      stable: true,
    })
  })

  it.each([
    [
      { agents: 3, trafficErlangs: 1, handleSeconds: 0, targetSeconds: 20 },
      /handleSeconds must be greater than 0/,
    ],
    [
      { agents: 3, trafficErlangs: 1, handleSeconds: 60, targetSeconds: -1 },
      /targetSeconds must not be negative/,
    ],
    [
      { agents: 3.2, trafficErlangs: 1, handleSeconds: 60, targetSeconds: 1 },
      /agents must be a whole number/,
    ],
  ])('rejects %o', (input, message) => {
    expect(() => erlangC(input)).toThrow(RangeError)
    expect(() => erlangC(input)).toThrow(message)
  })
})
