/**
 * The expected number of a week's contacts answered within a threshold, for a run's settled
 * states before every look. A contact arriving u minutes before look j, with n contacts on hand
 * and r more arriving before it in the same interval (r ~ Poisson of the interval's arrivals
 * before it, independent of n), needs K = max(0, n + r + 1 − c) replies to end before a person
 * is free for it (a check first adds m when nobody was at work). Its reply is then done within
 * t of the look with probability H_K(t) (counts.ts), so it is within target T with probability
 * H_K(T − u − m·check), when its deadline falls before the stretch ends. Past the end of the
 * stretch, nobody starts a reply: it then either starts before the end (F_K, the chance K
 * replies end by then) and finishes in time, or it waits for the next stretch's first look. The
 * expected count within T is the integral over u of the arrival rate times that probability,
 * summed over n and r, taken by Gauss–Legendre quadrature on pieces where the integrand is
 * smooth (split at every hour, at the deadline kinks and at the stretch boundaries).
 */
import {
  freeTimeNodes,
  poissonPmfInto,
  poissonSupport,
  poissonTailsInto,
  replyDoneInto,
} from './counts'
import { binomialInto, convolveInto, mass, type Dist, type PileState } from './pile'
import { batchMean, type LookPace, type RatePiece, type WeekRunInput } from './run-input'

/** Quadrature pieces are at most this many mean replies long, so every piece is smooth. */
const PIECE_REPLIES = 6
/** A contact is surely in time when its chance is within this of 1. */
const SURELY = 1e-9
/** Gauss–Legendre nodes per piece. */
const NODES = [-0.906179845938664, -0.5384693101056831, 0, 0.5384693101056831, 0.906179845938664]
const WEIGHTS = [
  0.23692688505618928, 0.4786286704993663, 0.5688888888888887, 0.4786286704993663,
  0.23692688505618928,
]
/**
 * Five nodes on pieces of six mean replies (ten minutes at least): within 3e−5 of exact
 * integrals for one or two people, 5e−4 for ten people answering a big pile (measured).
 */
const FINE = { nodes: NODES, weights: WEIGHTS, pieceReplies: PIECE_REPLIES, leastMinutes: 10 }
/** Three nodes on pieces of twelve (twenty minutes at least): enough to place a percentile to 1 %. */
const COARSE = {
  nodes: [-0.7745966692414834, 0, 0.7745966692414834],
  weights: [0.5555555555555557, 0.8888888888888888, 0.5555555555555557],
  pieceReplies: 2 * PIECE_REPLIES,
  leastMinutes: 20,
}

export class LookContext {
  private readonly pmf: Float64Array
  private readonly ahead: Float64Array
  private readonly done: Float64Array
  private readonly doneMix: Float64Array
  private readonly tails: Float64Array
  private readonly doneChecked: Float64Array
  private readonly doneFree: Float64Array
  private crossed = new Float64Array(64)
  private leftDone = new Float64Array(64)
  /** Per look and part (2j, 2j + 1 after a check): what the end of its stretch does. */
  private readonly ends: (StretchEnd | undefined)[] = []

  constructor(
    private readonly input: WeekRunInput,
    private readonly pieces: RatePiece[][],
    private readonly states: PileState[],
    /** Each look's people, reply and check minutes (`lookPaces`). */
    private readonly paces: readonly LookPace[],
  ) {
    const longest = states.reduce((s, st) => Math.max(s, st.idle.length, st.busy.length), 1)
    const batch = pieces.reduce((s, p) => Math.max(s, poissonSupport(batchMean(p))), 1)
    const size = longest + batch + 4
    this.pmf = new Float64Array(batch + 4)
    this.ahead = new Float64Array(size)
    this.done = new Float64Array(size)
    this.doneMix = new Float64Array(size)
    this.tails = new Float64Array(size + 2)
    this.doneChecked = new Float64Array(size)
    this.doneFree = new Float64Array(size)
  }

  /** Expected contacts a week answered within `threshold` minutes of arriving. */
  withinAt(threshold: number, coarse = false): number {
    this.rule = coarse ? COARSE : FINE
    let total = 0
    for (let j = 0; j < this.states.length; j++) total += this.lookWithin(j, threshold)
    this.rule = FINE
    return total
  }

  /** The quadrature rule in use: nodes, weights and the longest piece in mean replies. */
  private rule = FINE

