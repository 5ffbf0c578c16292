/**
 * Maps the sensitivity analysis to a tornado chart: for each input, how the recommended set's
 * ranking figure moves when that input is a quarter lower and a quarter higher (the weekly cost
 * with lost customers in meet targets, the share of all customers served within target in fixed
 * hours), as bars from today's figure, widest swing on top. Also the table beside it.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import { SENSITIVITY_STEP, type Scenario, type SensitivityAnalysis } from '@/engine'
import { createFormatters } from '@/composables/format'
import { inputLabel, inputValueText, setName } from '@/composables/sensitivity-text'
import { animationFor, roundTo } from './common'
import { COMPARISON_COLOR, RECOMMENDED_COLOR } from './palette'

export const LOWER_LABEL = `Input ${Math.round(SENSITIVITY_STEP * 100)} % lower`
export const HIGHER_LABEL = `Input ${Math.round(SENSITIVITY_STEP * 100)} % higher`

export interface SensitivityChart {
  data: ChartData<'bar', [number, number][], string>
  options: ChartOptions<'bar'>
}

/** Does the chart show the share (fixed hours) rather than the money (meet targets)? */
function showsShare(analysis: SensitivityAnalysis): boolean {
  return analysis.share === 'served-well'
}

/** The figure the chart shows for a point: money, or percentage points of share. */
function figureOf(analysis: SensitivityAnalysis, p: { costWithLostValue: number; share: number }) {
  return showsShare(analysis) ? p.share * 100 : p.costWithLostValue
}

export function sensitivityAxisTitle(analysis: SensitivityAnalysis, scenario: Scenario): string {
  return showsShare(analysis)
    ? 'Change in customers served within target (percentage points)'
    : `Change in weekly cost, lost customers included (${scenario.business.currency})`
}

export function sensitivityChart(
  analysis: SensitivityAnalysis,
  scenario: Scenario,
  reducedMotion = false,
): SensitivityChart {
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  const base = figureOf(analysis, analysis.base)
  const change = (p: { costWithLostValue: number; share: number }): [number, number] => [
    0,
    roundTo(figureOf(analysis, p) - base, showsShare(analysis) ? 1 : 0),
  ]
  const series = (label: string, color: string, pick: 'low' | 'high') => ({
    label,
    data: analysis.bars.map((b) => change(b[pick])),
    backgroundColor: color,
    borderColor: color,
    borderWidth: 0,
  })
  const signed = (v: number) =>
    showsShare(analysis)
      ? `${v >= 0 ? '+' : '−'}${fmt.decimal(Math.abs(v), 1)} points`
      : `${v >= 0 ? '+' : '−'}${fmt.money(Math.abs(v))} a week`
  return {
    data: {
      labels: analysis.bars.map((b) => inputLabel(b.input, scenario)),
      datasets: [
        series(LOWER_LABEL, COMPARISON_COLOR, 'low'),
        series(HIGHER_LABEL, RECOMMENDED_COLOR, 'high'),
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: animationFor(reducedMotion),
      interaction: { mode: 'index', intersect: false, axis: 'y' },
      scales: {
        x: { title: { display: true, text: sensitivityAxisTitle(analysis, scenario) } },
        y: { ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) => {
              const raw = item.raw
              const v = Array.isArray(raw) && typeof raw[1] === 'number' ? raw[1] : NaN
              return `${item.dataset.label ?? ''}: ${signed(v)}`
            },
          },
        },
      },
    },
  }
}

export interface SensitivityRow {
  key: string
  input: string
  lowValue: string
  lowCost: string
  lowShare: string
  highValue: string
  highCost: string
  highShare: string
}

/** The chart's numbers: each input at a quarter lower and higher, and what the set gives there. */
export function sensitivityTable(
  analysis: SensitivityAnalysis,
  scenario: Scenario,
): { base: { cost: string; share: string }; rows: SensitivityRow[] } {
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  const key = (b: SensitivityAnalysis['bars'][number]) =>
    b.input.kind === 'target' ? `target-${b.input.channelId}` : b.input.kind
  return {
    base: {
      cost: fmt.money(analysis.base.costWithLostValue),
      share: fmt.percent(analysis.base.share, 0),
    },
    rows: analysis.bars.map((b) => ({
      key: key(b),
      input: inputLabel(b.input, scenario),
      lowValue: inputValueText(b.input, b.low.value, scenario),
      lowCost: fmt.money(b.low.costWithLostValue),
      lowShare: fmt.percent(b.low.share, 0),
      highValue: inputValueText(b.input, b.high.value, scenario),
      highCost: fmt.money(b.high.costWithLostValue),
      highShare: fmt.percent(b.high.share, 0),
    })),
  }
}

/** The share's column heading, by mode. */
export function shareHeading(analysis: SensitivityAnalysis): string {
  return showsShare(analysis) ? 'All customers served within target' : 'Answered within target'
}

/** What the chart shows, with today's figures: the caption above it. */
export function sensitivityCaption(analysis: SensitivityAnalysis, scenario: Scenario): string {
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  const set = setName(scenario, analysis.channelIds)
  const bars = showsShare(analysis)
    ? 'the share of all customers served within target'
    : 'the weekly cost, lost customers included'
  return `${set} with one input a quarter lower or higher, the others as they are: the bars show the change in ${bars} (today ${fmt.money(analysis.base.costWithLostValue)} a week, lost customers included; ${fmt.percent(analysis.base.share, 0)} ${shareHeading(analysis).toLowerCase()}).`
}
