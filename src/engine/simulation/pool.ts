/**
 * A blended team, person by person: the people present hour by hour answer the calls (and
 * one-at-a-time chats) of every live channel of the set from one queue, first come first served,
 * callers giving up after their channel's patience; the written channels' checks and replies are
 * done by whoever has no call in hand and put aside when a call comes and nobody else is free;
 * the written channels are worked as one inbox, the oldest contact shown first, whichever channel.
 * The policy of docs/methodology.md ("Staffing structures"), simulated with the machinery of the
 * people-on-site simulation (on-site.ts) with nobody on other work and callers who wait.
 *
 * People present: the first n of the team in an hour with n; one who goes at the end of an hour
 * finishes the call or reply in hand first and takes nothing new. Checks and replies follow the
 * looks policy of each written channel's plan (async.ts), as on site.
 */
import type { OnSiteChannelTally, OnSiteSimulationChannel } from './on-site'
import { simulateOnSite } from './on-site'
import type { ContactWatch } from './types'

export interface PoolSimulationInput {
  /** People present in each of the week's 168 hours (whole numbers). */
  presentByHour: readonly number[]
  /** 168 weights summing to 1. */
  pattern: readonly number[]
  /** Live channels (one contact per person at a time) and written channels with their plans. */
  channels: OnSiteSimulationChannel[]
  /** Measured weeks, at least 1. */
  weeks: number
}

export function simulatePool(
  input: PoolSimulationInput,
  random: () => number,
  watch?: ContactWatch,
): OnSiteChannelTally[] {
  const people = Math.max(1, ...input.presentByHour)
  for (const c of input.channels) {
    if (c.channel.kind === 'chat' && c.channel.concurrency > 1) {
      throw new RangeError('the pooled simulation takes chats one at a time')
    }
  }
  return simulateOnSite(
    {
      team: { people, otherWorkShare: 0, otherWorkMinutes: 1, interruptionMinutes: 0 },
      pattern: input.pattern,
      channels: input.channels,
      weeks: input.weeks,
      presentByHour: input.presentByHour,
    },
    random,
    watch,
  )
}
