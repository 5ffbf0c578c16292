import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { PortfolioTotals, Scenario } from '@/engine'
import { fixtureScenario, hourOf, phoneEmailExact } from '@/components/__tests__/fixtures/answer'
import WeekStaffChart from '../WeekStaffChart.vue'
import { chartData, plain } from './chart-stub'

vi.mock('vue-chartjs', async () => (await import('./chart-stub')).chartStubs)

// Phone + Email, evaluated exactly: one agent on Phone Mon–Thu 09–11 (8 h), 0.1 people on
// Email (6 minutes an hour) Mon–Sat 09–17 (48 h).
const scenario = fixtureScenario()
const pair = phoneEmailExact()

const mountChart = (portfolio: PortfolioTotals = pair, s: Scenario = scenario) =>
  mount(WeekStaffChart, { props: { portfolio, scenario: s } })

describe('WeekStaffChart', () => {
  it('has a caption saying the peak', () => {
    // 1 agent + 0.1 on Email in each of Phone's 8 hours.
    const w = mountChart()
    expect(w.get('figcaption').text()).toBe(
      'People present in each hour of the week, by channel; most people needed: 1.1, in 8 hours of the week (the first Monday 09:00–10:00).',
    )
    expect(w.get('figure').attributes('aria-labelledby')).toBe(w.get('figcaption').attributes('id'))
  })

  it('gives an aria-labelled bar chart 168 hours stacked by channel', () => {
    const stub = mountChart().get('.bar-stub')
    expect(stub.attributes('aria-label')).toMatch(/^Stacked bar chart of the people present/)
    const data = chartData(stub)
    expect(data.labels).toHaveLength(168)
    expect(data.datasets.map((d) => d.label)).toEqual(['Phone', 'Email'])
    // Monday 08:00 nobody; 09:00 one agent on the phone and 0.1 people on Email.
    expect(data.datasets.map((d) => d.data[hourOf(0, 8)])).toEqual([0, 0])
    expect(data.datasets.map((d) => d.data[hourOf(0, 9)])).toEqual([1, 0.1])
  })

  it('offers hours per day as a table: seven rows, a column per channel, the week below', () => {
    const w = mountChart()
    expect(w.findAll('thead th').map((c) => c.text())).toEqual([
      'Day',
      'Phone',
      'Email',
      'All channels',
    ])
    const rows = w.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => plain(c.text())))
    expect(rows).toHaveLength(7)
    // Phone 2 h (09–11), Email 8 h × 0.1.
    expect(rows[0]).toEqual(['Monday', '2 h', '0.8 h', '2.8 h'])
    expect(rows[5]).toEqual(['Saturday', '0 h', '0.8 h', '0.8 h'])
    expect(rows[6]).toEqual(['Sunday', '0 h', '0 h', '0 h'])
    // 8 h and 4.8 h; 12.8 h in all, whole hours from 10 up.
    expect(w.findAll('tfoot td').map((c) => plain(c.text()))).toEqual(['8 h', '4.8 h', '13 h'])
    expect(w.find('.answer-chart__note').exists()).toBe(false)
  })

  it('notes the shared team, with its hours present, when staffing is blended', () => {
    const blended: Scenario = {
      ...scenario,
      analysis: { ...scenario.analysis, structure: 'blended' },
    }
    // 16 paid hours × (1 − 0.2) = 12.8 h.
    expect(plain(mountChart(pair, blended).get('.answer-chart__note').text())).toMatch(
      /^One shared team answers every channel.* present 13 h a week in all\.$/,
    )
  })

  it('says so when the set carries no hour-by-hour plan', () => {
    const swept: PortfolioTotals = {
      ...pair,
      channels: pair.channels.map((c) => {
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
