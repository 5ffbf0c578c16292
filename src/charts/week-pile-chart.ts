/**
 * Maps a watched week (one seeded simulated week of a set, engine `watchWeek`) to its charts:
 * each channel's pile of unanswered contacts at the end of every hour, and the share answered
 * within target as the week goes (of the contacts that had come by each hour, those answered
 * within target, whenever the answer came). Also the sentences beside them and the per-day table.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import {
  DAY_NAMES,
  DAYS_PER_WEEK,
  HOURS_PER_DAY,
  HOURS_PER_WEEK,
  type Scenario,
  type WatchedChannel,
} from '@/engine'
import { createFormatters } from '@/composables/format'
import { animationFor, channelIndexes, channelNames, roundTo } from './common'
import { COMPARISON_COLOR, RECOMMENDED_COLOR, channelColor } from './palette'
import { DAY_FULL_NAMES } from './week-staff-chart'

/** A set's simulated week, as shown: which set it is, and its channels' weeks. */
export interface ShownWeek {
  /** "Today" or "Recommended". */
  label: string
  channelIds: readonly string[]
  channels: readonly WatchedChannel[]
}

export interface LineChart {
  data: ChartData<'line', (number | null)[], string>
  options: ChartOptions<'line'>
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)

/** "Sat 12:00" for the end of hour 11 of Saturday; "Saturday 12:00" in sentences; 24:00 at midnight. */
export function hourEnd(hour: number, long = false): string {
  const day = Math.floor(hour / HOURS_PER_DAY)
  const h = (hour % HOURS_PER_DAY) + 1
  const dayName = (long ? DAY_FULL_NAMES[day] : DAY_NAMES[day]) ?? ''
  return `${dayName} ${String(h).padStart(2, '0')}:00`
}

/** The x axis shared by both charts: one label per day at noon, a grid line at each midnight. */
function weekAxis(): NonNullable<ChartOptions<'line'>['scales']>[string] {
  return {
    ticks: {
      autoSkip: false,
      maxRotation: 0,
      callback: (_value, index) =>
        index % HOURS_PER_DAY === HOURS_PER_DAY / 2 - 1
          ? (DAY_NAMES[Math.floor(index / HOURS_PER_DAY)] ?? '')
          : '',
    },
    grid: {
      drawTicks: false,
      color: (ctx) => (ctx.index % HOURS_PER_DAY === HOURS_PER_DAY - 1 ? '#9ca3af' : 'transparent'),
    },
  }
}

const hourLabels = () => Array.from({ length: HOURS_PER_WEEK }, (_, h) => hourEnd(h))

/** The biggest pile any channel of any shown week reaches: both charts share the scale. */
export function pileScaleMax(weeks: readonly ShownWeek[]): number {
  const peak = Math.max(0, ...weeks.flatMap((w) => w.channels.flatMap((c) => c.pileByHour)))
  // At least 5, so a clear week's line sits at the bottom of a scale rather than filling it.
  return Math.max(5, Math.ceil(peak * 1.1))
}

