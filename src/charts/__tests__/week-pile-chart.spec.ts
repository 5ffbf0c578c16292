/**
 * The watched week's charts, sentences and table, from weeks written by hand: every figure
 * below is counted from the hand-made hours.
 */
import { describe, expect, it } from 'vitest'
import type { WatchedChannel } from '@/engine'
import { fixtureScenario, hourOf } from '@/components/__tests__/fixtures/answer'
import {
  hourEnd,
  pileChart,
  pileScaleMax,
  weekFinding,
  weekTable,
  withinSoFar,
  withinSoFarChart,
  type ShownWeek,
} from '../week-pile-chart'

const scenario = fixtureScenario()
const zeros = () => new Array<number>(168).fill(0)

/** A channel's week: `arrivals` [hour, offered, within], piles [hour, contacts] from then on. */
function channel(
  channelId: string,
  arrivals: [number, number, number][],
  piles: [number, number][],
  modelledAttainment = 0.8,
): WatchedChannel {
  const offeredByHour = zeros()
  const withinByHour = zeros()
  for (const [h, offered, within] of arrivals) {
    offeredByHour[h] = offered
    withinByHour[h] = within
  }
  const pileByHour = zeros()
  for (const [from, n] of piles) for (let h = from; h < 168; h++) pileByHour[h] = n
  return { channelId, offeredByHour, withinByHour, pileByHour, modelledAttainment }
}

// Phone: 10 calls Monday 09:00–10:00, 8 within target; never a pile.
// Email: 4 Monday 10:00–11:00 (all within target), 6 Saturday 12:00–13:00 (none): 6 waiting
// from the end of Saturday's 12:00 hour to the end of the week.
const today: ShownWeek = {
  label: 'Today',
  channelIds: ['phone', 'email'],
  channels: [
    channel('phone', [[hourOf(0, 9), 10, 8]], []),
    channel(
      'email',
      [
        [hourOf(0, 10), 4, 4],
        [hourOf(5, 12), 6, 0],
      ],
      [[hourOf(5, 12), 6]],
    ),
  ],
}

describe('the watched week', () => {
  it('names the end of each hour: hour 0 ends Monday 01:00, the last Sunday 24:00', () => {
    expect(hourEnd(0)).toBe('Mon 01:00')
    expect(hourEnd(167, true)).toBe('Sunday 24:00')
    expect(hourEnd(hourOf(5, 12), true)).toBe('Saturday 13:00')
  })

  it('gives the share within target so far by the end of each hour', () => {
    const soFar = withinSoFar(today.channels)
    // Nothing before Monday 09:00; 8 of 10 by 10:00; 12 of 14 by 11:00; 12 of 20 from Saturday 13:00.
    expect(soFar[hourOf(0, 8)]).toBeNull()
    expect(soFar[hourOf(0, 9)]).toBeCloseTo(0.8, 12)
    expect(soFar[hourOf(0, 10)]).toBeCloseTo(12 / 14, 12)
    expect(soFar[167]).toBeCloseTo(12 / 20, 12)
    const chart = withinSoFarChart([today])
    expect(chart.data.datasets[0]?.data[hourOf(0, 10)]).toBe(85.7)
  })

  it('says where the biggest pile is and the share of the week', () => {
    expect(weekFinding(today, scenario)).toBe(
      'The biggest pile is 6 contacts waiting on Email at Saturday 13:00; 60% of its 20 contacts answered within target.',
    )
  })

  it('draws one stepped line per channel on the scale given', () => {
    const chart = pileChart(today, scenario, pileScaleMax([today]))
    expect(chart.data.labels).toHaveLength(168)
    expect(chart.data.datasets.map((d) => d.label)).toEqual(['Phone', 'Email'])
    expect(chart.data.datasets[1]?.data[167]).toBe(6)
    // 6 × 1.1 = 6.6, up to 7.
    expect(chart.options.scales?.y?.suggestedMax).toBe(7)
    // A clear week still gets a scale of 5.
    expect(pileScaleMax([{ ...today, channels: [today.channels[0] as WatchedChannel] }])).toBe(5)
  })

  it('tabulates each day: the biggest pile per channel and the share so far', () => {
    const table = weekTable(today, scenario)
    expect(table.channels.map((c) => c.name)).toEqual(['Phone', 'Email'])
    expect(table.rows.map((r) => r.peaks)).toEqual([
      ['0', '0'],
      ['0', '0'],
      ['0', '0'],
      ['0', '0'],
      ['0', '0'],
      ['0', '6'],
      ['0', '6'],
    ])
    // 12 of 14 by the end of Monday (86 %), 12 of 20 from Saturday on.
    expect(table.rows.map((r) => r.soFar)).toEqual([
      '86%',
      '86%',
      '86%',
      '86%',
      '86%',
      '60%',
      '60%',
    ])
    expect(table.week).toEqual({
      offered: ['10', '10'],
      simulated: ['80%', '40%'],
      planned: ['80%', '80%'],
    })
  })
})
