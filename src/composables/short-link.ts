/**
 * Short links: a scenario as the built-in situation it differs least from (the sample or a
 * preset) and only what differs, `#b=<situation>&d=<payload>`. A room can scan one off a slide:
 * the sample with its contacts moved is about 110 characters where the full link (`#s=`) is
 * about 2 300, so a QR code of about 50 modules a side instead of 165.
 *
 * The payload is base64url of the deflated JSON `{"v":version,"h":checksum,"p":changes}`:
 * - each change is `[path]` (remove the value there) or `[path, value]` (put the value there),
 *   a path being the keys and array positions from the scenario's top;
 * - arrays of the same length are compared position by position, unless more than a quarter
 *   of the positions differ (then the whole array is the value), objects key by key;
 * - the checksum is FNV-1a (32 bits) of the whole scenario's JSON with its keys sorted. If the
 *   situation changed in a later version of the planner, the rebuilt scenario fails the
 *   checksum and the link is refused with a message, never opened as another scenario.
 *
 * Reading is as careful as a full link: the same base64url and inflate checks, the document
 * checked by a schema (no path through `__proto__`, positions inside their array), and the
 * rebuilt scenario read by the same checks as a file.
 */
import { z } from 'zod'
import { sampleScenario, SCENARIO_PRESETS, type Scenario } from '@/engine'
import { CURRENT_SCENARIO_VERSION, type ParsedScenario } from '@/schemas/scenario-migrations'
import { parseScenarioText } from './scenario-file'

export const BASE_PARAM = 'b'
export const DIFF_PARAM = 'd'

type Path = (string | number)[]
/** `[path]` removes the value at path; `[path, value]` puts value there. */
export type Change = [Path] | [Path, unknown]

/** The built-in situations a short link may start from, by id: the sample and every preset. */
export function shortLinkBases(): { id: string; build: () => Scenario }[] {
  return [
    { id: 'sample', build: sampleScenario },
    ...SCENARIO_PRESETS.map((p) => ({ id: p.id, build: p.build })),
  ]
}

/** The built-in situation with this id (the sample or a preset); undefined for any other id. */
export function shortLinkBase(id: string): { id: string; build: () => Scenario } | undefined {
  return shortLinkBases().find((b) => b.id === id)
}

/** The id of the built-in situation this scenario is exactly, unchanged; else undefined. */
export function builtInSituationOf(scenario: Scenario): string | undefined {
  const text = canonicalJson(scenario)
  return shortLinkBases().find((b) => canonicalJson(b.build()) === text)?.id
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** JSON with every object's keys sorted: the same scenario gives the same text, whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** FNV-1a, 32 bits, of the text's UTF-8 bytes, as 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/** The changes that turn `from` into `to` (see the file's comment for the rules). */
export function diffValues(
  from: unknown,
  to: unknown,
  path: Path = [],
  out: Change[] = [],
): Change[] {
  if (canonicalJson(from) === canonicalJson(to)) return out
  if (Array.isArray(from) && Array.isArray(to) && from.length === to.length) {
    const inner: Change[] = []
    from.forEach((item, i) => diffValues(item, to[i], [...path, i], inner))
    const positions = new Set(inner.map(([p]) => p[path.length]))
    if (positions.size * 4 <= from.length) out.push(...inner)
    else out.push([path, to])
    return out
  }
  if (isRecord(from) && isRecord(to)) {
    for (const key of Object.keys(to)) {
      if (to[key] === undefined) continue
      if (from[key] === undefined) out.push([[...path, key], to[key]])
      else diffValues(from[key], to[key], [...path, key], out)
    }
    for (const key of Object.keys(from)) {
      if (from[key] !== undefined && to[key] === undefined) out.push([[...path, key]])
    }
    return out
  }
  out.push([path, to])
  return out
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])
const Key = z.union([
  z.string().refine((k) => !FORBIDDEN.has(k), 'a key a scenario never has'),
  z.number().int().min(0),
])
const ShortDocument = z.object({
  v: z.number().int().min(1),
  h: z.string().regex(/^[0-9a-f]{8}$/),
  p: z.array(z.union([z.tuple([z.array(Key)]), z.tuple([z.array(Key), z.unknown()])])).max(5000),
})

