/**
 * The situations the model was built from (docs/methodology.md, "Portfolios: which channels to
 * offer"), each as a scenario of catalog defaults (sourced in docs/methodology.md, "Channel
 * defaults and their sources") with the figures below. Each test states the part of the story
 * it checks and derives the figures it asserts in a comment: contacts reaching each channel
 * from the shares, affinities and loss shares; staff a live channel needs from Erlang A (hour
 * by hour, at the volume its own repeats settle at: src/engine/__tests__/support/live-reference.py,
 * case names in the comments); and the looks and work an async channel cannot do without
 * (docs/methodology.md, "Async channels": looking every I minutes in a stretch of L minutes is
 * ⌈L / I⌉ looks; a look that finds nobody at work is a check, m minutes for each of the c
 * people; staff time = checks × c × m + replies × h, paid hours = that ÷ (1 − shrinkage); to
 * answer within T someone looks at least every T). Where an async channel's share within target
 * at a plan is quoted, it comes from src/engine/__tests__/support/async-reference.py (a seeded
 * simulation of the policy, independent of the engine), case names in the comments. Every test
 * computes what it needs (each describe's recommendation once, on first use), so any one runs
 * alone.
 */
import { describe, expect, it } from 'vitest'
import { recommend } from '../recommend'
import type { PortfolioTotals } from '../../portfolio/totals'
import { catalogScenario, thirdChannelScenario } from '../../__tests__/support/catalog-scenario'
import { defined } from '../../__tests__/support/defined'
import { expectNear } from '../../__tests__/support/near'
import { once } from '../../__tests__/support/once'

const figuresOf = (p: PortfolioTotals, id: string) =>
  defined(p.channels.find((c) => c.channelId === id)?.figures, `${id} in ${p.channelIds.join('+')}`)
/** Contacts reaching a channel before its own repeats: first contacts and hand-offs. */
const firstContacts = (p: PortfolioTotals, id: string) => {
  const f = figuresOf(p, id)
  return f.contactsOffered - f.repeatContacts
}

