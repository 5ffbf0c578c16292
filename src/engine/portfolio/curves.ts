/**
 * A channel's answer as a function of its volume, for the portfolio sweep.
 *
 * Across the 4 095 portfolios of twelve candidates a channel sees thousands of different
 * volumes (the contacts of the channels not offered move to it by affinity). Each exact
 * evaluation of an async channel runs its week several times, so the sweep evaluates each
 * channel once per point of a shared grid of volumes, 2^(k/4) contacts a week for async channels
 * (neighbours 19 % apart) and 2^(k/12) for live and chat ones (6 % apart), memoised, and reads any volume in between by straight-line interpolation of
 * the figures that add up (hours, contacts, money). The same grid serves every portfolio and
 * every later run with the same channel settings, so changing the contacts a week reuses most
 * of it. The portfolios shown to the user are evaluated exactly (`evaluatePortfolio`). A grid
 * point's searches start from the points below it (see `startFor`), so it can settle on another
 * trade-off or another settled volume than an exact evaluation at the same volume would; the
 * tests bound the resulting gap between interpolated and exact portfolio totals.
 */
import { evaluateChannel, type ChannelResult, type StaffingPlan } from '../channels/evaluate'
import type { Business, Channel, OnSiteTeam } from '../model/types'
import { figuresOf, lerp, type ChannelFigures } from './figures'

/**
 * Grid points per doubling of volume. Async channels are slow to evaluate and smooth in volume;
 * live and chat channels are quick, but staff whole agents, so their cost moves in steps that a
 * finer grid follows more closely.
 */
export const CURVE_STEPS_PER_DOUBLING = { async: 4, live: 12 } as const

export function stepsFor(channel: Channel): number {
  return channel.kind === 'async' ? CURVE_STEPS_PER_DOUBLING.async : CURVE_STEPS_PER_DOUBLING.live
}

/** `ChannelCurve.missing`'s name for the zero volume (no grid index: those are finite). */
const ZERO_POINT = Number.NEGATIVE_INFINITY

/** Exact evaluations a curve keeps (the volumes of the portfolios shown lately). */
const EXACT_RESULTS_KEPT = 64

/** The grid point at or below a positive volume, and the one above. */
export function gridIndex(volume: number, steps: number): number {
  return Math.floor(Math.log2(volume) * steps + 1e-9)
}

export function gridVolume(index: number, steps: number): number {
  return 2 ** (index / steps)
}

/** A grid point's staffing and repeat ratio: where the search of the point above it starts. */
export interface CurveStart {
  plan: StaffingPlan
  repeatRatio: number
}

/**
 * What a curve has evaluated, to carry over to another cache that has the same curve (a
 * restarted worker's): grid points are the same whatever was evaluated before them, so a curve
 * seeded with them answers exactly as the one that evaluated them.
 */
export interface CurveEntries {
  points: Array<{ index: number; figures: ChannelFigures; start: CurveStart }>
  exacts: Array<{ volume: number; result: ChannelResult }>
  zero?: ChannelFigures
}

export interface CurveContext {
  business: Business
  /** 168 weights. */
  pattern: readonly number[]
  /** The people on site, alongside other work (absent for dedicated and blended staff). */
  onSite?: OnSiteTeam
}

/** One channel's memoised answers at grid volumes (meet-targets mode). */
export class ChannelCurve {
  private readonly points = new Map<number, ChannelFigures>()
  /** Each evaluated grid point's staffing and repeat ratio: where a neighbour's search starts. */
  private readonly starts = new Map<number, CurveStart>()
  private readonly exacts = new Map<number, ChannelResult>()
  private zero: ChannelFigures | undefined
  /** Evaluations not yet handed out by `takeNew`. */
  private readonly unsent = { points: [] as number[], exacts: [] as number[], zero: false }
  /** Exact evaluations made so far (grid points and zero). */
  evaluations = 0
  private readonly steps: number

  constructor(
    readonly channel: Channel,
    readonly context: CurveContext,
  ) {
    this.steps = stepsFor(channel)
  }

  /**
   * The channel evaluated exactly at a volume (no interpolation), its searches starting from
   * the plan of the grid point at or below the volume. Grid points are the same whatever was
   * evaluated before (see `startFor`), so the answer never depends on history: a share link
   * opened in a fresh browser shows the same figures. Kept by volume, for what-ifs that leave a
   * shown portfolio's volumes alone.
   */
  exact(volume: number): ChannelResult {
    let result = this.exacts.get(volume)
    if (!result) {
      const below = volume > 0 ? gridIndex(volume, this.steps) : undefined
      if (below !== undefined) this.point(below)
      const start = below === undefined ? undefined : this.starts.get(below)
      result = this.evaluate(volume, start)
      this.keepExact(volume, result)
      this.unsent.exacts.push(volume)
    }
    return result
  }

  private keepExact(volume: number, result: ChannelResult): void {
    if (this.exacts.size >= EXACT_RESULTS_KEPT) {
      const oldest = this.exacts.keys().next().value
      if (oldest !== undefined) this.exacts.delete(oldest)
    }
    this.exacts.set(volume, result)
  }

