/**
 * Maps a recommendation to the staff-hours-by-channel chart: the recommended set beside every
 * candidate offered, as grouped horizontal bars, one row per candidate channel. Also the
 * caption's finding and the rows of the table beside it.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { PortfolioTotals, Recommendation, Scenario } from '@/engine'
import { createFormatters } from '@/composables/format'
import { animationFor, channelNames, listOf, roundTo } from './common'
import { COMPARISON_COLOR, RECOMMENDED_COLOR } from './palette'

export const RECOMMENDED_LABEL = 'Recommended set'
export const EVERY_CANDIDATE_LABEL = 'Every candidate offered'

export interface ChannelHoursChart {
  data: ChartData<'bar', number[], string>
  options: ChartOptions<'bar'>
}

/** The portfolio that offers every candidate (the sweep's figures), when the analysis has it. */
export function everyCandidateOffered(recommendation: Recommendation): PortfolioTotals | undefined {
  const { analysis } = recommendation
  return analysis.portfolios.find((p) => p.size === analysis.candidateIds.length)
}

/** Paid staff hours a week a portfolio gives a channel; undefined when it does not offer it. */
export function hoursOn(portfolio: PortfolioTotals | undefined, channelId: string) {
  return portfolio?.channels.find((c) => c.channelId === channelId)?.staffHours
}

export function channelHoursChart(
  recommendation: Recommendation,
  scenario: Scenario,
  reducedMotion = false,
): ChannelHoursChart {
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  const ids = recommendation.analysis.candidateIds
  const name = channelNames(scenario)
  const every = everyCandidateOffered(recommendation)
  const series = (label: string, color: string, portfolio: PortfolioTotals | undefined) => ({
    label,
    data: ids.map((id) => roundTo(hoursOn(portfolio, id) ?? 0, 1)),
    backgroundColor: color,
    borderColor: color,
    borderWidth: 0,
  })
  return {
    data: {
      labels: ids.map(name),
      datasets: [
        series(RECOMMENDED_LABEL, RECOMMENDED_COLOR, recommendation.recommended),
        series(EVERY_CANDIDATE_LABEL, COMPARISON_COLOR, every),
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: animationFor(reducedMotion),
      interaction: { mode: 'index', intersect: false, axis: 'y' },
      scales: {
        x: {
          beginAtZero: true,
          title: { display: true, text: 'Paid staff hours a week' },
        },
        y: { ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${fmt.hours(item.parsed.x ?? NaN)}`,
          },
        },
      },
    },
  }
}

/** What to see: what the recommended set needs against every candidate, and where most goes. */
export function channelHoursFinding(recommendation: Recommendation, scenario: Scenario): string {
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  const name = channelNames(scenario)
  const locale = scenario.business.locale
  const rec = recommendation.recommended
  const recommended = `the recommended set (${listOf(rec.channelIds.map(name), locale)}) needs ${fmt.hours(rec.staffHours)}`
  const every = everyCandidateOffered(recommendation)
  const n = recommendation.analysis.candidateIds.length
  if (!every || every.mask === rec.mask)
    return `${recommended}, and it already offers every candidate`
  const largest = every.channels.reduce<(typeof every.channels)[number] | undefined>(
    (a, c) => (a === undefined || c.staffHours > a.staffHours ? c : a),
    undefined,
  )
  const most = largest
    ? `, ${fmt.hours(largest.staffHours)} of them on ${name(largest.channelId)}`
    : ''
  return `${recommended}; offering all ${n} candidates needs ${fmt.hours(every.staffHours)}${most}`
}

export function channelHoursCaption(recommendation: Recommendation, scenario: Scenario): string {
  return `Paid staff hours a week by channel: ${channelHoursFinding(recommendation, scenario)}.`
}

export interface ChannelHoursRow {
  channelId: string
  channel: string
  recommended: string
  everyCandidate: string
}

export interface ChannelHoursTable {
  rows: ChannelHoursRow[]
  total: { recommended: string; everyCandidate: string }
}

export function channelHoursTable(
  recommendation: Recommendation,
  scenario: Scenario,
): ChannelHoursTable {
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  const name = channelNames(scenario)
  const every = everyCandidateOffered(recommendation)
  const cell = (hours: number | undefined) =>
    hours === undefined ? 'not offered' : fmt.hours(hours)
  return {
    rows: recommendation.analysis.candidateIds.map((id) => ({
      channelId: id,
      channel: name(id),
      recommended: cell(hoursOn(recommendation.recommended, id)),
      everyCandidate: cell(hoursOn(every, id)),
    })),
    // The portfolio's own total: with one shared pool (blended) it is less than the sum.
    total: {
      recommended: fmt.hours(recommendation.recommended.staffHours),
      everyCandidate: every ? fmt.hours(every.staffHours) : 'not available',
    },
  }
}