describe('a grocery store whose Facebook page draws 8 000 fans, one part-timer', () => {
  // 150 contacts a week: email 20 % (30), the page 80 % (120); one part-timer with 20 paid hours
  // a week at 20 % shrinkage; the store is open 9–21 every day (84 hours), customers write most
  // in the evening and at the weekend.
  const scenario = catalogScenario({
    shares: [
      ['email', 0.2],
      ['facebook', 0.8],
    ],
    offeredToday: ['email', 'facebook'],
    contactsPerWeek: 150,
    pattern: 'retail-evenings-weekends',
    coverage: 'seven-day',
    business: { costPerHour: 14, shrinkage: 0.2, staffHoursPerWeek: 20 },
    analysis: { mode: 'fixed-hours' },
  })
  const result = once(() => recommend(scenario))

  it('spread over both, the hours cannot cover the looks and the work', () => {
    // To answer within the page's hour, someone looks at least every hour: ⌈720 / 60⌉ = 12 looks
    // a day, 84 a week; email's 4-hour target needs one at least every 4 hours: 21. A look is a
    // check unless someone is still at work from the look before. Each day's first look is one
    // (nobody works overnight), and the second may not be (the first shows the night's posts);
    // any later look on the page only when the replies begun at the look before took more than
    // 60 − 3 = 57 minutes (12 replies), where that look shows at most 127.7 × 1.5 / 81.65 = 2.35
    // posts on average (Saturday evening, the page's 120 posts with at most 6 % repeats): by the
    // Chernoff bound P(work > 57) ≤ e^(2.35 − 57 / 10) = 3.5 %. Looking more often adds more
    // looks than it frees. So at least 84 − 7 − 0.035 × 70 = 74.5 checks on the page and all 21
    // on email (a 4-hour interval's work would have to pass 237 minutes): (74.5 + 21) × 3 min =
    // 4.8 hours. The contacts take 150 × 5 min = 12.5 hours, and the 40 % of answered posts that
    // come back as emails 0.4 × 120 × 5 min = 4 hours more. 21.3 hours of staff time, 21.3 / 0.8
    // = 26.6 paid: more than the 20 there are. So the targets cannot all be met, and every one of
    // the 20 hours is given out (20 × 14 = 280 a week).
    const current = defined(result().current, 'the current set')
    expect(current.channelIds).toEqual(['email', 'facebook'])
    expect(current.targetsMet).toBe(false)
    expect(current.staffHours).toBeCloseTo(20, 9)
    expect(current.cost.staff).toBeCloseTo(280, 9)
  })

  it('recommends closing the page and answering by email, which answers more on time', () => {
    // Email alone: the page's 120 customers lose 10 % (12) and the rest write emails, email being
    // their only affinity in this scenario: 30 + 108 = 138 emails. Anyone writing after the
    // day's last look waits until 9:00 the next day: looking every hour (last look 20:00) at
    // most (10.1 − 1 + 0.269) / 11.42 = 82.0 % can be in time, every 90 minutes (last 19:30)
    // 77.7 % (the grocery preset's spec works these out; same week). Every hour (case "seed
    // grocery email alone, hourly"): repeats settle at 143.12, 83.76 checks, (83.76 × 3 +
    // 143.12 × 5) / 60 = 16.12 hours of staff time, 20.14 paid: more than the 20. Every 90
    // minutes (case "…, every 90 min"): 144.47 emails, 55.97 checks, 14.84 hours, 18.55 paid:
    // it fits, and answers 77.6 % within 4 hours. So the hours buy a look every 90 minutes.
    const r = result()
    expect(r.recommended.channelIds).toEqual(['email'])
    expect(firstContacts(r.recommended, 'email')).toBeCloseTo(138, 9)
    expect(r.recommended.lost).toBeCloseTo(12, 9)
    expect(r.recommended.staffHours).toBeLessThanOrEqual(20 + 1e-9)
    const email = figuresOf(r.recommended, 'email')
    expect(email.plan).toMatchObject({ lookIntervalMinutes: 90, people: 1, looksPerWeek: 56 })
    expectNear(email.contactsOffered, 144.472, 0.1)
    expectNear(email.withinTarget / email.contactsOffered, 0.776, 0.003)
    expect(email.withinTarget / email.contactsOffered).toBeLessThanOrEqual(
      (10.1 - 1.5 + 0.269) / 11.42,
    )
    expect(r.recommended.attainment).toBeGreaterThan(defined(r.current, 'current').attainment)
    expect(r.reason.current?.channelIds).toEqual(['email', 'facebook'])
  })
})

