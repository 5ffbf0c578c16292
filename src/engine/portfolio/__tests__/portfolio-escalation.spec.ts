/**
 * Escalation to public pages, by hand (docs/methodology.md, "Escalation to public pages"): a
 * share of each offered private channel's customers write to the offered public pages whose
 * target time is shorter than their channel's. 1 000 contacts a week: phone 40 % (20 s), email
 * 30 % (4 h), Facebook 20 % (1 h, public), Instagram 10 % (2 h, public); no hand-offs (the
 * factory's), 10 % of a channel's customers lost when it is not offered.
 */
import { describe, expect, it } from 'vitest'
import { createPortfolioContext } from '../context'
import { escalationPaths, oneResponseTarget } from '../escalation'
import { portfolioVolumes, redistribute } from '../flow'
import { evaluatePortfolio } from '../evaluate'
import { CurveCache } from '../curve-cache'
import type { Scenario } from '../../model/types'
import { makeAsyncChannel, makeChannel, makeScenario } from '../../__tests__/support/factory'

const HOUR = 3600

function scenario(escalationShare: number | undefined): Scenario {
  const s = makeScenario(
    [
      makeChannel({ id: 'phone', affinity: { email: 1 } }),
      makeAsyncChannel({ id: 'email', targetSeconds: 4 * HOUR, affinity: { phone: 1 } }),
      makeAsyncChannel({
        id: 'facebook',
        catalogId: 'facebook',
        isPublic: true,
        targetSeconds: 1 * HOUR,
        affinity: { email: 1 },
      }),
      makeAsyncChannel({
        id: 'instagram',
        catalogId: 'instagram',
        isPublic: true,
        targetSeconds: 2 * HOUR,
        affinity: { email: 1 },
      }),
    ],
    { phone: 0.4, email: 0.3, facebook: 0.2, instagram: 0.1 },
  )
  if (escalationShare !== undefined) s.analysis.escalationShare = escalationShare
  return s
}
const PHONE = 1
const EMAIL = 2
const FACEBOOK = 4
const INSTAGRAM = 8

describe('escalation: private customers write to a public page that answers faster', () => {
  it('not set, or 0: nobody moves', () => {
    for (const share of [undefined, 0]) {
      const r = redistribute(createPortfolioContext(scenario(share)), PHONE | EMAIL | FACEBOOK)
      // Instagram's 100 lose 10 %; 90 go to email.
      expect([...r.volumes].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([400, 390, 200, 0])
      expect(r.escalated).toBe(0)
    }
  })

  it('20 %: 78 of email’s 390 go to Facebook (1 h < 4 h); the phone (20 s) keeps all 400', () => {
    // Instagram is not offered: its 100 lose 10 % and 90 go to email (its only affinity), so
    // email holds 300 + 90 = 390; 20 % of them, 78, write to Facebook instead: 200 + 78 = 278.
    const r = redistribute(createPortfolioContext(scenario(0.2)), PHONE | EMAIL | FACEBOOK)
    expect(r.volumes[0]).toBeCloseTo(400, 9)
    expect(r.volumes[1]).toBeCloseTo(312, 9)
    expect(r.volumes[2]).toBeCloseTo(278, 9)
    expect(r.lost).toBeCloseTo(10, 9)
    expect(r.escalated).toBeCloseTo(78, 9)
  })

  it('two faster pages share the movers as their own customers do, 2 : 1', () => {
    // All four offered: email's 300 × 20 % = 60 move, to Facebook 40 and Instagram 20
    // (200 : 100 prefer them).
    const r = redistribute(
      createPortfolioContext(scenario(0.2)),
      PHONE | EMAIL | FACEBOOK | INSTAGRAM,
    )
    expect([...r.volumes].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([400, 240, 240, 120])
    expect(r.escalated).toBeCloseTo(60, 9)
  })

  it('a page no faster than the channel: nobody moves (equal targets)', () => {
    const s = scenario(0.5)
    for (const c of s.channels) if (c.isPublic) c.targetSeconds = 4 * HOUR
    const r = redistribute(createPortfolioContext(s), PHONE | EMAIL | FACEBOOK | INSTAGRAM)
    expect([...r.volumes].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([400, 300, 200, 100])
    expect(r.escalated).toBe(0)
  })

  it('the moved customers reach the page’s figures and the set’s totals', () => {
    // All four offered, 20 %: Facebook answers 240 a week, 60 of them from email.
    const s = scenario(0.2)
    const ctx = createPortfolioContext(s)
    const all = PHONE | EMAIL | FACEBOOK | INSTAGRAM
    const flow = portfolioVolumes(ctx, all, () => 0)
    expect(flow.escalated).toBeCloseTo(60, 9)
    const totals = evaluatePortfolio(
      s,
      ['phone', 'email', 'facebook', 'instagram'],
      new CurveCache(),
    )
    expect(totals.escalated).toBeCloseTo(60, 9)
    const fb = totals.channels.find((c) => c.channelId === 'facebook')
    expect(fb?.figures.contactsOffered).toBeCloseTo(240, 6)
    // Nobody is lost by moving: 1 000 contacts still reach the four.
    expect(totals.contactsOffered).toBeCloseTo(1000, 6)
  })
})

describe('which pages answer faster, and one response target across channels', () => {
  it('names each private channel and each faster public page', () => {
    expect(escalationPaths(scenario(0.2))).toEqual([
      { fromChannelId: 'email', toChannelId: 'facebook' },
      { fromChannelId: 'email', toChannelId: 'instagram' },
    ])
  })

  it('gives the public pages the slowest private written channel’s target: 4 h', () => {
    const s = scenario(0.2)
    expect(oneResponseTarget(s)).toEqual({
      targetSeconds: 4 * HOUR,
      fromChannelId: 'email',
      channelIds: ['facebook', 'instagram'],
    })
    for (const c of s.channels) if (c.isPublic) c.targetSeconds = 4 * HOUR
    // Then nobody is faster, and there is nothing left to change.
    expect(escalationPaths(s)).toEqual([])
    expect(oneResponseTarget(s)).toBeUndefined()
  })

  it('no private written channel: no target to take', () => {
    const s = scenario(0.2)
    s.channels = s.channels.filter((c) => c.id !== 'email')
    expect(oneResponseTarget(s)).toBeUndefined()
  })
})
