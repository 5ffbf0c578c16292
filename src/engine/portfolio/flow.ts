/**
 * The flow of customers through a portfolio: contacts whose preferred channel is not offered
 * move to the offered ones by affinity (less the share lost); with escalation set, a share of each
 * private channel's customers write to a public channel that answers faster; and public channels
 * hand private matters (refunds, account details) to an offered private channel as a second
 * contact.
 */
import { candidateAt, offers, type PortfolioContext } from './context'
import { escalatesTo } from './escalation'

export interface Redistribution {
  /** First contacts a week reaching each candidate (0 when not offered), before hand-offs. */
  volumes: Float64Array
  lost: number
  /** Of them, the customers a week who moved from a private channel to a faster public one. */
  escalated: number
}

/**
 * Customers of a channel not offered go to the offered ones in proportion to their affinity
 * weights, less the channel's loss share; with no affinity to any offered channel, all of them
 * are lost (nobody guesses where they would go).
 */
export function redistribute(ctx: PortfolioContext, mask: number): Redistribution {
  const n = ctx.candidates.length
  const volumes = new Float64Array(n)
  let lost = 0
  for (let j = 0; j < ctx.sources.contacts.length; j++) {
    if (j < n && offers(mask, j)) {
      volumes[j] = (volumes[j] ?? 0) + (ctx.sources.contacts[j] ?? 0)
    } else {
      lost += moveCustomers(ctx, mask, j, volumes)
    }
  }
  return { volumes, lost, escalated: escalate(ctx, mask, volumes) }
}

/**
 * Escalation: of each offered private channel's customers (its own and those who moved to it),
 * the scenario's escalation share write to the offered public channels whose target time is
 * shorter than its own instead, split in proportion to the customers who prefer each (evenly if
 * none does). Taken from the volumes before any moves, so nobody moves twice. Changes `volumes`
 * and returns the customers moved.
 */
export function escalate(ctx: PortfolioContext, mask: number, volumes: Float64Array): number {
  const share = ctx.scenario.analysis.escalationShare ?? 0
  if (!(share > 0)) return 0
  const n = ctx.candidates.length
  const before = Float64Array.from(volumes)
  let moved = 0
  for (let p = 0; p < n; p++) {
    const from = candidateAt(ctx, p)
    if (!offers(mask, p) || from.isPublic) continue
    const faster: number[] = []
    let preferred = 0
    for (let q = 0; q < n; q++) {
      if (offers(mask, q) && escalatesTo(from, candidateAt(ctx, q))) {
        faster.push(q)
        preferred += ctx.preferred[q] ?? 0
      }
    }
    const moving = share * (before[p] ?? 0)
    if (faster.length === 0 || !(moving > 0)) continue
    volumes[p] = (volumes[p] ?? 0) - moving
    for (const q of faster) {
      const weight = preferred > 0 ? (ctx.preferred[q] ?? 0) / preferred : 1 / faster.length
      volumes[q] = (volumes[q] ?? 0) + moving * weight
    }
    moved += moving
  }
  return moved
}

/**
 * The customers of source channel j (not offered in `mask`) moving to the offered candidates:
 * adds each one's share to `into` and returns the customers lost.
 */
export function moveCustomers(
  ctx: PortfolioContext,
  mask: number,
  j: number,
  into: Float64Array,
): number {
  const n = ctx.candidates.length
  const contacts = ctx.sources.contacts[j] ?? 0
  if (contacts <= 0) return 0
  const weights = rowAt(ctx.sources.weights, j)
  // Weights may be as large as Number.MAX_VALUE: scaled by the largest offered one first,
  // each lies in [0, 1] and their sum in [1, n], so no sum or product overflows.
  let largest = 0
  for (let i = 0; i < n; i++) {
    if (offers(mask, i)) largest = Math.max(largest, weights[i] ?? 0)
  }
  if (!(largest > 0)) return contacts
  let weightTotal = 0
  for (let i = 0; i < n; i++) if (offers(mask, i)) weightTotal += (weights[i] ?? 0) / largest
  const loss = ctx.sources.loss[j] ?? 0
  const moving = contacts * (1 - loss)
  for (let i = 0; i < n; i++) {
    if (offers(mask, i)) {
      into[i] = (into[i] ?? 0) + (moving * ((weights[i] ?? 0) / largest)) / weightTotal
    }
  }
  return contacts * loss
}

/** The offered private channel a public channel hands private matters to: its strongest affinity. */
function handoffIndex(ctx: PortfolioContext, from: number, mask: number): number {
  let best = -1
  let bestWeight = 0
  let busiest = -1
  const weights = rowAt(ctx.affinity, from)
  for (let i = 0; i < ctx.candidates.length; i++) {
    if (!offers(mask, i) || candidateAt(ctx, i).isPublic) continue
    const w = weights[i] ?? 0
    if (w > bestWeight) {
      best = i
      bestWeight = w
    }
    if (busiest < 0 || (ctx.preferred[i] ?? 0) > (ctx.preferred[busiest] ?? 0)) busiest = i
  }
  // No affinity with any offered private channel: "call us" or "email us" still works, so
  // the hand-off goes to the private channel most customers use.
  return best >= 0 ? best : busiest
}

export interface PortfolioVolumes {
  /** Contacts reaching each offered channel, hand-offs included. */
  volumes: Float64Array
  lost: number
  handoffsWithoutPrivateChannel: number
  /** Customers a week who moved from a private channel to a faster public one. */
  escalated: number
}

/** Volumes of every offered channel: redistribution first, then public channels' hand-offs. */
export function portfolioVolumes(
  ctx: PortfolioContext,
  mask: number,
  handoffsAt: (index: number, volume: number) => number,
): PortfolioVolumes {
  const { volumes, lost, escalated } = redistribute(ctx, mask)
  let orphaned = 0
  ctx.candidates.forEach((c, i) => {
    if (!offers(mask, i) || !c.isPublic) return
    const handoffs = handoffsAt(i, volumes[i] ?? 0)
    const to = handoffIndex(ctx, i, mask)
    if (to >= 0) volumes[to] = (volumes[to] ?? 0) + handoffs
    else orphaned += handoffs
  })
  return { volumes, lost: lost + orphaned, handoffsWithoutPrivateChannel: orphaned, escalated }
}

/** Row j of a table built with one row per source channel. */
function rowAt(rows: readonly Float64Array[], j: number): Float64Array {
  const row = rows[j]
  if (!row) throw new RangeError(`no affinity row for channel ${j}`)
  return row
}
