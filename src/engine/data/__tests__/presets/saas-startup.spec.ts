/**
 * Preset "saas-startup" (src/engine/data/presets/saas-startup.ts): a software start-up answers
 * by email, phone and X, and wonders whether to add live chat and which of today's channels to
 * keep; "the question is less the staff hours than the customers each choice keeps".
 *
 * Inputs: 600 contacts a week, office-hours pattern (day weights sum 5.2, hour weights 9.85),
 * covered weekdays 8–20 and Saturday 9–17 (68 hours), 35 an hour, shrinkage 30 %, occupancy cap
 * 85 %, dedicated staff, meet targets, 200 a lost customer. Shares: phone 15 % (90), email 35 %
 * (210), live chat 35 % (210, not offered today; 30 % of its users lost without it), X 5 %
 * (30), forum 10 % (60, not offered today). Affinities within this scenario: phone → live chat
 * 0.4, email 0.3; live chat → phone 0.3, email 0.3; X → email 0.35, live chat 0.35; forum →
 * email 0.5, live chat 0.2. Loss shares: phone and X 10 %, forum 5 %.
 *
 * Live chat and the phone are staffed hour by hour by Erlang A at the volume their repeats
 * settle at: src/engine/__tests__/support/live-reference.py, cases "saas-startup chat",
 * "saas-startup chat, best set" and "saas-startup phone" (every hour's contacts, load and
 * agents are listed there). The repeat rounds stop within 1/10 000 of the first contacts (under
 * 0.03 here); those figures are checked to 0.06. Email, X and the forum are async: their hours
 * enter only as the engine reports them.
 */
import { describe, expect, it } from 'vitest'
import { defined } from '../../../__tests__/support/defined'
import { expectNear } from '../../../__tests__/support/near'
import { presetById } from '../../scenario-presets'
import {
  currentOf,
  figuresOf,
  firstContacts,
  PER_MONTH,
  PER_YEAR,
  presetScenario,
  recommendationOf,
} from './preset-support'

const ID = 'saas-startup'
const result = () => recommendationOf(ID)
const TOLERANCE = 0.06

