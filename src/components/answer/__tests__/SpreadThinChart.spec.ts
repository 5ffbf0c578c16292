import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import {
  cheapLossAnalysis,
  fixtureAnalysis,
  fixtureScenario,
} from '@/components/__tests__/fixtures/answer'
import SpreadThinChart from '../SpreadThinChart.vue'
import { chartData, plain } from './chart-stub'

vi.mock('vue-chartjs', async () => (await import('./chart-stub')).chartStubs)

// The best set of each size: 1 Email (€680), 2 Phone + Email (€468), 3 all three (€580). In the
// cheap-loss variant a lost customer is worth €5: Email alone €380 is cheapest.
const scenario = fixtureScenario()
const analysis = fixtureAnalysis()

const mountChart = (a = analysis) => mount(SpreadThinChart, { props: { analysis: a, scenario } })

describe('SpreadThinChart', () => {
  it('has a caption saying where the cost is lowest', () => {
    const w = mountChart()
    expect(w.get('figcaption').text()).toBe(
      'Cost per week of the best set of each size, by cause, and the share answered within target: cheapest at 2 channels (Phone and Email, €468 a week); more channels add mostly queue headroom; fewer cost more in lost customers.',
    )
    expect(w.get('figure').attributes('aria-labelledby')).toBe(w.get('figcaption').attributes('id'))
  })

  it('gives an aria-labelled mixed bar chart six cause bars and the within-target line', () => {
    const stub = mountChart().get('.generic-stub')
    expect(stub.attributes('aria-label')).toMatch(/^Stacked bar chart of the weekly cost/)
    expect(stub.attributes('data-type')).toBe('bar')
    const data = chartData(stub)
    expect(data.labels).toEqual(['1', '2', '3'])
    expect(data.datasets.map((d) => [d.label, d.type, d.data])).toEqual([
      ['Work on contacts', 'bar', [168, 280, 308]],
      ['Fixed floor', 'bar', [84, 112, 160]],
      ['Queue headroom', 'bar', [28, 56, 112]],
      ['Coverage misses', 'bar', [0, 20, 0]],
      ['Lost customers', 'bar', [400, 0, 0]],
      ['Public misses', 'bar', [0, 0, 0]],
      ['Answered within target (%)', 'line', [80, 88, 95]],
    ])
  })

  it('offers the numbers as two tables: a row per size, money formatted, changes from size 2', () => {
    const w = mountChart()
    expect(w.get('.answer-chart__table summary').text()).toBe("Show the chart's numbers as a table")
    const cells = (testid: string) =>
      w
        .get(`[data-testid="${testid}"]`)
        .findAll('tbody tr')
        .map((r) => r.findAll('th, td').map((c) => plain(c.text())))
    expect(cells('spread-thin-table')).toEqual([
      ['1', 'Email', '10 h', '€280', '€400', '€680', '80.0%'],
      ['2', 'Phone, Email', '16 h', '€448', '€20', '€468', '88.0%'],
      ['3', 'Phone, Email, Live chat', '20 h', '€580', '€0', '€580', '95.0%'],
    ])
    // Change by cause (6), then in total, from the best set one smaller: at 2, from Email
    // alone, 468 − 680 = −212; at 3, 580 − 468 = +112.
    expect(cells('spread-thin-change')).toEqual([
      ['2', '+€112', '+€28', '+€28', '+€20', '−€400', '€0', '−€212'],
      ['3', '+€28', '+€48', '+€56', '−€20', '€0', '€0', '+€112'],
    ])
    expect(w.get('[data-testid="spread-thin-table"]').findAll('thead th')).toHaveLength(7)
    expect(w.get('[data-testid="spread-thin-change"]').findAll('thead th')).toHaveLength(8)
    expect(w.get('[data-testid="spread-thin-change"] caption').text()).toMatch(
      /from the best set one channel smaller/,
    )
  })

  it('explains each cause of the legend in place, from the glossary', () => {
    const w = mountChart()
    const terms = w.get('[data-testid="spread-thin-terms"]')
    expect(terms.get('summary').text()).toBe('What the causes mean')
    expect(terms.findAll('dt').map((d) => d.text())).toEqual([
      'Work on contacts',
      'Fixed floor',
      'Queue headroom',
      'Coverage misses',
      'Lost customers',
      'Public misses',
    ])
    for (const dd of terms.findAll('dd')) expect(dd.text().length).toBeGreaterThan(40)
  })

  it('draws new data when the analysis changes', async () => {
    const w = mountChart(cheapLossAnalysis())
    const before = chartData(w.get('.generic-stub'))
    expect(w.get('figcaption').text()).not.toMatch(/fewer cost more/)
    await w.setProps({ analysis })
    const after = chartData(w.get('.generic-stub'))
    expect(after.datasets.map((d) => d.label)).toEqual(before.datasets.map((d) => d.label))
    // Email's 20 lost customers: × €5, then × €20.
    expect([before.datasets[4]?.data[0], after.datasets[4]?.data[0]]).toEqual([100, 400])
    expect(w.get('figcaption').text()).toMatch(/fewer cost more in lost customers\.$/)
  })
})