  meanResponse(): number {
    let weighted = 0
    let count = 0
    for (let j = 0; j < this.states.length; j++) {
      const r = this.lookMean(j)
      weighted += r.sum
      count += r.count
    }
    return count > 0 ? weighted / count : 0
  }

  private lookWithin(j: number, threshold: number): number {
    const look = this.lookAt(j, threshold)
    const pieces = this.pieces[j]
    if (!look || !pieces) return 0
    let total = 0
    for (const piece of pieces) {
      if (piece.rate <= 0) continue
      // Only arrivals less than the threshold before the look can be in time (across a gap too:
      // that needs the deadline past the next stretch's start, later still).
      const last = Math.min(piece.to, threshold)
      if (last <= piece.from) continue
      const cuts = this.cuts
      cuts.length = 0
      cuts.push(piece.from)
      for (const k of look.kinks) if (k > piece.from && k < last) cuts.push(k)
      cuts.push(last)
      cuts.sort((x, y) => x - y)
      for (let s = 0; s + 1 < cuts.length; s++) {
        const lo = cuts[s] ?? 0
        const hi = cuts[s + 1] ?? 0
        if (hi <= lo || neverInTime(look, lo)) continue
        total += this.surely(look, piece, lo, hi)
          ? piece.rate * (hi - lo) * look.weight
          : this.quadrature(look, piece, lo, hi)
      }
    }
    return total
  }

  /** Cut points of a piece, reused (the integrand has a kink at each). */
  private readonly cuts: number[] = []

  /** What look j's contacts face for `threshold`: its stretch, its parts, the integrand's kinks. */
  private lookAt(j: number, threshold: number): LookAtThreshold | undefined {
    const state = this.states[j]
    if (!state) return undefined
    const { schedule } = this.input
    const { minutesPerCheck: m } = this.paceAt(j)
    const toEnd = schedule.toStretchEnd[j] ?? Infinity
    const toNext = schedule.toNextStretch[j] ?? Infinity
    const parts = [
      { dist: state.idle, check: m, weight: mass(state.idle) },
      { dist: state.busy, check: 0, weight: mass(state.busy) },
    ].filter((p) => p.weight > 0)
    return {
      j,
      threshold,
      toEnd,
      toNext,
      kinks: [
        threshold,
        threshold - m,
        threshold - toEnd,
        threshold - toNext,
        threshold - toNext - m,
      ],
      parts,
      weight: parts.reduce((s, p) => s + p.weight, 0),
    }
  }

  /**
   * Whether every contact on hand is surely answered in time for arrivals in [lo, hi] (a long
   * target seen early): the integrand is then the arrival rate times the state's mass, with no
   * quadrature. The most ahead (at the near end) against the least time (at the far end) bounds
   * the rest.
   */
  private surely(look: LookAtThreshold, piece: RatePiece, lo: number, hi: number): boolean {
    const { j, threshold, toEnd } = look
    const { people: c, handleMinutes: h } = this.paceAt(j)
    return look.parts.every((part) => {
      const budget = threshold - hi - part.check
      if (!(budget > 0)) return false
      const before = piece.before + piece.rate * (piece.to - lo)
      const arrived = poissonPmfInto(before, this.pmf)
      const length = convolveInto(part.dist, this.pmf, this.ahead, Infinity, arrived)
      const kMax = Math.max(0, length - c)
      // Past the stretch's end only if every reply surely starts before it.
      const startWindowMinutes = toEnd - part.check
      if (threshold - lo - part.check > startWindowMinutes) {
        if (!(startWindowMinutes > 0)) return false
        const end = this.stretchEnd(j, part.check, startWindowMinutes, kMax)
        if ((end.started[kMax] ?? 0) < 1 - SURELY) return false
      }
      replyDoneInto(budget, c, h, kMax, this.done, this.tails)
      let missed = 0
      for (let w = 0; w < length; w++) {
        missed += (this.ahead[w] ?? 0) * (1 - (this.done[Math.max(0, w + 1 - c)] ?? 0))
      }
      return missed <= SURELY * part.weight
    })
  }

