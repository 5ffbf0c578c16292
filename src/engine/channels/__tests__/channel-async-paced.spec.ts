/**
 * A run whose looks each take their own hour's pace (`WeekRunInput.paceByHour`, a blended team's
 * written channel): the people who may have the pile in hand, the share of their time calls
 * take, and the wait for the first agent in an hour with nobody there. Each expected value is
 * worked out by hand for a trickle: contacts arriving Monday to Friday 10:00–11:00, so few that
 * each is alone, shown by the 11:00 look (looks every hour of a weekday 9–17 inbox). A contact u
 * minutes before the look, whose reply starts after a delay d, is within T when u + d + S ≤ T
 * with S ~ Exp(h): over u uniform on [0, 60],
 *   share = (1/60) ∫₀^min(60, T − d) (1 − e^(−(T − d − u)/h)) du.
 */
import { describe, expect, it } from 'vitest'
import { lookSchedule } from '../async/looks'
import { runWeek, type WeekRunInput } from '../async/week-run'
import { HOURS_PER_WEEK } from '../../model/types'
import { defined } from '../../__tests__/support/defined'
import { FLAT, WEEKDAY_OFFICE } from '../../__tests__/support/factory'

const TEN_TO_ELEVEN = Array.from({ length: HOURS_PER_WEEK }, (_, h) =>
  h < 5 * 24 && h % 24 === 10 ? 1 / 5 : 0,
)
/** So few contacts that two in one look's pile are negligible (about 1e−5 of them). */
const TRICKLE = 0.001
const TRICKLE_TOLERANCE = 1e-4

function input(over: Partial<WeekRunInput> & { threshold: number }): WeekRunInput {
  return {
    contactsPerWeek: TRICKLE,
    pattern: TEN_TO_ELEVEN,
    schedule: lookSchedule(WEEKDAY_OFFICE, 60),
    intervalMinutes: 60,
    people: 1,
    handleMinutes: 10,
    minutesPerCheck: 10,
    thresholdsMinutes: [over.threshold],
    ...over,
  }
}

function share(i: WeekRunInput): number {
  return defined(runWeek(i).within[0], 'a within-target count') / i.contactsPerWeek
}

/** By hour: `value` in the hours listed, `rest` elsewhere. */
function byHour(rest: number, hours: readonly number[] = [], value = rest): number[] {
  const set = new Set(hours)
  return Array.from({ length: HOURS_PER_WEEK }, (_, h) => (set.has(h) ? value : rest))
}

/** The 11:00 hours of Monday to Friday. */
const ELEVENS = [0, 1, 2, 3, 4].map((d) => d * 24 + 11)

describe('an async run at each look hour’s pace', () => {
  it('a look in an hour with nobody there waits for the first agent', () => {
    // m = 5, h = 10, T = 90. Nobody at 11:00 until 12:00: d = 60 + 5, so
    // (1/60) ∫₀^25 (1 − e^(−(25 − u)/10)) du = (25 − 10(1 − e^(−2.5))) / 60 = 15.8208 / 60 = 0.26368.
    // With somebody there, d = 5: (60 − 10(e^(−2.5) − e^(−8.5))) / 60 = 59.1812 / 60 = 0.98635.
    const withWait = (waitMinutes: number[]) =>
      input({
        threshold: 90,
        minutesPerCheck: 5,
        checkWorkMinutes: 5,
        replyWorkMinutes: 10,
        paceByHour: {
          people: byHour(1),
          busyShare: byHour(0),
          spellMinutes: byHour(0),
          waitMinutes,
        },
      })
    expect(Math.abs(share(withWait(byHour(0, ELEVENS, 60))) - 0.26368)).toBeLessThan(
      TRICKLE_TOLERANCE,
    )
    expect(Math.abs(share(withWait(byHour(0))) - 0.98635)).toBeLessThan(TRICKLE_TOLERANCE)
  })

  it('more hands than the plan’s c: the others start on the replies while c check', () => {
    // c = 1 checks for m = 10; with two agents the check delays the replies by m·c/n = 5.
    // T = 30, h = 10: d = 5 gives (25 − 10(1 − e^(−2.5))) / 60 = 0.26368; the plan's one person
    // alone, d = 10: (20 − 10(1 − e^(−2))) / 60 = 11.3534 / 60 = 0.18922.
    const two = input({
      threshold: 30,
      checkWorkMinutes: 10,
      replyWorkMinutes: 10,
      paceByHour: {
        people: byHour(2),
        busyShare: byHour(0),
        spellMinutes: byHour(0),
        waitMinutes: byHour(0),
      },
    })
    expect(Math.abs(share(two) - 0.26368)).toBeLessThan(TRICKLE_TOLERANCE)
    expect(Math.abs(share(input({ threshold: 30 })) - 0.18922)).toBeLessThan(TRICKLE_TOLERANCE)
  })

  it('every hour at the run’s own pace is the run without one', () => {
    // The per-look path reduces to the plain one: same people, no calls, no wait.
    const plain = input({
      threshold: 60,
      contactsPerWeek: 200,
      pattern: FLAT,
      people: 2,
      handleMinutes: 8,
      minutesPerCheck: 3,
    })
    const paced = {
      ...plain,
      paceByHour: {
        people: byHour(2),
        busyShare: byHour(0),
        spellMinutes: byHour(0),
        waitMinutes: byHour(0),
      },
    }
    const a = runWeek(plain)
    const b = runWeek(paced)
    expect(b.checks).toBeCloseTo(a.checks, 10)
    expect(defined(b.within[0], 'paced')).toBeCloseTo(defined(a.within[0], 'plain'), 10)
  })
})
