/**
 * Scenario: a shop's phone line, weekdays 09:00–17:00, 400 calls a week all inside those
 * hours (10 an hour), 6-minute calls, 80 % answered within 20 s, 85 % occupancy cap,
 * 30 % shrinkage, 30 €/h, 26 €/month for the line, 4 h setup, 2 h training a month.
 */
import { describe, expect, it } from 'vitest'
import { evaluateChannel } from '../evaluate'
import { makeBusiness, makeChannel, FLAT, OFFICE_ONLY } from '../../__tests__/support/factory'

const business = makeBusiness()
const channel = makeChannel()
const r = evaluateChannel({ channel, contactsPerWeek: 400, business, pattern: OFFICE_ONLY })

describe('phone line, meet-targets mode', () => {
  it('needs 3 agents in each covered hour', () => {
    // A = 10 calls × 6 min / 60 = 1 Erlang.
    // 2 agents: C(2, 1) = 1/3, SL = 1 − (1/3)·e^{−(2−1)·20/360} = 1 − 0.3333·0.9460 = 0.685 < 0.8.
    // 3 agents: B(3, 1) = (1/6)/(1 + 1 + 1/2 + 1/6) = 1/16; C = 3·(1/16)/(3 − 1·(15/16)) = 1/11;
    //   SL = 1 − (1/11)·e^{−2·20/360} = 1 − 0.09091·0.89484 = 0.918651.
    // Paid: 3 × 40 h / (1 − 0.3) = 171.43 h.
    expect(r.staffHoursPerWeek).toBeCloseTo(120 / 0.7, 9)
    expect(r.attainment).toBeCloseTo(1 - (1 / 11) * Math.exp(-40 / 360), 9)
    expect(r.targetMet).toBe(true)
  })

  it('answers every call (all arrive while covered) and has no floor hours', () => {
    expect(r.contactsHandled).toBeCloseTo(400, 9)
    expect(r.contactsUnserved).toBeCloseTo(0, 9)
    expect(r.floorStaffHoursPerWeek).toBe(0)
    expect(r.bestPossibleAttainment).toBeCloseTo(1, 12)
  })

  it('occupancy = 1 Erlang over 3 agents', () => {
    expect(r.occupancy).toBeCloseTo(1 / 3, 12)
    // Workload: 400 calls × 6 min = 40 h.
    expect(r.workloadHoursPerWeek).toBeCloseTo(40, 9)
  })

  it('mean wait = ASA = C·h/(n − A) = (1/11)·360/2 = 16.36 s; p90 is 0 (fewer than 10 % wait)', () => {
    expect(r.meanResponseSeconds).toBeCloseTo(360 / 22, 9)
    expect(r.p90ResponseSeconds).toBe(0)
  })

  it('costs staff + line + setup over a year + training', () => {
    // staff 171.43 × 30 = 5 142.86; tools 26 × 12/52 = 6.00; setup 4 × 30/52 = 2.31;
    // training 2 × 12/52 × 30 = 13.85; total 5 165.01; per call 12.91.
    expect(r.cost.staff).toBeCloseTo((120 / 0.7) * 30, 9)
    expect(r.cost.tools).toBeCloseTo(6, 12)
    expect(r.cost.setup).toBeCloseTo(120 / 52, 12)
    expect(r.cost.training).toBeCloseTo((2 * 12 * 30) / 52, 12)
    expect(r.cost.total).toBeCloseTo(r.cost.staff + 6 + 120 / 52 + 720 / 52, 9)
    expect(r.costPerContact).toBeCloseTo(r.cost.total / 400, 9)
  })
})

describe('phone line with calls outside office hours', () => {
  // The same 400 calls spread over all 168 hours: 400 × 40/168 = 95.2 arrive while covered
  // (2.381 an hour, A = 0.238 E); the other 304.8 ring out, unserved.
  const flat = evaluateChannel({ channel, contactsPerWeek: 400, business, pattern: FLAT })

  it('counts calls outside coverage as unserved, not dropped silently', () => {
    expect(flat.contactsUnserved).toBeCloseTo(400 * (128 / 168), 9)
    expect(flat.contactsHandled).toBeCloseTo(400 * (40 / 168), 9)
    expect(flat.bestPossibleAttainment).toBeCloseTo(40 / 168, 12)
  })

  it('still needs one person whenever the line is open, and says so', () => {
    // A = 0.238 E. 1 agent: C = A = 0.238, SL = 1 − 0.238·e^{−0.762·20/360} = 0.772 < 0.8;
    // so the target, not the floor, sets 2 agents an hour: floor hours stay 0.
    expect(flat.staffHoursPerWeek).toBeCloseTo((2 * 40) / 0.7, 9)
    expect(flat.floorStaffHoursPerWeek).toBe(0)
  })

  it('a line nobody calls still costs one person whenever it is open: the floor', () => {
    // 0 calls: agentsForTarget says 0 agents; the floor keeps one person in each of the 40
    // covered hours: 40 / 0.7 = 57.1 paid hours, all of them floor.
    const trickle = evaluateChannel({
      channel,
      contactsPerWeek: 0,
      business,
      pattern: OFFICE_ONLY,
    })
    expect(trickle.staffHoursPerWeek).toBeCloseTo(40 / 0.7, 9)
    expect(trickle.floorStaffHoursPerWeek).toBeCloseTo(40 / 0.7, 9)
    expect(trickle.attainment).toBe(1)
  })
})
