/**
 * Preset "grocery-facebook" (src/engine/data/presets/grocery-facebook.ts): one part-timer with
 * 25 paid hours answers the page, Instagram and email through the store's opening hours. The
 * story asks whether to close the page and send customers to email, and how many more would then
 * be answered in time.
 *
 * Inputs: 150 written contacts a week (retail pattern), every channel open every day 9–21 (84
 * hours), 15 an hour, shrinkage 25 %, fixed hours (25); the preset's team answers alongside other
 * work, the derivations here are for dedicated staff (see below). Shares: email 15 % (22.5),
 * Facebook 60 % (90), Instagram 10 % (15), WhatsApp 10 % (15), web form 5 % (7.5). Affinities
 * within this scenario (the catalog's, less the channels it does not hold): Facebook → WhatsApp
 * 0.4, email 0.3; Instagram → WhatsApp 0.35, Facebook 0.15, email 0.25; WhatsApp → email 0.3;
 * web form → email 0.6. Loss shares: Facebook 10 %, Instagram 12 %, WhatsApp 8 %, web form 5 %.
 *
 * Every channel here but WhatsApp is async (docs/methodology.md, "Async channels"): each day's
 * stretch 9–21 is 720 minutes, so looking every I minutes gives ⌈720 / I⌉ looks a day, 7 × that a
 * week; a look that finds nobody at work is a check, 3 minutes for each of the c people; a reply
 * takes 5 minutes; paid hours = (checks × c × 3 + replies × 5) / 60 / 0.75. To answer within T
 * someone looks at least every T. Email alone's figures at one look an hour, and at one every
 * 90 minutes, come from src/engine/__tests__/support/async-reference.py (a seeded simulation of
 * the policy, independent of the engine), cases "grocery email alone, …".
 */
import { describe, expect, it } from 'vitest'
import { evaluatePortfolio } from '../../../portfolio/evaluate'
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

const ID = 'grocery-facebook'
/**
 * The derivations below are for dedicated staff, the preset's team before it answered alongside
 * other work: the part-timer's 25 hours are paid hours, 25 % shrinkage. The preset's own team is
 * checked at the end.
 */
const DEDICATED = 'dedicated'
const result = () => recommendationOf(ID, DEDICATED)

/**
 * The most email (4-hour target) can answer in time when looked at every I minutes, by hand:
 * the day's last look is at 9:00 + I·(⌈720 / I⌉ − 1), and anyone writing after it waits until
 * 9:00 the next day (late); of those writing while the store is closed, only the last four hours
 * before 9:00 can be in time: 5:00–9:00 weigh 0.01 × 0.9167 + 0.01 + 0.05 + 0.2 = 0.269 (the
 * 5:00–6:00 writers wait 240 to 180 minutes: 1 − (5/60)(1 − e^(−12)) of them in time). Every
 * 90 minutes: the last look at 19:30, 19:30–21:00 late (weight 1.5): (10.1 − 1.5 + 0.269) /
 * 11.42 = 0.7767. Every hour: the last at 20:00, 20:00–21:00 late (weight 1): 0.8204. (The open
 * hours 9–21 weigh 10.1 of the pattern's 11.42 hour weights.)
 */
const EMAIL_CEILING = (late: number) =>
  (10.1 - late + 0.01 * (1 - (5 / 60) * (1 - Math.exp(-12))) + 0.26) / 11.42

