/**
 * Every candidate channel of a scenario, each as if all candidates were offered: self-service
 * takes its share first, the customers of channels that are not candidates move by affinity,
 * and public channels hand private matters to a private channel. The same flow as a portfolio
 * of every candidate (flow.ts), with each channel's full result rather than its figures.
 */
import { evaluateChannel, type ChannelResult } from '../channels/evaluate'
import type { SelfServiceResult } from '../channels/self-service'
import type { Scenario } from '../model/types'
import { candidateAt, createPortfolioContext, onSiteOf } from './context'
import { portfolioVolumes } from './flow'

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
      channel: candidateAt(ctx, i),
      contactsPerWeek: volume,
      business: scenario.business,
      pattern: scenario.demand.pattern,
      onSite: onSiteOf(scenario),
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
    channels: ctx.candidates.map((_, i) => {
      const r = results.get(i)
      if (!r) throw new RangeError(`candidate ${i} was not evaluated`)
      return r
    }),
    handoffsWithoutPrivateChannel: flow.handoffsWithoutPrivateChannel,
  }
}
