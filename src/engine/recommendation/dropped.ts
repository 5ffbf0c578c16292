/**
 * Why each channel left out of the recommendation was left out, as facts and numbers (the
 * interface words them): what it would take (its fixed floor in paid hours, its looks), what it
 * would reach within target beside the recommended set, and where its customers go without it.
 * The figures of the set with the channel added are the sweep's (read off the channel curves).
 */
import { offers, presenceIn, type PortfolioContext } from '../portfolio/context'
import { moveCustomers } from '../portfolio/flow'
import type { PortfolioTotals } from '../portfolio/totals'
import type { PortfolioAnalysis } from './sweep'

export interface DroppedChannel {
  channelId: string
  /** Customers a week who would contact it first, were every candidate offered. */
  contacts: number
  /** Where they go without it: customers a week to each recommended channel, largest first. */
  movesTo: { channelId: string; contacts: number }[]
  /** Of them, the customers lost a week. */
  lost: number
  /** The recommended set with this channel added, as the sweep reckons it. */
  ifAdded:
    | {
        /**
         * Paid hours a week the channel takes before its first reply: its looks (written
         * channels), or staff present only because it is open (live and chat).
         */
        floorHours: number
        /** All its paid hours a week in that set. */
        staffHours: number
        /** Written channels: looks a week and the minutes between them. */
        looks?: { perWeek: number; intervalMinutes: number; people: number }
        /** Its share of contacts answered within target in that set, and its target. */
        withinTargetShare: number
        targetShare: number
        targetMet: boolean
        /** Cost with lost value of that set less the recommended set's (negative: it saves). */
        extraCostWithLostValue: number
      }
    | undefined
}

/** One entry for each candidate not in the recommended set, in the scenario's order. */
export function droppedChannels(
  ctx: PortfolioContext,
  recommended: PortfolioTotals,
  analysis: PortfolioAnalysis,
): DroppedChannel[] {
  const mask = recommended.mask
  const swept = analysis.portfolios.find((p) => p.mask === mask)
  const presence = presenceIn(ctx)
  const out: DroppedChannel[] = []
  ctx.candidates.forEach((channel, j) => {
    if (offers(mask, j)) return
    const into = new Float64Array(ctx.candidates.length)
    const lost = moveCustomers(ctx, mask, j, into)
    const movesTo = ctx.candidates
      .flatMap((c, i) => {
        const contacts = into[i] ?? 0
        return offers(mask, i) && contacts > 0 ? [{ channelId: c.id, contacts }] : []
      })
      .sort((a, b) => b.contacts - a.contacts)
    const added = analysis.portfolios.find((p) => p.mask === (mask | (1 << j)))
    const f = added?.channels.find((c) => c.channelId === channel.id)?.figures
    const plan = f?.plan
    out.push({
      channelId: channel.id,
      contacts: ctx.sources.contacts[j] ?? 0,
      movesTo,
      lost,
      ifAdded:
        added && f && swept
          ? {
              floorHours: channel.kind === 'async' ? f.checkHours / presence : f.floorStaffHours,
              staffHours: f.staffHours,
              ...(plan?.kind === 'looks' && {
                looks: {
                  perWeek: plan.looksPerWeek,
                  intervalMinutes: plan.lookIntervalMinutes,
                  people: plan.people,
                },
              }),
              withinTargetShare: f.contactsOffered > 0 ? f.withinTarget / f.contactsOffered : 1,
              targetShare: channel.targetShare,
              targetMet: f.targetMet,
              extraCostWithLostValue: added.totalWithLostValue - swept.totalWithLostValue,
            }
          : undefined,
    })
  })
  return out
}