describe('a business spread over six channels with 20 hours a week', () => {
  // 200 contacts a week over email, Facebook, Instagram, X, WhatsApp and review sites, weekday
  // office hours (40 a week); 20 paid hours a week at 25 % shrinkage. Spread over all six, most
  // channels get too few hours to clear their piles, and the response rate collapses (as the
  // seeds report for brands on Twitter).
  const scenario = catalogScenario({
    shares: [
      ['email', 0.3],
      ['facebook', 0.2],
      ['instagram', 0.15],
      ['x', 0.1],
      ['messaging', 0.15],
      ['reviews', 0.1],
    ],
    offeredToday: ['email', 'facebook', 'instagram', 'x', 'messaging', 'reviews'],
    contactsPerWeek: 200,
    pattern: 'office-hours',
    coverage: 'weekday-office',
    business: { staffHoursPerWeek: 20 },
    analysis: { mode: 'fixed-hours' },
  })
  const result = once(() => recommend(scenario))

  it('cannot meet the targets of all six, and answers far fewer within target than one or two', () => {
    // WhatsApp is a chat channel: someone is present every hour it is open, 40 agent-hours, 40 /
    // 0.75 = 53.3 paid hours on its own, more than the 20. The three social pages (1-hour
    // targets) need a look at least every hour, 8 a day, 40 a week each, nearly all of them
    // checks at a few posts a day: 3 × 40 × 3 min = 6 hours, 8 paid, before any answer. So all
    // six cannot meet their targets, and all 20 hours are given out.
    // Email alone (the recommendation): the other channels' customers, less their loss shares,
    // write emails: 60 + 36 + 26.4 + 18 + 27.6 + 18 = 186, 14 lost. Their replies alone take
    // 186 × 5 min = 15.5 hours, more than the 15 hours of staff time in 20 paid, so the hours
    // answer a share q = (900 − check minutes) / (emails × 5) of them and the rest never. Looked
    // at every 90 minutes (6 looks a day: 9:00 … 16:30; case "seed six email alone, every 90
    // min"): the repeats settle at 201.1 emails, q = 80.7 %, and 62.4 % of the 201.1 are answered
    // within 4 hours. The plan answering the most within target in these hours answers at least
    // that many. (Looking once a day, at 9:00, answers almost nobody in time: those written in
    // the four hours before it at most, and they wait behind the whole day's pile: 3.0 %, case
    // "seed six email alone, daily".)
    const r = result()
    const current = defined(r.current, 'the current set')
    expect(current.size).toBe(6)
    expect(current.targetsMet).toBe(false)
    expect(current.staffHours).toBeCloseTo(20, 9)
    expect(r.recommended.channelIds).toEqual(['email'])
    expect(r.recommended.lost).toBeCloseTo(14, 9)
    expect(firstContacts(r.recommended, 'email')).toBeCloseTo(186, 9)
    expect(r.recommended.attainment).toBeGreaterThanOrEqual(0.624 - 0.003)
    // The story: spread over six, the share within target collapses.
    expect(current.attainment).toBeLessThan(0.6 * r.recommended.attainment)
  })

  it('gives no channel of today’s six more work than the hours it is given', () => {
    // A channel given h paid hours has h × 0.75 hours of staff time: its checks and replies
    // cannot take more (docs/methodology.md, "Async channels": staff time = checks × c × m +
    // replies × h). Today the split gives review replies 0.16 paid hours, 7.3 minutes of staff
    // time: less than even its five weekly looks of 5 minutes, so it can look once a week.
    const current = defined(result().current, 'the current set')
    expect.assertions(current.channels.length)
    for (const ch of current.channels) {
      expect(ch.figures.workloadHours, ch.channelId).toBeLessThanOrEqual(
        ch.staffHours * 0.75 + 1e-9,
      )
    }
  })

  it('the spread-thin curve falls as channels are added', () => {
    const curve = result().analysis.spreadThin
    const served = (k: number) =>
      defined(
        curve.find((p) => p.size === k),
        `the best set of ${k}`,
      ).best.servedWellShare
    expect(served(6)).toBeLessThan(served(2) - 0.1)
  })

  it('never recommends offering a channel it gives no hours', () => {
    // Fixed hours rank sets that staff every channel first (ranking.spec.ts), and such sets
    // exist: email alone is given all 20 hours (its looks, once a day at the least, take 5 × 3
    // minutes of them).
    const r = result()
    expect(r.recommended.unstaffedChannels).toBe(0)
    expect.assertions(1 + r.recommended.channels.length)
    for (const ch of r.recommended.channels) expect(ch.staffHours).toBeGreaterThan(0)
  })
})

