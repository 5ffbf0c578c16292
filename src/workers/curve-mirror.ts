/**
 * The page's copy of the channel curves its worker has evaluated (the worker sends each new
 * evaluation as it makes it). A worker stopped in the middle of a long evaluation is replaced
 * by a new one seeded from this copy, so only that one evaluation is lost.
 */
import type { CurveEntries, CurveSeed } from '@/engine'

/** Curves kept, as many as the worker's own cache keeps. */
const CURVES_KEPT = 64
/** Exact evaluations kept per curve, as the worker's curves keep. */
const EXACTS_KEPT = 64

interface Mirrored {
  channel: CurveSeed['channel']
  context: CurveSeed['context']
  points: Map<number, CurveEntries['points'][number]>
  exacts: Map<number, CurveEntries['exacts'][number]>
  zero?: CurveEntries['zero']
}

export class CurveMirror {
  private readonly curves = new Map<string, Mirrored>()

  add(seeds: readonly CurveSeed[]): void {
    for (const seed of seeds) {
      let curve = this.curves.get(seed.key)
      if (curve) {
        // Most recently used last.
        this.curves.delete(seed.key)
      } else {
        curve = {
          channel: seed.channel,
          context: seed.context,
          points: new Map(),
          exacts: new Map(),
        }
      }
      this.curves.set(seed.key, curve)
      for (const p of seed.entries.points) curve.points.set(p.index, p)
      for (const e of seed.entries.exacts) {
        curve.exacts.delete(e.volume)
        curve.exacts.set(e.volume, e)
        const oldest =
          curve.exacts.size > EXACTS_KEPT ? curve.exacts.keys().next().value : undefined
        if (oldest !== undefined) curve.exacts.delete(oldest)
      }
      if (seed.entries.zero) curve.zero = seed.entries.zero
    }
    while (this.curves.size > CURVES_KEPT) {
      const oldest = this.curves.keys().next().value
      if (oldest === undefined) break
      this.curves.delete(oldest)
    }
  }

  /** Everything kept, to seed a new worker with. */
  seeds(): CurveSeed[] {
    return [...this.curves].map(([key, c]) => ({
      key,
      channel: c.channel,
      context: c.context,
      entries: { points: [...c.points.values()], exacts: [...c.exacts.values()], zero: c.zero },
    }))
  }

  get size(): number {
    return this.curves.size
  }
}