  /** Expected contacts in time among arrivals in [lo, hi]: Gauss–Legendre on short pieces. */
  private quadrature(look: LookAtThreshold, piece: RatePiece, lo: number, hi: number): number {
    const { j, threshold, toEnd, toNext } = look
    const count = Math.max(1, Math.ceil((hi - lo) / this.pieceLength()))
    const half = (hi - lo) / count / 2
    const { nodes, weights } = this.rule
    let total = 0
    for (let part = 0; part < count; part++) {
      const start = lo + 2 * half * part
      for (let q = 0; q < nodes.length; q++) {
        const u = start + half * (1 + (nodes[q] ?? 0))
        const before = piece.before + piece.rate * (piece.to - u)
        const arrived = poissonPmfInto(before, this.pmf)
        let p = 0
        for (const pt of look.parts) {
          p += this.partWithin(j, pt.dist, pt.check, arrived, u, threshold, toEnd, toNext)
        }
        total += half * (weights[q] ?? 0) * piece.rate * p
      }
    }
    return total
  }

  /**
   * H_K into `this.done` for a deadline `tau` minutes after the look, the check (when there is
   * one) taking `check` minutes of it. With dedicated people the time left for replies is
   * tau − check. Alongside other work the work a person gets done by the deadline is the free
   * time of their on-off spells after the wait for a spell to end (the part of `check` beyond
   * the check's own work), random: H_K is averaged over the nodes of `freeTimeNodes`.
   */
  private doneBy(j: number, tau: number, check: number, kMax: number): void {
    const pace = this.paceAt(j)
    const { people: c, handleMinutes: h, busyShare: b, checkElapsedMinutes } = pace
    if (!(b > 0) || !(b < 1)) {
      replyDoneInto(tau - check, c, h, kMax, this.done, this.tails)
      return
    }
    const work = check > 0 ? checkElapsedMinutes : 0
    const s = tau - Math.max(0, check - work)
    if (!(s > 0)) {
      this.done.fill(0, 0, kMax + 1)
      return
    }
    const { reach, nodes } = freeTimeNodes(b, pace.spellMinutes, s, c)
    const mix = this.doneMix
    mix.fill(0, 0, kMax + 1)
    for (const [xi, w] of nodes) {
      replyDoneInto(reach * xi - work, c, h, kMax, this.done, this.tails)
      for (let k = 0; k <= kMax; k++) mix[k] = (mix[k] ?? 0) + w * (this.done[k] ?? 0)
    }
    for (let k = 0; k <= kMax; k++) this.done[k] = mix[k] ?? 0
  }

  private paceAt(j: number): LookPace {
    const pace = this.paces[j]
    if (!pace) throw new RangeError(`look ${j} has no pace`)
    return pace
  }

  private pieceLength(): number {
    return Math.max(this.rule.leastMinutes, this.rule.pieceReplies * this.input.handleMinutes)
  }

  /**
   * The chance, weighted by the part's probability, that a contact arriving u minutes before
   * the look, with the interval's arrivals ahead of it in `this.pmf` (the first `arrived`
   * entries), is answered within
   * `threshold` of arriving; `check` is the check's minutes when the look finds nobody at work.
   */
  private partWithin(
    j: number,
    dist: Dist,
    check: number,
    arrived: number,
    u: number,
    threshold: number,
    toEnd: number,
    toNext: number,
  ): number {
    const { people: c, handleMinutes: h } = this.paceAt(j)
    const budget = threshold - u - check
    if (budget <= 0) return 0
    const startWindow = toEnd - check
    // Contacts needing more replies to end first than can end by the deadline never count.
    const working =
      budget <= startWindow
        ? budget
        : Math.max(0, startWindow) + Math.max(0, threshold - u - toNext)
    const reachable = poissonSupport((c * working) / h) + c
    const length = convolveInto(dist, this.pmf, this.ahead, reachable, arrived)
    const kMax = Math.max(0, length - c)
    this.doneBy(j, threshold - u, check, kMax)
    let p = 0
    const end =
      budget > startWindow && startWindow > 0
        ? this.stretchEnd(j, check, startWindow, kMax)
        : undefined
    if (
      budget <= startWindow ||
      (end && (end.started[kMax] ?? 0) >= 1 - SURELY && threshold - u < toNext)
    ) {
      // The deadline comes before the stretch ends: nothing is cut short.
      for (let w = 0; w < length; w++)
        p += (this.ahead[w] ?? 0) * (this.done[Math.max(0, w + 1 - c)] ?? 0)
      return p
    }
    // The deadline is past the end of the stretch: answered in this stretch (started before its
    // end) and done in time, or started after the next stretch's first look and done in time.
    const afterNext = threshold - u - toNext
    const decay = Math.exp(-(budget - startWindow) / h)
    const cross = afterNext > 0 ? this.acrossTheGap(j, end, afterNext, kMax) : undefined
    for (let w = 0; w < length; w++) {
      const q = this.ahead[w] ?? 0
      if (q === 0) continue
      const k = Math.max(0, w + 1 - c)
      if (end) {
        if (k === 0) p += q * (this.done[0] ?? 0)
        else {
          const f = end.started[k] ?? 0
          p += q * (f - decay * (f - (end.doneAtEnd[k] ?? 0)))
        }
      }
      if (cross) p += q * (cross[k] ?? 0)
    }
    return p
  }

