/**
 * The ranking rules, as `ranking.ts` and docs/methodology.md ("Totals and ranking") state them,
 * checked on hand-built totals whose order can be read off the numbers below:
 *
 * - meet targets: the sets that meet every target as far as cover allows first; then the lower
 *   cost including lost value; on a tie, the set that meets every target outright; then fewer
 *   channels (then the lower mask, so that the order is total);
 * - fixed hours: a set that leaves an offered channel without hours after every set that staffs
 *   all its channels; then the larger share of customers served within target; then cost; then
 *   fewer channels.
 */
import { describe, expect, it } from 'vitest'
import { compareRank } from '../ranking'
import { handBuiltTotals as totals } from '../../__tests__/support/totals'

describe('meet targets: targets met as far as cover allows, then cost including lost value', () => {
  it('a cheaper set that misses a target it could reach ranks after a dearer one that meets them all', () => {
    // 100 a week against 1 000: reaching the targets comes before any cost.
    const cheapMiss = totals({ mask: 1, size: 1, totalWithLostValue: 100, targetsMet: false })
    const dearMeet = totals({ mask: 2, size: 1, totalWithLostValue: 1000, targetsMet: true })
    expect(compareRank(dearMeet, cheapMiss, 'meet-targets')).toBeLessThan(0)
    expect(compareRank(cheapMiss, dearMeet, 'meet-targets')).toBeGreaterThan(0)
  })

  it('a set short only where its cover rules the target out ranks by cost with those that meet', () => {
    // Within 2 points of what its hours of cover allow: reached, so the cheaper one first.
    const cheapCapped = totals({
      mask: 1,
      size: 1,
      totalWithLostValue: 100,
      targetsMet: false,
      targetsReached: true,
    })
    const dearMeet = totals({ mask: 2, size: 1, totalWithLostValue: 120, targetsMet: true })
    expect(compareRank(cheapCapped, dearMeet, 'meet-targets')).toBeLessThan(0)
  })

  it('among sets that cannot reach their targets, the cheaper first', () => {
    const cheap = totals({ mask: 1, size: 1, totalWithLostValue: 100, targetsMet: false })
    const dear = totals({ mask: 2, size: 1, totalWithLostValue: 120, targetsMet: false })
    expect(compareRank(cheap, dear, 'meet-targets')).toBeLessThan(0)
  })

  it('at the same cost, the set that meets every target outright first', () => {
    const miss = totals({
      mask: 1,
      size: 1,
      totalWithLostValue: 500,
      targetsMet: false,
      targetsReached: true,
    })
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
    const miss = totals({
      mask: 2,
      size: 1,
      totalWithLostValue: 1_000_000,
      targetsMet: false,
      targetsReached: true, // short only where cover allows no more: ranked by cost
    })
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

  it('sorts a list in the order its targets, costs and sizes give', () => {
    const capped = { targetsMet: false, targetsReached: true }
    const list = [
      totals({ mask: 7, size: 3, totalWithLostValue: 300, targetsMet: true }), // 4th: 300
      totals({ mask: 1, size: 1, totalWithLostValue: 250, ...capped }), // 3rd: 250, capped
      totals({ mask: 6, size: 2, totalWithLostValue: 250, targetsMet: true }), // 2nd: 250, meets
      totals({ mask: 4, size: 1, totalWithLostValue: 250, targetsMet: true }), // 1st: 250, meets, 1
      totals({ mask: 2, size: 1, totalWithLostValue: 900, targetsMet: true }), // 5th: 900
      totals({ mask: 9, size: 1, totalWithLostValue: 50, targetsMet: false }), // 6th: misses
    ]
    const order = [...list].sort((a, b) => compareRank(a, b, 'meet-targets')).map((p) => p.mask)
    expect(order).toEqual([4, 6, 1, 7, 2, 9])
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
    // In meet-targets mode the same two (both short of their targets) rank by cost alone.
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
