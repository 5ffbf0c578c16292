/**
 * Preset "online-shop" (src/engine/data/presets/online-shop.ts): two part-timers with 60 paid
 * hours a week answer email, live chat, the phone and Instagram, every day 9–21. The story asks
 * which one or two channels to keep so that the two of them answer customers on time.
 *
 * Inputs: 400 contacts a week before the FAQ, which answers 20 % (an hour a week of upkeep, no
 * tool); online-shop pattern; every channel open every day 9–21 (84 hours); 22 an hour,
 * shrinkage 30 %, fixed hours (60), dedicated; 35 a lost customer. Email and the web form
 * promise an answer within a day (24-hour target and expectation). Shares of the 320 left:
 * email 35 % (112), live chat 20 % (64), phone 15 % (48), WhatsApp 10 % (32), Instagram 10 %
 * (32), Facebook 5 % (16), web form 5 % (16). Affinities (the catalog's; every one names a
 * channel of this scenario): live chat → WhatsApp 0.4, phone 0.3, email 0.3; phone → live chat
 * 0.4, WhatsApp 0.3, email 0.3; WhatsApp → live chat 0.4, email 0.3, phone 0.3; Instagram →
 * WhatsApp 0.35, Facebook 0.15, email 0.25, live chat 0.25; Facebook → WhatsApp 0.4, email
 * 0.3, live chat 0.3; web form → email 0.6, live chat 0.2, phone 0.2. Loss shares: phone and
 * Facebook 10 %, live chat and WhatsApp 8 %, Instagram 12 %, web form 5 %.
 *
 * Email, the web form and Instagram are async (docs/methodology.md, "Async channels"): looked
 * at every I minutes in each day's 720-minute stretch, a look that finds nobody at work is a
 * check (3 minutes), a reply takes 5; staff time = checks × 3 + replies × 5 minutes, paid hours
 * = that ÷ 0.7. Their hours are held to what the policy cannot do without, not to today's
 * figures.
 */
import { describe, expect, it } from 'vitest'
import { defined } from '../../../__tests__/support/defined'
import { presetById } from '../../scenario-presets'
import { evaluatePortfolio } from '../../../portfolio/evaluate'
import {
  channelOf,
  currentOf,
  figuresOf,
  firstContacts,
  PER_MONTH,
  PER_YEAR,
  presetScenario,
  recommendationOf,
} from './preset-support'

const ID = 'online-shop'
const result = () => recommendationOf(ID)
const LIVE = ['phone', 'live-chat', 'messaging']