/** `base` with the changes made, or why a change does not fit it. */
export function applyChanges(
  base: unknown,
  changes: readonly Change[],
): { ok: true; value: unknown } | { ok: false; reason: string } {
  let root: unknown = structuredClone(base)
  for (const change of changes) {
    const [path] = change
    if (path.length === 0) {
      if (change.length === 1) return { ok: false, reason: 'it removes the whole scenario' }
      root = structuredClone(change[1])
      continue
    }
    let parent: unknown = root
    for (const key of path.slice(0, -1)) {
      parent = step(parent, key)
      if (parent === undefined) return { ok: false, reason: 'a change points at nothing' }
    }
    const last = path[path.length - 1] as string | number
    if (Array.isArray(parent) && typeof last === 'number' && last < parent.length) {
      if (change.length === 1) return { ok: false, reason: 'it removes a place in a list' }
      parent[last] = change[1]
    } else if (isRecord(parent) && typeof last === 'string') {
      if (change.length === 1) Reflect.deleteProperty(parent, last)
      else parent[last] = change[1]
    } else {
      return { ok: false, reason: 'a change points at nothing' }
    }
  }
  return { ok: true, value: root }
}

function step(value: unknown, key: string | number): unknown {
  if (Array.isArray(value)) return typeof key === 'number' ? value[key] : undefined
  if (isRecord(value) && typeof key === 'string' && Object.hasOwn(value, key)) return value[key]
  return undefined
}

export interface ShortLinkParts {
  base: string
  /** The changes' document, `{v, h, p}`, as JSON text (before compression). */
  document: string
}

/**
 * The built-in situation the scenario differs least from, and the document of changes; the
 * caller compresses it (share-link.ts, which also keeps the full link when that is shorter).
 */
export function shortLinkParts(scenario: Scenario): ShortLinkParts {
  let best: ShortLinkParts | undefined
  for (const base of shortLinkBases()) {
    const changes = diffValues(base.build(), scenario)
    const document = JSON.stringify({
      v: CURRENT_SCENARIO_VERSION,
      h: fnv1a(canonicalJson(scenario)),
      p: changes,
    })
    if (!best || document.length < best.document.length) best = { base: base.id, document }
  }
  // There is always the sample.
  return best as ShortLinkParts
}

/**
 * The scenario from a short link's situation id and its inflated document text, or why not.
 * `damaged` starts each message that means "this is no link we made".
 */
export function readShortLink(baseId: string, text: string, damaged: string): ParsedScenario {
  const fail = (message: string): ParsedScenario => ({
    ok: false,
    errors: [{ path: '(link)', message }],
  })
  const base = shortLinkBase(baseId)
  if (!base) {
    return fail(
      `This link starts from a built-in situation this version of Channel Planner does not have ("${baseId.slice(0, 40)}"). Ask for the full link: Share, then Copy link.`,
    )
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return fail(`${damaged}: its changes are not readable`)
  }
  const doc = ShortDocument.safeParse(raw)
  if (!doc.success) return fail(`${damaged}: its changes are not readable`)
  if (doc.data.v > CURRENT_SCENARIO_VERSION) {
    return fail(
      `This link was made by a newer version of Channel Planner (scenario version ${doc.data.v}); this one reads up to version ${CURRENT_SCENARIO_VERSION}. Reload the page to get the latest version.`,
    )
  }
  const applied = applyChanges(base.build(), doc.data.p as Change[])
  if (!applied.ok) return fail(`${damaged}: ${applied.reason}`)
  if (fnv1a(canonicalJson(applied.value)) !== doc.data.h) {
    return fail(
      'This short link was made from a built-in situation that has changed since, so it would open a different scenario. Ask for the full link: Share, then Copy link.',
    )
  }
  return parseScenarioText(JSON.stringify(applied.value), { damaged })
}
