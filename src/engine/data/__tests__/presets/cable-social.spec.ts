/**
 * Preset "cable-social" (src/engine/data/presets/cable-social.ts): a cable operator answers by
 * phone and email and also on Facebook and X, where most posts need the account and so become
 * a second, private contact. The story asks whether one contact-centre team serves subscribers
 * as well, with fewer hours, by phone and email alone.
 *
 * Inputs: 3 000 contacts a week (retail pattern: day weights sum 7.15, hour weights 11.42),
 * every channel covered every day 8–22 (98 hours), 30 an hour, shrinkage 30 %, occupancy cap
 * 85 %, one blended team, meet targets, 40 a lost contact. Shares: phone 45 % (1 350), email
 * 17 % (510), live chat 22 % (660, not offered today), Facebook 10 % (300), X 6 % (180). Social
 * posts: 80 % move to a private channel, 5 % lost when the page is closed. Affinities within
 * this scenario: live chat → phone 0.3, email 0.3; Facebook → email 0.3, live chat 0.3; X →
 * email 0.35, live chat 0.35; phone → live chat 0.4, email 0.3. Loss shares: phone 10 %, live
 * chat 8 %.
 *
 * The phone's figures come from Erlang A and Erlang C hour by hour at the volume its repeats
 * settle at: src/engine/__tests__/support/live-reference.py, case "cable-social phone" (each
 * hour's calls, load and agents are listed there). The repeat rounds stop within 1/10 000 of the
 * first calls (0.17 here), so the phone's figures are checked to 0.35.
 *
 * Email and the social pages are async (docs/methodology.md, "Async channels"): each day's
 * stretch 8–22 is 840 minutes, so looking every I minutes gives ⌈840 / I⌉ looks a day, 7 × that
 * a week; a look that finds nobody at work is a check, 3 minutes for each of the c people;
 * replies take 5 minutes; paid hours = (checks × c × 3 + replies × 5) / 60 / 0.7. Their figures
 * at the plans the engine picks come from src/engine/__tests__/support/async-reference.py (a
 * seeded simulation of the policy, independent of the engine), cases named in the comments; the
 * engine's exact expectations agree with it to its standard error and the 0.3 points the
 * simulation checks promise.
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
  portfolioOf,
  presetScenario,
  recommendationOf,
} from './preset-support'

const ID = 'cable-social'
const result = () => recommendationOf(ID)
/** Phone and email alone, evaluated exactly (the story's pair, and the recommendation). */
const phoneAndEmail = () => portfolioOf(ID, ['phone', 'email'])
/** Email alone, evaluated exactly. */
const emailAlone = () => portfolioOf(ID, ['email'])
/** The repeat rounds' tolerance on the phone's 1 653.6 first calls, twice over. */
const PHONE_TOLERANCE = 0.35
/** Shares within target: the engine against the reference simulation (0.3 points). */
const SHARE_TOLERANCE = 0.003
/** The recommendation takes about 10 s (3 000 contacts, 31 sets). */
const SLOW = { timeout: 60_000 }

/** Paid hours of async work (staff minutes / 60 / (1 − 0.3)), from the plan's checks and replies. */
function asyncPaidHours(checks: number, people: number, replies: number): number {
  return (checks * people * 3 + replies * 5) / 60 / 0.7
}

/** Looks a week at interval I in the seven 840-minute stretches. */
const looksPerWeek = (interval: number) => 7 * Math.ceil(840 / interval)

/**
 * Paid hours of the one team with the phone as its only live channel, by hand. The phone is
 * answered on its own queue, as with dedicated staff: 330 agent-hours of Erlang A over the 98
 * covered hours (the reference lists them: 2 agents in the quiet morning hours, 3 in most, 4 in
 * the evenings, 5 in Saturday's 17–21; each hour meets 80 % within 20 s on its own, and the week
 * then answers 82.3 % of all its calls in time, so none are added), ÷ (1 − 0.3). The async
 * channels' work (looks and replies, = their paid hours × 0.7) comes first from the idle time,
 * Σ (agents × 0.85 − A) = 330 × 0.85 − Σ A over the covered hours, where Σ A = calls × (10.9 /
 * 11.42 of the week covered) × 0.1 hours (113.68 idle at 1 747.75 calls); only the rest is paid
 * on top.
 */
