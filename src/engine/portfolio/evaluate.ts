/**
 * One portfolio evaluated exactly: every channel at its own volume (no interpolation), in the
 * scenario's structure and mode. The sweep ranks portfolios on interpolated curves; the ones
 * shown to the user come from here.
 */
import { evaluateChannel } from '../channels/evaluate'
import type { OnSiteTeam, Scenario } from '../model/types'
import { asyncShares } from './alongside'
import {
  candidateAt,
  createPortfolioContext,
  maskOf,
  offers,
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
 * Alongside other work, each async channel is evaluated again with the time the portfolio's
 * live contacts take from the people on site, and its share of their free time when the async
 * channels together ask for more (in fixed hours, with its hours).
 */
export function evaluatePortfolioIn(ctx: PortfolioContext, mask: number): PortfolioTotals {
  const exact = (i: number, v: number): ChannelFigures => {
    const curve = ctx.curves[i]
    if (!curve) throw new RangeError(`candidate ${i} has no curve`)
    return figuresOf(curve.exact(v))
  }
  const totals = totalPortfolio(ctx, mask, exact)
  const { analysis } = ctx.scenario
  const team = onSiteOf(ctx.scenario)
  const fixed = analysis.mode === 'fixed-hours'
  if (!team) {
    return fixed && analysis.structure !== 'blended' ? withOwnHours(ctx, mask, totals) : totals
  }
  if (!fixed && !hasLiveAndAsync(ctx, mask) && asyncCount(ctx, mask) <= 1) return totals
  return withOwnHours(ctx, mask, totals, team)
}

/**
 * The portfolio totalled again with its channels evaluated exactly with what the first totals
 * give them: in fixed hours the hours of the split; alongside other work, each async channel the
 * free time the other channels leave it (live channels keep their figures from the shared people
 * on site, already scaled to their hours). With fixed hours, alongside other work, each async
 * channel keeps the hours of the split even where its share of free time would be less (the
 * hours given are the business's answer to what it can spare).
 */
function withOwnHours(
  ctx: PortfolioContext,
  mask: number,
  totals: PortfolioTotals,
  team?: OnSiteTeam,
): PortfolioTotals {
  const { analysis, business, demand } = ctx.scenario
  const fixed = analysis.mode === 'fixed-hours'
  const shares = team ? asyncShares(ctx, mask, team, totals) : undefined
  const withHours = new Map<number, ChannelFigures>()
  for (const ch of totals.channels) {
    const i = ctx.candidates.findIndex((c) => c.id === ch.channelId)
    const channel = candidateAt(ctx, i)
    if (team && channel.kind !== 'async') {
      withHours.set(i, ch.figures)
      continue
    }
    const result = evaluateChannel({
      channel,
      contactsPerWeek: ch.figures.contactsOffered - ch.figures.repeatContacts,
      business,
      pattern: demand.pattern,
      staffHoursPerWeek: fixed ? ch.staffHours : shares?.get(i)?.hoursCap,
      onSite: team && {
        ...team,
        otherWorkShare: shares?.get(i)?.otherWorkShare ?? team.otherWorkShare,
      },
    })
    withHours.set(i, figuresOf(result))
  }
  // The hours are now inside each channel's figures: total them as in meet-targets mode.
  const asGiven: PortfolioContext = {
    ...ctx,
    livePooled: team !== undefined,
    scenario: { ...ctx.scenario, analysis: { ...analysis, mode: 'meet-targets' } },
  }
  return totalPortfolio(asGiven, mask, (i) => {
    const f = withHours.get(i)
    if (!f) throw new RangeError(`candidate ${i} was not evaluated again`)
    return f
  })
}

function asyncCount(ctx: PortfolioContext, mask: number): number {
  return ctx.candidates.filter((c, i) => offers(mask, i) && c.kind === 'async').length
}

function hasLiveAndAsync(ctx: PortfolioContext, mask: number): boolean {
  let live = false
  let other = false
  ctx.candidates.forEach((c, i) => {
    if (!offers(mask, i)) return
    if (c.kind === 'async') other = true
    else live = true
  })
  return live && other
}
