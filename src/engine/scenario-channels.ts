/**
 * Every candidate channel of a scenario, each as if all candidates were offered: self-service
 * takes its share first, the rest splits by the channels' shares, and public channels hand the
 * conversations that need privacy to a private channel. The portfolio analysis builds on this.
 */
import {
  applySelfService,
  evaluateChannel,
  type ChannelResult,
  type SelfServiceResult,
} from './channel'
import type { Channel, Scenario } from './types'

export interface ScenarioChannelsResult {
  selfService: SelfServiceResult
  /** One result per candidate channel, in the scenario's order. */
  channels: ChannelResult[]
  /** Hand-offs from public channels that found no private candidate to go to. */
  handoffsWithoutPrivateChannel: number
}

/**
 * The private candidate a public channel's hand-offs go to: its strongest affinity. None when
 * it has no affinity with any private candidate: those hand-offs are reported, not guessed.
 */
export function handoffTarget(from: Channel, candidates: readonly Channel[]): Channel | undefined {
  let best: Channel | undefined
  let bestWeight = 0
  for (const c of candidates) {
    if (c.isPublic || c.id === from.id) continue
    const weight = from.affinity[c.id] ?? 0
    if (weight > bestWeight) {
      best = c
      bestWeight = weight
    }
  }
  return best
}

export function evaluateScenarioChannels(scenario: Scenario): ScenarioChannelsResult {
  const { business, demand } = scenario
  const selfService = applySelfService(demand.contactsPerWeek, scenario.selfService, business)
  const candidates = scenario.channels.filter((c) => c.candidate)
  const shareTotal = candidates.reduce((s, c) => s + (demand.shares[c.id] ?? 0), 0)
  const first = new Map<string, number>(
    candidates.map((c) => [
      c.id,
      shareTotal > 0
        ? (selfService.contactsRemaining * (demand.shares[c.id] ?? 0)) / shareTotal
        : 0,
    ]),
  )
  const evaluate = (channel: Channel) =>
    evaluateChannel({
      channel,
      contactsPerWeek: first.get(channel.id) ?? 0,
      business,
      pattern: demand.pattern,
    })

  // Public channels first: their hand-offs add to the private channels' contacts.
  const results = new Map<string, ChannelResult>()
  let orphaned = 0
  for (const channel of candidates.filter((c) => c.isPublic)) {
    const r = evaluate(channel)
    results.set(channel.id, r)
    const target = handoffTarget(channel, candidates)
    if (target) first.set(target.id, (first.get(target.id) ?? 0) + r.handoffContacts)
    else orphaned += r.handoffContacts
  }
  for (const channel of candidates.filter((c) => !c.isPublic))
    results.set(channel.id, evaluate(channel))
  return {
    selfService,
    channels: candidates.map((c) => results.get(c.id) as ChannelResult),
    handoffsWithoutPrivateChannel: orphaned,
  }
}