describe('grocery store with a busy Facebook page', () => {
  it('the story and the scenario agree: 8,000 fans, about 90 posts a week, 25 paid hours', () => {
    const story = defined(presetById(ID), 'the preset').story
    expect(story).toMatch(/8,000 fans/)
    expect(story).toMatch(/about 90 of them post/)
    expect(story).toMatch(/25 paid hours/)
    const s = presetScenario(ID)
    // 150 contacts × 60 % on the page = 90.
    expect(s.demand.contactsPerWeek * (s.demand.shares.facebook ?? NaN)).toBeCloseTo(90, 9)
    expect(s.business.staffHoursPerWeek).toBe(25)
    expect(s.analysis.mode).toBe('fixed-hours')
    expect(s.channels.filter((c) => c.offeredToday).map((c) => c.id)).toEqual([
      'email',
      'facebook',
      'instagram',
    ])
  })

  it('today the page, Instagram and email need more than the 25 hours', () => {
    // Contacts: WhatsApp's 15 lose 8 % (1.2) and the web form's 7.5 lose 5 % (0.375); the rest
    // write emails (email is their only offered affinity): 22.5 + 13.8 + 7.125 = 43.425 emails
    // before the pages' hand-offs, 90 posts on the page, 15 on Instagram; 1.575 lost.
    // Meeting every target takes, at the least: replies to every contact, the pages handing 40 %
    // of what they answer to email (at least 0.4 × 105 = 42): (43.425 + 42 + 90 + 15) × 5 min =
    // 15.87 hours. Looks: the pages' 1-hour targets need one at least every hour, ⌈720 / 60⌉ = 12
    // a day, 84 a week each; email's 4 hours one at least every 4, 21 a week. A look is a check
    // unless someone is still at work from the look before. Each day's first look is one (nobody
    // works overnight), the second may not be (the first shows the night's posts); a later look
    // on the page only when the replies begun at the look before took more than 60 − 3 = 57
    // minutes (12 replies), where a look shows at most 95.7 × 1.5 / 81.65 = 1.76 posts on
    // average (Saturday evening; the page's 90 posts with at most 6 % repeats): by the Chernoff
    // bound P(work > 57) ≤ e^(1.76 − 57 / 10) = 1.9 %; fewer still on Instagram. Looking more
    // often adds more looks than it frees. So at least 84 − 7 − 0.019 × 70 = 75.6 checks on each
    // page, and all 21 on email (a 4-hour interval's work would have to pass 237 minutes):
    // (2 × 75.6 + 21) × 3 min = 8.61 hours. 24.48 hours of staff time = 32.6 paid at 25 %
    // shrinkage, more than 25: the targets cannot all be met, and all 25 hours are given out
    // (each channel its looks first, so none is left without hours).
    const current = currentOf(result())
    expect(current.channelIds).toEqual(['email', 'facebook', 'instagram'])
    expect(current.lost).toBeCloseTo(1.575, 9)
    expect(firstContacts(current, 'email')).toBeGreaterThanOrEqual(43.425 - 1e-9)
    expect(firstContacts(current, 'facebook')).toBeCloseTo(90, 9)
    expect(firstContacts(current, 'instagram')).toBeCloseTo(15, 9)
    expect(current.targetsMet).toBe(false)
    expect(current.unstaffedChannels).toBe(0)
    expect(current.staffHours).toBeCloseTo(25, 9)
    const scenario = presetScenario(ID, DEDICATED)
    const need = evaluatePortfolio(
      { ...scenario, analysis: { ...scenario.analysis, mode: 'meet-targets' } },
      current.channelIds,
    )
    expect(need.staffHours).toBeGreaterThanOrEqual(32.6)
  })

  it('today’s cost: 25 hours at 15, and the three channels’ setup and training', () => {
    // Staff 25 × 15 = 375; setup (2 + 4 + 4) hours × 15 / 52 = 2.885; training (1 + 2 + 2) hours
    // a month × 12/52 × 15 = 17.308; no tools: 395.19 a week.
    const cost = currentOf(result()).cost
    expect(cost.staff).toBeCloseTo(375, 9)
    expect(cost.tools).toBe(0)
    expect(cost.setup).toBeCloseTo(10 * 15 * PER_YEAR, 9)
    expect(cost.training).toBeCloseTo(5 * PER_MONTH * 15, 9)
    expect(cost.total).toBeCloseTo(375 + 150 / 52 + 900 / 52, 9)
  })

  it('closing the page sends its customers to email, and the work fits in the hours', () => {
    // Email alone: the page's 90 lose 10 % (9), the rest write (email is its only offered
    // affinity): 81; Instagram's 15 lose 12 % (1.8): 13.2; WhatsApp 13.8 and the web form 7.125
    // as above. 22.5 + 81 + 13.2 + 13.8 + 7.125 = 137.625 emails, 9 + 1.8 + 1.2 + 0.375 =
    // 12.375 lost.
    // How often to look (EMAIL_CEILING below): every 90 minutes at most 77.7 % can be in time,
    // every hour 82.0 %; so its need is looking every hour, 84 looks. The reference (case
    // "grocery email alone, hourly"): 82.1 % within 4 hours, repeats settling at 142.74, 83.76
    // checks: (83.76 × 3 + 142.74 × 5) / 60 = 16.08 hours of staff time, 21.44 paid: within 25.
    // The 3.56 hours left keep buying answers in time (email is still below what its cover
    // allows), so the split gives email all 25. Cost: the hours × 15, setup 2 × 15 / 52,
    // training 1 × 12/52 × 15.
    const rec = result().recommended
    expect(rec.channelIds).toEqual(['email'])
    expect(firstContacts(rec, 'email')).toBeCloseTo(137.625, 9)
    expect(rec.lost).toBeCloseTo(12.375, 9)
    const scenario = presetScenario(ID, DEDICATED)
    const need = evaluatePortfolio(
      { ...scenario, analysis: { ...scenario.analysis, mode: 'meet-targets' } },
      ['email'],
    )
    expectNear(need.staffHours, 21.444, 0.05)
    expect(rec.staffHours).toBeCloseTo(25, 9)
    expect(rec.cost.staff).toBeCloseTo(rec.staffHours * 15, 9)
    expect(rec.cost.setup).toBeCloseTo(30 / 52, 9)
    expect(rec.cost.training).toBeCloseTo(PER_MONTH * 15, 9)
    expect(rec.cost.tools).toBe(0)
    // Repeats come back only from late emails, at 20 %: at most 137.625 / (1 − 0.2) offered.
    expect(figuresOf(rec, 'email').contactsOffered).toBeLessThanOrEqual(137.625 / 0.8 + 1e-9)
  })

  it('email alone meets its target in the hours it is given, and the rest buy more', () => {
    // Looking every hour (21.44 h, above) meets the target: at most 82.0 % can be in time; every
    // 90 minutes at most 77.7 % (reference 77.6 %, case "grocery email alone, every 90 min").
    // With all 25 hours, email looks every 45 minutes: 16 looks a day, 112 a week, about 111 of
    // them checks (3 min) and 11.8 h of replies, (111 × 3 / 60 + 11.8) / 0.75 = 23.2 paid hours;
    // every 30 minutes would take 168 × 3 / 60 = 8.4 h of checks alone, (8.4 + 11.8) / 0.75 =
    // 26.9 > 25. Every 45 minutes the day's last look is at 20:15, so at most
    // (10.1 − 0.75 + 0.269) / 11.42 = 84.2 % can be in time.
    expect(EMAIL_CEILING(1.5)).toBeLessThan(0.8)
    expect(EMAIL_CEILING(1)).toBeGreaterThan(0.8)
    const rec = result().recommended
    const email = figuresOf(rec, 'email')
    const share = email.withinTarget / email.contactsOffered
    expect(email.plan).toMatchObject({ lookIntervalMinutes: 45, people: 1, looksPerWeek: 112 })
    expect(share).toBeGreaterThan(EMAIL_CEILING(1))
    expect(share).toBeLessThanOrEqual(EMAIL_CEILING(0.75) + 0.003)
    expect(email.targetMet).toBe(true)
    expect(rec.targetsMet).toBe(true)
  })

  it('closing the page answers far more within target with the same hours', () => {
    // The story's answer: one channel that the hours can keep up with, rather than three that
    // they cannot.
    const r = result()
    const current = currentOf(r)
    expect(r.recommended.channelIds).not.toContain('facebook')
    expect(r.recommended.attainment).toBeGreaterThan(current.attainment + 0.3)
    expect(r.recommended.unserved).toBeLessThan(current.unserved)
    expect(r.reason.current?.channelIds).toEqual(['email', 'facebook', 'instagram'])
  })

  it('the spread-thin curve falls as channels are added', () => {
    const curve = result().analysis.spreadThin
    const served = (k: number) =>
      defined(
        curve.find((p) => p.size === k),
        `the best set of ${k}`,
      ).best.servedWellShare
    expect(served(4)).toBeLessThan(served(1) - 0.3)
    expect(served(5)).toBeLessThan(served(1) - 0.3)
  })
})

describe(
  'grocery, as the preset opens: the part-timer answers between customers',
  { timeout: 60_000 },
  () => {
    it('her 25 hours are all time on contacts, and the looks come out of them first', () => {
      // Alongside other work the hours are the work itself (no 25 % shrinkage on top): today's
      // three channels share the 25 hours; each of their looks is 3 minutes of them.
      const current = currentOf(recommendationOf(ID))
      expect(presetScenario(ID).analysis.structure).toBe('alongside-other-work')
      expect(current.staffHours).toBeLessThanOrEqual(25 + 1e-9)
      for (const ch of current.channels) {
        expect(ch.figures.workloadHours).toBeLessThanOrEqual(ch.staffHours + 1e-9)
        expect(ch.figures.checkHours).toBeGreaterThan(0)
      }
    })
  },
)
