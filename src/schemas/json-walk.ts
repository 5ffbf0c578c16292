/**
 * One careful look at parsed JSON from outside (saved state, a share link, a file) before
 * anything else touches it. JSON.parse itself nests as deep as the text does without trouble,
 * but everything recursive after it (a recursive walk, JSON.stringify, structuredClone) runs out
 * of stack on a value a hundred thousand levels deep. So this walk keeps its own stack, and stops
 * as soon as the value nests deeper than `maxDepth`, before any recursive code can meet it.
 */

/**
 * Keys that reach an object's prototype when copied with plain assignment (`target[key] = …`)
 * or a naive deep merge. JSON.parse only creates own properties, but data holding them was
 * never written by Channel Planner, so it is refused before any code can copy it.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
])

/**
 * How deep a scenario document may nest. A scenario nests four levels (the scenario, its list of
 * channels, a channel, that channel's coverage list); four times that leaves room for every
 * future version and is still far too shallow to trouble any recursive code.
 */
export const MAX_DOCUMENT_DEPTH = 16

export type JsonProblem =
  | { kind: 'too-deep' }
  /** `path` is dotted from the value walked ("channels.0.__proto__"); `key` its last part. */
  | { kind: 'forbidden-key'; key: string; path: string }

/**
 * The first problem in a parsed JSON value, or undefined when there is none: a forbidden key
 * anywhere, or containers nested more than `maxDepth` deep (the value itself, when it is an
 * object or a list, is depth 1; `{"a":[1]}` is depth 2). Never recurses, and visits at most
 * `maxDepth` levels, so its time and memory are bounded by the value's size.
 */
export function inspectJson(value: unknown, maxDepth: number): JsonProblem | undefined {
  // Each entry links to its parent, so a path is only built for the key found: copying paths at
  // every level would be quadratic in the depth.
  interface Entry {
    value: object
    key: string
    depth: number
    parent: Entry | undefined
  }
  const pathOf = (entry: Entry, key: string): string => {
    const keys = [key]
    for (let e: Entry | undefined = entry; e?.parent !== undefined; e = e.parent) keys.push(e.key)
    return keys.reverse().join('.')
  }
  if (typeof value !== 'object' || value === null) return undefined
  if (maxDepth < 1) return { kind: 'too-deep' }
  const stack: Entry[] = [{ value, key: '', depth: 1, parent: undefined }]
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const current = entry.value as Record<string, unknown>
    // Own keys only (JSON.parse makes nothing else); `__proto__` is one of them when present.
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', key, path: pathOf(entry, key) }
      const child = current[key]
      if (typeof child !== 'object' || child === null) continue
      if (entry.depth + 1 > maxDepth) return { kind: 'too-deep' }
      stack.push({ value: child, key, depth: entry.depth + 1, parent: entry })
    }
  }
  return undefined
}
