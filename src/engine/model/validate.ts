/**
 * Argument checks shared by the queueing functions. Each throws a RangeError that names
 * the argument and says what was wrong, so a caller (or a test) sees the cause at once.
 */

export function requireFinite(name: string, value: number): void {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new RangeError(`${name} must be a number, got ${String(value)}`)
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${name} must be finite, got ${String(value)}`)
  }
}

export function requireNonNegative(name: string, value: number): void {
  requireFinite(name, value)
  if (value < 0) throw new RangeError(`${name} must not be negative, got ${value}`)
}

export function requirePositive(name: string, value: number): void {
  requireFinite(name, value)
  if (value <= 0) throw new RangeError(`${name} must be greater than 0, got ${value}`)
}

export function requireAgentCount(name: string, value: number): void {
  requireNonNegative(name, value)
  if (!Number.isInteger(value)) {
    throw new RangeError(`${name} must be a whole number of agents, got ${value}`)
  }
}

/** A share in [0, 1) when `allowOne` is false, [0, 1] when true; `allowZero` false makes it (0, …]. */
export function requireShare(
  name: string,
  value: number,
  opts: { allowZero: boolean; allowOne: boolean },
): void {
  requireFinite(name, value)
  const lowOk = opts.allowZero ? value >= 0 : value > 0
  const highOk = opts.allowOne ? value <= 1 : value < 1
  if (!lowOk || !highOk) {
    const low = opts.allowZero ? '0' : 'above 0'
    const high = opts.allowOne ? '1' : 'below 1'
    throw new RangeError(`${name} must be a share from ${low} to ${high}, got ${value}`)
  }
}