  /** The evaluations made since the last call (undefined when there are none). */
  takeNew(): CurveEntries | undefined {
    const { points, exacts, zero } = this.unsent
    if (points.length === 0 && exacts.length === 0 && !zero) return undefined
    const entries: CurveEntries = { points: [], exacts: [] }
    for (const index of points) {
      const figures = this.points.get(index)
      const start = this.starts.get(index)
      if (figures && start) entries.points.push({ index, figures, start })
    }
    for (const volume of exacts) {
      const result = this.exacts.get(volume)
      if (result) entries.exacts.push({ volume, result })
    }
    if (zero && this.zero) entries.zero = this.zero
    this.unsent.points = []
    this.unsent.exacts = []
    this.unsent.zero = false
    return entries
  }

  /** Takes in another cache's evaluations of this same curve (see `CurveEntries`). */
  seed(entries: CurveEntries): void {
    for (const { index, figures, start } of entries.points) {
      if (this.points.has(index)) continue
      this.points.set(index, figures)
      this.starts.set(index, start)
    }
    for (const { volume, result } of entries.exacts) {
      if (!this.exacts.has(volume)) this.keepExact(volume, result)
    }
    if (entries.zero && !this.zero) this.zero = entries.zero
  }

  /** The exact evaluation at this volume if it is kept, else undefined (nothing is evaluated). */
  known(volume: number): ChannelResult | undefined {
    return this.exacts.get(volume)
  }

  /**
   * A grid point's evaluation, starting its searches from `start` (or afresh without one).
   */
  private evaluate(volume: number, start: CurveStart | undefined): ChannelResult {
    return evaluateChannel(
      {
        channel: this.channel,
        contactsPerWeek: volume,
        business: this.context.business,
        pattern: this.context.pattern,
        onSite: this.context.onSite,
      },
      // A portfolio shows hours, contacts and shares within target, never response times: they
      // are not worked out (a written channel's 90th percentile alone is a dozen integrations).
      { hint: start?.plan, repeatRatio: start?.repeatRatio, responseTimes: false },
    )
  }

  /**
   * Where grid point `index`'s searches start. Points come in blocks of one doubling: the first
   * point of a block starts afresh, and each later one from the point just below it in the block
   * (its plan, and its repeat ratio carried on along the line through the two points below),
   * evaluated first if need be. So a point is the same whatever was evaluated before it: a share
   * link opened in a fresh browser sweeps the same curves as the session that made it.
   */
  private startFor(index: number): CurveStart | undefined {
    const inBlock = index - Math.floor(index / this.steps) * this.steps
    if (inBlock === 0) return undefined
    this.point(index - 1)
    const nearest = this.starts.get(index - 1)
    if (!nearest) return undefined
    const other = inBlock >= 2 ? this.starts.get(index - 2) : undefined
    return other
      ? { plan: nearest.plan, repeatRatio: 2 * nearest.repeatRatio - other.repeatRatio }
      : nearest
  }

  private point(index: number): ChannelFigures {
    let p = this.points.get(index)
    if (!p) {
      // A volume that is not finite has no grid point; without this its search start would
      // ask for the point below it forever.
      if (!Number.isFinite(index)) throw new RangeError(`no grid point for volume index ${index}`)
      const volume = gridVolume(index, this.steps)
      const result = this.evaluate(volume, this.startFor(index))
      p = figuresOf(result)
      this.evaluations++
      this.points.set(index, p)
      this.unsent.points.push(index)
      this.starts.set(index, {
        plan: result.plan,
        repeatRatio: result.firstContacts > 0 ? result.contactsOffered / result.firstContacts : 1,
      })
    }
    return p
  }

  /**
   * The grid points reading this volume takes that are not evaluated yet (the one at or below
   * it, and the one above when it lies between them); ZERO_POINT stands for the zero volume.
   */
  missing(volume: number): number[] {
    if (!(volume > 0)) return this.zero === undefined ? [ZERO_POINT] : []
    const k = gridIndex(volume, this.steps)
    const out: number[] = []
    if (!this.points.has(k)) out.push(k)
    if (gridVolume(k, this.steps) < volume && !this.points.has(k + 1)) out.push(k + 1)
    return out
  }

  /** Evaluates a grid point (or the zero volume) if it is not evaluated yet. */
  evaluatePoint(index: number): void {
    if (index === ZERO_POINT) this.at(0)
    else this.point(index)
  }

  at(volume: number): ChannelFigures {
    if (!(volume > 0)) {
      if (!this.zero) {
        this.zero = figuresOf(this.exact(0))
        this.evaluations++
        this.unsent.zero = true
      }
      return this.zero
    }
    const k = gridIndex(volume, this.steps)
    const lo = gridVolume(k, this.steps)
    if (Math.abs(lo - volume) <= 1e-12 * volume) return this.point(k)
    const hi = gridVolume(k + 1, this.steps)
    return lerp(this.point(k), this.point(k + 1), (volume - lo) / (hi - lo))
  }
}
