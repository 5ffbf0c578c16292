/**
 * What every figure of an answer must be, whatever the scenario: a finite number; zero or more
 * for counts, hours and money; within [0, 1] for shares. The walk goes through every field of
 * the recommendation (the sweep's portfolios and the spread-thin curve included) and names the
 * first field that breaks a rule.
 */

/** Fields that are shares of something: within [0, 1]. */
const SHARES = new Set([
  'attainment',
  'weightedAttainment',
  'servedWellShare',
  'answeredShare',
  'missedShareByHour',
  'withinTargetShare',
  'targetShare',
  'coverAllows',
])

/**
 * Fields that may be below zero: differences between two portfolios. The spread-thin curve's
 * marginals and a channel left out's extra cost (a channel more can cost less); the reason's
 * comparisons of today's set and of the best of three or more with the recommended one (today
 * may take fewer hours or cost less; a set the ranking puts below may serve as many, to
 * rounding, or save money when it misses a target it could reach).
 */
const SIGNED = new Set([
  'marginal',
  'extraCostWithLostValue',
  'extraStaffHours',
  'saving',
  'fewerServedWell',
])

/** The first figure that breaks a rule, as "path = value", or undefined when all are fine. */
export function badFigure(
  value: unknown,
  path = 'answer',
  signed = false,
  share = false,
): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `${path} = ${value}`
    if (!signed && value < 0) return `${path} = ${value} (below zero)`
    if (share && value > 1) return `${path} = ${value} (a share above 1)`
    return undefined
  }
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<unknown>)
    for (let i = 0; i < items.length; i++) {
      const bad = badFigure(items[i], `${path}[${i}]`, signed, share)
      if (bad) return bad
    }
    return undefined
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const bad = badFigure(item, `${path}.${key}`, signed || SIGNED.has(key), SHARES.has(key))
      if (bad) return bad
    }
  }
  return undefined
}
