/**
 * Asynchronous channels (email, web forms, social posts and messages, reviews, forums): contacts
 * wait until somebody looks, then join a first-come-first-served pile of work.
 *
 * The week is followed minute by minute as a fluid:
 * - contacts arrive at a steady rate within each hour (the weekly pattern);
 * - somebody looks when a covered stretch starts, every `targetSeconds` while it lasts (to
 *   answer within T, look at least every T), and 15 minutes before it ends; each look costs
 *   `minutesPerCheck` and makes everything that arrived since the last look visible;
 * - visible work (looks and contacts, `handleMinutes` each) is done in arrival order, during
 *   covered hours only, by staff who may spend up to `allowance` work-minutes per covered hour,
 *   at the speed of one person (or of several, when the allowance exceeds an hour);
 * - a contact's response time runs from its arrival to the moment its answer is finished:
 *   wait to the next look + wait to the next covered hour + the queue ahead of it + its own
 *   handle time, by one person (several people share a pile, not one contact).
 *
 * The flow gives each contact's mean response time. Real arrivals come in bursts and handle
 * times vary, and that spread grows with the pile worked through since the staff were last
 * idle: after N contacts of exponential handle time h from Poisson arrivals, the finishing time
 * varies with a standard deviation of about √(2N)·h (service and arrival variability, one each;
 * the diffusion approximation behind Kingman's formula). The share answered within a time T is
 * counted with that spread, Φ((T − mean) / sd), rather than as all-or-nothing at the mean.
 *
 * Three weeks run back to back: the first fills the pile as it would be on a typical Monday,
 * the second is measured, the third lets the second week's contacts finish (first come, first
 * served: later arrivals never delay them). A contact of the measured week still unanswered at
 * the end of the third is counted as not answered.
 */
import { HOURS_PER_WEEK } from '../../model/types'

const MINUTES_PER_HOUR = 60
const MINUTES_PER_WEEK = HOURS_PER_WEEK * MINUTES_PER_HOUR
/** The last look of a covered stretch comes this long before it ends, leaving time to answer. */
const CLOSING_LOOK_MINUTES = 15

export interface AsyncQueueInput {
  contactsPerWeek: number
  /** 168 weights summing to 1. */
  pattern: readonly number[]
  coverage: readonly boolean[]
  handleMinutes: number
  minutesPerCheck: number
  /** Time between looks, in seconds (the target time). */
  checkIntervalSeconds: number
  /** Minutes of staff presence on this channel in each covered hour. */
  allowanceMinutesPerHour: number
  /** Response times (minutes) to count the contacts answered within; see `within`. */
  thresholdsMinutes?: readonly number[]
  /** Keep the response-time histogram (default true; searches need only the counts). */
  histogram?: boolean
}

export interface AsyncQueueResult {
  /** Looks at the channel in the measured week. */
  checks: number
  /** Work-minutes the measured week's contacts and looks need. */
  workMinutes: number
  /** Contacts of the measured week answered before the end of the following week. */
  answered: number
  /** Contacts of the measured week still unanswered a week later. */
  unanswered: number
  /**
   * For each threshold, the expected number of the measured week's contacts answered within
   * it, allowing for the randomness a steady flow hides (see `runAsyncQueue`).
   */
  within: number[]
  /**
   * Response-time histogram of answered contacts, by whole minute (index = minutes); empty
   * when the input asked for none.
   */
  histogram: Float64Array
  /** Mean response time of answered contacts, in minutes. */
  meanMinutes: number
  /** Contacts waiting (visible or not) at the end of the measured week. */
  backlogAtWeekEnd: number
  /** Largest pile of contacts waiting at any minute of the measured week. */
  maxBacklog: number
}

/**
 * Minutes of the week (0..10 079) at which somebody looks at the channel: at the start of each
 * covered stretch, every whole `checkIntervalSeconds` (rounded down to minutes) while it lasts,
 * and a quarter of an hour before it ends, leaving time to answer what that look shows. Round the clock, every interval from Monday 00:00.
 * A longer interval never means more looks.
 */
export function checkMinutes(
  coverage: readonly boolean[],
  checkIntervalSeconds: number,
): readonly number[] {
  // The searches run the same coverage and interval many times: keep the last answers.
  const key = `${Math.max(1, Math.floor(checkIntervalSeconds / 60 + 1e-9))} ${coverage.map((c) => (c ? 1 : 0)).join('')}`
  let looks = looksKept.get(key)
  if (!looks) {
    looks = lookMinutes(coverage, checkIntervalSeconds)
    if (looksKept.size >= LOOKS_KEPT) looksKept.clear()
    looksKept.set(key, looks)
  }
  return looks
}

