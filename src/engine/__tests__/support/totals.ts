/**
 * Hand-built portfolio totals, for tests of the ranking: every field a plain number the test
 * sets, so the order two portfolios must take can be read off the test itself.
 */
import type { PortfolioTotals } from '../../portfolio/totals'

/** Only what the ranking reads, plus a name to find the portfolio by. */
export interface RankedFields {
  mask: number
  size: number
  totalWithLostValue: number
  targetsMet: boolean
  /** Targets met as far as cover allows; as `targetsMet` unless given. */
  targetsReached?: boolean
  servedWellShare?: number
  unstaffedChannels?: number
}

/** A portfolio whose every other figure is zero (or the obvious neutral value). */
export function handBuiltTotals(f: RankedFields): PortfolioTotals {
  const channelIds = Array.from({ length: f.size }, (_, i) => `c${i + 1}`)
  return {
    mask: f.mask,
    channelIds,
    size: f.size,
    staffHours: 0,
    cost: { staff: 0, tools: 0, setup: 0, training: 0, selfService: 0, total: 0 },
    contactsOffered: 0,
    withinTarget: 0,
    attainment: 1,
    weightedAttainment: 1,
    servedWellShare: f.servedWellShare ?? 1,
    unserved: 0,
    unservedLost: 0,
    lost: 0,
    handoffsWithoutPrivateChannel: 0,
    escalated: 0,
    lostValue: 0,
    totalWithLostValue: f.totalWithLostValue,
    targetsMet: f.targetsMet,
    targetsReached: f.targetsReached ?? f.targetsMet,
    unstaffedChannels: f.unstaffedChannels ?? 0,
    causes: {
      work: 0,
      fixedFloor: 0,
      queueHeadroom: 0,
      coverageMisses: 0,
      lostCustomers: 0,
      publicMisses: 0,
    },
    channels: [],
  }
}
