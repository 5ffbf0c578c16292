/**
 * The reason's words, from the engine's facts: each figure in them is one the facts hold (the
 * facts themselves are checked against hand calculations in the engine's specs), formatted in
 * the scenario's locale. The fixture scenario: Phone, Email and Live chat, en-IE, euros.
 */
import { describe, expect, it } from 'vitest'
import type { Reason, Scenario } from '@/engine'
import {
  FIXTURE_REASON,
  fixtureRecommendation,
  fixtureScenario,
} from '@/components/__tests__/fixtures/answer'
import { reasonText, type ReasonLead } from '../reason-text'

function scenarioIn(mode: Scenario['analysis']['mode'], locale = 'en-IE'): Scenario {
  const s = fixtureScenario()
  s.analysis.mode = mode
  s.business.locale = locale
  return s
}

const phone: ReasonLead = {
  channelIds: ['phone'],
  size: 1,
  staffHours: 672,
  attainment: 0.890511,
  servedWellShare: 0.8,
  cost: { total: 20_160 },
}

const nothingElse: Reason = {
  standing: 'targets-met',
  shortfalls: [],
  current: undefined,
  larger: undefined,
}

const today = (over: Partial<NonNullable<Reason['current']>>): NonNullable<Reason['current']> => ({
  channelIds: ['email'],
  attainment: 0.897613,
  servedWellShare: 0.6,
  staffHours: 672,
  extraStaffHours: 0,
  extraCostWithLostValue: 2016,
  unserved: 0,
  missesReachable: false,
  ...over,
})

