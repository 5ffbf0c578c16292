/**
 * Preset "restaurant-reviews" (src/engine/data/presets/restaurant-reviews.ts): whoever is at the
 * front desk answers the phone during service and, between calls, the written channels. The
 * story asks whether the phone and one written channel are enough, or whether the time between
 * calls makes a few more channels cheap enough to answer.
 *
 * Inputs: 250 contacts a week (restaurant pattern: day weights 0.7, 0.7, 0.8, 0.9, 1.3, 1.5,
 * 1.1, sum 7; hour weights summing to 9.38), 15 an hour, shrinkage 25 %, occupancy cap 85 %,
 * meet targets, 60 a lost booking; the preset's team answers alongside other work (two people on
 * site), the derivations here are for one blended team (see below). The phone is answered every day 11–21 (70
 * hours; 3-minute calls, 30 % of callers who get no answer book elsewhere); the written
 * channels are looked at every day 10–17. Shares: phone 50 % (125), reviews 15 % (37.5), email
 * 10 % (25), Facebook 10 % (25), Instagram 10 % (25), WhatsApp 5 % (12.5). Affinities within
 * this scenario: reviews → email 0.5, phone 0.3; Facebook → WhatsApp 0.4, email 0.3, phone 0.3;
 * Instagram → WhatsApp 0.35, Facebook 0.15, email 0.25, phone 0.3; WhatsApp → email 0.3, phone
 * 0.3. Loss shares: reviews and Facebook 10 %, Instagram 12 %, WhatsApp 8 %.
 *
 * The phone's figures come from Erlang A and Erlang C hour by hour at the volume its repeats
 * settle at: src/engine/__tests__/support/live-reference.py, case "restaurant-reviews phone".
 * The repeat rounds stop within 1/10 000 of the first calls (0.017 here); the phone's figures
 * are checked to 0.04. The written channels are async: their work (looks and replies, their paid
 * hours × 0.75) enters only as the engine reports it, in the pool's sum.
 */
import { describe, expect, it } from 'vitest'
import { expectNear } from '../../../__tests__/support/near'
import {
  currentOf,
  figuresOf,
  firstContacts,
  PER_MONTH,
  PER_YEAR,
  portfolioOf,
  presetScenario,
  recommendationOf,
} from './preset-support'

const ID = 'restaurant-reviews'
/**
 * The derivations below are for one blended team, the preset's team before it answered
 * alongside other work: they check the blended pool on a real situation. The preset's own team
 * is checked at the end.
 */
const BLENDED = 'blended'
const result = () => recommendationOf(ID, BLENDED)
const PHONE_TOLERANCE = 0.04

/** Saturday 19:00, the busiest hour of the week: 1.5 × 1 / (7 × 9.38) = 2.284 % of it. */
const BUSIEST_SHARE = 1.5 / (7 * 9.38)
/**
 * One person answers 80 % within 20 s (Erlang C, n = 1: SL = 1 − A·e^(−(1 − A)·20/180)) up to
 * A = 0.21815 Erlangs: in the busiest hour, up to 0.21815 / (2.284 % × 3/60) = 191.0 calls a week.
 */
const ONE_PERSON_CALLS = 0.218151 / (BUSIEST_SHARE * 0.05)

/**
 * Paid hours of the one team: the phone's agent-hours (one person in each of its 70 hours, and
 * a second in some of Saturday's busiest for the week's target, the first of them at 11, 12 and
 * 13) ÷ 0.75, plus the async work (looks and replies) its idle time cannot hold. Idle: in the 42
 * hours both are covered (11–17, 4.2 of the 9.38 hour weights), agents × 0.85 − A:
 * (42 + 3) × 0.85 − calls × 4.2/9.38 × 0.05.
 */
function poolHours(phoneCalls: number, asyncPaidHours: number, agentHours: number): number {
  const idle = 45 * 0.85 - phoneCalls * (4.2 / 9.38) * 0.05
  return agentHours / 0.75 + Math.max(0, asyncPaidHours * 0.75 - idle) / 0.75
}

