/**
 * Maps the spread-thin curve (the best set of each size) to a chart: the weekly cost including
 * the value of lost customers as bars stacked by cause, and the share answered within target as
 * a line on a second axis. Also the caption's finding and the rows of the table beside it.
 */
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js'
import type { PortfolioAnalysis, Scenario, SpreadThinPoint } from '@/engine'
import { createFormatters, type Formatters } from '@/composables/format'
import { animationFor, channelNames, listOf, plural, roundTo } from './common'
import {
  CAUSE_COLORS,
  CAUSE_KEYS,
  CAUSE_LABELS,
  LINE_COLOR,
  SEGMENT_BORDER,
  type CauseKey,
} from './palette'

export type SpreadThinChartType = 'bar' | 'line'

export interface SpreadThinChart {
  data: ChartData<SpreadThinChartType, number[], string>
  options: ChartOptions<SpreadThinChartType>
}

export const WITHIN_TARGET_LABEL = 'Answered within target (%)'

export function spreadThinChart(
  analysis: PortfolioAnalysis,
  scenario: Scenario,
  reducedMotion = false,
): SpreadThinChart {
  const fmt = formattersFor(scenario)
  const points = analysis.spreadThin
  const bars = CAUSE_KEYS.map((key) => ({
    type: 'bar' as const,
    label: CAUSE_LABELS[key],
    data: points.map((p) => roundTo(p.best.causes[key], 2)),
    backgroundColor: CAUSE_COLORS[key],
    borderColor: SEGMENT_BORDER,
    borderWidth: 1,
    stack: 'cost',
    yAxisID: 'y',
    order: 1,
  }))
  const line = {
    type: 'line' as const,
    label: WITHIN_TARGET_LABEL,
    data: points.map((p) => roundTo(p.best.attainment * 100, 1)),
    borderColor: LINE_COLOR,
    backgroundColor: LINE_COLOR,
    borderWidth: 3,
    pointRadius: 5,
    pointHoverRadius: 7,
    pointStyle: 'rectRot' as const,
    yAxisID: 'y1',
    // Lower order draws on top: the line stays visible over the bars.
    order: 0,
  }
  const isLine = (item: TooltipItem<SpreadThinChartType>) => item.dataset.label === line.label
  return {
    data: {
      labels: points.map((p) => String(p.size)),
      datasets: [...bars, line],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animationFor(reducedMotion),
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: {
          stacked: true,
          title: { display: true, text: 'Channels offered (the best set of each size)' },
        },
        y: {
          stacked: true,
          beginAtZero: true,
          title: { display: true, text: 'Cost per week' },
          ticks: { callback: (value) => fmt.money(Number(value)) },
        },
        y1: {
          position: 'right',
          min: 0,
          max: 100,
          grid: { drawOnChartArea: false },
          title: { display: true, text: WITHIN_TARGET_LABEL },
          ticks: { stepSize: 20 },
        },
      },
      plugins: {
        legend: {
          position: 'bottom',
          // In stacking order, bottom first, then the line (the drawing order would put it first).
          labels: { sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) },
        },
        tooltip: {
          callbacks: {
            title: (items) => {
              const point = points[items[0]?.dataIndex ?? -1]
              return point ? channelList(point, scenario) : ''
            },
            label: (item) =>
              isLine(item)
                ? `${item.dataset.label ?? ''}: ${fmt.percent((item.parsed.y ?? NaN) / 100)}`
                : `${item.dataset.label ?? ''}: ${fmt.money(item.parsed.y ?? NaN)}`,
            footer: (items) => {
              const point = points[items[0]?.dataIndex ?? -1]
              return point ? `Total: ${fmt.money(point.best.totalWithLostValue)}` : ''
            },
          },
        },
      },
    },
  }
}

/**
 * The caption's finding: where the cost (lost customers included) is lowest, what more
 * channels add above it (the cause that grows most from there to the largest set) and what
 * smaller sets pay for instead (the cause that shrinks most on the way to the cheapest).
 */
