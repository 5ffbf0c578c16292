import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { WatchedChannel, WatchedWeek } from '@/engine'
import { fixtureScenario, hourOf } from '@/components/__tests__/fixtures/answer'
import type { WeekAnswer } from '@/composables/analysis'
import WeekWatchPanel from '../WeekWatchPanel.vue'
import { chartData } from './chart-stub'

vi.mock('vue-chartjs', async () => (await import('./chart-stub')).chartStubs)

const scenario = fixtureScenario()
const zeros = () => new Array<number>(168).fill(0)

/** `offered` contacts Monday 09:00–10:00, `within` of them within target, `pile` left from then on. */
function channel(channelId: string, offered: number, within: number, pile = 0): WatchedChannel {
  const offeredByHour = zeros()
  const withinByHour = zeros()
  offeredByHour[hourOf(0, 9)] = offered
  withinByHour[hourOf(0, 9)] = within
  const pileByHour = zeros().map((_, h) => (h >= hourOf(0, 9) ? pile : 0))
  return { channelId, offeredByHour, withinByHour, pileByHour, modelledAttainment: 0.75 }
}

const week = (channels: WatchedChannel[]): WatchedWeek => ({
  available: true,
  channelIds: channels.map((c) => c.channelId),
  channels,
})

// Today: phone (10, 9 within) and email (20, 5 within, 15 left waiting). Recommended: phone.
const answer: WeekAnswer = {
  current: week([channel('phone', 10, 9), channel('email', 20, 5, 15)]),
  recommended: week([channel('phone', 30, 24)]),
}

const mountPanel = (props: Partial<InstanceType<typeof WeekWatchPanel>['$props']> = {}) =>
  mount(WeekWatchPanel, { props: { week: answer, scenario, ...props } })

describe('WeekWatchPanel', () => {
  it("shows today's week first, then the recommended one, on one scale", () => {
    const w = mountPanel()
    const figures = w.findAll('[data-testid="week-pile"]')
    expect(figures.map((f) => f.get('figcaption').text())).toEqual([
      'Today: Phone and Email. The biggest pile is 15 contacts waiting on Email at Monday 10:00; 47% of its 30 contacts answered within target.',
      'Recommended: Phone. Nothing ever waits; 80% of its 30 contacts answered within target.',
    ])
    // 15 × 1.1 = 16.5, up to 17, for both charts.
    const maxes = w
      .findAll('.line-stub')
      .slice(0, 2)
      .map((s) => JSON.parse(s.attributes('data-options') ?? '{}').scales.y.suggestedMax)
    expect(maxes).toEqual([17, 17])
  })

  it('compares the share within target as the week goes, recommended solid, today dashed', () => {
    const w = mountPanel()
    const soFar = w.get('[data-testid="week-so-far"]')
    expect(soFar.get('figcaption').text()).toContain(
      'By the end of the week: recommended, 80%; today, 47%.',
    )
    const data = chartData(soFar.get('.line-stub'))
    expect(data.datasets.map((d) => d.label)).toEqual(['Recommended', 'Today'])
  })

  it('shows one week when today’s set is the recommended one', () => {
    const w = mountPanel({ week: { current: answer.recommended, recommended: answer.recommended } })
    const figures = w.findAll('[data-testid="week-pile"]')
    expect(figures).toHaveLength(1)
    expect(figures[0]?.get('figcaption').text()).toMatch(/^Today and recommended: Phone\./)
  })

  it('offers each week as a table by day, with the week’s shares this week and as planned', () => {
    const table = mountPanel().get('[data-testid="week-pile"] table')
    expect(table.findAll('thead th').map((t) => t.text())).toEqual([
      'Day',
      'Phone: biggest pile',
      'Email: biggest pile',
      'Within target so far',
    ])
    expect(table.findAll('tbody tr')).toHaveLength(7)
    expect(table.findAll('tfoot tr').map((r) => r.findAll('th, td').map((c) => c.text()))).toEqual([
      ['Contacts this week', '10', '20', ''],
      ['Within target this week', '90%', '25%', ''],
      ['Within target as planned', '75%', '75%', ''],
    ])
  })

  it('says why there is no week, or that it is on its way, or what failed', () => {
    expect(mountPanel({ week: undefined }).get('[role="status"]').text()).toBe(
      'Playing out the week…',
    )
    const none: WeekAnswer = {
      recommended: { available: false, channelIds: ['phone'], reason: 'blended-fixed-hours' },
    }
    const w = mountPanel({ week: none })
    expect(w.get('[role="status"]').text()).toMatch(/^With one team and fixed hours/)
    expect(w.find('[data-testid="week-pile"]').exists()).toBe(false)
    expect(mountPanel({ failure: 'boom' }).get('[role="status"]').text()).toBe(
      'The week could not be played out: boom',
    )
  })
})