describe('local restaurant with review sites and a phone', () => {
  it('keeps the phone', () => {
    expect(result().recommended.channelIds).toContain('phone')
  })

  it('phone and email: contacts by affinity', () => {
    // Not offered, less their loss shares, in proportion to their affinities with phone and
    // email: reviews 33.75 (0.3 : 0.5 → phone 12.656, email 21.094), Facebook 22.5 (0.3 : 0.3
    // → 11.25 each), Instagram 22 (0.3 : 0.25 → 12, 10), WhatsApp 11.5 (5.75 each). Phone 125 +
    // 12.656 + 11.25 + 12 + 5.75 = 166.656; email 25 + 21.094 + 11.25 + 10 + 5.75 = 73.094;
    // lost 3.75 + 2.5 + 3 + 1 = 10.25.
    const rec = result().recommended
    expect(rec.channelIds).toEqual(['phone', 'email'])
    expect(firstContacts(rec, 'phone')).toBeCloseTo(166.65625, 9)
    expect(firstContacts(rec, 'email')).toBeCloseTo(73.09375, 9)
    expect(rec.lost).toBeCloseTo(10.25, 9)
  })

  it('one person at the front desk in every service hour, two in seven of Saturday’s', () => {
    // The phone's own queue (Erlang A, callers hang up after 110 s on average, 40 % of late
    // callers ring again) settles at 179.756 calls a week. Hour by hour one person is enough:
    // Saturday 19:00, the busiest, has 179.756 × 2.284 % = 4.107 calls, A = 0.2053 Erlangs, and
    // one person answers 83.5 % within 20 s (Erlang C would give 1 − 0.2053·e^(−0.7947·20/180)
    // = 81.2 %). But the target is over the whole week's calls, 12.6 % of which come when nobody
    // answers: the 70 hours answer 139.48 in time, 77.6 %, and 80 % is 143.80. A second person in
    // one of Saturday's seven busiest hours (11–14, 17–21: 4.107 calls each) lifts it from 83.5 %
    // to 98.5 % (reference), +0.618 calls in time: all 7 (4.32 / 0.618 = 6.998). 77 agent-hours,
    // 102.67 paid; the email's looks and replies come out of the idle time.
    const rec = result().recommended
    const phone = figuresOf(rec, 'phone')
    expectNear(phone.contactsOffered, 179.756, PHONE_TOLERANCE)
    expect(phone.contactsOffered).toBeLessThan(ONE_PERSON_CALLS)
    expect(rec.staffHours).toBeCloseTo(
      poolHours(phone.contactsOffered, figuresOf(rec, 'email').staffHours, 77),
      6,
    )
    expect(rec.staffHours).toBeCloseTo(77 / 0.75, 6)
    expect(rec.cost.staff).toBeCloseTo(rec.staffHours * 15, 9)
  })

  it('the phone meets its target over the week: the calls out of service hours are misses', () => {
    // 8.2 of the 9.38 hour weights fall in 11–21: 12.6 % of calls come when nobody answers, so
    // no staff could do better than 87.4 %. With the 7 extra hours the week answers 143.806 of
    // the 179.756 calls in time (80.0 %). Unserved: 22.61 outside service hours and 9.17 who hang
    // up, 31.781 (reference).
    const r = result()
    const phone = figuresOf(r.recommended, 'phone')
    expectNear(phone.withinTarget, 143.806, PHONE_TOLERANCE)
    expectNear(phone.contactsUnserved, 31.781, PHONE_TOLERANCE)
    expect(phone.bestPossibleWithin / phone.contactsOffered).toBeCloseTo(8.2 / 9.38, 9)
    expect(phone.targetMet).toBe(true)
    expect(r.recommended.targetsMet).toBe(true)
    // With email: 143.8 of the 179.8 calls, and 95.5 % of the 73.16 emails answered between
    // calls (69.87: the team's look at 10:00 waits for the first agent at 11:00; the pooled
    // simulation of this team gives 94.7 %), so (143.80 + 69.87) ÷ (179.75 + 73.16) = 84.5 %.
    expectNear(r.recommended.attainment, (143.8 + 69.87) / (179.75 + 73.16), 0.005)
  })

  it('the cost of phone and email: no tools, their setup and training, the guests lost', () => {
    // Setup (4 + 2) × 15 / 52; training (2 + 1) × 12/52 × 15; lost value 60 × (10.25 lost +
    // 0.3 × 31.781 callers who give up) = 1 187.1.
    const rec = result().recommended
    expect(rec.cost.tools).toBe(0)
    expect(rec.cost.setup).toBeCloseTo(6 * 15 * PER_YEAR, 9)
    expect(rec.cost.training).toBeCloseTo(3 * PER_MONTH * 15, 9)
    expectNear(rec.lostValue, 60 * (10.25 + 0.3 * 31.781), 60 * 0.3 * PHONE_TOLERANCE)
  })

  it('more written channels between calls cost less, but miss what their cover allows: phone and email stay the answer', () => {
    // Phone, reviews, email, Facebook and Instagram: only WhatsApp's 12.5 are not offered; 8 %
    // are lost (1) and the rest split between email and phone (5.75 each). Reviews hand their
    // private matters to email (0.5 against the phone's 0.3); Facebook's affinities with phone
    // and email tie at 0.3, and the first candidate, the phone, takes them; Instagram's go to
    // the phone (0.3 against 0.25). So the phone gets 125 + 5.75 + the pages' hand-offs, email
    // 25 + 5.75 + the reviews'. Still one person in every service hour (the phone's calls stay
    // below 191 a week), and a second in six of Saturday's busiest: at 166.56 calls the 70 hours
    // answer 130.35 in time (78.3 %), 2.90 short of 80 %, and each adds 3.805 × (98.7 − 84.5 %)
    // = 0.538 (reference), so 6 (5.38): 76 agent-hours. The idle time holds the written work.
    // Setup (4 + 2 + 2 + 4 + 4) × 15 / 52 and training (2 + 1 + 1 + 2 + 2) × 12/52 × 15 come to
    // 20.19 a week more than the pair's; the 9.25 guests a week the pair loses are worth 555.
    const r = result()
    const best = portfolioOf(ID, ['phone', 'reviews', 'email', 'facebook', 'instagram'], BLENDED)
    expect(best.channelIds).toEqual(['phone', 'reviews', 'email', 'facebook', 'instagram'])
    expect(best.lost).toBeCloseTo(1, 9)
    const handoff = (id: string) => figuresOf(best, id).handoffContacts
    expect(firstContacts(best, 'phone')).toBeCloseTo(
      130.75 + handoff('facebook') + handoff('instagram'),
      9,
    )
    expect(firstContacts(best, 'email')).toBeCloseTo(30.75 + handoff('reviews'), 9)
    expect(firstContacts(best, 'reviews')).toBeCloseTo(37.5, 9)
    const phone = figuresOf(best, 'phone')
    expect(phone.contactsOffered).toBeLessThan(ONE_PERSON_CALLS)
    const written = ['reviews', 'email', 'facebook', 'instagram']
    const asyncHours = written.reduce((sum, id) => sum + figuresOf(best, id).staffHours, 0)
    expect(best.staffHours).toBeCloseTo(poolHours(phone.contactsOffered, asyncHours, 76), 6)
    expect(best.cost.setup).toBeCloseTo(16 * 15 * PER_YEAR, 9)
    expect(best.cost.training).toBeCloseTo(8 * PER_MONTH * 15, 9)
    // The answer, worked out exactly: between calls the team answers the pages' posts at the
    // pace its idle time allows (docs/methodology.md, "Written channels between calls"), and
    // Facebook and Instagram answer about 21 % within their hour where their cover allows 49 %.
    // The five cost less (the guests kept are worth more than the setup and the late posts), but they miss targets
    // they could reach, so they rank after phone and email, which meet theirs.
    expect(best.staffHours).toBeLessThanOrEqual(r.recommended.staffHours + 1)
    expect(best.totalWithLostValue).toBeLessThan(r.recommended.totalWithLostValue)
    const page = figuresOf(best, 'facebook')
    expect(page.withinTarget / page.contactsOffered).toBeLessThan(
      page.bestPossibleWithin / page.contactsOffered - 0.2,
    )
    expect(best.targetsReached).toBe(false)
    expect(r.recommended.targetsReached).toBe(true)
    expect(r.bestOfAnySize.channelIds).toEqual(['phone', 'email'])
    expect(r.largerPaysOff).toBe(false)
  })

  it('today: phone, reviews and Facebook, their private matters handed to the phone', () => {
    // Today email is not offered: the reviews' and Facebook's private matters go to the phone,
    // the only offered private channel (reviews 0.3; Facebook 0.3).
    const current = currentOf(result())
    expect(current.channelIds).toEqual(['phone', 'reviews', 'facebook'])
    expect(current.handoffsWithoutPrivateChannel).toBe(0)
    // Not offered: email 25 − 5 % (phone its only offered affinity: 23.75), Instagram 22 (0.3 :
    // 0.15 between phone and Facebook: 14.667, 7.333), WhatsApp 11.5 (all to the phone); lost
    // 1.25 + 3 + 1 = 5.25.
    expect(current.lost).toBeCloseTo(5.25, 9)
    expect(firstContacts(current, 'facebook')).toBeCloseTo(25 + 22 / 3, 9)
    const handoffs =
      figuresOf(current, 'reviews').handoffContacts + figuresOf(current, 'facebook').handoffContacts
    expect(firstContacts(current, 'phone')).toBeCloseTo(
      125 + 23.75 + (22 * 2) / 3 + 11.5 + handoffs,
      9,
    )
  })
})

