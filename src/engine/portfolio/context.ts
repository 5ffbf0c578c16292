/**
 * What every portfolio of one scenario shares: the candidate channels (bit i of a portfolio's
 * mask is candidate i), the contacts that prefer each channel after self-service, where each
 * channel's customers go when it is not offered, and each candidate's curve.
 */
import { applySelfService, type SelfServiceResult } from '../channels/self-service'
import { MAX_CANDIDATES } from '../model/limits'
import type { Channel, OnSiteTeam, Scenario } from '../model/types'
import { weightShares } from '../model/weights'
import { CurveCache } from './curve-cache'
import type { ChannelCurve } from './curves'

/** Everything a sweep over portfolios shares: candidates, first contacts, affinities. */
export interface PortfolioContext {
  scenario: Scenario
  /** The candidate channels, in the scenario's order; bit i of a portfolio mask is candidate i. */
  candidates: readonly Channel[]
  selfService: SelfServiceResult
  /** Contacts a week that prefer each candidate (after self-service). */
  preferred: Float64Array
  /** affinity[j][i]: weight with which candidate j's customers move to candidate i. */
  affinity: Float64Array[]
  /**
   * Every channel whose customers may have to move: the candidates (same order), then the
   * channels that are not candidates. Contacts, loss share, affinity weights over candidates.
   */
  sources: { contacts: Float64Array; loss: Float64Array; weights: Float64Array[] }
  /** Each candidate's curve of figures by volume (channels with the same queue settings share one). */
  curves: ChannelCurve[]
  /** Pattern scaled to sum to 1. */
  shape: Float64Array
  /** Mask of the candidates offered today. */
  currentMask: number
  /**
   * Alongside other work: the figures given already hold what the shared people on site
   * answer (a portfolio totalled again with the hours its split gave each channel).
   */
  livePooled?: boolean
}

function isCandidate(channel: Channel): boolean {
  return channel.candidate
}

export function createPortfolioContext(
  scenario: Scenario,
  cache = new CurveCache(),
): PortfolioContext {
  const { business, demand } = scenario
  const candidates = scenario.channels.filter(isCandidate)
  if (candidates.length > MAX_CANDIDATES) {
    throw new RangeError(`at most ${MAX_CANDIDATES} candidate channels`)
  }
  const selfService = applySelfService(demand.contactsPerWeek, scenario.selfService, business)
  // Shares are over every channel of the scenario. Channels that are not candidates are never
  // offered: their customers move like those of any channel left out (the sources after the
  // candidates).
  const others = scenario.channels.filter((c) => !isCandidate(c))
  const sourceChannels = [...candidates, ...others]
  const shareTotal = sourceChannels.reduce((s, c) => s + (demand.shares[c.id] ?? 0), 0)
  const contactsOf = (c: Channel) =>
    shareTotal > 0 ? (selfService.contactsRemaining * (demand.shares[c.id] ?? 0)) / shareTotal : 0
  const sources = {
    contacts: Float64Array.from(sourceChannels, contactsOf),
    loss: Float64Array.from(sourceChannels, (c) => c.lossShare),
    weights: sourceChannels.map((from) =>
      Float64Array.from(candidates, (to) =>
        to.id === from.id ? 0 : Math.max(0, from.affinity[to.id] ?? 0),
      ),
    ),
  }
  const preferred = sources.contacts.slice(0, candidates.length)
  const affinity = sources.weights.slice(0, candidates.length)
  const shape = weightShares(demand.pattern)
  const context = { business, pattern: demand.pattern, onSite: onSiteOf(scenario) }
  const curves = candidates.map((c) => cache.curveFor(c, context))
  let currentMask = 0
  candidates.forEach((c, i) => {
    if (c.offeredToday) currentMask |= 1 << i
  })
  return {
    scenario,
    candidates,
    selfService,
    preferred,
    affinity,
    sources,
    curves,
    shape,
    currentMask,
  }
}

/** The people on site when the scenario's structure answers alongside other work. */
export function onSiteOf(scenario: Scenario): OnSiteTeam | undefined {
  const { analysis } = scenario
  return analysis.structure === 'alongside-other-work' ? analysis.onSite : undefined
}

/**
 * Share of paid hours spent on contacts: 1 − shrinkage, or all of them alongside other work
 * (the hours counted are the time on contacts and looks itself).
 */
export function presenceIn(ctx: PortfolioContext): number {
  return onSiteOf(ctx.scenario) ? 1 : 1 - ctx.scenario.business.shrinkage
}

/** Is candidate i offered in the portfolio `mask`? */
export function offers(mask: number, i: number): boolean {
  return (mask & (1 << i)) !== 0
}

/** Candidate i of the context; an index from the context's own masks always exists. */
export function candidateAt(ctx: PortfolioContext, i: number): Channel {
  const channel = ctx.candidates[i]
  if (!channel) throw new RangeError(`no candidate channel at index ${i}`)
  return channel
}

/** The portfolio mask of a list of candidate ids; unknown ids and empty lists are refused. */
export function maskOf(ctx: PortfolioContext, channelIds: readonly string[]): number {
  let mask = 0
  for (const id of channelIds) {
    const i = ctx.candidates.findIndex((c) => c.id === id)
    if (i < 0) throw new RangeError(`"${id}" is not a candidate channel of this scenario`)
    mask |= 1 << i
  }
  if (mask === 0) throw new RangeError('a portfolio needs at least one channel')
  return mask
}
