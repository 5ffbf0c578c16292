import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { Scenario } from '@/engine'
import { fixtureRecommendation, fixtureScenario } from '@/components/__tests__/fixtures/answer'
import ChannelHoursChart from '../ChannelHoursChart.vue'
import { chartData, plain } from './chart-stub'

vi.mock('vue-chartjs', async () => (await import('./chart-stub')).chartStubs)

// Recommended: Phone 10 h + Email 6 h = 16 h; every candidate: Phone 9 h, Email 5 h, Live chat
// 6 h = 20 h.
const scenario = fixtureScenario()
const recommendation = fixtureRecommendation()

const mountChart = (s = scenario) =>
  mount(ChannelHoursChart, { props: { recommendation, scenario: s } })

describe('ChannelHoursChart', () => {
  it('has a caption comparing the recommended set with every candidate', () => {
    const w = mountChart()
    expect(plain(w.get('figcaption').text())).toBe(
      'Paid staff hours a week by channel: the recommended set (Phone and Email) needs 16 h; offering all 3 candidates needs 20 h, 9 h of them on Phone.',
    )
    expect(w.get('figure').attributes('aria-labelledby')).toBe(w.get('figcaption').attributes('id'))
  })

  it('gives an aria-labelled bar chart the two series over the three channels', () => {
    const stub = mountChart().get('.bar-stub')
    expect(stub.attributes('aria-label')).toMatch(/^Horizontal bar chart of paid staff hours/)
    const data = chartData(stub)
    expect(data.labels).toEqual(['Phone', 'Email', 'Live chat'])
    expect(data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Recommended set', [10, 6, 0]],
      ['Every candidate offered', [9, 5, 6]],
    ])
  })

  it('offers the numbers as a table: a row per channel and the totals', () => {
    const w = mountChart()
    const rows = w.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => plain(c.text())))
    expect(rows).toEqual([
      ['Phone', '10 h', '9 h'],
      ['Email', '6 h', '5 h'],
      ['Live chat', 'not offered', '6 h'],
    ])
    expect(w.findAll('tfoot td').map((c) => plain(c.text()))).toEqual(['16 h', '20 h'])
    expect(w.find('.answer-chart__note').exists()).toBe(false)
  })

  it('notes the shared team when staffing is blended', () => {
    const blended: Scenario = {
      ...scenario,
      analysis: { ...scenario.analysis, structure: 'blended' },
    }
    expect(mountChart(blended).get('.answer-chart__note').text()).toMatch(/One shared team/)
  })
})
