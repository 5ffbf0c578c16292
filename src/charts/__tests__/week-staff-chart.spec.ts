import { describe, expect, it } from 'vitest'
import {
  evaluatePortfolio,
  HOURS_PER_WEEK,
  sampleScenario,
  type PortfolioTotals,
  type Scenario,
} from '@/engine'
import {
  COVERAGE,
  defined,
  fixtureScenario,
  hourOf,
  phoneEmailExact,
} from '@/components/__tests__/fixtures/answer'
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

// Phone + Email, evaluated exactly: Phone has one agent in each of its 8 hours (Mon–Thu
// 09–11), Email 6 minutes of looks and replies (0.1 people) in each of its 48 hours (Mon–Sat
// 09–17), so both kinds of plan are mapped.
const scenario = fixtureScenario()
const pair = phoneEmailExact()

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)
/** The hours formatter joins number and unit with a no-break space; compare as plain text. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ')

function withoutPlans(p: PortfolioTotals, keep: (channelId: string) => boolean): PortfolioTotals {
  return {
    ...p,
    channels: p.channels.map((c) => {
      if (keep(c.channelId)) return c
      const figures = { ...c.figures }
      delete figures.plan
      return { ...c, figures }
    }),
  }
}

describe('weekStaffChart mapper', () => {
  it('has 168 hours, labelled by day and hour', () => {
    const chart = weekStaffChart(pair, scenario)
    expect(chart.data.labels).toHaveLength(HOURS_PER_WEEK)
    expect(chart.data.labels?.[0]).toBe('Mon 00:00–01:00')
    expect(chart.data.labels?.[hourOf(5, 11)]).toBe('Sat 11:00–12:00')
    expect(hourSpan(167, true)).toBe('Sunday 23:00–24:00')
  })

  it('stacks one dataset per channel, named and coloured as in the scenario', () => {
    const chart = weekStaffChart(pair, scenario)
    expect(chart.data.datasets.map((d) => [d.label, d.backgroundColor, d.stack])).toEqual([
      ['Phone', channelColor(0), 'staff'],
      ['Email', channelColor(1), 'staff'],
    ])
  })

  it("draws agents by hour, and an async channel's minutes of work as people in its hours", () => {
    const [phone, email] = weekStaffChart(pair, scenario).data.datasets
    expect(phone?.data.slice(hourOf(0, 8), hourOf(0, 12))).toEqual([0, 1, 1, 0])
    expect(phone?.data[hourOf(4, 9)]).toBe(0) // Friday: no phone
    // 6 minutes an hour ÷ 60 = 0.1 people, Monday to Saturday 09–17 only.
    expect(email?.data.slice(hourOf(0, 8), hourOf(0, 10))).toEqual([0, 0.1])
    expect(email?.data[hourOf(5, 16)]).toBe(0.1)
    expect(email?.data[hourOf(5, 17)]).toBe(0)
    expect(email?.data[hourOf(6, 12)]).toBe(0) // Sunday
  })

  it('adds up, per channel, to the people-hours of its plan', () => {
    // Phone: 1 agent × 8 h; Email: 0.1 people × 48 h. That is each channel's paid hours less
    // the 20 % shrinkage: 10 h × 0.8 and 6 h × 0.8.
    const presence = weekPresence(pair, scenario)
    expect(presence.map((p) => [p.channelId, sum(p.byHour)])).toEqual([
      ['phone', 8],
      ['email', expect.closeTo(4.8, 9)],
    ])
    expect(sum(totalByHour(presence))).toBeCloseTo(12.8, 9)
  })

  it('puts async staff only in the hours the channel is covered', () => {
    const email = defined(
      weekPresence(pair, scenario).find((p) => p.channelId === 'email'),
      'Email presence',
    )
    expect(email.byHour.map((people) => people > 0)).toEqual(COVERAGE.email)
  })

  it('leaves out channels without a plan (the sweep interpolates)', () => {
    const swept = withoutPlans(pair, (id) => id === 'phone')
    expect(weekStaffChart(swept, scenario).data.datasets.map((d) => d.label)).toEqual(['Phone'])
    const none = withoutPlans(pair, () => false)
    expect(weekStaffFinding(none, scenario)).toBe('no hour-by-hour staffing to show for this set')
  })

  it('turns animation off for reduced motion', () => {
    expect(weekStaffChart(pair, scenario, true).options.animation).toBe(false)
    expect(weekStaffChart(pair, scenario).options.animation).not.toBe(false)
  })

  // The one check against the engine: the mapper's reading of a plan (agents by hour; an async
  // channel's minutes of looks and replies by hour) must agree with the hours the engine
  // reports, for both kinds of plan and both planning modes. Fixtures cannot show that; two
  // small exact evaluations can.
  it('agrees with the engine: agents are paid hours less shrinkage, async work its workload', () => {
    // Two modes × (the channels drawn + one sum for each of the two).
    expect.assertions(6)
    const sample = sampleScenario()
    const fixed: Scenario = { ...sample, analysis: { ...sample.analysis, mode: 'fixed-hours' } }
    for (const s of [sample, fixed]) {
      const p = evaluatePortfolio(s, ['phone', 'email'])
      const present = 1 - s.business.shrinkage
      const presence = weekPresence(p, s)
      expect(presence.map((c) => c.channelId)).toEqual(['phone', 'email'])
      for (const c of presence) {
        const ch = defined(
          p.channels.find((x) => x.channelId === c.channelId),
          c.channelId,
        )
        // An async channel works its looks and replies (fixed hours may pay for more than
        // that). A live channel's agents are present for its paid hours less shrinkage; with
        // fixed hours the split gives whole agent-hours, so up to one agent-hour less.
        if (ch.figures.plan?.kind === 'looks') {
          expect(sum(c.byHour)).toBeCloseTo(ch.figures.workloadHours, 6)
        } else if (s.analysis.mode === 'meet-targets') {
          expect(sum(c.byHour)).toBeCloseTo(ch.staffHours * present, 6)
        } else {
          const agentHours = sum(c.byHour)
          expect(
            agentHours > ch.staffHours * present - 1 &&
              agentHours <= ch.staffHours * present + 1e-9,
          ).toBe(true)
        }
      }
    }
  })

  it('alongside other work: the phone\u2019s hours are its calls picked up, hour by hour', () => {
    // The shop's people answer: the phone costs the minutes on calls answered (handle time and
    // interruption), no shrinkage.
    const s = sampleScenario()
    s.analysis.structure = 'alongside-other-work'
    const p = evaluatePortfolio(s, ['phone', 'email'])
    const phone = defined(
      weekPresence(p, s).find((c) => c.channelId === 'phone'),
      'the phone',
    )
    const ch = defined(
      p.channels.find((x) => x.channelId === 'phone'),
      'phone',
    )
    expect(ch.figures.plan?.kind).toBe('on-site')
    expect(sum(phone.byHour)).toBeCloseTo(ch.staffHours, 6)
  })
})

describe('week staff caption, note and table', () => {
  it('says the peak, and how many hours share it', () => {
    // Phone's 8 hours each have 1 agent + 0.1 on Email; every other hour at most 0.1.
    expect(weekStaffCaption(pair, scenario)).toBe(
      'People present in each hour of the week, by channel; most people needed: 1.1, in 8 hours of the week (the first Monday 09:00–10:00).',
    )
  })

  it('names the one busiest hour when there is one', () => {
    const phone = defined(pair.channels[0], 'Phone')
    const plan = phone.figures.plan
    if (plan?.kind !== 'agents') throw new Error('fixture Phone has no agents by hour')
    const agentsByHour = [...plan.agentsByHour]
    agentsByHour[hourOf(5, 11)] = 3
    const busier: PortfolioTotals = {
      ...pair,
      channels: [
        { ...phone, figures: { ...phone.figures, plan: { kind: 'agents', agentsByHour } } },
        ...pair.channels.slice(1),
      ],
    }
    // 3 agents + 0.1 on Email.
    expect(weekStaffFinding(busier, scenario)).toBe(
      'most people needed: 3.1 on Saturday 11:00–12:00',
    )
  })

  it('says nobody is needed when every plan is empty', () => {
    const phone = defined(pair.channels[0], 'Phone')
    const idle: PortfolioTotals = {
      ...pair,
      channels: [
        {
          ...phone,
          figures: {
            ...phone.figures,
            plan: { kind: 'agents', agentsByHour: Array<number>(HOURS_PER_WEEK).fill(0) },
          },
        },
      ],
    }
    expect(weekStaffFinding(idle, scenario)).toBe('nobody is needed in any hour')
  })

  it('tabulates seven days of hours per channel, and the week', () => {
    const table = weekStaffTable(pair, scenario)
    expect(table.channels.map((c) => c.name)).toEqual(['Phone', 'Email'])
    expect(table.rows.map((r) => [r.day, ...r.hours.map(plain), plain(r.total)])).toEqual([
      ['Monday', '2 h', '0.8 h', '2.8 h'], // Phone 09–11; Email 8 h × 0.1
      ['Tuesday', '2 h', '0.8 h', '2.8 h'],
      ['Wednesday', '2 h', '0.8 h', '2.8 h'],
      ['Thursday', '2 h', '0.8 h', '2.8 h'],
      ['Friday', '0 h', '0.8 h', '0.8 h'],
      ['Saturday', '0 h', '0.8 h', '0.8 h'],
      ['Sunday', '0 h', '0 h', '0 h'],
    ])
    // 8 h and 4.8 h; 12.8 h shows as 13 h (whole hours from 10 up).
    expect([...table.week.hours, table.week.total].map(plain)).toEqual(['8 h', '4.8 h', '13 h'])
  })

  it('notes the shared team only for blended staffing', () => {
    expect(weekStaffNote(pair, scenario)).toBeUndefined()
    const blended: Scenario = {
      ...scenario,
      analysis: { ...scenario.analysis, structure: 'blended' },
    }
    // 16 paid hours × (1 − 0.2) = 12.8 h present, shown as 13 h.
    expect(plain(weekStaffNote(pair, blended))).toBe(
      'One shared team answers every channel: the bars show what each channel would need on its own; the shared team is present 13 h a week in all.',
    )
    const alone: PortfolioTotals = { ...pair, size: 1, channels: pair.channels.slice(0, 1) }
    expect(weekStaffNote(alone, blended)).toBeUndefined()
  })
})
