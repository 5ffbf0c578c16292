/**
 * A value computed the first time a test asks for it and kept for the others: every test of a
 * file can run alone (`vitest -t`), and none depends on another having run first.
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined
  return () => (made ??= { value: make() }).value
}
