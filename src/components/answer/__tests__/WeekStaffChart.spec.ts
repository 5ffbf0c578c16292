import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { evaluatePortfolio, sampleScenario, type PortfolioTotals, type Scenario } from '@/engine'
import WeekStaffChart from '../WeekStaffChart.vue'
import { chartData, plain } from './chart-stub'

vi.mock('vue-chartjs', async () => (await import('./chart-stub')).chartStubs)

let scenario: Scenario
let current: PortfolioTotals
beforeAll(() => {
  scenario = sampleScenario()
  current = evaluatePortfolio(scenario, ['phone', 'email', 'facebook', 'instagram'])
})

const mountChart = (portfolio = current) =>
  mount(WeekStaffChart, { props: { portfolio, scenario } })

describe('WeekStaffChart', () => {
  it('has a caption saying the peak', () => {
    expect(mountChart().get('figcaption').text()).toBe(
      'People present in each hour of the week, by channel; most people needed: 1.7, in 68 hours of the week (the first Monday 08:00–09:00).',
    )
  })

  it('gives an aria-labelled bar chart 168 hours stacked by channel', () => {
    const stub = mountChart().get('.bar-stub')
    expect(stub.attributes('aria-label')).toMatch(/^Stacked bar chart of the people present/)
    const data = chartData(stub)
    expect(data.labels).toHaveLength(168)
    expect(data.datasets.map((d) => d.label)).toEqual(['Phone', 'Email', 'Facebook', 'Instagram'])
    // Monday 08:00: one agent on the phone.
    expect(data.datasets[0]?.data[8]).toBe(1)
    expect(data.datasets[0]?.data[7]).toBe(0)
  })

  it('offers hours per day as a table: seven rows, a column per channel, the week below', () => {
    const w = mountChart()
    expect(w.findAll('thead th').map((c) => c.text())).toEqual([
      'Day',
      'Phone',
      'Email',
      'Facebook',
      'Instagram',
      'All channels',
    ])
    const rows = w.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => plain(c.text())))
    expect(rows).toHaveLength(7)
    expect(rows[0]?.[0]).toBe('Monday')
    expect(rows[0]?.[1]).toBe('12 h')
    expect(rows[6]).toEqual(['Sunday', '0 h', '0 h', '0 h', '0 h', '0 h'])
    expect(plain(w.findAll('tfoot td')[0]?.text())).toBe('68 h')
  })

  it('says so when the set carries no hour-by-hour plan', () => {
    const swept: PortfolioTotals = {
      ...current,
      channels: current.channels.map((c) => {
        const figures = { ...c.figures }
        delete figures.plan
        return { ...c, figures }
      }),
    }
    const w = mountChart(swept)
    expect(w.get('figcaption').text()).toMatch(/no hour-by-hour staffing to show/)
    expect(chartData(w.get('.bar-stub')).datasets).toEqual([])
    expect(w.findAll('tbody tr')).toHaveLength(7)
  })
})
