import { describe, expect, it } from 'vitest'
import type { Recommendation } from '@/engine'
import {
  allThree,
  fixtureRecommendation,
  fixtureScenario,
} from '@/components/__tests__/fixtures/answer'
import { COMPARISON_COLOR, RECOMMENDED_COLOR } from '../palette'
import {
  EVERY_CANDIDATE_LABEL,
  RECOMMENDED_LABEL,
  channelHoursCaption,
  channelHoursChart,
  channelHoursTable,
  everyCandidateOffered,
} from '../channel-hours-chart'

// Recommended: Phone 10 h + Email 6 h = 16 h. Every candidate: Phone 9 h, Email 5 h, Live
// chat 6 h = 20 h (the fixture's third-ranked set).
const scenario = fixtureScenario()
const rec = fixtureRecommendation()

/** The hours formatter joins number and unit with a no-break space; compare as plain text. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ')

describe('channelHoursChart mapper', () => {
  it('has a row per candidate channel, by name, in the scenario order', () => {
    const chart = channelHoursChart(rec, scenario)
    expect(chart.data.labels).toEqual(['Phone', 'Email', 'Live chat'])
    expect(chart.options.indexAxis).toBe('y')
  })

  it('compares the recommended set with every candidate offered, labels stable', () => {
    const chart = channelHoursChart(rec, scenario)
    expect(chart.data.datasets.map((d) => [d.label, d.backgroundColor])).toEqual([
      [RECOMMENDED_LABEL, RECOMMENDED_COLOR],
      [EVERY_CANDIDATE_LABEL, COMPARISON_COLOR],
    ])
    expect(everyCandidateOffered(rec)?.channelIds).toEqual(['phone', 'email', 'live-chat'])
  })

  it('gives each channel its staff hours; channels not in the set get 0', () => {
    const [recommended, all] = channelHoursChart(rec, scenario).data.datasets
    expect(recommended?.data).toEqual([10, 6, 0])
    expect(all?.data).toEqual([9, 5, 6])
  })

  it('rounds the bars to a tenth of an hour', () => {
    const every = allThree()
    const phone = every.channels[0]
    if (!phone) throw new Error('fixture has no Phone in the full set')
    phone.staffHours = 9.26
    const portfolios = rec.analysis.portfolios.map((p) => (p.mask === every.mask ? every : p))
    const moved: Recommendation = { ...rec, analysis: { ...rec.analysis, portfolios } }
    expect(channelHoursChart(moved, scenario).data.datasets[1]?.data).toEqual([9.3, 5, 6])
  })

  it('turns animation off for reduced motion', () => {
    expect(channelHoursChart(rec, scenario, true).options.animation).toBe(false)
    expect(channelHoursChart(rec, scenario).options.animation).not.toBe(false)
  })
})

describe('channel hours caption and table', () => {
  it('says what the recommended set needs against every candidate, and where most goes', () => {
    // Of the full set's 20 h, Phone's 9 h are the most.
    expect(plain(channelHoursCaption(rec, scenario))).toBe(
      'Paid staff hours a week by channel: the recommended set (Phone and Email) needs 16 h; offering all 3 candidates needs 20 h, 9 h of them on Phone.',
    )
  })

  it('says so when the recommended set already offers every candidate', () => {
    const every: Recommendation = { ...rec, recommended: allThree() }
    expect(plain(channelHoursCaption(every, scenario))).toBe(
      'Paid staff hours a week by channel: the recommended set (Phone, Email and Live chat) needs 20 h, and it already offers every candidate.',
    )
  })

  it('lists every candidate, "not offered" outside the set, and the totals', () => {
    const table = channelHoursTable(rec, scenario)
    expect(
      table.rows.map((r) => [r.channel, plain(r.recommended), plain(r.everyCandidate)]),
    ).toEqual([
      ['Phone', '10 h', '9 h'],
      ['Email', '6 h', '5 h'],
      ['Live chat', 'not offered', '6 h'],
    ])
    expect(plain(table.total.recommended)).toBe('16 h')
    expect(plain(table.total.everyCandidate)).toBe('20 h')
  })

  it('says "not available" when the analysis has no set of every candidate', () => {
    const portfolios = rec.analysis.portfolios.filter((p) => p.size < 3)
    const partial: Recommendation = { ...rec, analysis: { ...rec.analysis, portfolios } }
    const table = channelHoursTable(partial, scenario)
    expect(table.rows.map((r) => r.everyCandidate)).toEqual([
      'not offered',
      'not offered',
      'not offered',
    ])
    expect(table.total.everyCandidate).toBe('not available')
  })
})