  /**
   * For each K, the chance that a contact still waiting at the end of the stretch, K replies
   * from a free person when its look came, is answered within `budget` minutes of the next
   * stretch's first look. The K replies still to end at the stretch's end are K − N
   * (N ~ Poisson(c·w/h) for the w minutes left to start replies, N < K); each of the c replies in progress then is still running
   * at the look with probability e^(−gap/h), and a look that finds none running is a check.
   * Without `end` the check ran past the stretch's end: nobody replied, K is unchanged and the
   * next look is a check. (A contact that a second stretch's end also cuts short is counted as
   * answered by the deadline if the hours of that stretch allowed it: a small overcount only for
   * piles that outlast a whole stretch.)
   */
  private acrossTheGap(
    j: number,
    end: StretchEnd | undefined,
    budget: number,
    kMax: number,
  ): Float64Array {
    const { people: c, handleMinutes: h, minutesPerCheck: m } = this.paceAt(j)
    const out =
      this.crossed.length > kMax ? this.crossed : (this.crossed = new Float64Array(2 * kMax + 2))
    const checked = replyDoneInto(budget - m, c, h, kMax, this.doneChecked, this.tails)
    if (!end) {
      for (let k = 0; k <= kMax; k++) out[k] = checked[k] ?? 0
      return out
    }
    const free = replyDoneInto(budget, c, h, kMax, this.doneFree, this.tails)
    // Q(left): done in time when `left` replies were still to end at the stretch's end.
    const q =
      this.leftDone.length > kMax ? this.leftDone : (this.leftDone = new Float64Array(2 * kMax + 2))
    for (let left = 1; left <= kMax; left++) {
      let sum = (end.running[0] ?? 0) * (checked[Math.max(0, left - c)] ?? 0)
      for (let b = 1; b <= c; b++)
        sum += (end.running[b] ?? 0) * (free[Math.max(0, left - c + b)] ?? 0)
      q[left] = sum
    }
    out[0] = 0
    for (let k = 1; k <= kMax; k++) {
      // Only a contact that may still be waiting at the end can be answered after the gap.
      if ((end.started[k] ?? 0) >= 1 - SURELY) {
        out[k] = 0
        continue
      }
      // N = k − left runs over the counts that carry weight, from endedFrom on.
      let sum = 0
      const lowest = Math.max(1, k - end.ended.length + 1)
      for (let left = lowest; left <= k - end.endedFrom; left++)
        sum += (end.ended[k - left] ?? 0) * (q[left] ?? 0)
      out[k] = sum
    }
    return out
  }

  /** What the end of look j's stretch does, for the part with `check` minutes of check. */
  private stretchEnd(
    j: number,
    check: number,
    startWindowMinutes: number,
    kMax: number,
  ): StretchEnd {
    const key = 2 * j + (check > 0 ? 1 : 0)
    let end = this.ends[key]
    if (!end || end.started.length < kMax + 1) {
      // Worked out for twice the pile asked for before: a pile growing one contact at a time
      // (node by node) would otherwise rebuild it at every node. The figures for each K do not
      // depend on how far they are worked out.
      const most = Math.max(kMax, 2 * (end?.started.length ?? 0))
      const { schedule } = this.input
      const { people: c, handleMinutes: h } = this.paceAt(j)
      const mean = (c / h) * startWindowMinutes
      // Only counts up to the pile matter (a long stretch's support can be far longer).
      const pmf = new Float64Array(Math.min(most + 1, poissonSupport(mean)))
      const counted = poissonPmfInto(mean, pmf)
      const gap = (schedule.toNextStretch[j] ?? 0) - (schedule.toStretchEnd[j] ?? 0)
      let endedFrom = 0
      while (endedFrom < counted && !((pmf[endedFrom] ?? 0) > 0)) endedFrom++
      end = {
        started: poissonTailsInto(mean, most, new Float64Array(most + 1)),
        doneAtEnd: replyDoneInto(
          startWindowMinutes,
          c,
          h,
          most,
          new Float64Array(most + 1),
          new Float64Array(most + 2),
        ),
        ended: pmf.subarray(0, Math.min(counted, most + 1)),
        endedFrom: endedFrom < counted ? endedFrom : 0,
        running: binomialInto(c, Math.exp(-gap / h), new Float64Array(c + 1)),
      }
      this.ends[key] = end
    }
    return end
  }

