import { describe, expect, it } from 'vitest'
import type { PortfolioAnalysis } from '@/engine'
import { createFormatters } from '@/composables/format'
import {
  cheapLossAnalysis,
  fixtureAnalysis,
  fixtureScenario,
} from '@/components/__tests__/fixtures/answer'
import { CAUSE_COLORS, CAUSE_KEYS, CAUSE_LABELS } from '../palette'
import {
  WITHIN_TARGET_LABEL,
  signedMoney,
  spreadThinCaption,
  spreadThinChart,
  spreadThinFinding,
  spreadThinRows,
} from '../spread-thin-chart'

// The best set of each size: 1 Email (€680), 2 Phone + Email (€468), 3 all three (€580); see
// the fixture for how each cause is made up.
const scenario = fixtureScenario()
const analysis = fixtureAnalysis()

describe('spreadThinChart mapper', () => {
  it('has one category per size of the curve', () => {
    expect(spreadThinChart(analysis, scenario).data.labels).toEqual(['1', '2', '3'])
  })

  it('stacks six cause bars on one axis and draws the share within target on the second', () => {
    const chart = spreadThinChart(analysis, scenario)
    const sets = chart.data.datasets
    expect(sets.map((d) => d.label)).toEqual([
      ...CAUSE_KEYS.map((k) => CAUSE_LABELS[k]),
      WITHIN_TARGET_LABEL,
    ])
    expect(sets.slice(0, 6).map((d) => [d.type, d.stack, d.yAxisID, d.backgroundColor])).toEqual(
      CAUSE_KEYS.map((k) => ['bar', 'cost', 'y', CAUSE_COLORS[k]]),
    )
    expect(sets[6]?.type).toBe('line')
    expect(sets[6]?.yAxisID).toBe('y1')
    const y1 = chart.options.scales?.y1
    expect(y1?.min).toBe(0)
    expect(y1?.max).toBe(100)
  })

  it("stacks each size's cost by cause, so the bars reach the cost with lost value", () => {
    const bars = spreadThinChart(analysis, scenario).data.datasets.slice(0, 6)
    expect(bars.map((d) => d.data)).toEqual([
      [168, 280, 308], // work on contacts
      [84, 112, 160], // fixed floor
      [28, 56, 112], // queue headroom
      [0, 20, 0], // coverage misses
      [400, 0, 0], // lost customers
      [0, 0, 0], // public misses: the fixture has no public channel
    ])
    // 680, 468 and 580: the totals of the three sets.
    expect([0, 1, 2].map((i) => bars.reduce((sum, d) => sum + (d.data[i] ?? NaN), 0))).toEqual([
      680, 468, 580,
    ])
  })

  it('rounds the bars to cents', () => {
    const [first, ...rest] = analysis.spreadThin
    if (!first) throw new Error('fixture has no curve')
    const odd: PortfolioAnalysis = {
      ...analysis,
      spreadThin: [
        { ...first, best: { ...first.best, causes: { ...first.best.causes, work: 168.456 } } },
        ...rest,
      ],
    }
    expect(spreadThinChart(odd, scenario).data.datasets[0]?.data[0]).toBe(168.46)
  })

  it('plots the share answered within target in percent', () => {
    // 144/180, 176/200 and 190/200.
    expect(spreadThinChart(analysis, scenario).data.datasets[6]?.data).toEqual([80, 88, 95])
  })

  it('builds new arrays on each call, with the same dataset labels (vue-chartjs updates)', () => {
    const a = spreadThinChart(analysis, scenario)
    const b = spreadThinChart(cheapLossAnalysis(), scenario)
    expect(b.data.datasets[0]?.data).not.toBe(a.data.datasets[0]?.data)
    expect(b.data.datasets.map((d) => d.label)).toEqual(a.data.datasets.map((d) => d.label))
  })

  it('keeps the common options: responsive, free aspect, legend below, motion on request', () => {
    const { options } = spreadThinChart(analysis, scenario, true)
    expect(options.responsive).toBe(true)
    expect(options.maintainAspectRatio).toBe(false)
    expect(options.animation).toBe(false)
    expect(options.plugins?.legend?.position).toBe('bottom')
    expect(spreadThinChart(analysis, scenario).options.animation).not.toBe(false)
  })
})

describe('spread-thin caption and table', () => {
  it('says where the cost is lowest and what more channels add', () => {
    // With a lost customer at €5, Email alone is cheapest (€380); from there work on contacts
    // grows most (+€140 over the two steps, against +€84 of queue headroom).
    expect(spreadThinCaption(cheapLossAnalysis(), scenario)).toBe(
      'Cost per week of the best set of each size, by cause, and the share answered within target: cheapest at 1 channel (Email, €380 a week); more channels add mostly work on contacts.',
    )
  })

  it('says what fewer channels cost when a middle size is cheapest', () => {
    // Phone + Email (€468) beats Email alone (€680, its lost customers cost €400 more) and all
    // three (€580, queue headroom +€56 the largest rise).
    expect(spreadThinFinding(analysis, scenario)).toBe(
      'cheapest at 2 channels (Phone and Email, €468 a week); more channels add mostly queue headroom; fewer cost more in lost customers',
    )
  })

  it('leaves out the names of a cheapest set of more than three channels', () => {
    const [first] = analysis.spreadThin
    if (!first) throw new Error('fixture has no curve')
    const big: PortfolioAnalysis = {
      ...analysis,
      spreadThin: [{ ...first, size: 4, best: { ...first.best, size: 4 } }],
    }
    expect(spreadThinFinding(big, scenario)).toBe('cheapest at 4 channels (€680 a week)')
    expect(spreadThinFinding({ ...analysis, spreadThin: [] }, scenario)).toBe(
      'there is no set of channels to compare',
    )
  })

  it('gives one table row per size, with the marginal change by cause from size 2', () => {
    const rows = spreadThinRows(analysis, scenario).map((r) => ({
      ...r,
      staffHours: r.staffHours.replace(/\u00a0/g, ' '),
    }))
    expect(rows).toEqual([
      {
        size: 1,
        channels: 'Email',
        staffHours: '10 h',
        cost: '€280',
        lostValue: '€400',
        totalWithLostValue: '€680',
        withinTarget: '80.0%',
      },
      {
        size: 2,
        channels: 'Phone, Email',
        staffHours: '16 h',
        cost: '€448',
        lostValue: '€20',
        totalWithLostValue: '€468',
        withinTarget: '88.0%',
        change: {
          work: '+€112',
          fixedFloor: '+€28',
          queueHeadroom: '+€28',
          coverageMisses: '+€20',
          lostCustomers: '−€400',
          publicMisses: '€0',
          total: '−€212',
        },
      },
      {
        size: 3,
        channels: 'Phone, Email, Live chat',
        staffHours: '20 h',
        cost: '€580',
        lostValue: '€0',
        totalWithLostValue: '€580',
        withinTarget: '95.0%',
        change: {
          work: '+€28',
          fixedFloor: '+€48',
          queueHeadroom: '+€56',
          coverageMisses: '−€20',
          lostCustomers: '€0',
          publicMisses: '€0',
          total: '+€112',
        },
      },
    ])
  })

  it('writes signed money without a minus zero', () => {
    const fmt = createFormatters('en-IE', 'EUR')
    expect(signedMoney(fmt, 48.2)).toBe('+€48')
    expect(signedMoney(fmt, -88.4)).toBe('−€88')
    expect(signedMoney(fmt, -0.3)).toBe('€0')
    expect(signedMoney(fmt, NaN)).toBe('not available')
  })
})