function poolHours(phoneCalls: number, asyncPaidHours: number): number {
  const idle = 330 * 0.85 - phoneCalls * (10.9 / 11.42) * 0.1
  return 330 / 0.7 + Math.max(0, asyncPaidHours * 0.7 - idle) / 0.7
}

/**
 * The best any plan could do for email (4-hour target) with this coverage: a contact arriving
 * while covered is seen at the next whole minute and answered at once: within 4 h with
 * probability 1 − 5·e^(−240/5)·(e^(1/5) − 1) ≈ 1. One arriving while closed waits until 8:00:
 * from 22:00 to 4:00 more than 4 hours (none in time); 4:00–5:00 waits 240 to 180 minutes, in
 * time with probability 1 − (5/60)(1 − e^(−12)) = 0.916667 on average over the hour; 5:00–8:00
 * are in time (waits ≤ 180 minutes). Every day's hour weights alike (the day weight multiplies
 * the day's hours): (10.9 + 0.01 × 0.916667 + 0.01 + 0.01 + 0.05) / 11.42 = 0.961398.
 */
const EMAIL_BEST = (10.9 + 0.01 * (1 - (5 / 60) * (1 - Math.exp(-12))) + 0.07) / 11.42
/**
 * The pages (1-hour target): covered, 1 − 5(e^(−59/5) − e^(−12)) = 0.999993; closed, only the
 * 7:00–8:00 arrivals can be in time (waits 60 to 0 minutes: 0.916667 on average):
 * (10.9 × 0.999993 + 0.05 × 0.916667) / 11.42 = 0.958473.
 */
const SOCIAL_BEST =
  (10.9 * (1 - 5 * (Math.exp(-59 / 5) - Math.exp(-12))) +
    0.05 * (1 - (5 / 60) * (1 - Math.exp(-12)))) /
  11.42

