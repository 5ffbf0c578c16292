/**
 * The situations the model was built from (MODEL.md, "Where the idea comes from"), each as a
 * scenario of catalog defaults (sourced in docs/methodology.md) with the figures below.
 * Expected outcomes are the story each source tells; the numbers quoted in comments are what
 * the engine gives today, the assertions the parts of the story that must hold.
 */
import { describe, expect, it } from 'vitest'
import { recommend, type Recommendation } from '../recommend'
import type { PortfolioTotals } from '../../portfolio/totals'
import { catalogScenario } from '../../__tests__/support/catalog-scenario'

const shareOf = (p: PortfolioTotals, id: string) => {
  const f = p.channels.find((c) => c.channelId === id)?.figures
  return f && f.contactsOffered > 0 ? f.withinTarget / f.contactsOffered : NaN
}

describe('a grocery store whose Facebook page draws 8 000 fans, one part-timer', () => {
  // 8 000 fans, about 120 posts a week on the page (80 %) and 30 emails; one part-timer with
  // 20 paid hours a week for messages; the store is open 9–21 every day, customers write most
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
  let r: Recommendation
  it('is analysed', () => {
    r = recommend(scenario)
    expect(r.current?.channelIds).toEqual(['email', 'facebook'])
  })

  it('spread over both, almost nothing is answered on time', () => {
    // Looking at the page every hour of its 84 open hours, 3 minutes a look, takes 4.2 hours
    // of work (5.25 paid); the page needs about 18 paid hours, email about 5: together more
    // than the 20. Whichever channel gets the rest of the hours cannot clear its pile, and the
    // other is barely looked at: first come, first served, nobody is answered in time.
    const current = r.current as PortfolioTotals
    expect(current.attainment).toBeLessThan(0.05)
    expect(shareOf(current, 'facebook')).toBeLessThan(0.05)
  })

  it('recommends closing the page and answering by email, which answers more on time', () => {
    expect(r.recommended.channelIds).not.toContain('facebook')
    expect(r.recommended.attainment).toBeGreaterThan((r.current as PortfolioTotals).attainment)
    expect(r.reason).toMatch(/Your current set \(Email and Facebook\)/)
  })
})

describe('a business spread over six channels with 20 hours a week', () => {
  // 200 contacts a week over email, Facebook, Instagram, X, WhatsApp and review sites, office
  // hours; 20 paid hours a week. Spread over all six, most channels get too few hours to clear
  // their piles, and the response rate collapses (as the seeds report for brands on Twitter).
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
  const r = recommend(scenario)

  it('answers far fewer within target with all six than with the recommended one or two', () => {
    const current = r.current as PortfolioTotals
    expect(current.size).toBe(6)
    expect(current.attainment).toBeLessThan(0.6 * r.recommended.attainment)
  })

  it('the spread-thin curve falls as channels are added', () => {
    const curve = r.analysis.spreadThin
    const two = curve.find((p) => p.size === 2)?.best.servedWellShare ?? NaN
    const six = curve.find((p) => p.size === 6)?.best.servedWellShare ?? NaN
    expect(six).toBeLessThan(two - 0.1)
  })

  it('never recommends offering a channel it gives no hours', () => {
    expect(r.recommended.unstaffedChannels).toBe(0)
    for (const ch of r.recommended.channels) expect(ch.staffHours).toBeGreaterThan(0)
  })
})

describe('a SaaS start-up where email plus chat wins', () => {
  // 1 500 contacts a week in office hours (covered 8–20 on weekdays and Saturday 9–17), value
  // at risk 200 (a churned subscription). Trial users who want chat leave if there is none:
  // a loss share of 30 % instead of the catalog's 8 %.
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
  const r = recommend(scenario)

  it('recommends email and live chat, meeting both targets', () => {
    expect(r.recommended.channelIds).toEqual(['email', 'live-chat'])
    expect(r.recommended.targetsMet).toBe(true)
  })

  it('costs less than today’s phone, email and X once lost customers are counted', () => {
    const current = r.current as PortfolioTotals
    expect(current.channelIds).toEqual(['phone', 'email', 'x'])
    expect(r.recommended.totalWithLostValue).toBeLessThan(current.totalWithLostValue)
  })
})

describe('a case where a third channel honestly pays', () => {
  // 600 contacts a week, office hours; each lost customer is worth 400. Dropping phone or chat
  // loses customers worth more than the staff to answer them.
  const scenario = catalogScenario({
    shares: [
      ['phone', 0.3],
      ['email', 0.3],
      ['live-chat', 0.25],
      ['facebook', 0.15],
    ],
    offeredToday: ['phone', 'email'],
    contactsPerWeek: 600,
    pattern: 'office-hours',
    coverage: 'weekday-office',
    valueAtRiskPerLostContact: 400,
  })
  const r = recommend(scenario)

  it('says a larger set pays for itself, and it does, evaluated exactly', () => {
    expect(r.largerPaysOff).toBe(true)
    expect(r.bestOfAnySize.size).toBeGreaterThanOrEqual(3)
    expect(r.bestOfAnySize.totalWithLostValue).toBeLessThan(r.recommended.totalWithLostValue)
    expect(r.reason).toMatch(/A larger set pays for itself/)
  })
})