describe('a SaaS start-up where email plus chat wins', () => {
  // 1 500 contacts a week, office-hours pattern, covered weekdays 8–20 and Saturday 9–17; value
  // at risk 200 (a churned subscription); staff at 35 an hour, 30 % shrinkage. Trial users who
  // want chat leave if there is none: a loss share of 30 % instead of the catalog's 8 %.
  // Shares: phone 15 % (225), email 35 % (525), live chat 35 % (525), X 5 % (75), forum 10 % (150).
  const scenario = catalogScenario({
    shares: [
      ['phone', 0.15],
      ['email', 0.35],
      ['live-chat', 0.35],
      ['x', 0.05],
      ['forum', 0.1],
    ],
    offeredToday: ['email', 'phone', 'x'],
    contactsPerWeek: 1500,
    pattern: 'office-hours',
    coverage: 'extended',
    business: { currency: 'USD', locale: 'en-US', costPerHour: 35, shrinkage: 0.3 },
    valueAtRiskPerLostContact: 200,
    tweak: { 'live-chat': { lossShare: 0.3 } },
  })
  const result = once(() => recommend(scenario))

  it('recommends email and live chat, meeting both targets', { timeout: 60_000 }, () => {
    const r = result()
    expect(r.recommended.channelIds).toEqual(['email', 'live-chat'])
    expect(r.recommended.targetsMet).toBe(true)
  })

  it('email and live chat: contacts by affinity, and the chat staffed hour by hour', () => {
    // Not offered: phone 225 − 10 % = 202.5, to live chat and email 0.4 : 0.3 (115.71, 86.79);
    // X 75 − 10 % = 67.5, to email and live chat 0.35 : 0.35 (33.75 each); forum 150 − 5 % =
    // 142.5, to email and live chat 0.5 : 0.2 (101.79, 40.71). Email 525 + 86.79 + 33.75 +
    // 101.79 = 747.32; live chat 525 + 115.71 + 33.75 + 40.71 = 715.18; lost 22.5 + 7.5 + 7.5 =
    // 37.5.
    // Live chat (case "seed saas chat"): its repeats settle at 741.95 a week. A weekday 9–17
    // hour has 741.95 / 51.22 = 14.49 chats, A = 14.49 × (2 × 720 / 1.7) / 3600 = 3.408 Erlangs
    // on chat slots; the least slots with Erlang A (patience 180 s) giving at least 80 % within
    // 60 s: 5 (4 give 71.6 %), so 3 agents of 2 chats. Weekdays at 08 and 17 (half as busy): 2
    // agents; at 18 and 19, and Saturday 9–17: 1. 10 × 2 + 40 × 3 + 10 × 1 + 8 × 1 = 158
    // agent-hours, 158 / 0.7 = 225.71 paid. Chats arriving while it is closed, and those who
    // give up: 84.16.
    const rec = result().recommended
    expect(firstContacts(rec, 'email')).toBeCloseTo(747.3214, 3)
    expect(firstContacts(rec, 'live-chat')).toBeCloseTo(715.1786, 3)
    expect(rec.lost).toBeCloseTo(37.5, 9)
    const chat = figuresOf(rec, 'live-chat')
    // The repeat rounds stop within 1/10 000 of the first contacts (0.07 here).
    expectNear(chat.contactsOffered, 741.948, 0.15)
    expect(chat.staffHours).toBeCloseTo(158 / 0.7, 9)
    expectNear(chat.contactsUnserved, 84.156, 0.15)
  })

  it('costs less than today’s phone, email and X once lost customers are counted', () => {
    // Today: live chat's 525 lose 30 % (157.5) and the rest go half to the phone, half to email
    // (183.75 each); the forum's 142.5 go to email; lost 157.5 + 7.5 = 165. Phone (case "seed
    // saas phone"): 225 + 183.75 = 408.75 first calls, settling at 440.61 with repeats; 8.60
    // calls in a weekday 9–17 hour, A = 0.856, 1 agent gives 50.8 % within 20 s, 2 give 82.68 %;
    // 2 agents at 08 and 17 too, 1 at 18 and 19 and on Saturday: 10 × 2 + 40 × 2 + 10 + 8 = 118
    // agent-hours. Judged over the week (calls outside cover are misses) they answer 345.35 of
    // 438.54 calls on time, 78.7 %; 80 % is 350.83, 5.49 more. A third agent in a 9–17 hour
    // takes it to 95.51 %: +8.562 × (0.9551 − 0.8268) = 1.0985 on time, so 5 such hours (4.996)
    // bring the week to 80 %: 123 agent-hours, 175.71 paid. Unserved: 27.998 calls outside cover
    // (6.38 % of 438.54) plus those who hang up (Erlang A, by hour): 10 × 4.281 × 4.12 % +
    // 5 × 8.562 × 2.79 % + 35 × 8.562 × 12.17 % + 5 × 2.140 × 14.17 % + 5 × 0.856 × 6.17 % +
    // 8 × 1.284 × 8.99 % = 42.12; 70.12 in all.
    // The difference, today − recommended, at 200 a lost contact:
    //   lost customers          (165 − 37.5) × 200                          = +25 500
    //   live staff              (175.71 − 225.71) × 35                      =  −1 750
    //   unserved who give up    (70.12 × 0.1 − 84.16 × 0.3) × 200           =  −3 647
    //   tools, setup, training  (5.77 + 6.73 + 40.38) − (6.92 + 6.73 + 24.23) =    +15
    //   email, X                today's email answers 851.25 first contacts or more
    //                           against 747.32, and X adds hours: ≥ 0 (more volume never
    //                           lowers cost, docs/methodology.md)
    // so today costs at least 20 118 a week more (19 900 allows for where the repeat rounds stop).
    const r = result()
    const current = defined(r.current, 'the current set')
    expect(current.channelIds).toEqual(['phone', 'email', 'x'])
    expect(current.lost).toBeCloseTo(165, 9)
    expect(figuresOf(current, 'phone').staffHours).toBeCloseTo(123 / 0.7, 9)
    expectNear(figuresOf(current, 'phone').contactsUnserved, 27.998 + 42.12, 0.1)
    expect(current.totalWithLostValue - r.recommended.totalWithLostValue).toBeGreaterThan(19_900)
  })
})

