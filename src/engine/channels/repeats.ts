/**
 * Repeats: contacts answered later than customers expect come back at the channel's repeat rate,
 * and so do their repeats. The volume offered x must therefore bring back its own repeats:
 *
 *   x = first + rate × late(x) × x,
 *
 * where late(x) is the late share of the channel's week at volume x. Each evaluation at a
 * volume is a *repeat round*. With the late share held at its current level the answer is
 * first / (1 − rate × late); a few such rounds settle it when the late share changes slowly with
 * volume. They start at no repeats, or at the ratio of a nearby case (a neighbouring volume of
 * the same channel), which is usually close. If they do not settle, bisect: a root lies between
 * first (no repeats) and first / (1 − rate) (every contact late), and each round already made
 * narrows that bracket (one that brings back more than it was given lies below a root).
 */
import type { QueueWeek } from './types'

/** Repeats stop being followed when a round adds less than this share of the first contacts. */
const REPEAT_TOLERANCE = 1e-4
/**
 * Plain fixed-point rounds before bisecting: where the late share changes slowly they settle in
 * two to four; needing more means they crawl or swing, and bisection is faster.
 */
const FIXED_POINT_ROUNDS = 8
/** Rounds in all: bisection halves the bracket each time, so 60 reach any tolerance. */
const MAX_REPEAT_ROUNDS = 60

export interface RepeatProblem {
  firstContacts: number
  repeatRate: number
  /** The channel's week at an offered volume (first contacts plus repeats). */
  weekAt: (offered: number) => QueueWeek
  /** Offered ÷ first contacts of a nearby case: the rounds start there. */
  startRatio?: number
}

export interface SettledRepeats {
  offered: number
  week: QueueWeek
  /** Volumes evaluated after the first. */
  rounds: number
}

/** A repeat round: the volume evaluated, its week, and whether it brings back more than it was given. */
interface Tried {
  x: number
  week: QueueWeek
  up: boolean
}

export function settleRepeats(problem: RepeatProblem): SettledRepeats {
  const { firstContacts: first, repeatRate: rate } = problem
  const mostOffered = rate < 1 ? first / (1 - rate) : first
  const start =
    problem.startRatio !== undefined && rate > 0
      ? Math.min(mostOffered, Math.max(first, first * problem.startRatio))
      : first
  const week = problem.weekAt(start)
  if (!(rate > 0 && first > 0)) return { offered: start, week, rounds: 0 }
  const search = new RepeatSearch(problem, mostOffered)
  const settled = search.run(search.note(start, week))
  return { offered: settled.x, week: settled.week, rounds: search.rounds }
}

class RepeatSearch {
  private readonly tried: Tried[] = []
  rounds = 0

  constructor(
    private readonly problem: RepeatProblem,
    private readonly mostOffered: number,
  ) {}

  private get first(): number {
    return this.problem.firstContacts
  }

  /** What volume x brings back: first contacts plus the repeats of its late share. */
  private settle(t: { x: number; week: QueueWeek }): number {
    return this.first + this.problem.repeatRate * t.week.lateShare * t.x
  }

  /** Settled when the volume evaluated brings back its own repeats, within the tolerance. */
  private settled(t: Tried): boolean {
    return Math.abs(this.settle(t) - t.x) <= REPEAT_TOLERANCE * this.first
  }

  note(x: number, week: QueueWeek): Tried {
    const t = { x, week, up: false }
    t.up = this.settle(t) > x
    this.tried.push(t)
    return t
  }

  private evaluate(x: number): Tried {
    this.rounds++
    return this.note(x, this.problem.weekAt(x))
  }

  /**
   * Three rounds alternating sides: the late share jumps between two plans (staffing moves in
   * whole steps), the rounds would swing between them, and bisecting settles faster.
   */
  private swinging(): boolean {
    const [a, b, c] = this.tried.slice(-3)
    return a !== undefined && b !== undefined && c !== undefined && a.up !== b.up && b.up !== c.up
  }

  run(from: Tried): Tried {
    let last = from
    while (this.rounds < FIXED_POINT_ROUNDS && !this.settled(last) && !this.swinging()) {
      last = this.evaluate(this.first / (1 - this.problem.repeatRate * last.week.lateShare))
    }
    return this.settled(last) ? last : this.bisect()
  }

  /**
   * The highest round known to lie below a root, and the lowest known above it (or the most
   * there can be): a sign change lies between them. Swinging rounds often straddle a volume
   * where the lower plan settles just below the jump to the upper one: try that volume first.
   */
  private bisect(): Tried {
    let lo: Tried | undefined
    let hi: Tried | undefined
    for (const t of this.tried) if (t.up && (!lo || t.x > lo.x)) lo = t
    for (const t of this.tried) {
      if (!t.up && t.x > (lo?.x ?? this.first) && (!hi || t.x < hi.x)) hi = t
    }
    if (lo && hi) {
      const own = this.first / (1 - this.problem.repeatRate * lo.week.lateShare)
      if (own > lo.x && own < hi.x) {
        const t = this.evaluate(own)
        if (this.settled(t)) return t
        if (t.up) lo = t
        else hi = t
      }
    }
    const tolerance = REPEAT_TOLERANCE * this.first
    while (
      this.rounds < MAX_REPEAT_ROUNDS &&
      (hi?.x ?? this.mostOffered) - (lo?.x ?? this.first) > tolerance
    ) {
      const t = this.evaluate(((lo?.x ?? this.first) + (hi?.x ?? this.mostOffered)) / 2)
      if (this.settled(t)) return t
      if (t.up) lo = t
      else hi = t
    }
    // No volume settles: the late share jumps here (staffing moves in whole steps, or the best
    // trade-off between two plans). Keep the upper side: the lower plan would bring back more
    // contacts than it was planned for; the upper one copes with what it brings back.
    return hi ?? this.evaluate(this.mostOffered)
  }
}
