import { beforeAll, describe, expect, it } from 'vitest'
import { recommend, sampleScenario, type Recommendation, type Scenario } from '@/engine'
import { createFormatters } from '@/composables/format'
import { CAUSE_KEYS, CAUSE_LABELS } from '../palette'
import {
  WITHIN_TARGET_LABEL,
  signedMoney,
  spreadThinCaption,
  spreadThinChart,
  spreadThinFinding,
  spreadThinRows,
} from '../spread-thin-chart'

// One analysis of the sample (about 1–2 s), shared by the whole file.
let scenario: Scenario
let rec: Recommendation
beforeAll(() => {
  scenario = sampleScenario()
  rec = recommend(scenario)
})

describe('spreadThinChart mapper', () => {
  it('has one category per size, 1..10 for the ten candidates of the sample', () => {
    const chart = spreadThinChart(rec.analysis, scenario)
    expect(chart.data.labels).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    expect(rec.analysis.spreadThin.map((p) => p.size)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('stacks five cause bars on one axis and draws the share within target on the second', () => {
    const chart = spreadThinChart(rec.analysis, scenario)
    const sets = chart.data.datasets
    expect(sets.map((d) => d.label)).toEqual([
      ...CAUSE_KEYS.map((k) => CAUSE_LABELS[k]),
      WITHIN_TARGET_LABEL,
    ])
    expect(sets.slice(0, 5).every((d) => d.type === 'bar' && d.stack === 'cost')).toBe(true)
    expect(sets[5]?.type).toBe('line')
    expect(sets[5]?.yAxisID).toBe('y1')
    const y1 = chart.options.scales?.y1
    expect(y1?.min).toBe(0)
    expect(y1?.max).toBe(100)
  })

  it('stacks causes that add up to the cost including lost value, for every size', () => {
    // The engine splits totalWithLostValue into exactly these five causes (staff time for
    // work, fixed floor and headroom partition the paid hours; tools, setup, training and
    // self-service ride on work and floor; lost value splits into coverage misses and lost
    // customers). Each bar is rounded to cents, so five of them stay within 2.5 cents.
    const chart = spreadThinChart(rec.analysis, scenario)
    rec.analysis.spreadThin.forEach((p, i) => {
      const stacked = chart.data.datasets
        .slice(0, 5)
        .reduce((sum, d) => sum + (d.data[i] ?? NaN), 0)
      expect(Math.abs(stacked - p.best.totalWithLostValue)).toBeLessThan(0.03)
    })
  })

  it('plots the share answered within target in percent', () => {
    const line = spreadThinChart(rec.analysis, scenario).data.datasets[5]
    rec.analysis.spreadThin.forEach((p, i) => {
      expect(line?.data[i]).toBeCloseTo(p.best.attainment * 100, 1)
    })
    expect(line?.data.every((v) => v >= 0 && v <= 100)).toBe(true)
  })

  it('builds new arrays on each call, with the same dataset labels (vue-chartjs updates)', () => {
    const a = spreadThinChart(rec.analysis, scenario)
    const b = spreadThinChart(rec.analysis, scenario)
    expect(b.data.datasets[0]?.data).not.toBe(a.data.datasets[0]?.data)
    expect(b.data.datasets.map((d) => d.label)).toEqual(a.data.datasets.map((d) => d.label))
  })

  it('keeps the common options: responsive, free aspect, legend below, motion on request', () => {
    const { options } = spreadThinChart(rec.analysis, scenario, true)
    expect(options.responsive).toBe(true)
    expect(options.maintainAspectRatio).toBe(false)
    expect(options.animation).toBe(false)
    expect(options.plugins?.legend?.position).toBe('bottom')
    expect(spreadThinChart(rec.analysis, scenario).options.animation).not.toBe(false)
  })
})

describe('spread-thin caption and table', () => {
  it('says where the cost is lowest and what more channels add', () => {
    // The sample: Email alone €3,021; every larger best set costs more, and from 1 to 10
    // channels queue headroom grows by far the most (≈ €7,200 of ≈ €7,800).
    expect(spreadThinCaption(rec.analysis, scenario)).toBe(
      'Cost per week of the best set of each size, by cause, and the share answered within target: cheapest at 1 channel (Email, €3,021 a week); more channels add mostly queue headroom.',
    )
  })

  it('says what fewer channels cost when a middle size is cheapest', () => {
    // Make a lost customer dear: larger sets keep customers, so a middle size wins. The
    // finding is checked against the curve rather than hard-coded.
    const dear = { ...scenario, valueAtRiskPerLostContact: 1000 }
    const analysis = recommend(dear).analysis
    const totals = analysis.spreadThin.map((p) => p.best.totalWithLostValue)
    const cheapest = totals.indexOf(Math.min(...totals))
    expect(cheapest).toBeGreaterThan(0)
    const finding = spreadThinFinding(analysis, dear)
    expect(finding).toMatch(new RegExp(`^cheapest at ${cheapest + 1} channels`))
    expect(finding).toMatch(/fewer cost more in lost customers/)
  })

  it('gives one table row per size, with the marginal change by cause from size 2', () => {
    const rows = spreadThinRows(rec.analysis, scenario)
    expect(rows).toHaveLength(10)
    expect(rows[0]).toMatchObject({
      size: 1,
      channels: 'Email',
      cost: '€2,039',
      lostValue: '€983',
      totalWithLostValue: '€3,021',
      withinTarget: '30.9%',
    })
    expect(rows[0]?.change).toBeUndefined()
    // Email → Email + Review replies: work +€65, fixed floor +€48, lost customers −€88.
    expect(rows[1]?.channels).toBe('Email, Review replies')
    expect(rows[1]?.change).toMatchObject({
      work: '+€65',
      fixedFloor: '+€48',
      lostCustomers: '−€88',
      total: '+€18',
    })
  })

  it('has marginal changes by cause that add up to the change in total', () => {
    for (const p of rec.analysis.spreadThin.slice(1)) {
      const m = p.marginal
      expect(m).toBeDefined()
      if (!m) continue
      const sum = CAUSE_KEYS.reduce((s, k) => s + m[k], 0)
      expect(sum).toBeCloseTo(m.total, 6)
    }
  })

  it('writes signed money without a minus zero', () => {
    const fmt = createFormatters('en-IE', 'EUR')
    expect(signedMoney(fmt, 48.2)).toBe('+€48')
    expect(signedMoney(fmt, -88.4)).toBe('−€88')
    expect(signedMoney(fmt, -0.3)).toBe('€0')
    expect(signedMoney(fmt, NaN)).toBe('not available')
  })
})
