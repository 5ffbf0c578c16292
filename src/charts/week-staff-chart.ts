/**
 * Maps an exactly evaluated portfolio to the staff-through-the-week chart: people present in
 * each of the week's 168 hours, stacked by channel, from each channel's staffing plan. Live and
 * chat channels have agents by hour; an async channel has the minutes of work its looks and
 * replies take in each hour, so minutes ÷ 60 people then. Channels without a plan (figures interpolated
 * by the sweep) are left out. Also the caption's finding and the per-day table.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import {
  DAY_NAMES,
  DAYS_PER_WEEK,
  HOURS_PER_DAY,
  HOURS_PER_WEEK,
  type PortfolioTotals,
  type Scenario,
} from '@/engine'
import { createFormatters } from '@/composables/format'
import { animationFor, channelIndexes, channelNames, roundTo } from './common'
import { channelColor } from './palette'

export const DAY_FULL_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const

export interface ChannelPresence {
  channelId: string
  name: string
  color: string
  /** People present in each hour of the week (168). */
  byHour: number[]
}

/** People present per hour for each channel of the portfolio that carries a plan. */
export function weekPresence(portfolio: PortfolioTotals, scenario: Scenario): ChannelPresence[] {
  const name = channelNames(scenario)
  const index = channelIndexes(scenario)
  const out: ChannelPresence[] = []
  for (const ch of portfolio.channels) {
    const plan = ch.figures.plan
    if (!plan) continue
    const byHour = Array.from({ length: HOURS_PER_WEEK }, (_, h) => {
      const people =
        plan.kind === 'agents' ? (plan.agentsByHour[h] ?? 0) : (plan.workMinutesByHour[h] ?? 0) / 60
      return Number.isFinite(people) ? Math.max(0, people) : 0
    })
    out.push({
      channelId: ch.channelId,
      name: name(ch.channelId),
      color: channelColor(index(ch.channelId)),
      byHour,
    })
  }
  return out
}

/** "Sat 11:00–12:00" for the chart; "Saturday 11:00–12:00" in sentences. */
export function hourSpan(hour: number, long = false): string {
  const day = Math.floor(hour / HOURS_PER_DAY)
  const h = hour % HOURS_PER_DAY
  const dayName = (long ? DAY_FULL_NAMES[day] : DAY_NAMES[day]) ?? ''
  const pad = (x: number) => String(x).padStart(2, '0')
  return `${dayName} ${pad(h)}:00–${pad(h + 1)}:00`
}

export interface WeekStaffChart {
  data: ChartData<'bar', number[], string>
  options: ChartOptions<'bar'>
}

export function weekStaffChart(
  portfolio: PortfolioTotals,
  scenario: Scenario,
  reducedMotion = false,
): WeekStaffChart {
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  const presence = weekPresence(portfolio, scenario)
  const labels = Array.from({ length: HOURS_PER_WEEK }, (_, h) => hourSpan(h))
  return {
    data: {
      labels,
      datasets: presence.map((p) => ({
        label: p.name,
        data: p.byHour.map((x) => roundTo(x, 2)),
        backgroundColor: p.color,
        borderColor: p.color,
        borderWidth: 0,
        stack: 'staff',
        // 168 bars side by side draw the week's profile without gaps.
        barPercentage: 1,
        categoryPercentage: 1,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animationFor(reducedMotion),
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: {
          stacked: true,
          // One label per day, at noon; a grid line at each midnight.
          ticks: {
            autoSkip: false,
            maxRotation: 0,
            callback: (_value, index) =>
              index % HOURS_PER_DAY === HOURS_PER_DAY / 2
                ? (DAY_NAMES[Math.floor(index / HOURS_PER_DAY)] ?? '')
                : '',
          },
          grid: {
            drawTicks: false,
            color: (ctx) => (ctx.index % HOURS_PER_DAY === 0 ? '#9ca3af' : 'transparent'),
          },
        },
        y: {
          stacked: true,
          beginAtZero: true,
          title: { display: true, text: 'People present' },
        },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}: ${fmt.decimal(item.parsed.y ?? NaN, 1)} people`,
          },
        },
      },
    },
  }
}

/** Total people present each hour, all channels together. */
export function totalByHour(presence: readonly ChannelPresence[]): number[] {
  return Array.from({ length: HOURS_PER_WEEK }, (_, h) =>
    presence.reduce((sum, p) => sum + (p.byHour[h] ?? 0), 0),
  )
}

/** What to see: the busiest hour, and how many other hours need as many. */
export function weekStaffFinding(portfolio: PortfolioTotals, scenario: Scenario): string {
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  const presence = weekPresence(portfolio, scenario)
  const totals = totalByHour(presence)
  const peak = Math.max(0, ...totals)
  if (presence.length === 0) return 'no hour-by-hour staffing to show for this set'
  if (peak <= 0) return 'nobody is needed in any hour'
  const first = totals.findIndex((t) => t >= peak - 1e-9)
  const others = totals.filter((t) => t >= peak - 1e-9).length - 1
  const most = `most people needed: ${fmt.decimal(peak, 1)}`
  if (others === 0) return `${most} on ${hourSpan(first, true)}`
  return `${most}, in ${others + 1} hours of the week (the first ${hourSpan(first, true)})`
}

export function weekStaffCaption(portfolio: PortfolioTotals, scenario: Scenario): string {
  return `People present in each hour of the week, by channel; ${weekStaffFinding(portfolio, scenario)}.`
}

export interface WeekStaffTable {
  channels: Array<{ channelId: string; name: string }>
  /** One row a day: hours of staff presence per channel, then all channels. */
  rows: Array<{ day: string; hours: string[]; total: string }>
  week: { hours: string[]; total: string }
}

export function weekStaffTable(portfolio: PortfolioTotals, scenario: Scenario): WeekStaffTable {
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  const presence = weekPresence(portfolio, scenario)
  const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)
  const dayHours = (byHour: readonly number[], day: number) =>
    sum(byHour.slice(day * HOURS_PER_DAY, (day + 1) * HOURS_PER_DAY))
  const rows = Array.from({ length: DAYS_PER_WEEK }, (_, day) => {
    const perChannel = presence.map((p) => dayHours(p.byHour, day))
    return {
      day: DAY_FULL_NAMES[day] ?? '',
      hours: perChannel.map((h) => fmt.hours(h)),
      total: fmt.hours(sum(perChannel)),
    }
  })
  const weekly = presence.map((p) => sum(p.byHour))
  return {
    channels: presence.map((p) => ({ channelId: p.channelId, name: p.name })),
    rows,
    week: { hours: weekly.map((h) => fmt.hours(h)), total: fmt.hours(sum(weekly)) },
  }
}

/**
 * With one shared team (blended) each plan is the channel's own need: the team the portfolio
 * pays for is smaller. Says so, with the team's hours present, or undefined when dedicated.
 */
export function weekStaffNote(portfolio: PortfolioTotals, scenario: Scenario): string | undefined {
  if (scenario.analysis.structure !== 'blended' || portfolio.size < 2) return undefined
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  const present = portfolio.staffHours * (1 - scenario.business.shrinkage)
  return `One shared team answers every channel: the bars show what each channel would need on its own; the shared team is present ${fmt.hours(present)} a week in all.`
}
