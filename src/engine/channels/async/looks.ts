/**
 * When somebody looks at an async channel: at the start of each covered stretch and every I
 * minutes after it while the stretch lasts; round the clock, every I from Monday 00:00, afresh
 * each week. Times are minutes of the week, 0 = Monday 00:00, the week taken as a cycle.
 */
import { HOURS_PER_WEEK } from '../../model/types'

export const MINUTES_PER_HOUR = 60
export const MINUTES_PER_WEEK = HOURS_PER_WEEK * MINUTES_PER_HOUR

/** The look intervals people keep to, in minutes: 1, 5 … 45 minutes; 1, 1½ … 72 hours. */
export const LOOK_LADDER_MINUTES: readonly number[] = Object.freeze([
  1, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1440, 2880, 4320,
])

/**
 * Looking every minute is kept for targets under five minutes: someone who also does other work
 * does not look at a channel sixty times an hour for a longer target.
 */
export const EVERY_MINUTE_BELOW_MINUTES = 5

/**
 * The intervals a plan may use, shortest first: looking again before the last look is over
 * makes no sense, so from the first step of the ladder at least as long as a check (and no
 * looks every minute unless the target is under five minutes); and, to answer within T, at
 * most T (meet targets). With no step in between, the shortest allowed.
 */
export function lookIntervals(
  minutesPerCheck: number,
  upToMinutes = Infinity,
  targetMinutes = upToMinutes,
): number[] {
  const least = targetMinutes < EVERY_MINUTE_BELOW_MINUTES ? 0 : EVERY_MINUTE_BELOW_MINUTES
  const fromCheck = LOOK_LADDER_MINUTES.filter((i) => i >= minutesPerCheck - 1e-9 && i >= least)
  const allowed = fromCheck.filter((i) => i <= upToMinutes + 1e-9)
  if (allowed.length > 0) return allowed
  const shortest = fromCheck[0] ?? LOOK_LADDER_MINUTES[LOOK_LADDER_MINUTES.length - 1]
  return shortest === undefined ? [] : [shortest]
}

export interface LookSchedule {
  /** Look times in the week, ascending. */
  times: Float64Array
  /** Minutes from each look back to the previous one (the week as a cycle): what it shows. */
  sincePrevious: Float64Array
  /** Minutes from each look to the end of its stretch (Infinity round the clock). */
  toStretchEnd: Float64Array
  /** Minutes from each look to the first look of the next stretch (Infinity round the clock). */
  toNextStretch: Float64Array
  /** 1 for the first look of a stretch (it shows what arrived while the channel was closed). */
  firstOfStretch: Uint8Array
  /** Index of the look the week's steady state is best started from (after the longest gap). */
  startIndex: number
  roundTheClock: boolean
  /** Covered minutes in the week. */
  coveredMinutes: number
}

interface Stretch {
  start: number
  length: number
}

/** Covered stretches, each a run of covered hours; a run through Sunday midnight wraps. */
export function coveredStretches(coverage: readonly boolean[]): Stretch[] {
  const covered = (h: number) =>
    coverage[((h % HOURS_PER_WEEK) + HOURS_PER_WEEK) % HOURS_PER_WEEK] === true
  const stretches: Stretch[] = []
  for (let h = 0; h < HOURS_PER_WEEK; h++) {
    if (!covered(h) || covered(h - 1)) continue
    let length = 0
    while (covered(h + length) && length < HOURS_PER_WEEK) length++
    stretches.push({ start: h * MINUTES_PER_HOUR, length: length * MINUTES_PER_HOUR })
  }
  return stretches
}

const kept = new Map<string, LookSchedule>()
/** Schedules kept: every plan of every channel with the same coverage shares them. */
const SCHEDULES_KEPT = 512

/** The looks of a coverage schedule at interval I (kept: searches ask for the same ones often). */
export function lookSchedule(coverage: readonly boolean[], intervalMinutes: number): LookSchedule {
  if (!(intervalMinutes > 0) || !Number.isFinite(intervalMinutes)) {
    throw new RangeError(
      `a look interval must be a positive number of minutes, got ${intervalMinutes}`,
    )
  }
  const key = `${intervalMinutes} ${coverage.map((c) => (c ? 1 : 0)).join('')}`
  let schedule = kept.get(key)
  if (!schedule) {
    schedule = buildSchedule(coverage, intervalMinutes)
    if (kept.size >= SCHEDULES_KEPT) kept.clear()
    kept.set(key, schedule)
  }
  return schedule
}

function buildSchedule(coverage: readonly boolean[], interval: number): LookSchedule {
  const stretches = coveredStretches(coverage)
  const coveredMinutes = coverage.filter(Boolean).length * MINUTES_PER_HOUR
  const looks: { time: number; toEnd: number; toNext: number; first: boolean }[] = []
  const roundTheClock = coveredMinutes === MINUTES_PER_WEEK
  if (roundTheClock) {
    for (let t = 0; t < MINUTES_PER_WEEK - 1e-9; t += interval) {
      looks.push({ time: t, toEnd: Infinity, toNext: Infinity, first: false })
    }
  } else {
    stretches.forEach((s, k) => {
      const next = stretches[(k + 1) % stretches.length] ?? s
      const gap =
        (((next.start - (s.start + s.length)) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) %
        MINUTES_PER_WEEK
      for (let offset = 0; offset < s.length - 1e-9; offset += interval) {
        const toEnd = s.length - offset
        looks.push({
          time: (s.start + offset) % MINUTES_PER_WEEK,
          toEnd,
          toNext: toEnd + gap,
          first: offset === 0,
        })
      }
    })
    looks.sort((a, b) => a.time - b.time)
  }
  const n = looks.length
  const times = Float64Array.from(looks, (l) => l.time)
  const sincePrevious = new Float64Array(n)
  for (let j = 0; j < n; j++) {
    const previous = times[(j - 1 + n) % n] ?? 0
    const t = times[j] ?? 0
    sincePrevious[j] =
      n === 1 ? MINUTES_PER_WEEK : (t - previous + MINUTES_PER_WEEK) % MINUTES_PER_WEEK
  }
  // Start the steady-state passes after the longest wait: the pile is then most likely empty.
  let startIndex = 0
  for (let j = 1; j < n; j++) {
    if ((sincePrevious[j] ?? 0) > (sincePrevious[startIndex] ?? 0)) startIndex = j
  }
  return {
    times,
    sincePrevious,
    toStretchEnd: Float64Array.from(looks, (l) => l.toEnd),
    toNextStretch: Float64Array.from(looks, (l) => l.toNext),
    firstOfStretch: Uint8Array.from(looks, (l) => (l.first ? 1 : 0)),
    startIndex,
    roundTheClock,
    coveredMinutes,
  }
}
