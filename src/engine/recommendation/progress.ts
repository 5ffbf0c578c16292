/**
 * Progress over a whole analysis as one rising figure, 0 to 1: the channel curves, the sweep
 * over every portfolio and the exact evaluations of the sets shown, weighted by the work each
 * takes. The work still to do is only an estimate (a pass over the curves can find more grid
 * points to build, a cached evaluation takes no time), so each unit of work moves the figure by
 * its share of the work then thought left: the figure never goes back, a longer estimate only
 * slows it, and it reaches 1 only when the answer is there (`finish`).
 *
 * Given a clock, the meter weighs work by the time it takes: each kind of unit costs what the
 * units of that kind done so far took on average (a kind not seen yet, its prior weight at the
 * time per unit of weight seen so far). How long a grid point or a batch of portfolios takes
 * varies a hundredfold between scenarios; measured, the figure moves about evenly in time.
 */

export type AnalysisStage = 'channels' | 'portfolios' | 'exact' | 'done'

export interface AnalysisProgress {
  /** Share of the whole run done, 0 to 1: it never goes back, and is 1 only with the answer. */
  fraction: number
  /** What the run is doing: building channel curves, adding up portfolios, exact evaluations. */
  stage: AnalysisStage
}

/** The units of work: a grid point of a curve, a batch of portfolios, an exact evaluation. */
export type WorkKind = 'point' | 'batch' | 'exact'

/** Units of each kind still to do. */
export type WorkLeft = Record<WorkKind, number>

/**
 * Prior weights, in grid points: a channel of a shown portfolio evaluated exactly also works out
 * its response times, and a batch of portfolios costs about one point (twelve channels at 400
 * and 20 000 contacts a week, dedicated and blended, measured: exact evaluations 0.7 to 8 grid
 * points, batches 0.3 to 4).
 */
const PRIOR: Readonly<Record<WorkKind, number>> = { point: 1, batch: 1, exact: 3 }

const KINDS: readonly WorkKind[] = ['point', 'batch', 'exact']

/** The most the figure shows before the answer is there. */
export const BEFORE_THE_ANSWER = 0.99

export class ProgressMeter {
  private share = 0
  private readonly done: Record<WorkKind, number> = { point: 0, batch: 0, exact: 0 }
  private readonly spent: Record<WorkKind, number> = { point: 0, batch: 0, exact: 0 }
  private last: number | undefined

  /** `now`, in any unit (milliseconds): with it, work is weighed by the time it takes. */
  constructor(private readonly now?: () => number) {
    this.last = now?.()
  }

  /**
   * One unit of `kind` just finished, about `left` still to do: the figure moves that unit's
   * share of the way from where it is to the end, and stays at most `BEFORE_THE_ANSWER`.
   */
  advance(kind: WorkKind, left: WorkLeft, stage: Exclude<AnalysisStage, 'done'>): AnalysisProgress {
    let took = PRIOR[kind]
    if (this.now) {
      const t = this.now()
      took = Math.max(0, t - (this.last ?? t))
      this.last = t
    }
    this.done[kind]++
    this.spent[kind] += took
    const rest = KINDS.reduce((s, k) => s + Math.max(0, left[k]) * this.costOf(k), 0)
    if (took > 0) this.share += (1 - this.share) * (took / (took + rest))
    this.share = Math.min(this.share, BEFORE_THE_ANSWER)
    return { fraction: this.share, stage }
  }

  /** The answer is there. */
  finish(): AnalysisProgress {
    this.share = 1
    return { fraction: 1, stage: 'done' }
  }

  /** What one more unit of `kind` is expected to cost. */
  private costOf(kind: WorkKind): number {
    if (!this.now) return PRIOR[kind]
    const done = this.done[kind]
    if (done > 0) return this.spent[kind] / done
    const weightDone = KINDS.reduce((s, k) => s + this.done[k] * PRIOR[k], 0)
    const spent = KINDS.reduce((s, k) => s + this.spent[k], 0)
    return weightDone > 0 && spent > 0 ? (PRIOR[kind] * spent) / weightDone : PRIOR[kind]
  }
}
