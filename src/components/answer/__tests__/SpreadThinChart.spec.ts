import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { recommend, sampleScenario, type Recommendation, type Scenario } from '@/engine'
import SpreadThinChart from '../SpreadThinChart.vue'
import { chartData, plain } from './chart-stub'

vi.mock('vue-chartjs', async () => (await import('./chart-stub')).chartStubs)

let scenario: Scenario
let rec: Recommendation
beforeAll(() => {
  scenario = sampleScenario()
  rec = recommend(scenario)
})

const mountChart = () => mount(SpreadThinChart, { props: { analysis: rec.analysis, scenario } })

describe('SpreadThinChart', () => {
  it('has a caption saying where the cost is lowest', () => {
    const w = mountChart()
    expect(w.get('figcaption').text()).toBe(
      'Cost per week of the best set of each size, by cause, and the share answered within target: cheapest at 1 channel (Email, €3,021 a week); more channels add mostly queue headroom.',
    )
    expect(w.get('figure').attributes('aria-labelledby')).toBe(w.get('figcaption').attributes('id'))
  })

  it('gives an aria-labelled mixed bar chart five cause bars and the within-target line', () => {
    const stub = mountChart().get('.generic-stub')
    expect(stub.attributes('aria-label')).toMatch(/^Stacked bar chart of the weekly cost/)
    expect(stub.attributes('data-type')).toBe('bar')
    const data = chartData(stub)
    expect(data.labels).toHaveLength(10)
    expect(data.datasets.map((d) => d.label)).toEqual([
      'Work on contacts',
      'Fixed floor',
      'Queue headroom',
      'Coverage misses',
      'Lost customers',
      'Answered within target (%)',
    ])
    expect(data.datasets[5]?.type).toBe('line')
    expect(data.datasets[5]?.data[0]).toBe(30.9)
  })

  it('offers the numbers as a table: a row per size, money formatted, changes from size 2', () => {
    const w = mountChart()
    expect(w.get('details summary').text()).toBe("Show the chart's numbers as a table")
    const rows = w.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => plain(c.text())))
    expect(rows).toHaveLength(10)
    expect(rows[0]?.slice(0, 7)).toEqual([
      '1',
      'Email',
      '72 h',
      '€2,039',
      '€983',
      '€3,021',
      '30.9%',
    ])
    expect(rows[0]?.[7]).toBe('no smaller set to compare')
    // Size 2: change by cause (5) and in total.
    expect(rows[1]?.slice(7)).toEqual(['+€65', '+€48', '−€7', '€0', '−€88', '+€18'])
    expect(w.findAll('thead th')).toHaveLength(8 + 6)
  })

  it('draws new data when the analysis changes', async () => {
    const w = mountChart()
    const before = chartData(w.get('.generic-stub'))
    const dear = { ...scenario, valueAtRiskPerLostContact: 1000 }
    await w.setProps({ analysis: recommend(dear).analysis, scenario: dear })
    const after = chartData(w.get('.generic-stub'))
    expect(after.datasets.map((d) => d.label)).toEqual(before.datasets.map((d) => d.label))
    expect(after.datasets[4]?.data[0]).toBeGreaterThan(before.datasets[4]?.data[0] ?? Infinity)
    expect(w.get('figcaption').text()).toMatch(/fewer cost more in lost customers/)
  })
})