describe('a case where a third channel honestly pays', () => {
  // thirdChannelScenario: 600 a week, phone 180, email 180, live chat 150, Facebook 90.
  const scenario = thirdChannelScenario()
  const result = once(() => recommend(scenario))

  it(
    'says a larger set pays for itself, and it does, evaluated exactly',
    { timeout: 60_000 },
    () => {
      // The best pair, phone and email, loses the chat's users (8 % of 150 = 12; the rest call or
      // write) and Facebook's posters (10 % of 90 = 9): 21 lost, 8 400 a week at 400. All four
      // lose nobody. Their phone (case "seed third phone"): 180 calls settling at 199.95 with
      // repeats, 3.90 calls in each of the 40 open hours, A = 0.390 Erlangs, 1 agent gives 71.4 %
      // within 20 s, 2 give 94.9 %: 80 agent-hours, 106.67 paid, as in the pair (its 279 calls
      // need no more agents); 49.30 unserved. Their chat (case "seed third chat"): 150 settling at
      // 165.65, A = 0.761 on chat slots, 2 slots (one agent) give 86.0 %: 40 agent-hours, 53.33
      // paid; 50.69 unserved. Saving of all four against the pair:
      //   lost customers         21 × 400                                           =  8 400
      //   chat and Facebook staff (53.33 + Facebook's hours) × 25                     ≈ −2 317
      //   unserved who give up   (49.30 × 0.1 + 50.69 × 0.08 − the pair's phone's) × 400
      //   Facebook's public misses (posts late × 0.1 loss share × 400 × (weight 2 − 1))
      //   their tools, setup and training                                          =    −36
      //   email                  fewer contacts in the four (the others' users write less): ≥ 0
      // The unserved and public misses are read off the figures below and checked by formula.
      const r = result()
      expect(r.recommended.channelIds).toEqual(['phone', 'email'])
      expect(r.recommended.lost).toBeCloseTo(21, 6)
      expect(r.largerPaysOff).toBe(true)
      expect(r.bestOfAnySize.channelIds).toEqual(['phone', 'email', 'live-chat', 'facebook'])
      expect(r.bestOfAnySize.lost).toBe(0)
      expect(figuresOf(r.bestOfAnySize, 'phone').staffHours).toBeCloseTo(80 / 0.75, 9)
      expect(figuresOf(r.recommended, 'phone').staffHours).toBeCloseTo(80 / 0.75, 9)
      expect(figuresOf(r.bestOfAnySize, 'live-chat').staffHours).toBeCloseTo(40 / 0.75, 9)
      expectNear(r.bestOfAnySize.unservedLost, 49.298 * 0.1 + 50.693 * 0.08, 0.02)
      const fb = figuresOf(r.bestOfAnySize, 'facebook')
      expect(r.bestOfAnySize.causes.publicMisses).toBeCloseTo(
        (fb.contactsOffered - fb.withinTarget) * 0.1 * 400,
        6,
      )
      const staff = (53.33 + fb.staffHours) * 25
      const unserved = (r.bestOfAnySize.unservedLost - r.recommended.unservedLost) * 400
      const atLeast = 8400 - staff - unserved - r.bestOfAnySize.causes.publicMisses - 36
      expect(atLeast).toBeGreaterThan(4600)
      expect(r.recommended.totalWithLostValue - r.bestOfAnySize.totalWithLostValue).toBeGreaterThan(
        atLeast,
      )
      expect(r.reason.larger).toMatchObject({ kind: 'ranks-above', reachesWhereSmallCannot: false })
    },
  )

  it(
    'the public-miss weight moves the answer: at 1, email and Facebook',
    { timeout: 60_000 },
    () => {
      // At the default weight of 2 each Facebook post answered late costs its 10 % loss share ×
      // 400 = 40 (above: about 19 of 95.7, 762 a week), which puts email + Facebook (15 512 a week
      // with it) behind phone + email (15 140, no public channel). At a weight of 1 a late post
      // costs nothing beyond the customers it loses anyway: 15 512 − 762 = 14 750, and the pair
      // with Facebook is the answer again, as the same figures say.
      const atOne = structuredClone(scenario)
      atOne.analysis.publicMissWeight = 1
      const r = recommend(atOne)
      expect(r.recommended.channelIds).toEqual(['email', 'facebook'])
      expect(r.recommended.causes.publicMisses).toBe(0)
      const atTwo = result()
      const withFacebook = defined(
        atTwo.analysis.portfolios.find((p) => p.channelIds.join() === 'email,facebook'),
        'email and Facebook in the sweep',
      )
      expect(withFacebook.totalWithLostValue - withFacebook.causes.publicMisses).toBeLessThan(
        atTwo.recommended.totalWithLostValue,
      )
      expect(withFacebook.totalWithLostValue).toBeGreaterThan(atTwo.recommended.totalWithLostValue)
    },
  )

  it('the phone and the chat cannot meet their targets in office hours', () => {
    // Weekdays 9–17 hold 5 × 8 / (5.2 × 9.85) = 78.1 % of the office-hours pattern's contacts
    // (docs/methodology.md, "Weekly patterns"): below the 80 % target whatever the staff. Each
    // meets it for the calls and chats that come while it is open (at least 80 % of 78.1 %, less
    // 2 points: 60.5 %), so the set meets its targets as far as its cover allows and ranks by
    // cost with the others that do.
    const best = result().bestOfAnySize
    expect(best.targetsMet).toBe(false)
    expect(best.targetsReached).toBe(true)
    for (const id of ['phone', 'live-chat']) {
      const f = figuresOf(best, id)
      expect(f.targetMet).toBe(false)
      expect(f.bestPossibleWithin / f.contactsOffered).toBeCloseTo(40 / 51.22, 9)
    }
  })
})