describe('cable operator: keep answering on social media?', SLOW, () => {
  it('the story and the scenario agree: a social post becomes two contacts, one team', () => {
    expect(defined(presetById(ID), 'the preset').story).toMatch(/a social post becomes two/)
    const s = presetScenario(ID)
    expect(s.demand.contactsPerWeek).toBe(3000)
    expect(s.analysis).toMatchObject({ structure: 'blended', mode: 'meet-targets' })
    for (const id of ['facebook', 'x']) {
      expect(s.channels.find((c) => c.id === id)).toMatchObject({
        isPublic: true,
        privateHandoffShare: 0.8,
        lossShare: 0.05,
      })
    }
  })

  it('today each social post it answers hands 80 % on to email', () => {
    // Today live chat's 660 lose 8 % (52.8) and the rest split 0.3 : 0.3 between phone and
    // email (303.6 each): phone 1 350 + 303.6 = 1 653.6; email 510 + 303.6 = 813.6 before the
    // hand-offs. Facebook's and X's strongest offered private affinity is email (0.3, 0.35), so
    // their hand-offs, 0.8 × the posts they answer, go there.
    const current = currentOf(result())
    expect(current.channelIds).toEqual(['phone', 'email', 'facebook', 'x'])
    expect(current.lost).toBeCloseTo(52.8, 9)
    expect(firstContacts(current, 'phone')).toBeCloseTo(1653.6, 9)
    expect(firstContacts(current, 'facebook')).toBeCloseTo(300, 9)
    expect(firstContacts(current, 'x')).toBeCloseTo(180, 9)
    const handoffs = ['facebook', 'x'].map((id) => {
      const f = figuresOf(current, id)
      expect(f.handoffContacts).toBeCloseTo(0.8 * f.contactsHandled, 9)
      return f.handoffContacts
    })
    expect(firstContacts(current, 'email')).toBeCloseTo(
      813.6 + (handoffs[0] ?? NaN) + (handoffs[1] ?? NaN),
      9,
    )
  })

  it('today: the pages looked at every 45 minutes, email every 2 hours by two people', () => {
    // The pages (reference case "cable-social today"): one person looking every 45 minutes,
    // ⌈840 / 45⌉ = 19 looks a day, 133 a week, answers 89.2 % (Facebook) and 91.0 % (X) within
    // the hour, their repeats (30 % of late posts) settling at 310.14 and 185.02; looking every
    // hour would answer only 68.3 % (case "cable-social today, Facebook hourly": a post that
    // just missed a look waits an hour for the next). Nearly every look is a check (129.83 and
    // 132.27 of 133): 46.19 and 31.47 paid hours. Email, 813.6 + 0.8 × (310.14 + 185.02) =
    // 1 209.73 first contacts: two people every 2 hours (7 looks a day, 49 a week) answer 81.6 %
    // within 4 hours; 1 255.93 with repeats, 46.79 checks, 156.20 paid hours.
    const current = currentOf(result())
    const expected = [
      { id: 'facebook', interval: 45, people: 1, offered: 310.137, share: 0.8918, checks: 129.83 },
      { id: 'x', interval: 45, people: 1, offered: 185.021, share: 0.9096, checks: 132.27 },
      { id: 'email', interval: 120, people: 2, offered: 1255.93, share: 0.8161, checks: 46.79 },
    ]
    expect.assertions(9 * expected.length)
    for (const e of expected) {
      const f = figuresOf(current, e.id)
      const plan = f.plan?.kind === 'looks' ? f.plan : undefined
      expect(plan).toMatchObject({ lookIntervalMinutes: e.interval, people: e.people })
      expect(plan?.looksPerWeek).toBe(looksPerWeek(e.interval))
      const checks = plan?.checksPerWeek ?? NaN
      expect(checks).toBeLessThanOrEqual(looksPerWeek(e.interval))
      expectNear(checks, e.checks, 0.1)
      expectNear(f.contactsOffered, e.offered, 0.5)
      expectNear(f.withinTarget / f.contactsOffered, e.share, SHARE_TOLERANCE)
      expect(f.staffHours).toBeCloseTo(asyncPaidHours(checks, e.people, f.contactsHandled), 9)
      expect(f.contactsHandled).toBeCloseTo(f.contactsOffered, 9)
      expect(f.bestPossibleWithin / f.contactsOffered).toBeCloseTo(
        e.id === 'email' ? EMAIL_BEST : SOCIAL_BEST,
        6,
      )
    }
  })

  it('today: the team holds the phone, and the written work beyond its idle time', () => {
    // The phone (case "cable-social phone"): 1 747.75 calls, 330 agent-hours, 471.43 paid; the
    // idle time below the cap, 113.68 agent-hours, takes the first of the written work: email
    // 109.32 + Facebook 32.33 + X 22.03 = 163.67 hours (the paid hours above × 0.7), so 49.99
    // hours are paid on top: 49.99 / 0.7 = 71.41, 542.84 paid in all.
    const current = currentOf(result())
    const phone = figuresOf(current, 'phone')
    expectNear(phone.contactsOffered, 1747.754, PHONE_TOLERANCE)
    const asyncHours = ['email', 'facebook', 'x'].reduce(
      (sum, id) => sum + figuresOf(current, id).staffHours,
      0,
    )
    expect(current.staffHours).toBeCloseTo(poolHours(phone.contactsOffered, asyncHours), 6)
    expectNear(current.staffHours, 542.84, 0.3)
    expect(current.targetsMet).toBe(true)
  })

  it('email alone: every customer writes an email, 211.8 lost', () => {
    // Not offered, less their loss shares, all to email (their only offered channel): phone
    // 1 350 − 10 % = 1 215, live chat 660 − 8 % = 607.2, Facebook 300 − 5 % = 285, X 180 − 5 % =
    // 171. Email 510 + 1 215 + 607.2 + 285 + 171 = 2 788.2; lost 135 + 52.8 + 15 + 9 = 211.8.
    const rec = emailAlone()
    expect(rec.channelIds).toEqual(['email'])
    expect(firstContacts(rec, 'email')).toBeCloseTo(2788.2, 9)
    expect(rec.lost).toBeCloseTo(211.8, 9)
    expect(rec.handoffsWithoutPrivateChannel).toBe(0)
  })

  it('email alone: five people look every 3 hours and answer 80 % within 4 hours', () => {
    // Looks at 8, 11, 14, 17 and 20 each day: ⌈840 / 180⌉ = 5, 35 a week. The reference (case
    // "cable-social email alone"): 80.23 % within 4 hours (se 0.03 points), the repeats (20 %
    // of the late) settling at 2 902.98, 34.78 checks (a look finds someone still answering only
    // after the busiest evenings), 358.02 paid hours. The plans whose checks cost less (checks ×
    // people below 34.78 × 5 = 174) miss: four people every 3 hours 77.5 %, five every 4 hours
    // 72.6 %, six every 4 hours 76.4 %, three every 2 hours, 90 and 60 minutes 56.0, 66.7 and
    // 75.1 % (cases "cable-social email alone, …"); fewer people, or fewer looks, never answer
    // more; 3 is the fewest people whose replies fit the 98 covered hours at all, and a 4-hour
    // target allows no interval beyond 4 hours. Three people every 45 minutes (57 checks, 171
    // person-checks, 357.84 paid) sit on the target: 79.95 % (se 0.12 points), 79.83 % in the
    // engine's exact expectation; a near tie, 0.2 paid hours apart. Bounds a reader can check
    // without the reference: the target met, at most 20 % are late, so 2 788.2 ≤ offered ≤
    // 2 788.2 / (1 − 0.2 × 0.2) = 2 904.38, and at least 1 − 0.961398 are (the best possible,
    // above): offered ≥ 2 788.2 / (1 − 0.2 × 0.038602) = 2 809.89; checks ≤ 35, so paid ≤ (35 ×
    // 5 × 3 + 2 904.38 × 5) / 42 = 358.26.
    const rec = emailAlone()
    const email = figuresOf(rec, 'email')
    const plan = email.plan?.kind === 'looks' ? email.plan : undefined
    expect(plan).toMatchObject({ lookIntervalMinutes: 180, people: 5, looksPerWeek: 35 })
    const checks = plan?.checksPerWeek ?? NaN
    expect(checks).toBeLessThanOrEqual(35)
    expectNear(checks, 34.784, 0.05)
    expect(email.contactsOffered).toBeGreaterThanOrEqual(2788.2 / (1 - 0.2 * (1 - EMAIL_BEST)))
    expect(email.contactsOffered).toBeLessThanOrEqual(2788.2 / 0.96 + 1e-9)
    expectNear(email.contactsOffered, 2902.98, 0.5)
    expect(email.contactsHandled).toBeCloseTo(email.contactsOffered, 9)
    const share = email.withinTarget / email.contactsOffered
    expect(share).toBeGreaterThanOrEqual(0.8 - 1e-9)
    expectNear(share, 0.8023, SHARE_TOLERANCE)
    expect(email.bestPossibleWithin / email.contactsOffered).toBeCloseTo(EMAIL_BEST, 6)
    expect(email.staffHours).toBeCloseTo(asyncPaidHours(checks, 5, email.contactsHandled), 9)
    expect(email.staffHours).toBeLessThanOrEqual((35 * 15 + (2788.2 / 0.96) * 5) / 42)
    expectNear(email.staffHours, 358.015, 0.3)
    expect(rec.staffHours).toBeCloseTo(email.staffHours, 9)
    expect(rec.targetsMet).toBe(true)
  })

  it('the cost of email alone: its hours, its setup and training, the customers lost', () => {
    // No tools; setup 2 × 30 / 52 = 1.15; training 1 × 12/52 × 30 = 6.92; staff 358.02 × 30 =
    // 10 740.5; lost 40 × 211.8 = 8 472 (nobody unserved): 19 220.6 a week in all.
    const rec = emailAlone()
    expect(rec.cost.tools).toBe(0)
    expect(rec.cost.setup).toBeCloseTo(2 * 30 * PER_YEAR, 9)
    expect(rec.cost.training).toBeCloseTo(PER_MONTH * 30, 9)
    expect(rec.cost.staff).toBeCloseTo(rec.staffHours * 30, 9)
    expect(rec.unserved).toBeCloseTo(0, 9)
    expect(rec.lostValue).toBeCloseTo(40 * 211.8, 9)
    expectNear(rec.totalWithLostValue, 19_220.6, 30 * 0.3)
  })

  it('phone and email: the social pages’ customers write emails, 5 % lost', () => {
    // Facebook's 300 lose 5 % (15) and X's 180 lose 9; the rest go to email, their only offered
    // affinity: email 813.6 + 285 + 171 = 1 269.6; phone 1 653.6; lost 52.8 + 15 + 9 = 76.8.
    const pair = phoneAndEmail()
    expect(firstContacts(pair, 'phone')).toBeCloseTo(1653.6, 9)
    expect(firstContacts(pair, 'email')).toBeCloseTo(1269.6, 9)
    expect(pair.lost).toBeCloseTo(76.8, 9)
    expect(pair.handoffsWithoutPrivateChannel).toBe(0)
  })

  it('phone and email: the phone on its own queue in the one team, 82 % within 20 s', () => {
    // The phone's own queue (Erlang A, callers hang up after 110 s on average, 40 % of late
    // callers ring again) settles at 1 747.75 calls a week. Saturday 17–21, the busiest hours,
    // hold 1.5 / 7.15 × 1 / 11.42 = 1.837 % of the week: 32.11 calls, A = 3.211 Erlangs, 5 agents
    // (reference: 4 give 71.5 %, 5 give 84.6 %); a weekday 10–17 hour (Mon, Tue: 0.8 × 0.8 / (7.15 × 11.42) =
    // 0.784 %) has 13.70 calls, A = 1.370: 3 agents (2 give 68.5 %, 3 give 87.7 %). Summed over
    // the 98 hours: 330 agent-hours, and 1 437.75 calls answered within 20 s: 82.3 % of
    // 1 747.75. Unserved: the 4.55 % who call when the lines are closed (10.9 of the retail
    // pattern's 11.42 hour weights fall in 8–22) and those who hang up, 219.01 in all. Email
    // (case "cable-social phone + email: email"): two people every 2 hours, 1 318.38 with
    // repeats, 81.5 % within 4 hours, 114.47 hours of work: 0.79 more than the 113.68 idle
    // hours, so the team is the phone's 330 / 0.7 = 471.43 paid hours and 1.12 more: 472.55.
    const pair = phoneAndEmail()
    const phone = figuresOf(pair, 'phone')
    expectNear(phone.contactsOffered, 1747.754, PHONE_TOLERANCE)
    expectNear(phone.withinTarget, 1437.746, PHONE_TOLERANCE)
    expectNear(phone.contactsUnserved, 219.01, PHONE_TOLERANCE)
    expect(phone.targetMet).toBe(true)
    const email = figuresOf(pair, 'email')
    expect(email.plan).toMatchObject({ lookIntervalMinutes: 120, people: 2, looksPerWeek: 49 })
    expectNear(email.contactsOffered, 1318.38, 0.5)
    expectNear(email.withinTarget / email.contactsOffered, 0.8151, SHARE_TOLERANCE)
    expectNear(email.staffHours * 0.7, 114.47, 0.1)
    expect(pair.targetsMet).toBe(true)
    expect(pair.staffHours).toBeCloseTo(poolHours(phone.contactsOffered, email.staffHours), 6)
    expectNear(pair.staffHours, 472.55, 0.1)
  })

  it('the cost of phone and email: the team’s hours, the phone line, and the customers lost', () => {
    // Tools: the phone line, 25 a month × 12/52 = 5.77; setup (4 + 2) × 30 / 52 = 3.46; training
    // (2 + 1) × 12/52 × 30 = 20.77; staff 472.55 × 30 = 14 176.5. Lost value: 40 × (76.8 lost +
    // 0.1 × the phone's 219.01 unserved who give up) = 3 948.04: 18 154.5 a week in all.
    const pair = phoneAndEmail()
    expect(pair.cost.staff).toBeCloseTo(pair.staffHours * 30, 9)
    expect(pair.cost.tools).toBeCloseTo(25 * PER_MONTH, 9)
    expect(pair.cost.setup).toBeCloseTo(6 * 30 * PER_YEAR, 9)
    expect(pair.cost.training).toBeCloseTo(3 * PER_MONTH * 30, 9)
    expectNear(pair.lostValue, 40 * (76.8 + 0.1 * 219.01), 40 * 0.1 * PHONE_TOLERANCE)
    expectNear(pair.totalWithLostValue, 18_154.5, 30 * 0.1 + 40 * 0.1 * PHONE_TOLERANCE)
  })

  it('recommends phone and email: the callers the phone keeps are worth more than its hours', () => {
    // Weekly cost with lost customers, from the figures above:
    //   phone + email             14 176.5 + 5.77 + 3.46 + 20.77 + 40 × (76.8 + 21.90) = 18 154.5
    //   email alone               10 740.5 + 1.15 + 6.92 + 8 472                        = 19 220.6
    //   today                     542.84 × 30 + 5.77 + 8.08 + 48.46 + 40 × (52.8 + 21.90)
    //                             + public misses: 40 × 0.05 × (33.5 Facebook posts and
    //                               16.6 X posts answered late) × (weight 2 − 1) = 100.2
    //                                                                                      = 19 435
    // Phone and email against email alone: 472.55 − 358.02 = 114.5 more paid hours (3 436 a
    // week) and 21.9 more in the phone's tools, setup and training, against the 135 callers
    // email alone loses (5 400 a week) less the 21.9 who give up in the phone's queue (876):
    // phone and email are about 1 066 a week cheaper. Today's pages add 70.3 paid hours (their
    // looks and replies spill over the idle time) for 24 fewer customers lost and 100 of public
    // misses: 2 109 − 960 + 100, about 1 280 a week more than phone and email. (The preset's
    // story: phone and email alone.)
    const r = result()
    expect(r.recommended.channelIds).toEqual(['phone', 'email'])
    expect(r.bestOfAnySize.channelIds).toEqual(['phone', 'email'])
    expect(r.largerPaysOff).toBe(false)
    const current = currentOf(r)
    expectNear(current.causes.publicMisses, 40 * 0.05 * (33.48 + 16.64), 0.5)
    expectNear(current.totalWithLostValue, 19_435, 30 * 0.3 + 2)
    expectNear(emailAlone().totalWithLostValue - r.recommended.totalWithLostValue, 1066, 30 * 0.3)
    expectNear(current.totalWithLostValue - r.recommended.totalWithLostValue, 1280, 30 * 0.3 + 2)
    // The reason's comparison with today is the same 1 280 a week, lost customers included.
    expectNear(defined(r.reason.current, 'today').extraCostWithLostValue, 1280, 30 * 0.3 + 2)
    expect(r.reason.current?.channelIds).toEqual(current.channelIds)
  })

  it('phone and email alone: 70 hours fewer than today, and less money', () => {
    // The story's question: the pages' looks and answers (32.33 + 22.03 hours) do not fit the
    // phone agents' idle time once email has taken it, so dropping both saves the 70.3 paid
    // hours they spill over it (542.84 − 472.55), 2 109 a week, against the 5 % of the pages'
    // 480 posters lost without them (24, 960 a week) and the 100 a week their late posts cost in
    // public: phone and email cost about 1 280 a week less than today, lost customers counted,
    // and answer 81.9 % within target against today's 83.1 %.
    const current = currentOf(result())
    const pair = phoneAndEmail()
    expectNear(current.staffHours - pair.staffHours, 70.29, 0.3)
    expect(pair.totalWithLostValue).toBeLessThan(current.totalWithLostValue - 1000)
    expect(Math.abs(pair.attainment - current.attainment)).toBeLessThan(0.03)
  })
})