describe('the reason in words', () => {
  it('the fixture: the lead, today’s set and the best set of three or more', () => {
    expect(reasonText(fixtureRecommendation(), fixtureScenario())).toBe(FIXTURE_REASON)
  })

  it('today’s set for the same hours: no hours said, the money and its share', () => {
    // Two phone lines (the engine's analysis spec): one line alone answers 89 % for 672 h
    // (4 agents × 168 h × €30 = €20 160); today's other line costs 26 208 − 24 192 = €2 016 more.
    const text = reasonText(
      { recommended: phone, reason: { ...nothingElse, current: today({}) } },
      scenarioIn('meet-targets'),
    )
    expect(text).toBe(
      'Phone answers 89% of contacts within target for 672 staff hours a week (€20,160 a week). ' +
        'Your current set (Email) costs €2,016 a week more, lost customers included, and answers 90% within target.',
    )
  })

  it('today’s set taking fewer hours, and one that misses targets it could reach', () => {
    const pair: ReasonLead = {
      ...phone,
      channelIds: ['phone', 'email'],
      size: 2,
      staffHours: 840,
      attainment: 0.862393,
      cost: { total: 25_200 },
    }
    const fewer = today({ extraStaffHours: -168, extraCostWithLostValue: 3024 })
    expect(
      reasonText(
        { recommended: pair, reason: { ...nothingElse, current: fewer } },
        scenarioIn('meet-targets'),
      ),
    ).toBe(
      'Phone and Email answer 86% of contacts within target for 840 staff hours a week (€25,200 a week). ' +
        'Your current set (Email) takes 168 fewer staff hours, costs €3,024 a week more, lost customers included, and answers 90% within target.',
    )
    const missing = today({
      channelIds: ['live-chat'],
      attainment: 0.42,
      extraStaffHours: 1.2,
      extraCostWithLostValue: -24.4,
      unserved: 7.6,
      missesReachable: true,
    })
    expect(
      reasonText(
        { recommended: pair, reason: { ...nothingElse, current: missing } },
        scenarioIn('meet-targets'),
      ),
    ).toContain(
      'Your current set (Live chat) misses targets it could reach: it answers 42% within target, leaving 8 contacts a week unanswered; it takes 1 more staff hour, costs €24 a week less, lost customers included.',
    )
  })

  it('fixed hours: the share of all customers, and the same hours spread thinner serve fewer', () => {
    const email: ReasonLead = {
      channelIds: ['email'],
      size: 1,
      staffHours: 20,
      attainment: 0.62,
      servedWellShare: 0.5766,
      cost: { total: 500 },
    }
    const reason: Reason = {
      ...nothingElse,
      current: today({
        channelIds: ['phone', 'email', 'live-chat'],
        servedWellShare: 0.21,
        staffHours: 20,
        extraCostWithLostValue: 1480,
        unserved: 96.2,
      }),
      larger: {
        kind: 'ranks-below',
        channelIds: ['phone', 'email', 'live-chat'],
        extraCostWithLostValue: 1200,
        // 57.66 % − 45.5 % = 12.16 points: "12 points".
        fewerServedWell: 0.5766 - 0.455,
        missesReachable: false,
        unstaffedChannels: 0,
      },
    }
    expect(reasonText({ recommended: email, reason }, scenarioIn('fixed-hours'))).toBe(
      'Email serves 58% of all your customers within target with 20 staff hours a week (€500 a week). ' +
        'Your current set (Phone, Email and Live chat) serves 21% of all your customers within target with 20 staff hours, and costs €1,480 a week more, lost customers included, leaving 96 contacts a week unanswered. ' +
        'Spreading the same hours over three or more channels serves fewer: the best such set, Phone, Email and Live chat, serves about 12 points fewer of all your customers within target.',
    )
  })

  it('a larger set ranked above: what it buys, in each case', () => {
    const above = (reachesWhereSmallCannot: boolean, saving: number): Reason => ({
      ...nothingElse,
      larger: {
        kind: 'ranks-above',
        channelIds: ['phone', 'email', 'live-chat'],
        saving,
        servedWellShare: 0.914,
        reachesWhereSmallCannot,
      },
    })
    const words = (r: Reason, mode: Scenario['analysis']['mode']) =>
      reasonText({ recommended: phone, reason: r }, scenarioIn(mode))
    expect(words(above(false, 4821.6), 'meet-targets')).toContain(
      'A larger set pays for itself here: Phone, Email and Live chat saves €4,822 a week, mostly by keeping customers who would otherwise go elsewhere.',
    )
    expect(words(above(true, -35), 'meet-targets')).toContain(
      'A larger set meets its targets as far as cover allows: Phone, Email and Live chat, for €35 a week more, lost customers included.',
    )
    expect(words(above(false, 10), 'fixed-hours')).toContain(
      'A larger set serves more of your customers within target with the same hours: Phone, Email and Live chat 91%.',
    )
  })

  it('a larger set ranked below, by the figure the mode ranks by', () => {
    const below = (
      over: Partial<Extract<NonNullable<Reason['larger']>, { kind: 'ranks-below' }>>,
    ) =>
      ({
        ...nothingElse,
        larger: {
          kind: 'ranks-below' as const,
          channelIds: ['phone', 'email', 'live-chat'],
          extraCostWithLostValue: 112.4,
          fewerServedWell: 0,
          missesReachable: false,
          unstaffedChannels: 0,
          ...over,
        },
      }) satisfies Reason
    const words = (r: Reason, mode: Scenario['analysis']['mode']) =>
      reasonText({ recommended: phone, reason: r }, scenarioIn(mode))
    expect(words(below({ extraCostWithLostValue: 0.2 }), 'meet-targets')).toContain(
      'Adding channels does not pay: the best set of three or more, Phone, Email and Live chat, costs about the same, lost customers included, with more channels to keep up.',
    )
    expect(words(below({ missesReachable: true }), 'meet-targets')).toContain(
      'No set of three or more channels meets its targets as far as cover allows: the best of them, Phone, Email and Live chat, misses one it could reach.',
    )
    expect(words(below({ fewerServedWell: 0.004 }), 'fixed-hours')).toContain(
      'Spreading the same hours over three or more channels serves no more: the best such set is Phone, Email and Live chat.',
    )
    expect(words(below({ fewerServedWell: 0.01 }), 'fixed-hours')).toContain(
      'serves about 1 point fewer',
    )
    expect(words(below({ unstaffedChannels: 1 }), 'fixed-hours')).toContain(
      'Three or more channels would leave one with no hours',
    )
  })

  it('how the set stands against its targets, with the channels that fall short', () => {
    const short: Reason['shortfalls'] = [
      { channelId: 'phone', withinTargetShare: 0.64, targetShare: 0.8, coverAllows: 0.66 },
      { channelId: 'email', withinTargetShare: 0.7, targetShare: 0.8, coverAllows: undefined },
    ]
    const words = (standing: Reason['standing'], mode: Scenario['analysis']['mode']) =>
      reasonText(
        { recommended: phone, reason: { ...nothingElse, standing, shortfalls: short } },
        scenarioIn(mode),
      )
    const both =
      'Phone answers 64% within its target of 80% (its hours of cover allow at most 66%, whatever the staff); Email answers 70% within its target of 80%'
    expect(words('as-far-as-cover', 'meet-targets')).toContain(
      `It meets its targets as far as its hours of cover allow: ${both}.`,
    )
    expect(words('misses-reachable', 'meet-targets')).toContain(
      `It misses a target it could reach: ${both}.`,
    )
    expect(words('none-can-reach', 'meet-targets')).toContain(
      `No set of one or two channels meets its targets as far as its hours of cover allow; this one costs least, lost customers included: ${both}.`,
    )
    expect(words('misses', 'fixed-hours')).toContain(`It still misses a target: ${both}.`)
    expect(words('targets-met', 'meet-targets')).toBe(
      'Phone answers 89% of contacts within target for 672 staff hours a week (€20,160 a week).',
    )
  })

  it('follows the scenario’s locale: numbers, money and the list of names', () => {
    const pair: ReasonLead = { ...phone, channelIds: ['phone', 'email'], size: 2 }
    const text = reasonText(
      { recommended: pair, reason: { ...nothingElse, current: today({}) } },
      scenarioIn('meet-targets', 'de-DE'),
    )
    // German: "89 %", "20.160 €", "Phone und Email".
    expect(text.replace(/\u00a0/g, ' ')).toBe(
      'Phone und Email answer 89 % of contacts within target for 672 staff hours a week (20.160 € a week). ' +
        'Your current set (Email) costs 2.016 € a week more, lost customers included, and answers 90 % within target.',
    )
  })
})