describe('SaaS start-up choosing between phone and chat', () => {
  it('the story and the scenario agree: chat is not offered today, and its users leave', () => {
    expect(defined(presetById(ID), 'the preset').story).toMatch(/whether to add live chat/)
    const s = presetScenario(ID)
    const chat = defined(
      s.channels.find((c) => c.id === 'live-chat'),
      'live chat',
    )
    expect([chat.offeredToday, chat.candidate, chat.lossShare]).toEqual([false, true, 0.3])
    expect(s.valueAtRiskPerLostContact).toBe(200)
  })

  it('recommends email and live chat, meeting both targets', () => {
    const r = result()
    expect(r.recommended.channelIds).toEqual(['email', 'live-chat'])
    expect(r.recommended.targetsMet).toBe(true)
  })

  it('email and live chat: who goes where, and who is lost', () => {
    // Not offered: phone 90 − 10 % = 81 to live chat and email 0.4 : 0.3 (46.286, 34.714); X 30
    // − 10 % = 27, 0.35 : 0.35 (13.5 each); forum 60 − 5 % = 57, email 0.5, live chat 0.2
    // (40.714, 16.286). Email 210 + 34.714 + 13.5 + 40.714 = 298.929; live chat 210 + 46.286 +
    // 13.5 + 16.286 = 286.071; lost 9 + 3 + 3 = 15.
    const rec = result().recommended
    expect(firstContacts(rec, 'email')).toBeCloseTo(298.9286, 3)
    expect(firstContacts(rec, 'live-chat')).toBeCloseTo(286.0714, 3)
    expect(rec.lost).toBeCloseTo(15, 9)
  })

  it('live chat staffed hour by hour: 108 agent-hours a week', () => {
    // Its repeats settle at 294.599 chats a week. A weekday 9–17 hour holds 1 / 51.22 of the
    // week: 5.752 chats, A = 5.752 × (2 × 720 / 1.7) / 3600 = 1.353 Erlangs on chat slots;
    // Erlang A (patience 180 s) gives 70.8 % within 60 s on 2 slots, 88.7 % on 3: 3 slots, 2
    // agents of 2 chats. At 08 and 17 (half as busy) 2 slots, one agent; at 18 and 19, and
    // Saturday 9–17 (0.15 of a weekday), one. 40 × 2 + 10 × 1 + 10 × 1 + 8 × 1 = 108
    // agent-hours, 108 / 0.7 = 154.29 paid, 5 400 a week at 35. Within 60 s: 264.04 (89.6 %);
    // unserved 27.37 (the 6.4 % of chats that come when it is closed, and those who give up).
    const chat = figuresOf(result().recommended, 'live-chat')
    expectNear(chat.contactsOffered, 294.599, TOLERANCE)
    expect(chat.staffHours).toBeCloseTo(108 / 0.7, 9)
    expect(chat.plan).toMatchObject({ kind: 'agents' })
    expectNear(chat.withinTarget, 264.04, TOLERANCE)
    expectNear(chat.contactsUnserved, 27.366, TOLERANCE)
    expect(chat.targetMet).toBe(true)
  })

  it('the cost of email and live chat: the chat tool, setup and training, the customers lost', () => {
    // Tools 30 × 12/52; setup (2 + 8) × 35 / 52; training (1 + 2) × 12/52 × 35; staff the hours
    // × 35; lost value 200 × (15 + 0.3 × 27.37 chats unserved who give up).
    const rec = result().recommended
    expect(rec.cost.tools).toBeCloseTo(30 * PER_MONTH, 9)
    expect(rec.cost.setup).toBeCloseTo(10 * 35 * PER_YEAR, 9)
    expect(rec.cost.training).toBeCloseTo(3 * PER_MONTH * 35, 9)
    expect(rec.cost.staff).toBeCloseTo(rec.staffHours * 35, 9)
    expect(rec.staffHours).toBeCloseTo(108 / 0.7 + figuresOf(rec, 'email').staffHours, 9)
    expectNear(rec.lostValue, 200 * (15 + 0.3 * 27.366), 200 * 0.3 * TOLERANCE)
  })

  it('today: phone, email and X lose most of the would-be chat users', () => {
    // Live chat's 210 lose 30 % (63) and the rest split between phone and email (73.5 each);
    // the forum's 57 write emails; X hands its private matters to email (0.35). Phone 90 + 73.5
    // = 163.5; email 210 + 73.5 + 57 = 340.5 before X's hand-offs; lost 63 + 3 = 66. The
    // phone's repeats settle at 170.422 calls; a weekday 9–17 hour has 3.327 calls, A = 0.333:
    // one agent gives 74.8 % within 20 s, two 96.1 %; one at 08 and 17 (86.0 %), 18, 19 and on
    // Saturday: 40 × 2 + 28 × 1 = 108 agent-hours, 154.29 paid, as the chat; 16.76 unserved.
    const current = currentOf(result())
    expect(current.channelIds).toEqual(['phone', 'email', 'x'])
    expect(current.lost).toBeCloseTo(66, 9)
    expect(firstContacts(current, 'phone')).toBeCloseTo(163.5, 9)
    expect(firstContacts(current, 'email')).toBeCloseTo(
      340.5 + figuresOf(current, 'x').handoffContacts,
      9,
    )
    const phone = figuresOf(current, 'phone')
    expectNear(phone.contactsOffered, 170.422, TOLERANCE)
    expect(phone.staffHours).toBeCloseTo(108 / 0.7, 9)
    expectNear(phone.contactsUnserved, 16.76, TOLERANCE)
  })

  it('keeps more customers than today’s phone, email and X, and costs less counting them', () => {
    // Today − recommended, at 200 a lost customer:
    //   lost customers          (66 − 15) × 200                                = +10 200
    //   live staff              154.29 (phone) − 154.29 (chat) hours            =       0
    //   unserved who give up    (16.76 × 0.1 − 27.37 × 0.3) × 200               =  −1 307
    //   tools, setup, training  (5.77 + 6.73 + 40.38) − (6.92 + 6.73 + 24.23)    =     +15
    //   email and X             today's email has 340.5 first contacts or more, not 298.9,
    //                           and X its own hours: ≥ 0 (more volume never lowers cost)
    // at least 8 908 a week (8 850 allows for where the repeat rounds stop).
    const r = result()
    const current = currentOf(r)
    expect(r.recommended.lost).toBeLessThan(current.lost / 2)
    expect(current.cost.tools).toBeCloseTo(25 * PER_MONTH, 9)
    expect(current.cost.setup).toBeCloseTo(10 * 35 * PER_YEAR, 9)
    expect(current.cost.training).toBeCloseTo(5 * PER_MONTH * 35, 9)
    expect(current.totalWithLostValue - r.recommended.totalWithLostValue).toBeGreaterThan(8850)
  })

  it('a larger set pays for itself: X and the forum keep customers too', () => {
    // Email, live chat, X and the forum: only the phone's 90 move, 9 lost, 81 to live chat and
    // email 0.4 : 0.3. Live chat 210 + 46.286 = 256.286 first chats, settling at 263.291: the
    // same 108 agent-hours (case "saas-startup chat, best set"). X's and the forum's private
    // matters go to email (X: 0.35 each way, email the first candidate; forum 0.5 against 0.2).
    // The set keeps 6 more customers a week than email and live chat (1 200 at 200).
    const r = result()
    const best = r.bestOfAnySize
    expect(best.channelIds).toEqual(['email', 'live-chat', 'x', 'forum'])
    expect(best.lost).toBeCloseTo(9, 9)
    expect(firstContacts(best, 'live-chat')).toBeCloseTo(256.2857, 3)
    const chat = figuresOf(best, 'live-chat')
    expectNear(chat.contactsOffered, 263.291, TOLERANCE)
    expect(chat.staffHours).toBeCloseTo(108 / 0.7, 9)
    const handoffs = ['x', 'forum'].reduce((s, id) => s + figuresOf(best, id).handoffContacts, 0)
    expect(firstContacts(best, 'email')).toBeCloseTo(210 + 34.7143 + handoffs, 3)
    expect(r.largerPaysOff).toBe(true)
    expect(best.totalWithLostValue).toBeLessThan(r.recommended.totalWithLostValue)
    // The reason says so: the larger set ranks above, by the money it saves.
    expect(r.reason.larger).toMatchObject({ kind: 'ranks-above', channelIds: best.channelIds })
    expect(r.reason.larger?.kind === 'ranks-above' && r.reason.larger.saving).toBeGreaterThan(0)
  })
})
