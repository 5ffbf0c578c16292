/**
 * How much one person gets through when holding several chats at once, relative to one chat:
 * the second chat adds less than the first because attention is split.
 */
import type { Channel } from '../model/types'

/**
 * Throughput of one agent holding k chats at once, relative to one chat. Source: Call Centre
 * Helper, "Erlang C for chat" (see docs/defaults.md).
 */
export const CONCURRENCY_EFFICIENCY: Readonly<Record<1 | 2 | 3 | 4 | 5, number>> = Object.freeze({
  1: 1,
  2: 1.7,
  3: 2.5,
  4: 2.9,
  5: 3.5,
})

/** Beyond the table, each further chat adds this much (the step from 4 to 5 chats). */
const EFFICIENCY_PER_EXTRA_CHAT = 0.6

/**
 * Throughput of one agent holding j of at most k chats, relative to one chat: the table (1, 1.7,
 * 2.5, 2.9, 3.5 for 1..5 chats, then +0.6 a chat), ending at the channel's own efficiency at
 * j = k and never above it, so the analytic model's figure is the full-load speed.
 */
export function chatEfficiency(channel: Channel, j: number): number {
  const k = Math.max(1, Math.floor(channel.concurrency))
  if (j >= k) return channel.concurrencyEfficiency
  const table: Readonly<Record<number, number>> = CONCURRENCY_EFFICIENCY
  const tabled = table[j] ?? CONCURRENCY_EFFICIENCY[5] + EFFICIENCY_PER_EXTRA_CHAT * (j - 5)
  return Math.max(1, Math.min(tabled, channel.concurrencyEfficiency))
}
