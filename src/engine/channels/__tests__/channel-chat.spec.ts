/**
 * Scenario: live chat on a web shop, 24/7, 30 chats an hour around the clock (5 040 a week),
 * 12-minute chats (Comm100 benchmark), two chats at once at 1.7× one person's throughput (Call
 * Centre Helper's efficiency table), 80 % answered within 60 s.
 */
import { describe, expect, it } from 'vitest'
import { evaluateChannel } from '../evaluate'
import { erlangC } from '../../queueing/erlang-c'
import { agentsForTarget } from '../../queueing/staffing'
import { ALWAYS, FLAT, makeBusiness, makeChannel } from '../../__tests__/support/factory'

const business = makeBusiness()
const chat = makeChannel({
  id: 'live-chat',
  catalogId: 'live-chat',
  name: 'Live chat',
  kind: 'chat',
  handleMinutes: 12,
  concurrency: 2,
  concurrencyEfficiency: 1.7,
  targetSeconds: 60,
  coverage: ALWAYS,
  expectationHours: 0.1,
})
const r = evaluateChannel({ channel: chat, contactsPerWeek: 30 * 168, business, pattern: FLAT })

// Two slots per agent, each at 1.7/2 of full speed: a chat takes 2 × 12 / 1.7 = 14.12 min
// = 847.1 s of slot time, so 30 chats an hour are A = 30 × 847.1 / 3600 = 7.059 slot-Erlangs.
const handle = (2 * 12 * 60) / 1.7
const traffic = (30 * handle) / 3600

describe('live chat with two chats at once', () => {
  it('sizes each hour as a queue of two slots per agent', () => {
    // Occupancy cap: 7.059 / 0.85 = 8.3 → at least 9 slots. Erlang C (mpmath, scripts/
    // erlang_reference.py): 9 slots → SL 0.6527 < 0.8; 10 slots → C = 0.2308, SL = 0.8126.
    // 10 slots = 5 agents.
    const slots = agentsForTarget({
      trafficErlangs: traffic,
      handleSeconds: handle,
      targetSeconds: 60,
      targetServiceLevel: 0.8,
      maxOccupancy: 0.85,
    })
    expect(slots).toBe(10)
    expect(r.staffHoursPerWeek).toBeCloseTo((5 * 168) / 0.7, 9)
    const sl = erlangC({
      agents: 10,
      trafficErlangs: traffic,
      handleSeconds: handle,
      targetSeconds: 60,
    })
    expect(r.attainment).toBeCloseTo(sl.serviceLevel, 12)
    expect(r.attainment).toBeCloseTo(0.812587, 6)
  })

  it('counts the busy share per agent: 7.059 slot-Erlangs ÷ 2 slots ÷ 5 agents', () => {
    expect(r.occupancy).toBeCloseTo(traffic / 2 / 5, 12)
  })

  it('counts the work in people’s time: 5 040 chats × 12 min ÷ 1.7 = 593 hours', () => {
    // Two chats at once at 1.7× one's pace: each chat takes 12 / 1.7 = 7.06 minutes of a person
    // (nobody gives up here: no patience), 5 040 × 7.06 / 60 = 592.9 hours, not the 1 186
    // slot-hours.
    expect(r.workloadHoursPerWeek).toBeCloseTo((5040 * 12) / 1.7 / 60, 9)
  })

  it('without concurrency the same chats need more people', () => {
    const single = evaluateChannel({
      channel: { ...chat, concurrency: 1, concurrencyEfficiency: 1 },
      contactsPerWeek: 30 * 168,
      business,
      pattern: FLAT,
    })
    // A = 30 × 12 / 60 = 6 E: occupancy alone needs ⌈6/0.85⌉ = 8 agents.
    expect(single.staffHoursPerWeek).toBeGreaterThanOrEqual((8 * 168) / 0.7 - 1e-9)
    expect(single.staffHoursPerWeek).toBeGreaterThan(r.staffHoursPerWeek)
  })

  it('with patience, sizes by Erlang A and counts those who leave as unserved', () => {
    const patient = evaluateChannel({
      channel: { ...chat, patienceSeconds: 90 },
      contactsPerWeek: 30 * 168,
      business,
      pattern: FLAT,
    })
    expect(patient.contactsUnserved).toBeGreaterThan(0)
    expect(patient.contactsHandled + patient.contactsUnserved).toBeCloseTo(30 * 168, 6)
    expect(patient.attainment).toBeGreaterThanOrEqual(0.8)
  })
})
