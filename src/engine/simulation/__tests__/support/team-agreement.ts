/**
 * What the team agreement specs (on-site-agreement, pool-agreement) share: the channels of an
 * analytic portfolio as the person-by-person simulation takes them (volumes offered, each
 * written channel's plan), how many weeks to simulate, and each channel's row of the table
 * (analytic share, simulated share and the standard error of its weekly shares).
 */
import type { Scenario } from '../../../model/types'
import type { PortfolioTotals } from '../../../portfolio/totals'
import type { OnSiteChannelTally, OnSiteSimulationChannel } from '../../on-site'

export interface Row {
  label: string
  channel: string
  live: boolean
  analytic: number
  simulated: number
  se: number
  weeks: number
}

/** Each channel of the portfolio at the volume the analytic model offers it, with its plan. */
export function simulatedChannels(
  scenario: Scenario,
  result: PortfolioTotals,
): OnSiteSimulationChannel[] {
  return result.channels.map((ch) => {
    const channel = scenario.channels.find((c) => c.id === ch.channelId)
    if (!channel) throw new Error(`no channel ${ch.channelId}`)
    const plan = ch.figures.plan
    return {
      channel,
      contactsPerWeek: ch.figures.contactsOffered,
      looks:
        plan?.kind === 'looks'
          ? {
              lookIntervalMinutes: plan.lookIntervalMinutes,
              people: plan.people,
              answeredShare: plan.answeredShare,
            }
          : undefined,
    }
  })
}

/** Weeks for a standard error of about `goal` on the quietest channel, within [min, max]. */
export function weeksFor(
  channels: readonly OnSiteSimulationChannel[],
  goal: number,
  min: number,
  max: number,
): number {
  const least = Math.min(...channels.map((c) => c.contactsPerWeek))
  return Math.min(max, Math.max(min, Math.ceil(1 / (least * goal ** 2))))
}

/** Each channel's row: the mean of the weekly shares and its standard error (weeks are nearly independent). */
export function rowsOf(
  label: string,
  result: PortfolioTotals,
  channels: readonly OnSiteSimulationChannel[],
  tallies: readonly OnSiteChannelTally[],
  weeks: number,
): Row[] {
  return result.channels.map((ch, k) => {
    const tally = tallies[k]
    if (!tally) throw new Error('a channel was not simulated')
    const shares = tally.weekly.filter((w) => w.offered > 0).map((w) => w.within / w.offered)
    const mean = shares.reduce((s, x) => s + x, 0) / shares.length
    const variance = shares.reduce((s, x) => s + (x - mean) ** 2, 0) / (shares.length - 1)
    return {
      label,
      channel: ch.channelId,
      live: channels[k]?.looks === undefined,
      analytic: ch.figures.withinTarget / ch.figures.contactsOffered,
      simulated: tally.withinTarget / tally.offered,
      se: Math.sqrt(variance / shares.length),
      weeks,
    }
  })
}

export const points = (x: number): string => (100 * x).toFixed(2).padStart(6)

/** The table printed by the specs, a line per channel. */
export function table(rows: readonly Row[], labelWidth: number): string {
  return rows
    .map(
      (r) =>
        `${r.label.padEnd(labelWidth)} ${r.channel.padEnd(10)} analytic ${r.analytic.toFixed(4)} simulated ${r.simulated.toFixed(4)} ± ${r.se.toFixed(4)} gap ${points(r.analytic - r.simulated)} pts (${r.weeks} weeks)`,
    )
    .join('\n')
}

/** The widest gap among the live (or written) channels' rows, 0 for none. */
export function worstGap(rows: readonly Row[], live: boolean): number {
  return Math.max(
    0,
    ...rows.filter((r) => r.live === live).map((r) => Math.abs(r.analytic - r.simulated)),
  )
}
