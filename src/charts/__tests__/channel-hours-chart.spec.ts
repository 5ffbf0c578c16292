import { beforeAll, describe, expect, it } from 'vitest'
import { recommend, sampleScenario, type Recommendation, type Scenario } from '@/engine'
import {
  EVERY_CANDIDATE_LABEL,
  RECOMMENDED_LABEL,
  channelHoursCaption,
  channelHoursChart,
  channelHoursTable,
  everyCandidateOffered,
} from '../channel-hours-chart'

let scenario: Scenario
let rec: Recommendation
beforeAll(() => {
  scenario = sampleScenario()
  rec = recommend(scenario)
})

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)
/** The hours formatter joins number and unit with a no-break space; compare as plain text. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ')

describe('channelHoursChart mapper', () => {
  it('has a row per candidate channel, by name, in the scenario order', () => {
    const chart = channelHoursChart(rec, scenario)
    expect(chart.data.labels).toEqual(scenario.channels.map((c) => c.name))
    expect(chart.options.indexAxis).toBe('y')
  })

  it('compares the recommended set with every candidate offered, labels stable', () => {
    const chart = channelHoursChart(rec, scenario)
    expect(chart.data.datasets.map((d) => d.label)).toEqual([
      RECOMMENDED_LABEL,
      EVERY_CANDIDATE_LABEL,
    ])
    const every = everyCandidateOffered(rec)
    expect(every?.size).toBe(rec.analysis.candidateIds.length)
  })

  it('gives each channel its staff hours; channels not in the set get 0', () => {
    // Dedicated staffing: a portfolio's staff hours are its channels' hours added up, so the
    // bars of each series add up to the portfolio's total (to the bars' rounding, 0.05 h each).
    const [recommended, all] = channelHoursChart(rec, scenario).data.datasets
    const ids = rec.analysis.candidateIds
    ids.forEach((id, i) => {
      const inRec = rec.recommended.channels.find((c) => c.channelId === id)
      expect(recommended?.data[i]).toBeCloseTo(inRec?.staffHours ?? 0, 1)
    })
    expect(recommended?.data.filter((h) => h > 0)).toHaveLength(rec.recommended.size)
    expect(sum(recommended?.data ?? [])).toBeCloseTo(rec.recommended.staffHours, 0)
    const every = everyCandidateOffered(rec)
    expect(all?.data.every((h) => h > 0)).toBe(true)
    expect(sum(all?.data ?? [])).toBeCloseTo(every?.staffHours ?? NaN, 0)
  })

  it('turns animation off for reduced motion', () => {
    expect(channelHoursChart(rec, scenario, true).options.animation).toBe(false)
  })
})

describe('channel hours caption and table', () => {
  it('says what the recommended set needs against every candidate, and where most goes', () => {
    expect(plain(channelHoursCaption(rec, scenario))).toBe(
      'Paid staff hours a week by channel: the recommended set (Email) needs 72 h; offering all 10 candidates needs 378 h, 97 h of them on Phone.',
    )
  })

  it('lists every candidate, "not offered" outside the set, and the totals', () => {
    const table = channelHoursTable(rec, scenario)
    expect(table.rows).toHaveLength(10)
    expect(plain(table.rows.find((r) => r.channelId === 'email')?.recommended)).toBe('72 h')
    const phone = table.rows.find((r) => r.channelId === 'phone')
    expect(phone?.recommended).toBe('not offered')
    expect(plain(phone?.everyCandidate)).toBe('97 h')
    expect(plain(table.total.recommended)).toBe('72 h')
    expect(plain(table.total.everyCandidate)).toBe('378 h')
  })
})
