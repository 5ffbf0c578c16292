/**
 * Lost pooling, the first reason spreading thin costs (docs/methodology.md, "Staffing
 * structures"): 20 contacts an hour of 6 minutes, 80 % answered within 60 s. The load is
 * A = 20 × 6 / 60 = 2 Erlangs.
 *
 * Erlang C, P(wait ≤ 60 s) = 1 − C(N, A)·e^(−(N − A)·60/360), B by B(k) = A·B(k−1) / (k + A·B(k−1))
 * and C = N·B / (N − A·(1 − B)):
 * - one queue of 2 E: N = 3 gives C = 0.444, SL = 1 − 0.444·e^(−1/6) = 0.624 (short); N = 4
 *   gives C = 0.174, SL = 1 − 0.174·e^(−1/3) = 0.875. So 4 agents.
 * - two queues of 1 E: N = 2 gives C = 0.333, SL = 1 − 0.333·e^(−1/6) = 0.718 (short); N = 3
 *   gives C = 0.0909, SL = 1 − 0.0909·e^(−1/3) = 0.935. 3 each, 6 in all.
 * - four queues of 0.5 E: N = 1 gives C = A = 0.5, SL = 1 − 0.5·e^(−1/12) = 0.540; N = 2: B =
 *   1/13, C = 0.1, SL = 1 − 0.1·e^(−1/4) = 0.922. 2 each, 8 in all.
 * - five queues of 0.4 E: N = 1 gives SL = 1 − 0.4·e^(−0.1) = 0.638; N = 2: B = 2/37, C =
 *   1/15, SL = 1 − e^(−4/15)/15 = 0.949. 2 each, 10 in all.
 * (The same to 5 digits from scripts/erlang_reference.py.) The 85 % occupancy cap never binds:
 * 2 E on 4 agents is 50 % busy, 0.5 E on 2 is 25 %.
 */
import { describe, expect, it } from 'vitest'
import { ON_SITE_DEFAULTS } from '../../data/on-site-team'
import { evaluatePortfolio } from '../evaluate'
import {
  ALWAYS,
  FLAT,
  makeBusiness,
  makeChannel,
  makeScenario,
} from '../../__tests__/support/factory'

const PER_HOUR = 20
const queue = (id: string) =>
  makeChannel({
    id,
    name: id,
    handleMinutes: 6,
    targetSeconds: 60,
    targetShare: 0.8,
    coverage: ALWAYS,
    toolCostPerMonth: 0,
    setupHours: 0,
    trainingHoursPerMonth: 0,
  })

function split(queues: number, structure: 'dedicated' | 'blended') {
  const ids = Array.from({ length: queues }, (_, i) => `q${i + 1}`)
  const scenario = makeScenario(
    ids.map(queue),
    Object.fromEntries(ids.map((id) => [id, 1 / queues])),
    {
      business: makeBusiness({ shrinkage: 0 }),
      demand: { contactsPerWeek: PER_HOUR * 168, pattern: FLAT, shares: {} },
      analysis: { structure, mode: 'meet-targets', publicMissWeight: 2, onSite: ON_SITE_DEFAULTS },
    },
  )
  scenario.demand.shares = Object.fromEntries(ids.map((id) => [id, 1 / queues]))
  return evaluatePortfolio(scenario, ids)
}

describe('square-root pooling: 20 contacts/h, 6 min, 80 % within 60 s', () => {
  it.each([
    [1, 4],
    [2, 6],
    [4, 8],
    [5, 10],
  ])('%i separate queue(s) need %i agents in every hour', (queues, agents) => {
    const p = split(queues, 'dedicated')
    // Shrinkage 0: paid hours = agents × 168.
    expect(p.staffHours).toBeCloseTo(agents * 168, 6)
    expect(p.targetsMet).toBe(true)
  })

  it('one blended pool needs the 4 agents of a single queue however many channels', () => {
    expect.assertions(4)
    for (const queues of [1, 2, 4, 5]) {
      expect(split(queues, 'blended').staffHours).toBeCloseTo(4 * 168, 6)
    }
  })

  it('the split costs show up as queue headroom, not as work', () => {
    const one = split(1, 'dedicated')
    const five = split(5, 'dedicated')
    // Work: 2 Erlangs × 168 h = 336 hours either way, at 30 an hour.
    expect(one.causes.work).toBeCloseTo(336 * 30, 6)
    expect(five.causes.work).toBeCloseTo(336 * 30, 6)
    // Floor: the first person of each queue, as far as its work leaves them idle. One queue of
    // 2 E keeps its first person busy: no floor. Five queues of 0.4 E: 5 × (1 − 0.4) = 3 agents
    // of floor, 3 × 168 × 30 = 15 120 (no tools, setup or training here).
    expect(one.causes.fixedFloor).toBeCloseTo(0, 6)
    expect(five.causes.fixedFloor).toBeCloseTo(3 * 168 * 30, 6)
    // Headroom, the rest: (4 − 2) × 168 × 30 = 10 080 against (10 − 2 − 3) × 168 × 30 = 25 200.
    expect(one.causes.queueHeadroom).toBeCloseTo(2 * 168 * 30, 6)
    expect(five.causes.queueHeadroom).toBeCloseTo(5 * 168 * 30, 6)
  })
})

