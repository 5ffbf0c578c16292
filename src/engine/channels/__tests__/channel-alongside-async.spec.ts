/**
 * Written channels alongside other work: the pieces the looks model adds for people who answer
 * between customers, each against figures worked out by hand in the comments.
 * - freeTimeNodes: the free time a person has by a deadline, random, as three points carrying
 *   its mean and variance (a two-state Markov chain's occupation time);
 * - lookWait: the chance a look waits for people to be free, and how long;
 * - holderBusy and holdingProfile: how often calls come to a person holding written work, and
 *   how another written channel's looks hold the people minute by minute.
 * The whole is checked against the person-by-person simulation in on-site-agreement.spec.ts.
 */
import { describe, expect, it } from 'vitest'
import { freeTimeNodes } from '../async/counts'
import { lookSchedule } from '../async/looks'
import { lookWait } from '../async/plan-search'
import type { ChannelEvaluationInput, HeldElsewhere } from '../types'
import { holderBusy, holdingProfile } from '../../portfolio/alongside'
import { ALWAYS, FLAT, makeAsyncChannel, makeBusiness } from '../../__tests__/support/factory'

const moments = (nodes: [number, number][]) => {
  const weight = nodes.reduce((s, [, w]) => s + w, 0)
  const mean = nodes.reduce((s, [x, w]) => s + w * x, 0)
  const variance = nodes.reduce((s, [x, w]) => s + w * (x - mean) ** 2, 0)
  return { weight, mean, variance }
}

describe('free time by a deadline (freeTimeNodes)', () => {
  it('b = ½, d = 10, an hour: reach 65, variance 0.15278 on 1 ∓ 0.677 at 1/6 each', () => {
    // τc = (1 − b)·d = 5, r = b/(1 − b) = 1. Starting free adds r·τc·(1 − e^(−12)) = 5 minutes:
    // reach = 60 + 5·(1 − e^(−12)) = 64.99997. Variance of ξ:
    // 2·b·τc·(s − τc·(1 − e^(−12)))/((1 − b)·s²) = 5·55.00003/1800 = 0.152778.
    // t = √(3·0.152778/1) = 0.677003, the outer two carry v²/(r·t²) = 1/3, split 1 : 1.
    const { reach, nodes } = freeTimeNodes(0.5, 10, 60, 1)
    expect(reach).toBeCloseTo(60 + 5 * (1 - Math.exp(-12)), 9)
    const v2 = (5 * (60 - 5 * (1 - Math.exp(-12)))) / 1800
    expect(nodes).toHaveLength(3)
    expect(nodes[0]?.[0]).toBeCloseTo(1 - Math.sqrt(3 * v2), 9)
    expect(nodes[0]?.[1]).toBeCloseTo(1 / 6, 9)
    expect(nodes[1]).toEqual([1, expect.closeTo(2 / 3, 9)])
    expect(nodes[2]?.[0]).toBeCloseTo(1 + Math.sqrt(3 * v2), 9)
    const m = moments(nodes)
    expect(m.weight).toBeCloseTo(1, 12)
    expect(m.mean).toBeCloseTo(1, 12)
    expect(m.variance).toBeCloseTo(v2, 12)
  })

  it('a minute: nearly all or nothing, the two ends 0 and 1/(1 − b) = 2 carrying 0.468 each', () => {
    // s = 1 ≪ τc = 5: settle = 5·(1 − e^(−0.2)) = 0.906346, v² = 5·(1 − 0.906346)/0.5 = 0.93654,
    // below the most a Bernoulli (0 with chance b, 2 with chance 1 − b) allows, r = 1: t = 1 and
    // the ends carry v²/r = 0.93654, split 1 : 1; the middle 0.06346.
    const { nodes } = freeTimeNodes(0.5, 10, 1, 1)
    const settle = 5 * (1 - Math.exp(-0.2))
    const v2 = (5 * (1 - settle)) / 0.5
    expect(nodes[0]).toEqual([0, expect.closeTo(v2 / 2, 9)])
    expect(nodes[1]).toEqual([1, expect.closeTo(1 - v2, 9)])
    expect(nodes[2]).toEqual([2, expect.closeTo(v2 / 2, 9)])
  })

  it('two people pool their free time: half the variance; b = 0 leaves the mean alone', () => {
    const one = moments(freeTimeNodes(0.3, 6, 45, 1).nodes)
    const two = moments(freeTimeNodes(0.3, 6, 45, 2).nodes)
    expect(two.variance).toBeCloseTo(one.variance / 2, 12)
    expect(freeTimeNodes(0, 6, 45, 1)).toEqual({ reach: 45, nodes: [[1, 1]] })
  })

  it('busy most of the time, long spells, b = 0.9: points stay within [0, 1/(1 − b)]', () => {
    for (const s of [0.5, 5, 60, 600]) {
      const { nodes } = freeTimeNodes(0.9, 10, s, 1)
      for (const [x] of nodes) {
        expect(x).toBeGreaterThanOrEqual(-1e-12)
        expect(x).toBeLessThanOrEqual(10 + 1e-9)
      }
      expect(moments(nodes).mean).toBeCloseTo(1, 12)
    }
  })
})