describe('local restaurant, as the preset opens: two people on site answer between guests', () => {
  const today = () => portfolioOf(ID, ['phone', 'reviews', 'facebook'])

  it('the phone costs the calls picked up, 3 minutes and 1 to get back to the guests', () => {
    // The blended team kept a person by the phone in every one of its 70 hours: 70 / 0.75 =
    // 93.3 paid hours. Alongside other work the hours are the calls answered × (3 + 1) minutes.
    const phone = figuresOf(today(), 'phone')
    expect(phone.staffHours).toBeCloseTo((phone.contactsHandled * 4) / 60, 9)
    expect(phone.staffHours).toBeLessThan(10)
  })

  it('misses at least the calls that find both people busy, and every call out of service', () => {
    // Both busy with guests at once 0.6² = 36 % of the time (no call ties anyone up); the phone
    // is answered 11–21 only: 3 + 0.4 + 0.3 + 0.5 + 4 = 8.2 of the 9.38 hour weights of each day.
    const phone = figuresOf(today(), 'phone')
    const s = presetScenario(ID)
    expect(s.analysis.structure).toBe('alongside-other-work')
    const inService = 8.2 / 9.38
    expect(phone.contactsHandled).toBeLessThanOrEqual(phone.contactsOffered * inService * 0.64)
    expect(phone.withinTarget).toBeCloseTo(phone.contactsHandled, 9)
  })
})
