/**
 * Escalation to public pages in words. The fixture scenario with its live chat turned into a
 * public page, "Facebook", answered within 1 h: email's customers (4 h) may write there instead;
 * the phone's (20 s) never do. The figures moved are set by hand on the fixture's sets.
 */
import { describe, expect, it } from 'vitest'
import {
  allThree,
  fixtureRecommendation,
  fixtureWithFacebook,
} from '@/components/__tests__/fixtures/answer'
import { escalationText } from '../escalation-text'

const plain = (s: string) => s.replace(/\u00a0/g, ' ')

describe('escalation in words', () => {
  it('not set, or 0: nothing to say', () => {
    expect(escalationText(fixtureRecommendation(), fixtureWithFacebook(undefined))).toBeUndefined()
    expect(escalationText(fixtureRecommendation(), fixtureWithFacebook(0))).toBeUndefined()
  })

  it('which page pulls whom, how many move with each set, and the one target that stops it', () => {
    // All three as the best of any size: 15 % of email's 80 = 12 write to Facebook.
    const r = { ...fixtureRecommendation(), bestOfAnySize: { ...allThree(), escalated: 12 } }
    const t = escalationText(r, fixtureWithFacebook(0.15))
    expect(plain(t?.lead ?? '')).toBe(
      "15% of a private channel's customers write to a public page that promises a quicker answer instead: Facebook (60 min) promises a quicker answer than Email (4 h).",
    )
    expect(t?.sets.map((s) => s.text)).toEqual([
      'Today (Phone and Facebook): nobody moves to a public page.',
      'Recommended (Phone and Email): nobody moves to a public page.',
      'Best of any size (Phone, Email and Facebook): 12 customers move to a public page a week.',
    ])
    expect(plain(t?.oneTarget?.text ?? '')).toBe(
      'One response target across channels stops it: give Facebook the target time of Email, 4 h, so no page promises a quicker answer than your private channels.',
    )
    expect(plain(t?.oneTarget?.button ?? '')).toBe('Use one target time (4 h)')
  })

  it('one customer is one; with one target already, nobody moves and there is no choice left', () => {
    const r = { ...fixtureRecommendation(), bestOfAnySize: { ...allThree(), escalated: 1.2 } }
    expect(escalationText(r, fixtureWithFacebook(0.15))?.sets[2]?.text).toBe(
      'Best of any size (Phone, Email and Facebook): 1 customer moves to a public page a week.',
    )
    const same = fixtureWithFacebook(0.15)
    for (const c of same.channels) if (c.id === 'live-chat') c.targetSeconds = 4 * 3600
    const t = escalationText(fixtureRecommendation(), same)
    expect(t?.lead).toBe(
      "15% of a private channel's customers would write to a public page that promised a quicker answer; no public page's target time is shorter than a private channel's, so nobody moves.",
    )
    expect(t?.oneTarget).toBeUndefined()
  })

  it('pages faster than the same channels are said together', () => {
    const s = fixtureWithFacebook(0.2)
    const facebook = s.channels.find((c) => c.id === 'live-chat')
    if (!facebook) throw new Error('no Facebook')
    s.channels.push({ ...facebook, id: 'instagram', name: 'Instagram', targetSeconds: 7200 })
    expect(plain(escalationText(fixtureRecommendation(), s)?.lead ?? '')).toBe(
      "20% of a private channel's customers write to a public page that promises a quicker answer instead: Facebook (60 min) and Instagram (2 h) promise a quicker answer than Email (4 h).",
    )
  })
})
