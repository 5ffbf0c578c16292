/**
 * Every candidate channel of a scenario, each as if all candidates were offered: self-service
 * takes its share first, the customers of channels that are not candidates move by affinity,
 * and public channels hand private matters to a private channel. The same flow as a portfolio
 * of every candidate (portfolio.ts), with each channel's full result rather than its figures.
 */
import { evaluateChannel, type ChannelResult, type SelfServiceResult } from './channel'
import { createPortfolioContext, portfolioVolumes } from './portfolio'
import type { Channel, Scenario } from './types'

export interface ScenarioChannelsResult {
  selfService: SelfServiceResult
  /** One result per candidate channel, in the scenario's order. */
  channels: ChannelResult[]
  /** Hand-offs from public channels that found no private candidate to go to. */
  handoffsWithoutPrivateChannel: number
}

export function evaluateScenarioChannels(scenario: Scenario): ScenarioChannelsResult {
  const ctx = createPortfolioContext(scenario)
  const all = (1 << ctx.candidates.length) - 1
  const results = new Map<number, ChannelResult>()
  const evaluate = (i: number, volume: number) => {
    const r = evaluateChannel({
      channel: ctx.candidates[i] as Channel,
      contactsPerWeek: volume,
      business: scenario.business,
      pattern: scenario.demand.pattern,
    })
    results.set(i, r)
    return r
  }
  const flow = portfolioVolumes(ctx, all, (i, volume) => evaluate(i, volume).handoffContacts)
  ctx.candidates.forEach((c, i) => {
    if (!c.isPublic) evaluate(i, flow.volumes[i] ?? 0)
  })
  return {
    selfService: ctx.selfService,
    channels: ctx.candidates.map((_, i) => results.get(i) as ChannelResult),
    handoffsWithoutPrivateChannel: flow.handoffsWithoutPrivateChannel,
  }
}
