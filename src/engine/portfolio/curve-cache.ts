/**
 * Channel curves kept between analyses, keyed by what a curve depends on, so what-ifs that
 * leave a channel's queue settings alone reuse its evaluations.
 */
import type { Channel } from '../model/types'
import { ChannelCurve, type CurveContext, type CurveEntries } from './curves'

/** One curve's new evaluations, with what names the curve: to seed another cache with. */
export interface CurveSeed {
  /** `curveKey` of the channel and context. */
  key: string
  channel: Channel
  context: CurveContext
  entries: CurveEntries
}

/**
 * What a channel's curve depends on: its queue settings (kind, handle time, targets, coverage,
 * looks, patience, repeats, hand-offs), the business's shrinkage and occupancy cap, and the
 * weekly pattern, and the people on site when they answer alongside other work. A curve holds hours and contacts, never money, and a channel's own hours do
 * not depend on the other channels, so editing a name, a cost, an hourly rate, affinities,
 * loss shares or today's set keeps every curve.
 */
export function curveKey(channel: Channel, context: CurveContext): string {
  const queue = Object.entries(channel).filter(([field]) => !NOT_IN_CURVE.has(field))
  const { shrinkage, maxOccupancy } = context.business
  return JSON.stringify([queue, shrinkage, maxOccupancy, context.pattern, context.onSite ?? null])
}

/** Channel settings a curve does not depend on (any other setting, present or future, counts). */
const NOT_IN_CURVE: ReadonlySet<string> = new Set<keyof Channel>([
  'id',
  'catalogId',
  'name',
  'candidate',
  'offeredToday',
  'toolCostPerMonth',
  'setupHours',
  'trainingHoursPerMonth',
  'affinity',
  'lossShare',
])

/**
 * Curves kept between analyses: a channel's curve stays valid while what it depends on
 * (`curveKey`) stays the same.
 */
export class CurveCache {
  private readonly curves = new Map<string, ChannelCurve>()

  constructor(private readonly limit = 64) {}

  curveFor(channel: Channel, context: CurveContext): ChannelCurve {
    const key = curveKey(channel, context)
    let curve = this.curves.get(key)
    if (curve) {
      // Most recently used last.
      this.curves.delete(key)
    } else {
      curve = new ChannelCurve(channel, context)
    }
    this.curves.set(key, curve)
    while (this.curves.size > this.limit) {
      const oldest = this.curves.keys().next().value
      if (oldest === undefined) break
      this.curves.delete(oldest)
    }
    return curve
  }

  /** Every curve's evaluations since the last call, for a cache elsewhere to be seeded with. */
  takeNew(): CurveSeed[] {
    const seeds: CurveSeed[] = []
    for (const [key, curve] of this.curves) {
      const entries = curve.takeNew()
      if (entries) seeds.push({ key, channel: curve.channel, context: curve.context, entries })
    }
    return seeds
  }

  /** Takes in evaluations another cache made (`takeNew`): they need not be made again here. */
  seed(seeds: readonly CurveSeed[]): void {
    for (const s of seeds) this.curveFor(s.channel, s.context).seed(s.entries)
  }

  get size(): number {
    return this.curves.size
  }
}
