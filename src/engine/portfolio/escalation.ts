/**
 * Escalation to public pages, read off the scenario: which public channels answer faster than
 * which private ones (the rule the flow applies, `escalate`), and the one response target that
 * ends it: the public pages given the target time of the slowest private written channel, so no
 * page promises a quicker answer than the private channels do.
 */
import type { Channel, Scenario } from '../model/types'

/** A public channel whose target time is shorter than a private one's: who moves where. */
export interface EscalationPath {
  fromChannelId: string
  toChannelId: string
}

/** Whether customers of `from` move to `to` (escalation set): a public page promising a quicker answer than a private channel. */
export function escalatesTo(from: Channel, to: Channel): boolean {
  return !from.isPublic && to.isPublic && to.targetSeconds < from.targetSeconds
}

/** Among the candidates: each private channel and each public one that answers faster. */
export function escalationPaths(scenario: Scenario): EscalationPath[] {
  const candidates = scenario.channels.filter((c) => c.candidate)
  const paths: EscalationPath[] = []
  for (const from of candidates) {
    for (const to of candidates) {
      if (escalatesTo(from, to)) paths.push({ fromChannelId: from.id, toChannelId: to.id })
    }
  }
  return paths
}

export interface OneResponseTarget {
  /** The target time every public candidate gets, seconds. */
  targetSeconds: number
  /** The private written channel it is taken from (the slowest). */
  fromChannelId: string
  /** The public candidates whose target time changes (shorter today). */
  channelIds: string[]
}

/**
 * One response target across the written channels: the longest target time of the private
 * written (async) candidates, given to each public candidate whose target is shorter. Undefined
 * when there is nothing to change (no private written candidate, or no public one is faster).
 */
export function oneResponseTarget(scenario: Scenario): OneResponseTarget | undefined {
  const candidates = scenario.channels.filter((c) => c.candidate)
  let slowest: Channel | undefined
  for (const c of candidates) {
    if (
      !c.isPublic &&
      c.kind === 'async' &&
      (!slowest || c.targetSeconds > slowest.targetSeconds)
    ) {
      slowest = c
    }
  }
  if (!slowest) return undefined
  const from = slowest
  const channelIds = candidates.filter((c) => escalatesTo(from, c)).map((c) => c.id)
  if (channelIds.length === 0) return undefined
  return { targetSeconds: from.targetSeconds, fromChannelId: from.id, channelIds }
}
