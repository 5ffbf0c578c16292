/**
 * A value the test needs, or a failure that names it: no cast hides a missing value, and no
 * early `return` silently skips the rest of a test or a generated case.
 */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}`)
  return value
}
