/**
 * Where customers go when their channel is not offered, by hand. Three channels, 1 000
 * contacts a week: phone 50 %, email 30 %, Facebook 20 %.
 * - Facebook's customers: 10 % lost, the rest to email and phone by affinity 3 : 1.
 * - Email's customers: 5 % lost, the rest to phone (its only affinity).
 * - Phone's customers: 20 % lost, the rest to email.
 */
import { describe, expect, it } from 'vitest'
import { createPortfolioContext } from '../context'
import { redistribute } from '../flow'
import { recommend } from '../../recommendation/recommend'
import { defined } from '../../__tests__/support/defined'
import { makeAsyncChannel, makeChannel, makeScenario } from '../../__tests__/support/factory'

const scenario = makeScenario(
  [
    makeChannel({ id: 'phone', lossShare: 0.2, affinity: { email: 1 } }),
    makeAsyncChannel({ id: 'email', lossShare: 0.05, affinity: { phone: 1 } }),
    makeAsyncChannel({
      id: 'facebook',
      catalogId: 'facebook',
      isPublic: true,
      lossShare: 0.1,
      affinity: { email: 3, phone: 1 },
    }),
  ],
  { phone: 0.5, email: 0.3, facebook: 0.2 },
)
const ctx = createPortfolioContext(scenario)
const PHONE = 1
const EMAIL = 2
const FACEBOOK = 4

describe('redistribution by affinity, less the share lost', () => {
  it('everything offered: each channel keeps its own customers, nobody is lost', () => {
    const r = redistribute(ctx, PHONE | EMAIL | FACEBOOK)
    expect([...r.volumes]).toEqual([500, 300, 200])
    expect(r.lost).toBe(0)
  })

  it('phone and email: Facebook’s 200 lose 20, and 180 split 3 : 1', () => {
    const r = redistribute(ctx, PHONE | EMAIL)
    // email 300 + 180 × 3/4 = 435; phone 500 + 180 × 1/4 = 545.
    expect(r.volumes[0]).toBeCloseTo(545, 9)
    expect(r.volumes[1]).toBeCloseTo(435, 9)
    expect(r.volumes[2]).toBe(0)
    expect(r.lost).toBeCloseTo(20, 9)
  })

  it('email alone: phone loses 100 (20 %), Facebook 20 (10 %); 400 + 180 arrive', () => {
    const r = redistribute(ctx, EMAIL)
    // 300 + 500 × 0.8 + 200 × 0.9 = 300 + 400 + 180 = 880.
    expect(r.volumes[1]).toBeCloseTo(880, 9)
    expect(r.lost).toBeCloseTo(120, 9)
  })

  it('Facebook alone: nobody has an affinity for it, so every other customer is lost', () => {
    const r = redistribute(ctx, FACEBOOK)
    expect(r.volumes[2]).toBeCloseTo(200, 9)
    expect(r.lost).toBeCloseTo(800, 9)
  })
})

describe('channels that are not candidates', () => {
  it('never get offered: their customers move by affinity like any channel left out', () => {
    // Facebook is not a candidate: its 200 customers lose 10 %, and 180 split 3 : 1 between
    // email and phone even when both are offered.
    const withoutFacebook = {
      ...scenario,
      channels: scenario.channels.map((c) =>
        c.id === 'facebook' ? { ...c, candidate: false } : c,
      ),
    }
    const c = createPortfolioContext(withoutFacebook)
    expect(c.candidates.map((x) => x.id)).toEqual(['phone', 'email'])
    const r = redistribute(c, 0b11)
    expect(r.volumes[0]).toBeCloseTo(545, 9)
    expect(r.volumes[1]).toBeCloseTo(435, 9)
    expect(r.lost).toBeCloseTo(20, 9)
  })
})

describe('affinity weights as large as the schema allows (any number from zero up)', () => {
  const withFacebookAffinity = (affinity: Record<string, number>) =>
    createPortfolioContext({
      ...scenario,
      channels: scenario.channels.map((c) => (c.id === 'facebook' ? { ...c, affinity } : c)),
    })

  it('two weights of Number.MAX_VALUE split like 1 : 1 (their sum is Infinity)', () => {
    // Facebook's 200 lose 20; 180 split 1 : 1: phone 500 + 90 = 590, email 300 + 90 = 390.
    const c = withFacebookAffinity({ email: Number.MAX_VALUE, phone: Number.MAX_VALUE })
    const r = redistribute(c, PHONE | EMAIL)
    expect(r.volumes[0]).toBeCloseTo(590, 9)
    expect(r.volumes[1]).toBeCloseTo(390, 9)
    expect(r.lost).toBeCloseTo(20, 9)
  })

  it('Number.MAX_VALUE beside 1 splits like 1 : 0 (180 × MAX_VALUE overflows)', () => {
    // email 300 + 180 × 1/(1 + 1/MAX) = 480; phone 500 + 180 × (1/MAX)/(1 + 1/MAX) = 500 + 1e-306.
    const c = withFacebookAffinity({ email: Number.MAX_VALUE, phone: 1 })
    const r = redistribute(c, PHONE | EMAIL)
    expect(r.volumes[0]).toBeCloseTo(500, 9)
    expect(r.volumes[1]).toBeCloseTo(480, 9)
    expect(r.lost).toBeCloseTo(20, 9)
  })

  it('the smallest double beside the largest counts as nothing; alone, it takes everyone', () => {
    const c = withFacebookAffinity({ email: Number.MAX_VALUE, phone: Number.MIN_VALUE })
    // Both offered: MIN/MAX is 0 in doubles, phone keeps its 500 exactly.
    const both = redistribute(c, PHONE | EMAIL)
    expect(both.volumes[0]).toBe(500)
    expect(both.volumes[1]).toBeCloseTo(480, 9)
    // Phone alone: its own 500, email's 300 less 5 % = 285, and Facebook's 180, all by the
    // smallest weight there is (any weight above zero takes everyone moving).
    const alone = redistribute(c, PHONE)
    expect(alone.volumes[0]).toBeCloseTo(500 + 285 + 180, 9)
    expect(alone.lost).toBeCloseTo(15 + 20, 9)
  })

  it('a whole recommendation with them is finite (it ran out of stack before)', () => {
    const live = makeScenario(
      [
        makeChannel({ id: 'phone', affinity: { chat: 1 } }),
        makeChannel({ id: 'chat', catalogId: 'live-chat', kind: 'chat', concurrency: 2 }),
        makeAsyncChannel({
          id: 'facebook',
          catalogId: 'facebook',
          candidate: false,
          lossShare: 0.1,
          affinity: { phone: Number.MAX_VALUE, chat: 1 },
        }),
      ],
      { phone: 0.5, chat: 0.3, facebook: 0.2 },
    )
    const r = recommend(live)
    // Facebook is never offered: its 200 lose 20 and the other 180 all go to the phone
    // (weights MAX : 1, like 1 : 0). The phone with both offered: 500 + 180 = 680 contacts.
    const both = defined(
      r.analysis.portfolios.find((p) => p.size === 2),
      'the portfolio of both channels',
    )
    const phone = defined(both.channels[0], 'the phone in it')
    expect(phone.figures.contactsOffered).toBeCloseTo(680, 6)
    expect(Number.isFinite(r.recommended.totalWithLostValue)).toBe(true)
  })
})
