/**
 * One portfolio evaluated exactly: every channel at its own volume (no interpolation), in the
 * scenario's structure and mode. The sweep ranks portfolios on interpolated curves; the ones
 * shown to the user come from here.
 */
import { evaluateChannel } from '../channels/evaluate'
import type { OnSiteTeam, Scenario } from '../model/types'
import { meetsTarget } from '../model/limits'
import { asyncShares } from './alongside'
import { blend, writtenPaces } from './blended'
import {
  candidateAt,
  createPortfolioContext,
  maskOf,
  offers,
  onSiteOf,
  type PortfolioContext,
} from './context'
import { CurveCache } from './curve-cache'
import type { ChannelCurve } from './curves'
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
  const steps = evaluatePortfolioSteps(ctx, mask)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * `evaluatePortfolioIn` one channel evaluation per step, so a run can stop between them (each
 * runs a channel's week and can take a while). The final value is the totals.
 */
export function* evaluatePortfolioSteps(
  ctx: PortfolioContext,
  mask: number,
): Generator<void, PortfolioTotals, void> {
  const totals = yield* exactTotals(ctx, mask)
  const { analysis } = ctx.scenario
  const team = onSiteOf(ctx.scenario)
  if (pacedByCalls(ctx, mask)) return yield* betweenCalls(ctx, mask, totals)
  if (!evaluatesAgain(ctx, mask)) return totals
  return yield* withOwnHours(ctx, mask, totals, team, analysis.mode === 'fixed-hours')
}

/**
 * The channels of `mask` that are evaluated exactly, and those evaluated a second time with
 * their hours (or, in a blended team, between calls): the work `evaluatePortfolioSteps` does on
 * a cold cache, in steps, at most (a blended team whose written work goes beyond its idle time
 * skips the second evaluations).
 */
export function exactEvaluationsOf(ctx: PortfolioContext, mask: number): number {
  const team = onSiteOf(ctx.scenario)
  const again = evaluatesAgain(ctx, mask)
  const paced = pacedByCalls(ctx, mask)
  let steps = 0
  ctx.candidates.forEach((c, i) => {
    if (!offers(mask, i)) return
    steps++
    if (again && (!team || c.kind === 'async')) steps++
    if (paced && c.kind === 'async') steps++
  })
  return steps
}

/** A blended team with written channels: they are evaluated again between calls. */
function pacedByCalls(ctx: PortfolioContext, mask: number): boolean {
  return ctx.scenario.analysis.structure === 'blended' && asyncCount(ctx, mask) > 0
}

/**
 * A blended team: the portfolio totalled again with each written channel's plan evaluated as the
 * team works it between calls (`writtenPaces`): hour by hour, the agents' idle capacity left by
 * the calls and the other written channels, and a look in an hour with nobody there waiting for
 * the first agent. The plans, their hours and the other channels' figures stay those of the
 * first totals; only the written channels' shares within target and response times change.
 * Where the written work does not fit the idle time, people of its own work it (as dedicated
 * staff would) and the first totals stand. One evaluation per step.
 */
function* betweenCalls(
  ctx: PortfolioContext,
  mask: number,
  totals: PortfolioTotals,
): Generator<void, PortfolioTotals, void> {
  const first = new Map<number, { figures: ChannelFigures; volume: number }>()
  totalPortfolio(asMeetingTargets(ctx), mask, (i, v) => {
    const result = curveOf(ctx, i).known(v)
    if (!result) throw new RangeError(`candidate ${i} was not evaluated at ${v}`)
    const figures = figuresOf(result)
    first.set(i, { figures, volume: v })
    return figures
  })
  const figures = new Map([...first].map(([i, f]) => [i, f.figures]))
  const team = blend(ctx, mask, figures)
  const agents = team.agentsByHour
  if (!agents) throw new RangeError('exact figures carry their agents by hour')
  // Written work beyond the idle time has people of its own, who work the plans as planned.
  if (team.writtenBeyondIdleHours > WRITTEN_FITS_HOURS) return totals
  const paces = writtenPaces(ctx, mask, figures, agents)
  const { business, demand } = ctx.scenario
  const paced = new Map<number, ChannelFigures>()
  for (const [i, pace] of paces) {
    const f = first.get(i)
    if (!f?.figures.plan) continue
    const result = evaluateChannel(
      {
        channel: candidateAt(ctx, i),
        contactsPerWeek: f.volume,
        business,
        pattern: demand.pattern,
        blendedPace: pace,
      },
      {
        hint: f.figures.plan,
        keepPlan: true,
        repeatRatio: f.volume > 0 ? f.figures.contactsOffered / f.volume : undefined,
        responseTimes: false,
      },
    )
    // The plan's hours and volume stay; its shares are the team's (at the same volume: the
    // repeats its slower replies bring back are left to the plan's figures).
    const offered = f.figures.contactsOffered
    paced.set(i, {
      ...f.figures,
      withinTarget: result.attainment * offered,
      lateContacts: result.lateShare * offered,
      targetMet: meetsOwnTarget(ctx, i, result.attainment),
    })
    yield
  }
  return totalPortfolio(ctx, mask, (i) => {
    const f = paced.get(i) ?? first.get(i)?.figures
    if (!f) throw new RangeError(`candidate ${i} was not evaluated`)
    return f
  })
}

/** Written hours beyond the idle time below this are rounding (sums over 168 hours). */
const WRITTEN_FITS_HOURS = 1e-9

function asMeetingTargets(ctx: PortfolioContext): PortfolioContext {
  const { analysis } = ctx.scenario
  return { ...ctx, scenario: { ...ctx.scenario, analysis: { ...analysis, mode: 'meet-targets' } } }
}

/** Are the channels evaluated again with what the first totals give them (`withOwnHours`)? */
function evaluatesAgain(ctx: PortfolioContext, mask: number): boolean {
  const { analysis } = ctx.scenario
  const fixed = analysis.mode === 'fixed-hours'
  if (!onSiteOf(ctx.scenario)) return fixed && analysis.structure !== 'blended'
  return fixed || hasLiveAndAsync(ctx, mask) || asyncCount(ctx, mask) > 1
}

/** A channel's exact figures at a volume are not kept yet: `exactTotals` evaluates them. */
class NotYetEvaluated {
  constructor(
    readonly index: number,
    readonly volume: number,
  ) {}
}

/**
 * The portfolio totalled on exact evaluations, one new evaluation per step. Totalling is quick
 * next to an evaluation, so each step totals again from the start with the evaluations kept and
 * stops at the first channel not evaluated at its volume yet. Public channels come first in
 * the flow (their hand-offs add to the private channels' volumes), so that channel's volume is
 * already its final one: no evaluation is wasted.
 */
function* exactTotals(ctx: PortfolioContext, mask: number): Generator<void, PortfolioTotals, void> {
  const kept = (i: number, v: number): ChannelFigures => {
    const result = curveOf(ctx, i).known(v)
    if (!result) throw new NotYetEvaluated(i, v)
    return figuresOf(result)
  }
  for (;;) {
    try {
      return totalPortfolio(ctx, mask, kept)
    } catch (error) {
      if (!(error instanceof NotYetEvaluated)) throw error
      curveOf(ctx, error.index).exact(error.volume)
      yield
    }
  }
}

function curveOf(ctx: PortfolioContext, i: number): ChannelCurve {
  const curve = ctx.curves[i]
  if (!curve) throw new RangeError(`candidate ${i} has no curve`)
  return curve
}

/**
 * The portfolio totalled again with its channels evaluated exactly with what the first totals
 * give them: in fixed hours the hours of the split; alongside other work, each async channel the
 * free time the other channels leave it (live channels keep their figures from the shared people
 * on site, already scaled to their hours). With fixed hours, alongside other work, each async
 * channel keeps the hours of the split even where its share of free time would be less (the
 * hours given are the business's answer to what it can spare). One evaluation per step.
 */
function* withOwnHours(
  ctx: PortfolioContext,
  mask: number,
  totals: PortfolioTotals,
  team: OnSiteTeam | undefined,
  fixed: boolean,
): Generator<void, PortfolioTotals, void> {
  const { analysis, business, demand } = ctx.scenario
  const shares = team ? asyncShares(ctx, mask, team, totals) : undefined
  const withHours = new Map<number, ChannelFigures>()
  for (const ch of totals.channels) {
    const i = ctx.candidates.findIndex((c) => c.id === ch.channelId)
    const channel = candidateAt(ctx, i)
    if (team && channel.kind !== 'async') {
      withHours.set(i, ch.figures)
      continue
    }
    const first = ch.figures.contactsOffered - ch.figures.repeatContacts
    // The first evaluation's plan and repeats are where the search starts: the hours or the
    // time left over move them a little, and a search from nearby tries fewer plans.
    const result = evaluateChannel(
      {
        channel,
        contactsPerWeek: first,
        business,
        pattern: demand.pattern,
        staffHoursPerWeek: fixed ? ch.staffHours : shares?.get(i)?.hoursCap,
        onSite: team && {
          ...team,
          otherWorkShare: shares?.get(i)?.otherWorkShare ?? team.otherWorkShare,
        },
        heldElsewhere: shares?.get(i)?.heldElsewhere,
      },
      {
        hint: ch.figures.plan,
        repeatRatio: first > 0 ? ch.figures.contactsOffered / first : undefined,
        responseTimes: false,
      },
    )
    withHours.set(i, figuresOf(result))
    yield
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

function meetsOwnTarget(ctx: PortfolioContext, i: number, attainment: number): boolean {
  return meetsTarget(attainment, candidateAt(ctx, i).targetShare)
}