describe('a blended pool whose channels are covered at different hours', () => {
  // q1 round the clock, q2 from 08:00 to 20:00 only, each 10 contacts an hour (1 Erlang).
  // Hours with both covered: one queue of 2 E, 4 agents, SL at 60 s = 1 − 0.174·e^(−1/3) =
  // 0.875; hours with q1 alone: 1 E, 3 agents, SL = 0.935 (the hand figures above).
  // Paid hours (no shrinkage): 84 × 4 + 84 × 3 = 588.
  const day = Array.from({ length: 168 }, (_, h) => h % 24 >= 8 && h % 24 < 20)
  const scenario = makeScenario(
    [queue('q1'), { ...queue('q2'), coverage: day }],
    { q1: 0.5, q2: 0.5 },
    {
      business: makeBusiness({ shrinkage: 0 }),
      demand: { contactsPerWeek: PER_HOUR * 168, pattern: FLAT, shares: { q1: 0.5, q2: 0.5 } },
      analysis: {
        structure: 'blended',
        mode: 'meet-targets',
        publicMissWeight: 2,
        onSite: ON_SITE_DEFAULTS,
      },
    },
  )
  const p = evaluatePortfolio(scenario, ['q1', 'q2'])
  const within = (id: string) => {
    const f = p.channels.find((c) => c.channelId === id)?.figures
    return f ? f.withinTarget / f.contactsOffered : NaN
  }

  it('staffs each group of hours for the channels covered in it', () => {
    expect(p.staffHours).toBeCloseTo(588, 6)
  })

  it('gives each channel the service level of the hours it is covered', () => {
    // q1: half its contacts in two-channel hours (0.875), half alone (0.935): 0.905.
    expect(within('q1')).toBeCloseTo(0.905, 3)
    // q2: half its contacts arrive while it is closed and are not answered within 60 s.
    expect(within('q2')).toBeCloseTo(0.5 * 0.8754, 3)
  })
})

describe('a shared queue that would need more people than the channels’ own queues', () => {
  // Round the clock, no shrinkage, occupancy cap 99 %. Quick calls: 12 an hour of 1 minute
  // (A = 0.2 E), 95 % within 10 s. Long calls: 6 an hour of 20 minutes (A = 2 E), 50 % within
  // 600 s. Erlang C, as above:
  // - quick on its own: 1 agent gives SL = 1 − 0.2·e^(−0.8·10/60) = 0.825; 2 give B = 0.01639,
  //   C = 0.01818, SL = 1 − 0.01818·e^(−1.8/6) = 0.9865: 2 agents;
  // - long on its own: 3 agents give C = 0.444, SL = 1 − 0.444·e^(−600/1200) = 0.730: 3 agents;
  //   5 an hour apart, 840 paid hours;
  // - shared: A = 2.2 E at the mean handle (12 × 60 + 6 × 1 200) / 18 = 440 s, held to 95 %
  //   within 10 s for the quick calls (first come, first served, they wait as long as anyone):
  //   5 agents give B = 0.04880, C = 0.08393, SL = 1 − 0.08393·e^(−2.8·10/440) = 0.9212; 6 give
  //   B = 0.01758, C = 0.02748, SL = 1 − 0.02748·e^(−3.8·10/440) = 0.9748: 6 agents, 1 008 hours.
  // The shared queue would need more, so the team answers each on its own queue: 840 hours.
  const channels = [
    makeChannel({
      id: 'quick',
      name: 'Quick',
      handleMinutes: 1,
      targetSeconds: 10,
      targetShare: 0.95,
      coverage: ALWAYS,
    }),
    makeChannel({
      id: 'long',
      name: 'Long',
      handleMinutes: 20,
      targetSeconds: 600,
      targetShare: 0.5,
      coverage: ALWAYS,
    }),
  ]
  const scenario = (structure: 'dedicated' | 'blended') =>
    makeScenario(
      channels,
      { quick: 2 / 3, long: 1 / 3 },
      {
        business: makeBusiness({ shrinkage: 0, maxOccupancy: 0.99 }),
        demand: { contactsPerWeek: 18 * 168, pattern: FLAT, shares: { quick: 2 / 3, long: 1 / 3 } },
        analysis: {
          structure,
          mode: 'meet-targets',
          publicMissWeight: 2,
          onSite: ON_SITE_DEFAULTS,
        },
      },
    )

  it('dedicated: 2 + 3 agents in every hour', () => {
    expect(evaluatePortfolio(scenario('dedicated'), ['quick', 'long']).staffHours).toBeCloseTo(
      5 * 168,
      6,
    )
  })

  it('blended: keeps the channels on their own queues, 840 hours, not the shared 1 008', () => {
    const p = evaluatePortfolio(scenario('blended'), ['quick', 'long'])
    expect(p.staffHours).toBeCloseTo(5 * 168, 6)
    expect(p.targetsMet).toBe(true)
  })
})