function inputFor(
  people: number,
  busy: number,
  heldElsewhere?: HeldElsewhere,
): ChannelEvaluationInput {
  return {
    channel: makeAsyncChannel({ coverage: ALWAYS, targetSeconds: 3600 }),
    contactsPerWeek: 100,
    business: makeBusiness(),
    pattern: FLAT,
    onSite: { people, otherWorkShare: busy, otherWorkMinutes: 10, interruptionMinutes: 1 },
    heldElsewhere,
  }
}

describe('the wait for people at a look (lookWait)', () => {
  const plan = { lookIntervalMinutes: 60, people: 1 }

  it('two people busy half the time: both busy ¼ of the looks, then d/2 = 5 minutes', () => {
    // The first of two spells in progress (exponential, mean 10) ends after 10/2 minutes.
    const wait = lookWait(inputFor(2, 0.5), plan)
    expect(wait.chance).toBeCloseTo(0.25, 12)
    expect(wait.minutes).toBeCloseTo(5, 12)
  })

  it('an earlier channel looking at the same instants takes a person first: ¾ wait, 10 minutes', () => {
    // Free people Binomial(2, ½): 0, 1, 2 with ¼, ½, ¼. The other channel's look is always a
    // check for one person: from 2 free one is left (¼, no wait); from 1 none (½, one person to
    // be freed); from 0 none and the other look waits ahead (¼, two people to be freed).
    // Chance ½ + ¼ = ¾; people to be freed ½·1 + ¼·2 = 1. The busy are on other work (weight
    // ½, 10 minutes left) or on the other look (weight checks' share × c′/p = ½, its 20
    // minutes): mean rest (½·10 + ½·20)/1 = 15, over p − c + 1 = 2 is 7.5 a person freed. Mean
    // wait when waiting: 1 × 7.5 / ¾ = 10.
    const times = lookSchedule(ALWAYS, 60).times
    const held: HeldElsewhere = {
      busyAtLook: 0.5,
      heldAt: new Float64Array(10_080),
      restAt: new Float64Array(10_080),
      before: [{ times, checkShare: 1, people: 1, minutesAt: times.map(() => 20) }],
    }
    const wait = lookWait(inputFor(2, 0.5, held), plan)
    expect(wait.chance).toBeCloseTo(0.75, 12)
    expect(wait.minutes).toBeCloseTo(10, 12)
  })

  it('dedicated staff never wait', () => {
    const input = { ...inputFor(2, 0.5), onSite: undefined }
    expect(lookWait(input, plan)).toEqual({ chance: 0, minutes: 0 })
  })
})

describe('written work in hand among the calls (holderBusy, holdingProfile)', () => {
  it('calls go to people with empty hands first: 4 people, 36 % busy, the holder 31.1 %', () => {
    // Other work b = 0.3, so live contacts take 0.06 of the average person. They reach the holder
    // only when none of the other 3 is free, about 0.36³ = 0.046656 of the time, so the holder
    // carries 4 × 0.046656 = 0.186624 of that 0.06: 0.3 + 0.011197 = 0.311197.
    const team = { people: 4, otherWorkShare: 0.3, otherWorkMinutes: 6, interruptionMinutes: 1 }
    expect(holderBusy(team, 0.36)).toBeCloseTo(0.3 + 0.06 * 4 * 0.36 ** 3, 12)
    // Alone, every call comes to the one person.
    expect(holderBusy({ ...team, people: 1 }, 0.36)).toBeCloseTo(0.36, 12)
  })

  it('one look at minute 100 holding one of 2 people 10 minutes, free half the time', () => {
    // Share held just after: checks' share 1 × 1 person / 2 × free ½ = ¼, falling as e^(−t/10):
    // at minute 101, ¼·e^(−0.1) = 0.226209; the mean left is 10 (exponential). Its work: 10
    // minutes of elapsed time at half pace is 5 minutes of work for the 2 people, 2.5 each,
    // and the profile sums to ¼·Σ e^(−k/10) (k = 1 … 70) = ¼ · 9.00 ≈ 2.25 < 2.5: the 0.25
    // left is spread over the 10 080 covered minutes.
    const times = new Float64Array([100])
    const profile = holdingProfile(
      {
        times,
        checkShare: 1,
        people: 1,
        minutesAt: new Float64Array([10]),
        coverage: ALWAYS,
        workMinutes: 5,
        checks: 1,
      },
      2,
      0.5,
    )
    let sum = 0
    for (let k = 1; k <= 70; k++) sum += 0.25 * Math.exp(-k / 10)
    const spread = (2.5 - sum) / 10_080
    expect(profile.held[100]).toBeCloseTo(spread, 12)
    expect(profile.held[101]).toBeCloseTo(0.25 * Math.exp(-0.1) + spread, 12)
    expect(profile.rest[101]).toBeCloseTo(10 * 0.25 * Math.exp(-0.1) + spread * 10, 10)
    expect(profile.held.reduce((s, x) => s + x, 0)).toBeCloseTo(2.5, 9)
  })
})
