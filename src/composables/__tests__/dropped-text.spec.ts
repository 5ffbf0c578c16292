import { describe, expect, it } from 'vitest'
import type { DroppedChannel } from '@/engine'
import { fixtureRecommendation, fixtureScenario } from '@/components/__tests__/fixtures/answer'
import { droppedSentence, everyText } from '../dropped-text'
import { plain } from '@/components/answer/__tests__/chart-stub'

const scenario = fixtureScenario()
const recommendation = fixtureRecommendation()

describe('the sentence for a channel left out', () => {
  it('says what it would take, what it would reach and where its customers go', () => {
    const [chat] = recommendation.dropped
    if (!chat) throw new Error('the fixture leaves Live chat out')
    expect(plain(droppedSentence(chat, scenario, recommendation))).toBe(
      'Live chat: someone ready for it whenever it is open takes 2 h a week beyond the time on contacts, beside Phone and Email it would answer 90% within its target (80% wanted), and add €112 a week, lost customers included. Without it, its 40 customers a week go to Email (30) and Phone (10), and none is lost.',
    )
  })

  it('a written channel: its looks, as a share of the hours you have', () => {
    // 168 looks a week, one an hour round the clock, 3 minutes each: 8.4 h of work ÷ 0.8
    // presence = 10.5 paid hours (11 h said) of the 20 (53 %). Recommended: the phone alone.
    const page: DroppedChannel = {
      channelId: 'email',
      contacts: 50,
      movesTo: [{ channelId: 'phone', contacts: 45 }],
      lost: 5,
      ifAdded: {
        floorHours: (168 * 3) / 60 / 0.8,
        staffHours: 14,
        looks: { perWeek: 168, intervalMinutes: 60, people: 1 },
        withinTargetShare: 0.51,
        targetShare: 0.8,
        targetMet: false,
        extraCostWithLostValue: -20,
      },
    }
    const fixed = {
      ...scenario,
      business: { ...scenario.business, staffHoursPerWeek: 20 },
      analysis: { ...scenario.analysis, mode: 'fixed-hours' as const },
    }
    const phoneAlone = { recommended: { ...recommendation.recommended, channelIds: ['phone'] } }
    expect(plain(droppedSentence(page, fixed, phoneAlone))).toBe(
      'Email: a look every hour (168 a week) takes 11 h of your 20 h (53%) before a single reply, beside Phone it would answer 51% within its target (80% wanted), and save €20 a week, lost customers included. Without it, its 50 customers a week go to Phone (45), and 5 are lost.',
    )
  })

  it('words a look interval as people say it', () => {
    expect([15, 60, 90, 240, 1440].map(everyText)).toEqual([
      'every 15 minutes',
      'every hour',
      'every 1.5 hours',
      'every 4 hours',
      'once a day',
    ])
  })
})
