/**
 * The ranking rules, as `ranking.ts` and docs/methodology.md ("Totals and ranking") state them,
 * checked on hand-built totals whose order can be read off the numbers below:
 *
 * - meet targets: the lower cost including lost value; on a tie, the set that meets every
 *   target; then fewer channels (then the lower mask, so that the order is total);
 * - fixed hours: a set that leaves an offered channel without hours after every set that staffs
 *   all its channels; then the larger share of customers served within target; then cost; then
 *   fewer channels.
 */
import { describe, expect, it } from 'vitest'
import { compareRank } from '../ranking'
import { handBuiltTotals as totals } from '../../__tests__/support/totals'

describe('meet targets: cost including lost value first', () => {
  it('a cheaper set that misses a target ranks before a dearer one that meets them all', () => {
    // 100 a week against 120: cost decides before targets do.
    const cheapMiss = totals({ mask: 1, size: 1, totalWithLostValue: 100, targetsMet: false })
    const dearMeet = totals({ mask: 2, size: 1, totalWithLostValue: 120, targetsMet: true })
    expect(compareRank(cheapMiss, dearMeet, 'meet-targets')).toBeLessThan(0)
    expect(compareRank(dearMeet, cheapMiss, 'meet-targets')).toBeGreaterThan(0)
  })

  it('at the same cost, the set that meets every target first', () => {
    const miss = totals({ mask: 1, size: 1, totalWithLostValue: 500, targetsMet: false })
    const meet = totals({ mask: 6, size: 2, totalWithLostValue: 500, targetsMet: true })
    // The one that meets its targets wins although it has more channels.
    expect(compareRank(meet, miss, 'meet-targets')).toBeLessThan(0)
    expect(compareRank(miss, meet, 'meet-targets')).toBeGreaterThan(0)
  })

  it('at the same cost and targets, fewer channels first, then the lower mask', () => {
    const two = totals({ mask: 3, size: 2, totalWithLostValue: 500, targetsMet: true })
    const one = totals({ mask: 4, size: 1, totalWithLostValue: 500, targetsMet: true })
    const otherOne = totals({ mask: 2, size: 1, totalWithLostValue: 500, targetsMet: true })
    expect(compareRank(one, two, 'meet-targets')).toBeLessThan(0)
    expect(compareRank(otherOne, one, 'meet-targets')).toBeLessThan(0)
    expect(compareRank(one, one, 'meet-targets')).toBe(0)
  })

  it('costs a billionth apart are the same cost (rounding in sums of channels)', () => {
    // 1 000 000 against 1 000 000.0001: a relative difference of 1e-10 < 1e-9, a tie; the
    // target decides. 1 000 000 against 1 000 000.01 (1e-8) is a real difference.
    const meet = totals({ mask: 1, size: 1, totalWithLostValue: 1_000_000.0001, targetsMet: true })
    const miss = totals({ mask: 2, size: 1, totalWithLostValue: 1_000_000, targetsMet: false })
    expect(compareRank(meet, miss, 'meet-targets')).toBeLessThan(0)
    const dearer = totals({ mask: 1, size: 1, totalWithLostValue: 1_000_000.01, targetsMet: true })
    expect(compareRank(dearer, miss, 'meet-targets')).toBeGreaterThan(0)
  })

  it('served share does not count when the targets are to be met', () => {
    const cheap = totals({
      mask: 1,
      size: 1,
      totalWithLostValue: 100,
      targetsMet: true,
      servedWellShare: 0.2,
    })
    const served = totals({
      mask: 2,
      size: 1,
      totalWithLostValue: 101,
      targetsMet: true,
      servedWellShare: 0.9,
    })
    expect(compareRank(cheap, served, 'meet-targets')).toBeLessThan(0)
  })

  it('sorts a list in the order its costs, targets and sizes give', () => {
    const list = [
      totals({ mask: 7, size: 3, totalWithLostValue: 300, targetsMet: true }), // 4th: 300
      totals({ mask: 1, size: 1, totalWithLostValue: 250, targetsMet: false }), // 3rd: 250, miss
      totals({ mask: 6, size: 2, totalWithLostValue: 250, targetsMet: true }), // 2nd: 250, meets
      totals({ mask: 4, size: 1, totalWithLostValue: 250, targetsMet: true }), // 1st: 250, meets, 1
      totals({ mask: 2, size: 1, totalWithLostValue: 900, targetsMet: true }), // 5th: 900
    ]
    const order = [...list].sort((a, b) => compareRank(a, b, 'meet-targets')).map((p) => p.mask)
    expect(order).toEqual([4, 6, 1, 7, 2])
  })
})