  private lookMean(j: number): { sum: number; count: number } {
    const state = this.states[j]
    const pieces = this.pieces[j]
    if (!state || !pieces) return { sum: 0, count: 0 }
    const { schedule } = this.input
    const { people: c, handleMinutes: h, minutesPerCheck: m } = this.paceAt(j)
    const toEnd = schedule.toStretchEnd[j] ?? Infinity
    const toNext = schedule.toNextStretch[j] ?? Infinity
    let sum = 0
    let count = 0
    for (const piece of pieces) {
      if (piece.rate <= 0) continue
      forEachNode(piece.from, piece.to, this.pieceLength(), (u, weight) => {
        const before = piece.before + piece.rate * (piece.to - u)
        for (const [part, check] of [
          [state.idle, m],
          [state.busy, 0],
        ] as const) {
          const arrived = poissonPmfInto(before, this.pmf)
          const length = convolveInto(part, this.pmf, this.ahead, Infinity, arrived)
          const startWindowMinutes = toEnd - check
          const kMax = Math.max(0, length - c)
          const started =
            startWindowMinutes < Infinity
              ? poissonTailsInto((c / h) * Math.max(0, startWindowMinutes), kMax, this.tails)
              : undefined
          for (let w = 0; w < length; w++) {
            const q = this.ahead[w] ?? 0
            if (q === 0) continue
            const k = Math.max(0, w + 1 - c)
            // Mean wait for K replies to end (K·h/c); a contact they cannot reach in this
            // stretch also waits for the next one (a display figure: that wait is counted whole).
            const notStarted = k === 0 || !started ? 0 : 1 - (started[k] ?? 0)
            const wait = (k * h) / c + (notStarted > 0 ? notStarted * (toNext - toEnd + m) : 0)
            sum += weight * piece.rate * q * (u + check + wait + h)
            count += weight * piece.rate * q
          }
        }
      })
    }
    return { sum, count }
  }
}

interface StretchEnd {
  /** P(K replies end within the time left to start replies), K = 0 … */
  started: Float64Array
  /** H_K at that time. */
  doneAtEnd: Float64Array
  /** P(N = n) replies ending in that time, n = 0 … */
  ended: Float64Array
  /** The smallest n with P(N = n) above zero (a long stretch's low counts are below 1e−17). */
  endedFrom: number
  /** P(b of the c replies in progress at the end still run at the next stretch's first look). */
  running: Float64Array
}

/** One look's contacts against one threshold. */
interface LookAtThreshold {
  j: number
  threshold: number
  toEnd: number
  toNext: number
  /** Arrival times (minutes before the look) where the integrand has a kink. */
  kinks: number[]
  /** The look's state split by whether it finds nobody at work (a check first) or someone. */
  parts: { dist: Float64Array; check: number; weight: number }[]
  weight: number
}

/**
 * Whether nobody arriving `lo` minutes before the look can be in time: the deadline passes
 * before a reply can start, and no later stretch comes soon enough.
 */
function neverInTime(look: LookAtThreshold, lo: number): boolean {
  const left = look.threshold - lo
  return left <= 0 || (left < look.toNext && look.parts.every((part) => left - part.check <= 0))
}

/** Gauss–Legendre nodes of [lo, hi], cut into pieces at most `longest` long, and their weights. */
function forEachNode(
  lo: number,
  hi: number,
  longest: number,
  visit: (u: number, weight: number) => void,
): void {
  const parts = Math.max(1, Math.ceil((hi - lo) / longest))
  const half = (hi - lo) / parts / 2
  for (let s = 0; s < parts; s++) {
    const start = lo + 2 * half * s
    for (let q = 0; q < NODES.length; q++) {
      visit(start + half * (1 + (NODES[q] ?? 0)), half * (WEIGHTS[q] ?? 0))
    }
  }
}
