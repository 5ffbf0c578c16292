import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { recommend, sampleScenario, type Recommendation, type Scenario } from '@/engine'
import ChannelHoursChart from '../ChannelHoursChart.vue'
import { chartData, plain } from './chart-stub'

vi.mock('vue-chartjs', async () => (await import('./chart-stub')).chartStubs)

let scenario: Scenario
let rec: Recommendation
beforeAll(() => {
  scenario = sampleScenario()
  rec = recommend(scenario)
})

const mountChart = (s = scenario) =>
  mount(ChannelHoursChart, { props: { recommendation: rec, scenario: s } })

describe('ChannelHoursChart', () => {
  it('has a caption comparing the recommended set with every candidate', () => {
    expect(plain(mountChart().get('figcaption').text())).toBe(
      'Paid staff hours a week by channel: the recommended set (Email) needs 72 h; offering all 10 candidates needs 378 h, 97 h of them on Phone.',
    )
  })

  it('gives an aria-labelled bar chart the two series over the ten channels', () => {
    const stub = mountChart().get('.bar-stub')
    expect(stub.attributes('aria-label')).toMatch(/^Horizontal bar chart of paid staff hours/)
    const data = chartData(stub)
    expect(data.labels).toEqual(scenario.channels.map((c) => c.name))
    expect(data.datasets.map((d) => d.label)).toEqual([
      'Recommended set',
      'Every candidate offered',
    ])
    expect(data.datasets[0]?.data[scenario.channels.findIndex((c) => c.id === 'email')]).toBe(71.5)
  })

  it('offers the numbers as a table: a row per channel and the totals', () => {
    const w = mountChart()
    const rows = w.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => plain(c.text())))
    expect(rows).toHaveLength(10)
    expect(rows[0]).toEqual(['Phone', 'not offered', '97 h'])
    expect(rows[1]).toEqual(['Email', '72 h', '24 h'])
    expect(w.findAll('tfoot td').map((c) => plain(c.text()))).toEqual(['72 h', '378 h'])
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