describe('small online shop with two part-timers', () => {
  it('the story and the scenario agree: 60 paid hours between two people, an FAQ', () => {
    const story = defined(presetById(ID), 'the preset').story
    expect(story).toMatch(/two part-timers with 60 paid hours/)
    expect(story).toMatch(/from 9 to 21/)
    const s = presetScenario(ID)
    expect(s.business.staffHoursPerWeek).toBe(60)
    expect(s.analysis.mode).toBe('fixed-hours')
    expect(s.selfService).toEqual({
      enabled: true,
      deflectionShare: 0.2,
      upkeepHoursPerWeek: 1,
      toolCostPerMonth: 0,
    })
  })

  it('the FAQ answers 80 of the 400, for an hour of upkeep a week', () => {
    // 400 × 20 % = 80 answered by the FAQ; 320 reach the channels. Upkeep 1 hour × 22 = 22 a
    // week in every set. Email and the web form: email's 112, and 16 on the web form.
    const r = result()
    for (const p of [r.recommended, currentOf(r)]) expect(p.cost.selfService).toBeCloseTo(22, 9)
    const total =
      r.recommended.contactsOffered -
      r.recommended.channels.reduce((s, c) => s + c.figures.repeatContacts, 0)
    // First contacts offered plus those lost add up to the 320.
    expect(total + r.recommended.lost).toBeCloseTo(320, 9)
  })

  it('today: chat and the phone each need someone present in all 84 open hours', () => {
    // A live channel has at least one person in every covered hour: 84 agent-hours, 84 / 0.7 =
    // 120 paid hours each, twice the 60 there are. So today's set cannot meet its targets, all
    // 60 hours are given out (60 × 22 = 1 320 a week), and at most one of the two live channels
    // gets any: the split gives whole channels their need while it fits, the rest to the first
    // it skips, and a live channel has no looks to be given hours for first.
    const current = currentOf(result())
    expect(current.channelIds).toEqual(['email', 'live-chat', 'phone', 'instagram'])
    expect(current.targetsMet).toBe(false)
    expect(current.staffHours).toBeCloseTo(60, 9)
    expect(current.cost.staff).toBeCloseTo(1320, 9)
    const staffed = ['phone', 'live-chat'].filter((id) => figuresOf(current, id).staffHours > 0)
    expect(staffed.length).toBeLessThanOrEqual(1)
    expect(current.unstaffedChannels).toBeGreaterThanOrEqual(1)
  })

  it('today: the live channel left without hours answers nobody, and every one of them comes back', () => {
    // Not offered today: WhatsApp 32 − 8 % = 29.44 (0.4 : 0.3 : 0.3 to live chat, email, phone:
    // 11.776, 8.832, 8.832), Facebook 16 − 10 % = 14.4 (email and live chat, 7.2 each), web
    // form 16 − 5 % = 15.2 (0.6 : 0.2 : 0.2: 9.12, 3.04, 3.04); lost 2.56 + 1.6 + 0.8 = 4.96.
    // Phone 48 + 8.832 + 3.04 = 59.872; live chat 64 + 11.776 + 7.2 + 3.04 = 86.016; email 112 +
    // 8.832 + 7.2 + 9.12 = 137.152 before Instagram's hand-offs. Nobody answers the live channel
    // without hours, so every contact is late and comes back at its repeat rate r, and so do
    // the repeats: first / (1 − r) offered (phone 59.872 / 0.6 = 99.787), none handled.
    const scenario = presetScenario(ID)
    const current = currentOf(result())
    expect(current.lost).toBeCloseTo(4.96, 9)
    const first: Record<string, number> = { phone: 59.872, 'live-chat': 86.016 }
    expect(firstContacts(current, 'phone')).toBeCloseTo(59.872, 9)
    expect(firstContacts(current, 'live-chat')).toBeCloseTo(86.016, 9)
    expect(firstContacts(current, 'email')).toBeGreaterThanOrEqual(137.152 - 1e-9)
    expect(firstContacts(current, 'instagram')).toBeCloseTo(32, 9)
    const unstaffed = ['phone', 'live-chat'].filter((id) => figuresOf(current, id).staffHours === 0)
    expect(unstaffed.length).toBeGreaterThanOrEqual(1)
    expect.assertions(6 + 4 * unstaffed.length)
    for (const id of unstaffed) {
      const f = figuresOf(current, id)
      const rate = channelOf(scenario, id).repeatRate
      expect(f.contactsHandled).toBe(0)
      expect(f.withinTarget).toBe(0)
      expect(f.contactsUnserved).toBeCloseTo(f.contactsOffered, 9)
      expect(f.contactsOffered).toBeCloseTo((first[id] ?? NaN) / (1 - rate), 3)
    }
  })

  it('today’s cost: 60 hours, the chat and phone tools, four channels’ setup and training', () => {
    // Tools (30 + 25) × 12/52 = 12.69; setup (2 + 8 + 4 + 4) × 22 / 52 = 7.62; training (1 + 2 +
    // 2 + 2) × 12/52 × 22 = 35.54; FAQ 22; staff 1 320: 1 397.85 a week.
    const cost = currentOf(result()).cost
    expect(cost.tools).toBeCloseTo(55 * PER_MONTH, 9)
    expect(cost.setup).toBeCloseTo(18 * 22 * PER_YEAR, 9)
    expect(cost.training).toBeCloseTo(7 * PER_MONTH * 22, 9)
    expect(cost.total).toBeCloseTo(
      1320 + 22 + 55 * PER_MONTH + (18 * 22) / 52 + 7 * PER_MONTH * 22,
      9,
    )
  })

  it('every set with a live channel misses its targets with these hours', () => {
    // Each live channel needs at least 120 paid hours (above), more than the 60.
    const { portfolios } = result().analysis
    const withLive = portfolios.filter((p) => p.channelIds.some((id) => LIVE.includes(id)))
    expect(withLive.length).toBe(2 ** 7 - 2 ** 4) // 127 sets, less the 15 of the 4 async channels
    expect.assertions(1 + withLive.length)
    for (const p of withLive) expect(p.targetsMet).toBe(false)
  })

  it('email and the web form take every written customer, and the work fits the hours', () => {
    // Email and the web form: every other channel's customers write emails (email is each one's
    // only offered private affinity but the web form's 0.6, and the web form is offered: its
    // own 16 stay): live chat 64 − 8 % = 58.88, phone 48 − 10 % = 43.2, WhatsApp 29.44,
    // Instagram 32 − 12 % = 28.16, Facebook 14.4. Email 112 + 58.88 + 43.2 + 29.44 + 28.16 + 14.4
    // = 286.08; web form 16; lost 5.12 + 4.8 + 2.56 + 3.84 + 1.6 = 17.92. The replies: 302.08 ×
    // 5 min = 25.17 hours; a 24-hour target needs a look at least once a day on each, and each
    // day's first look is a check (nobody works overnight): 2 × 7 × 3 min = 0.7 hours; 25.87
    // hours of staff time at the least, 36.96 paid: within 60.
    const rec = result().recommended
    expect(rec.channelIds).toEqual(['email', 'web-form'])
    expect(firstContacts(rec, 'email')).toBeCloseTo(286.08, 9)
    expect(firstContacts(rec, 'web-form')).toBeCloseTo(16, 9)
    expect(rec.lost).toBeCloseTo(17.92, 9)
    expect(rec.staffHours).toBeGreaterThanOrEqual((25.87 / 0.7) * (1 - 1e-3))
    expect(rec.staffHours).toBeLessThanOrEqual(60 + 1e-9)
    expect(rec.unstaffedChannels).toBe(0)
    // Repeats only from late answers, at 20 %: at most first / 0.8 offered.
    expect(figuresOf(rec, 'email').contactsOffered).toBeLessThanOrEqual(286.08 / 0.8 + 1e-9)
  })

  it('the cost of email and the web form: the help-desk tool, their setup and training, the FAQ', () => {
    // Tools 20 × 12/52 = 4.62; setup (2 + 6) × 22 / 52 = 3.38; training (1 + 1) × 12/52 × 22 =
    // 10.15; FAQ 22; staff the hours × 22.
    const rec = result().recommended
    expect(rec.cost.tools).toBeCloseTo(20 * PER_MONTH, 9)
    expect(rec.cost.setup).toBeCloseTo(8 * 22 * PER_YEAR, 9)
    expect(rec.cost.training).toBeCloseTo(2 * PER_MONTH * 22, 9)
    expect(rec.cost.staff).toBeCloseTo(rec.staffHours * 22, 9)
    // Lost value: 35 × (the 17.92 lost + the unserved who give up, at each channel's 5 %).
    const unservedLost = rec.channels.reduce((s, c) => s + c.figures.contactsUnserved * 0.05, 0)
    expect(rec.lostValue).toBeCloseTo(35 * (17.92 + unservedLost), 9)
  })

  it('written channels answered within a day meet the target in fewer hours', () => {
    // The story's answer: no live channel, which alone would need twice the hours. Email and
    // the web form need fewer than the 60 hours to meet their targets; the hours left keep
    // buying answers in time (both are below what their cover allows), so all 60 are given.
    const r = result()
    for (const live of LIVE) expect(r.recommended.channelIds).not.toContain(live)
    expect(r.recommended.targetsMet).toBe(true)
    expect(r.recommended.attainment).toBeGreaterThan(currentOf(r).attainment + 0.3)
    const scenario = presetScenario(ID)
    const need = evaluatePortfolio(
      { ...scenario, analysis: { ...scenario.analysis, mode: 'meet-targets' } },
      r.recommended.channelIds,
    )
    expect(need.staffHours).toBeLessThan(60)
    expect(r.recommended.staffHours).toBeCloseTo(60, 9)
    expect(r.recommended.attainment).toBeGreaterThanOrEqual(need.attainment - 1e-9)
  })
})