describe('fixed hours: sets that staff every channel, then the share served well', () => {
  it('a set with an offered channel left without hours ranks after every staffed set', () => {
    // Better share and lower cost do not save it: offering a channel nobody answers is no plan.
    const unstaffed = totals({
      mask: 1,
      size: 2,
      totalWithLostValue: 10,
      targetsMet: false,
      servedWellShare: 0.9,
      unstaffedChannels: 1,
    })
    const staffed = totals({
      mask: 2,
      size: 2,
      totalWithLostValue: 1000,
      targetsMet: false,
      servedWellShare: 0.1,
    })
    expect(compareRank(staffed, unstaffed, 'fixed-hours')).toBeLessThan(0)
    expect(compareRank(unstaffed, staffed, 'fixed-hours')).toBeGreaterThan(0)
    // In meet-targets mode the same two rank by cost alone.
    expect(compareRank(unstaffed, staffed, 'meet-targets')).toBeLessThan(0)
  })

  it('among staffed sets, the larger share served well first, whatever it costs', () => {
    const more = totals({
      mask: 1,
      size: 1,
      totalWithLostValue: 900,
      targetsMet: false,
      servedWellShare: 0.74,
    })
    const less = totals({
      mask: 2,
      size: 1,
      totalWithLostValue: 100,
      targetsMet: true,
      servedWellShare: 0.56,
    })
    expect(compareRank(more, less, 'fixed-hours')).toBeLessThan(0)
  })

  it('at the same share, the lower cost; then fewer channels', () => {
    const cheap = totals({
      mask: 3,
      size: 2,
      totalWithLostValue: 100,
      targetsMet: false,
      servedWellShare: 0.5,
    })
    const dear = totals({
      mask: 4,
      size: 1,
      totalWithLostValue: 200,
      targetsMet: false,
      servedWellShare: 0.5,
    })
    const dearSmall = totals({
      mask: 8,
      size: 1,
      totalWithLostValue: 100,
      targetsMet: false,
      servedWellShare: 0.5,
    })
    expect(compareRank(cheap, dear, 'fixed-hours')).toBeLessThan(0)
    expect(compareRank(dearSmall, cheap, 'fixed-hours')).toBeLessThan(0)
  })

  it('sorts a list: staffed sets by share served well, the unstaffed ones last', () => {
    const unstaffed = { targetsMet: false, unstaffedChannels: 1 }
    const list = [
      totals({ mask: 1, size: 1, totalWithLostValue: 50, servedWellShare: 0.3, ...unstaffed }),
      totals({ mask: 2, size: 1, totalWithLostValue: 400, targetsMet: true, servedWellShare: 0.6 }),
      totals({ mask: 3, size: 2, totalWithLostValue: 300, targetsMet: true, servedWellShare: 0.8 }),
      totals({ mask: 4, size: 1, totalWithLostValue: 200, targetsMet: true, servedWellShare: 0.6 }),
      totals({ mask: 5, size: 2, totalWithLostValue: 60, servedWellShare: 0.95, ...unstaffed }),
    ]
    // Staffed: 0.8 (mask 3), then the two at 0.6 by cost (200: mask 4; 400: mask 2). Then the
    // unstaffed ones, by share: 0.95 (mask 5), 0.3 (mask 1).
    const order = [...list].sort((a, b) => compareRank(a, b, 'fixed-hours')).map((p) => p.mask)
    expect(order).toEqual([3, 4, 2, 5, 1])
  })
})