const LOOKS_KEPT = 256
const looksKept = new Map<string, readonly number[]>()

function lookMinutes(coverage: readonly boolean[], checkIntervalSeconds: number): number[] {
  const interval = Math.max(1, Math.floor(checkIntervalSeconds / 60 + 1e-9))
  const covered = (minute: number) =>
    coverage[
      Math.floor((((minute % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK) / 60)
    ] === true
  const looks = new Set<number>()
  if (coverage.every(Boolean) && coverage.length === HOURS_PER_WEEK) {
    for (let m = 0; m < MINUTES_PER_WEEK; m += interval) looks.add(m)
    return [...looks].sort((a, b) => a - b)
  }
  for (let hour = 0; hour < HOURS_PER_WEEK; hour++) {
    const previous = (hour + HOURS_PER_WEEK - 1) % HOURS_PER_WEEK
    if (!coverage[hour] || coverage[previous]) continue
    const start = hour * MINUTES_PER_HOUR
    let end = start
    while (covered(end)) end += MINUTES_PER_HOUR
    for (let m = start; m < end; m += interval) looks.add(m % MINUTES_PER_WEEK)
    looks.add((Math.max(start, end - CLOSING_LOOK_MINUTES) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK)
  }
  return [...looks].sort((a, b) => a - b)
}

export function runAsyncQueue(input: AsyncQueueInput): AsyncQueueResult {
  const { contactsPerWeek, pattern, coverage, handleMinutes, minutesPerCheck } = input
  const allowance = Math.max(0, input.allowanceMinutesPerHour)
  const speed = Math.max(1, allowance / MINUTES_PER_HOUR)
  const weekChecks = checkMinutes(coverage, input.checkIntervalSeconds)
  const horizon = 3 * MINUTES_PER_WEEK
  // Look times over the three weeks, in order; look j shows the contacts that arrived after
  // look j − 1, up to and including its own minute.
  const checks: number[] = []
  for (let week = 0; week < 3; week++) {
    for (const m of weekChecks) checks.push(week * MINUTES_PER_WEEK + m)
  }
  // Contacts arriving in each minute of each hour of the three weeks (none in the third).
  const perMinute = new Float64Array(3 * HOURS_PER_WEEK)
  for (let h = 0; h < 2 * HOURS_PER_WEEK; h++) {
    perMinute[h] = (contactsPerWeek * (pattern[h % HOURS_PER_WEEK] ?? 0)) / MINUTES_PER_HOUR
  }
  const arrivalsAt = (t: number): number => perMinute[Math.floor(t / MINUTES_PER_HOUR)] ?? 0

  const keepHistogram = input.histogram ?? true
  const histogram = new Float64Array(keepHistogram ? 2 * MINUTES_PER_WEEK + 1 : 0)
  let answered = 0
  let responseSum = 0
  const thresholds = input.thresholdsMinutes ?? []
  const within = thresholds.map(() => 0)
  // Contacts finished since the staff were last without visible work: the pile behind the
  // spread of finishing times.
  let sinceIdle = 0
  let arrived = 0
  let finishedAll = 0
  let backlogAtWeekEnd = 0
  let maxBacklog = 0

  let seen = 0 // looks made so far
  let workHead = 0 // the look whose work or contacts are being done
  let checkWorkLeft = 0
  let cohort = 0 // arrival minute of the next unanswered contact
  let cohortLeft = arrivalsAt(0)
  let hourBudget = 0

  for (let t = 0; t < horizon; t++) {
    // Every contact of the measured week answered: the rest of the third week changes nothing.
    if (t > 2 * MINUTES_PER_WEEK && cohort >= 2 * MINUTES_PER_WEEK) break
    const minute = t % MINUTES_PER_WEEK
    const hour = Math.floor(minute / MINUTES_PER_HOUR)
    if (!coverage[hour]) {
      // Nobody is there: contacts only arrive. Jump to the end of the hour.
      const end = t + (MINUTES_PER_HOUR - (minute % MINUTES_PER_HOUR))
      arrived += arrivalsAt(t) * (end - t)
      if (end === 2 * MINUTES_PER_WEEK) backlogAtWeekEnd = arrived - finishedAll
      if (t >= MINUTES_PER_WEEK && t < 2 * MINUTES_PER_WEEK) {
        maxBacklog = Math.max(maxBacklog, arrived - finishedAll)
      }
      t = end - 1
      continue
    }
    arrived += arrivalsAt(t)
    if (seen < checks.length && checks[seen] === t) {
      if (seen === workHead) checkWorkLeft = minutesPerCheck
      seen++
    }
    if (minute % MINUTES_PER_HOUR === 0) hourBudget = allowance
    let capacity = Math.min(speed, hourBudget)
    const startCapacity = capacity
    while (capacity > 1e-12 && workHead < seen) {
      if (checkWorkLeft > 0) {
        const done = Math.min(checkWorkLeft, capacity)
        checkWorkLeft -= done
        capacity -= done
        if (checkWorkLeft > 1e-12) break
        checkWorkLeft = 0
      }
      const lastShown = checks[workHead] ?? -1
      if (cohort > lastShown) {
        workHead++
        if (workHead < seen) checkWorkLeft = minutesPerCheck
        continue
      }
      if (cohortLeft <= 1e-12) {
        cohort++
        cohortLeft = arrivalsAt(cohort)
        continue
      }
      const finished =
        handleMinutes > 0 ? Math.min(cohortLeft, capacity / handleMinutes) : cohortLeft
      capacity -= finished * handleMinutes
      cohortLeft -= finished
      finishedAll += finished
      if (cohort >= MINUTES_PER_WEEK && cohort < 2 * MINUTES_PER_WEEK) {
        // The flow finishes a pile continuously, on average half of its own h/S past a
        // contact's turn; a real reply is one person's work, h at full speed, however many
        // share the pile. So add h − h/(2S): h/2 for one person, nearly h for many.
        const response = t + 0.5 - cohort + handleMinutes * (1 - 1 / (2 * speed))
        if (keepHistogram) {
          const bin = Math.min(histogram.length - 1, Math.max(0, Math.round(response)))
          histogram[bin] = (histogram[bin] ?? 0) + finished
        }
        answered += finished
        responseSum += finished * response
        const spread = (Math.sqrt(2 * (sinceIdle + finished / 2)) * handleMinutes) / speed
        sinceIdle += finished
        for (let i = 0; i < thresholds.length; i++) {
          within[i] =
            (within[i] ?? 0) + finished * normalBelow(thresholds[i] ?? 0, response, spread)
        }
      }
    }
    hourBudget -= startCapacity - capacity
    const idle = workHead >= seen
    if (capacity > 1e-9 && idle) sinceIdle = 0
    if (t === 2 * MINUTES_PER_WEEK - 1) backlogAtWeekEnd = arrived - finishedAll
    if (t >= MINUTES_PER_WEEK && t < 2 * MINUTES_PER_WEEK) {
      maxBacklog = Math.max(maxBacklog, arrived - finishedAll)
    }
    // Nothing to work on until the next look, or the hour's allowance spent: the minutes up to
    // the next look or hour only bring arrivals. Skip them (same figures, fewer steps).
    if (idle || hourBudget <= 1e-12) {
      let until = t - (minute % MINUTES_PER_HOUR) + MINUTES_PER_HOUR
      if (seen < checks.length) until = Math.min(until, checks[seen] ?? until)
      if (t < 2 * MINUTES_PER_WEEK - 1) until = Math.min(until, 2 * MINUTES_PER_WEEK - 1)
      const skipped = until - t - 1
      if (skipped > 0) {
        arrived += arrivalsAt(t) * skipped
        if (idle && hourBudget > 1e-9) sinceIdle = 0
        if (t >= MINUTES_PER_WEEK && t < 2 * MINUTES_PER_WEEK) {
          maxBacklog = Math.max(maxBacklog, arrived - finishedAll)
        }
        t = until - 1
      }
    }
  }

  const measured = contactsPerWeek
  return {
    checks: weekChecks.length,
    workMinutes: measured * handleMinutes + weekChecks.length * minutesPerCheck,
    answered,
    unanswered: Math.max(0, measured - answered),
    within,
    histogram,
    meanMinutes: answered > 0 ? responseSum / answered : 0,
    backlogAtWeekEnd,
    maxBacklog,
  }
}

/** P(X ≤ x) for X normal with this mean and standard deviation (a step when it is 0). */
export function normalBelow(x: number, mean: number, sd: number): number {
  if (!(sd > 0)) return x >= mean ? 1 : 0
  const z = (mean - x) / (sd * Math.SQRT2)
  // Beyond 6, erfc is below 2.2e−17: the share is 0 or 1 to double precision.
  if (z > 6) return 0
  if (z < -6) return 1
  return 0.5 * erfc(z)
}

/** Complementary error function (Numerical Recipes' erfcc, relative error below 1.2e−7). */
function erfc(z: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(z))
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628288 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851973 + t * (-0.82215223 + t * 0.17087277)))))))),
    )
  return z >= 0 ? r : 2 - r
}