export function pileChart(
  week: ShownWeek,
  scenario: Scenario,
  yMax: number,
  reducedMotion = false,
): LineChart {
  const name = channelNames(scenario)
  const index = channelIndexes(scenario)
  return {
    data: {
      labels: hourLabels(),
      datasets: week.channels.map((c) => {
        const color = channelColor(index(c.channelId))
        return {
          label: name(c.channelId),
          data: c.pileByHour,
          borderColor: color,
          backgroundColor: color,
          borderWidth: 3,
          pointRadius: 0,
          stepped: true,
        }
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animationFor(reducedMotion),
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: weekAxis(),
        y: {
          beginAtZero: true,
          // Suggested, not fixed: the axis rounds it up to a tick, the same for every set.
          suggestedMax: yMax,
          ticks: { precision: 0 },
          title: { display: true, text: 'Contacts waiting' },
        },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${item.parsed.y ?? 0} waiting`,
          },
        },
      },
    },
  }
}

/**
 * Of the set's contacts that had come by the end of each hour, the share answered within
 * target; null before the first contact.
 */
export function withinSoFar(channels: readonly WatchedChannel[]): (number | null)[] {
  let offered = 0
  let within = 0
  return Array.from({ length: HOURS_PER_WEEK }, (_, h) => {
    for (const c of channels) {
      offered += c.offeredByHour[h] ?? 0
      within += c.withinByHour[h] ?? 0
    }
    return offered > 0 ? within / offered : null
  })
}

export function withinSoFarChart(weeks: readonly ShownWeek[], reducedMotion = false): LineChart {
  const colors = [RECOMMENDED_COLOR, COMPARISON_COLOR]
  return {
    data: {
      labels: hourLabels(),
      datasets: weeks.map((w, k) => {
        const color = colors[k] ?? COMPARISON_COLOR
        return {
          label: w.label,
          data: withinSoFar(w.channels).map((s) => (s === null ? null : roundTo(100 * s, 1))),
          borderColor: color,
          backgroundColor: color,
          borderWidth: 3,
          borderDash: k === 0 ? [] : [8, 5],
          pointRadius: 0,
        }
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animationFor(reducedMotion),
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: weekAxis(),
        y: {
          min: 0,
          max: 100,
          title: { display: true, text: 'Within target so far (%)' },
        },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${item.parsed.y ?? 0} %`,
          },
        },
      },
    },
  }
}

/** The set's week in a sentence (after its name): its biggest pile and where, and the week's share within target. */
export function weekFinding(week: ShownWeek, scenario: Scenario): string {
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  const name = channelNames(scenario)
  const offered = sum(week.channels.flatMap((c) => c.offeredByHour))
  const within = sum(week.channels.flatMap((c) => c.withinByHour))
  let peak = 0
  let where: { channelId: string; hour: number } | undefined
  for (const c of week.channels) {
    c.pileByHour.forEach((n, hour) => {
      if (n > peak) {
        peak = n
        where = { channelId: c.channelId, hour }
      }
    })
  }
  const share =
    offered > 0
      ? `${fmt.percent(within / offered, 0)} of its ${fmt.integer(offered)} contacts answered within target`
      : 'no contacts came'
  if (!where) return `Nothing ever waits; ${share}.`
  const contacts = peak === 1 ? '1 contact' : `${fmt.integer(peak)} contacts`
  return `The biggest pile is ${contacts} waiting on ${name(where.channelId)} at ${hourEnd(where.hour, true)}; ${share}.`
}

export interface WeekTable {
  channels: Array<{ channelId: string; name: string }>
  /** One row a day: each channel's biggest pile that day, and the set's share within target so far. */
  rows: Array<{ day: string; peaks: string[]; soFar: string }>
  /** Each channel's contacts of the week and its share within target, this week and as planned. */
  week: { offered: string[]; simulated: string[]; planned: string[] }
}

export function weekTable(week: ShownWeek, scenario: Scenario): WeekTable {
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  const name = channelNames(scenario)
  const soFar = withinSoFar(week.channels)
  const rows = Array.from({ length: DAYS_PER_WEEK }, (_, day) => {
    const from = day * HOURS_PER_DAY
    const to = from + HOURS_PER_DAY
    const share = soFar[to - 1]
    return {
      day: DAY_FULL_NAMES[day] ?? '',
      peaks: week.channels.map((c) => fmt.integer(Math.max(0, ...c.pileByHour.slice(from, to)))),
      soFar: share === null || share === undefined ? '–' : fmt.percent(share, 0),
    }
  })
  const shareOf = (c: WatchedChannel) => {
    const offered = sum(c.offeredByHour)
    return offered > 0 ? fmt.percent(sum(c.withinByHour) / offered, 0) : '–'
  }
  return {
    channels: week.channels.map((c) => ({ channelId: c.channelId, name: name(c.channelId) })),
    rows,
    week: {
      offered: week.channels.map((c) => fmt.integer(sum(c.offeredByHour))),
      simulated: week.channels.map(shareOf),
      planned: week.channels.map((c) => fmt.percent(c.modelledAttainment, 0)),
    },
  }
}
