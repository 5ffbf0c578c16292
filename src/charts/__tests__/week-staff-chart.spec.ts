import { beforeAll, describe, expect, it } from 'vitest'
import {
  evaluatePortfolio,
  HOURS_PER_WEEK,
  sampleScenario,
  type PortfolioTotals,
  type Scenario,
} from '@/engine'
import { channelColor } from '../palette'
import {
  hourSpan,
  totalByHour,
  weekPresence,
  weekStaffCaption,
  weekStaffChart,
  weekStaffFinding,
  weekStaffNote,
  weekStaffTable,
} from '../week-staff-chart'

// The sample's current set, evaluated exactly: Phone (agents by hour) and three async channels
// (an allowance in covered hours), so both kinds of plan are mapped.
let scenario: Scenario
let current: PortfolioTotals
beforeAll(() => {
  scenario = sampleScenario()
  current = evaluatePortfolio(scenario, ['phone', 'email', 'facebook', 'instagram'])
})

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)
/** The hours formatter joins number and unit with a no-break space; compare as plain text. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ')

describe('weekStaffChart mapper', () => {
  it('has 168 hours, labelled by day and hour', () => {
    const chart = weekStaffChart(current, scenario)
    expect(chart.data.labels).toHaveLength(HOURS_PER_WEEK)
    expect(chart.data.labels?.[0]).toBe('Mon 00:00–01:00')
    expect(chart.data.labels?.[24 * 5 + 11]).toBe('Sat 11:00–12:00')
    expect(hourSpan(167, true)).toBe('Sunday 23:00–24:00')
  })

  it('stacks one dataset per channel, named and coloured as in the scenario', () => {
    const chart = weekStaffChart(current, scenario)
    expect(chart.data.datasets.map((d) => d.label)).toEqual([
      'Phone',
      'Email',
      'Facebook',
      'Instagram',
    ])
    const phone = scenario.channels.findIndex((c) => c.id === 'phone')
    expect(chart.data.datasets[0]?.backgroundColor).toBe(channelColor(phone))
    expect(chart.data.datasets.every((d) => d.stack === 'staff')).toBe(true)
  })

  it("adds up, per channel, to the channel's staff hours less shrinkage", () => {
    // Paid staff hours are presence ÷ (1 − shrinkage) for both kinds of plan (agents: Σ agents
    // by hour; async: allowance ÷ 60 in each covered hour), dedicated and meet-targets.
    const present = 1 - scenario.business.shrinkage
    for (const p of weekPresence(current, scenario)) {
      const ch = current.channels.find((c) => c.channelId === p.channelId)
      expect(sum(p.byHour)).toBeCloseTo((ch?.staffHours ?? NaN) * present, 6)
    }
    expect(sum(totalByHour(weekPresence(current, scenario)))).toBeCloseTo(
      current.staffHours * present,
      6,
    )
  })

  it('puts async staff only in the hours the channel is covered', () => {
    const email = weekPresence(current, scenario).find((p) => p.channelId === 'email')
    const coverage = scenario.channels.find((c) => c.id === 'email')?.coverage ?? []
    email?.byHour.forEach((people, h) => expect(people > 0).toBe(Boolean(coverage[h])))
  })

  it('leaves out channels without a plan (the sweep interpolates)', () => {
    const swept: PortfolioTotals = {
      ...current,
      channels: current.channels.map((c, i) => {
        if (i === 0) return c
        const figures = { ...c.figures }
        delete figures.plan
        return { ...c, figures }
      }),
    }
    expect(weekStaffChart(swept, scenario).data.datasets.map((d) => d.label)).toEqual(['Phone'])
    const none: PortfolioTotals = { ...swept, channels: swept.channels.slice(1) }
    expect(weekStaffFinding(none, scenario)).toBe('no hour-by-hour staffing to show for this set')
  })

  it('turns animation off for reduced motion', () => {
    expect(weekStaffChart(current, scenario, true).options.animation).toBe(false)
  })

  it('fixed hours: the week holds the budget less shrinkage', () => {
    const fixed: Scenario = {
      ...scenario,
      analysis: { ...scenario.analysis, mode: 'fixed-hours' },
    }
    const p = evaluatePortfolio(fixed, ['phone', 'email'])
    const present = 1 - fixed.business.shrinkage
    expect(p.staffHours).toBeCloseTo(40, 6)
    expect(sum(totalByHour(weekPresence(p, fixed)))).toBeCloseTo(40 * present, 6)
  })
})

describe('week staff caption, note and table', () => {
  it('says the peak, and how many hours share it', () => {
    // Phone has one agent and the three async channels a flat allowance in every covered hour,
    // so every one of the 68 covered hours needs the same.
    const presence = totalByHour(weekPresence(current, scenario))
    const peak = Math.max(...presence)
    expect(presence.filter((x) => Math.abs(x - peak) < 1e-9)).toHaveLength(68)
    expect(weekStaffCaption(current, scenario)).toBe(
      'People present in each hour of the week, by channel; most people needed: 1.7, in 68 hours of the week (the first Monday 08:00–09:00).',
    )
  })

  it('names the one busiest hour when there is one', () => {
    const phone = current.channels[0]
    const plan = phone?.figures.plan
    if (!phone || plan?.kind !== 'agents') throw new Error('expected Phone with agents')
    const agentsByHour = [...plan.agentsByHour]
    agentsByHour[24 * 5 + 11] = 3
    const busier: PortfolioTotals = {
      ...current,
      channels: [
        { ...phone, figures: { ...phone.figures, plan: { kind: 'agents', agentsByHour } } },
        ...current.channels.slice(1),
      ],
    }
    expect(weekStaffFinding(busier, scenario)).toBe(
      'most people needed: 3.7 on Saturday 11:00–12:00',
    )
  })

  it('tabulates seven days of hours per channel, and the week', () => {
    const table = weekStaffTable(current, scenario)
    expect(table.channels.map((c) => c.name)).toEqual(['Phone', 'Email', 'Facebook', 'Instagram'])
    expect(table.rows.map((r) => r.day)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ])
    // Extended hours: 08–20 on weekdays (12 h), 09–17 on Saturday (8 h), closed on Sunday.
    expect(plain(table.rows[0]?.hours[0])).toBe('12 h')
    expect(plain(table.rows[5]?.hours[0])).toBe('8 h')
    expect(plain(table.rows[6]?.total)).toBe('0 h')
    expect(plain(table.week.hours[0])).toBe('68 h')
  })

  it('notes the shared team only for blended staffing', () => {
    expect(weekStaffNote(current, scenario)).toBeUndefined()
    const blended: Scenario = {
      ...scenario,
      analysis: { ...scenario.analysis, structure: 'blended' },
    }
    const p = evaluatePortfolio(blended, ['phone', 'email'])
    expect(weekStaffNote(p, blended)).toMatch(/^One shared team answers every channel/)
  })
})