export function spreadThinFinding(analysis: PortfolioAnalysis, scenario: Scenario): string {
  const points = analysis.spreadThin
  const fmt = formattersFor(scenario)
  const cheapestIndex = points.reduce(
    (best, p, i, all) =>
      p.best.totalWithLostValue < (all[best]?.best.totalWithLostValue ?? Infinity) ? i : best,
    0,
  )
  const cheapest = points[cheapestIndex]
  if (!cheapest) return 'there is no set of channels to compare'
  // Names while they fit on the line; the table lists every set.
  const names = cheapest.size <= 3 ? `${channelList(cheapest, scenario)}, ` : ''
  const where = `cheapest at ${cheapest.size} ${plural(cheapest.size, 'channel', 'channels')} (${names}${fmt.money(cheapest.best.totalWithLostValue)} a week)`
  if (points.length === 1) return where
  const parts = [where]
  const after = points.slice(cheapestIndex + 1)
  const before = points.slice(1, cheapestIndex + 1)
  if (after.length > 0) {
    const key = dominant(after, (sum) => sum)
    if (key) parts.push(`more channels add mostly ${CAUSE_LABELS[key].toLowerCase()}`)
  }
  if (before.length > 0) {
    const key = dominant(before, (sum) => -sum)
    if (key) parts.push(`fewer cost more in ${CAUSE_LABELS[key].toLowerCase()}`)
  }
  return parts.join('; ')
}

/** The cause whose marginal changes over these steps, summed and scored, are largest (> 0). */
function dominant(
  steps: readonly SpreadThinPoint[],
  score: (sum: number) => number,
): CauseKey | undefined {
  let best: CauseKey | undefined
  let bestScore = 0
  for (const key of CAUSE_KEYS) {
    const s = score(steps.reduce((sum, p) => sum + (p.marginal?.[key] ?? 0), 0))
    if (s > bestScore + 1e-9) {
      best = key
      bestScore = s
    }
  }
  return best
}

export function spreadThinCaption(analysis: PortfolioAnalysis, scenario: Scenario): string {
  const finding = spreadThinFinding(analysis, scenario)
  return `Cost per week of the best set of each size, by cause, and the share answered within target: ${finding}.`
}

export interface SpreadThinRow {
  size: number
  channels: string
  staffHours: string
  cost: string
  lostValue: string
  totalWithLostValue: string
  withinTarget: string
  /** Change from the best set one channel smaller, by cause, then in total (absent for 1). */
  change?: Record<CauseKey | 'total', string>
}

export function spreadThinRows(analysis: PortfolioAnalysis, scenario: Scenario): SpreadThinRow[] {
  const fmt = formattersFor(scenario)
  const name = channelNames(scenario)
  return analysis.spreadThin.map((p) => {
    const row: SpreadThinRow = {
      size: p.size,
      channels: p.best.channelIds.map(name).join(', '),
      staffHours: fmt.hours(p.best.staffHours),
      cost: fmt.money(p.best.cost.total),
      lostValue: fmt.money(p.best.lostValue),
      totalWithLostValue: fmt.money(p.best.totalWithLostValue),
      withinTarget: fmt.percent(p.best.attainment),
    }
    const m = p.marginal
    if (m) {
      row.change = {
        work: signedMoney(fmt, m.work),
        fixedFloor: signedMoney(fmt, m.fixedFloor),
        queueHeadroom: signedMoney(fmt, m.queueHeadroom),
        coverageMisses: signedMoney(fmt, m.coverageMisses),
        lostCustomers: signedMoney(fmt, m.lostCustomers),
        publicMisses: signedMoney(fmt, m.publicMisses),
        total: signedMoney(fmt, m.total),
      }
    }
    return row
  })
}

/** "+€48", "−€88", "€0": a change shows its sign; amounts that round to nothing show none. */
export function signedMoney(fmt: Formatters, value: number): string {
  if (!Number.isFinite(value)) return fmt.money(value)
  if (Math.abs(value) < 0.5) return fmt.money(0)
  const amount = fmt.money(Math.abs(value))
  return value > 0 ? `+${amount}` : `\u2212${amount}`
}

function channelList(point: SpreadThinPoint, scenario: Scenario): string {
  const name = channelNames(scenario)
  return listOf(point.best.channelIds.map(name), scenario.business.locale)
}

function formattersFor(scenario: Scenario): Formatters {
  return createFormatters(scenario.business.locale, scenario.business.currency)
}
