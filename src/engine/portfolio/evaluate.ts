/**
 * One portfolio evaluated exactly: every channel at its own volume (no interpolation), in the
 * scenario's structure and mode. The sweep ranks portfolios on interpolated curves; the ones
 * shown to the user come from here.
 */
import { evaluateChannel } from '../channels/evaluate'
import type { Scenario } from '../model/types'
import {
  candidateAt,
  createPortfolioContext,
  maskOf,
  onSiteOf,
  type PortfolioContext,
} from './context'
import { CurveCache } from './curve-cache'
import { figuresOf, type ChannelFigures } from './figures'
import { totalPortfolio, type PortfolioTotals } from './totals'

export function evaluatePortfolio(
  scenario: Scenario,
  channelIds: readonly string[],
  cache = new CurveCache(),
): PortfolioTotals {
  const ctx = createPortfolioContext(scenario, cache)
  return evaluatePortfolioIn(ctx, maskOf(ctx, channelIds))
}

/**
 * The portfolio `mask` of a context, exactly. In fixed hours with dedicated people, each channel
 * is then evaluated again with the hours the split gives it: what its share really buys.
 */
export function evaluatePortfolioIn(ctx: PortfolioContext, mask: number): PortfolioTotals {
  const exact = (i: number, v: number): ChannelFigures => {
    const curve = ctx.curves[i]
    if (!curve) throw new RangeError(`candidate ${i} has no curve`)
    return figuresOf(curve.exact(v))
  }
  const totals = totalPortfolio(ctx, mask, exact)
  const { analysis, business, demand } = ctx.scenario
  if (analysis.mode !== 'fixed-hours' || analysis.structure === 'blended') return totals
  const withHours = new Map<number, ChannelFigures>()
  const team = onSiteOf(ctx.scenario)
  for (const ch of totals.channels) {
    const i = ctx.candidates.findIndex((c) => c.id === ch.channelId)
    // Alongside other work a live channel's figures come from the shared people on site,
    // already scaled to its hours: only async channels are evaluated again.
    if (team && candidateAt(ctx, i).kind !== 'async') {
      withHours.set(i, ch.figures)
      continue
    }
    const result = evaluateChannel({
      channel: candidateAt(ctx, i),
      contactsPerWeek: ch.figures.contactsOffered - ch.figures.repeatContacts,
      business,
      pattern: demand.pattern,
      staffHoursPerWeek: ch.staffHours,
      onSite: onSiteOf(ctx.scenario),
    })
    withHours.set(i, figuresOf(result))
  }
  // The hours are now inside each channel's figures: total them as in meet-targets mode.
  const asGiven: PortfolioContext = {
    ...ctx,
    livePooled: team !== undefined,
    scenario: { ...ctx.scenario, analysis: { ...analysis, mode: 'meet-targets' } },
  }
  return totalPortfolio(asGiven, mask, (i, v) => withHours.get(i) ?? exact(i, v))
}
