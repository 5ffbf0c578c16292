/**
 * Scenario files: save the scenario as a JSON file and open one again. Everything coming in is
 * untrusted (a file from anywhere, a share link), so `parseScenarioText` checks it in layers
 * before the schema sees it: size, UTF-8, JSON, an object, no prototype-polluting keys; then
 * `parseScenarioDocument` migrates old versions, refuses newer ones and validates every field.
 * Nothing here throws: every failure is a list of `{ path, message }` a person can act on.
 */
import {
  AnalysisSettings,
  OnSiteTeam,
  Business,
  Channel,
  Demand,
  Scenario as ScenarioSchema,
  SelfService,
} from '@/schemas/scenario'
import { inspectJson, MAX_DOCUMENT_DEPTH } from '@/schemas/json-walk'
import {
  parseScenarioDocument,
  TOO_DEEP_MESSAGE,
  type ParsedScenario,
  type ScenarioIssue,
} from '@/schemas/scenario-migrations'
import type { Scenario } from '@/engine'
import { boundedIssue, count, quoted, shorten } from '@/schemas/messages'

/**
 * The largest scenario document read, from a file or inflated from a link. A real scenario is
 * about 20 KB (12 channels with 168 coverage flags each stay under 60 KB); anything near a
 * megabyte is not a scenario and would only cost memory and time to parse.
 */
export const MAX_SCENARIO_BYTES = 1024 * 1024

const ROOT = '(scenario)'

/**
 * Keys that reach an object's prototype when copied with plain assignment (`target[key] = …`)
 * or a naive deep merge. JSON.parse itself only creates own properties, but a document holding
 * them is never one Channel Planner wrote, so it is refused before any code can copy it.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

function issue(path: string, message: string): ParsedScenario {
  return { ok: false, errors: [boundedIssue({ path, message })] }
}

/**
 * The path of the first forbidden key anywhere in a parsed JSON value, or undefined. Walks with
 * its own stack rather than recursion: a hostile file may nest arrays a million deep.
 */
export function findForbiddenKey(value: unknown): string | undefined {
  // Each entry links to its parent, so a path is only built for the key found: copying paths
  // at every level would be quadratic in the depth.
  interface Entry {
    value: unknown
    key: string
    parent: Entry | undefined
  }
  const pathOf = (entry: Entry): string => {
    const keys: string[] = []
    for (let e: Entry | undefined = entry; e?.parent !== undefined; e = e.parent) keys.push(e.key)
    return keys.reverse().join('.')
  }
  const stack: Entry[] = [{ value, key: '', parent: undefined }]
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const current = entry.value
    if (typeof current !== 'object' || current === null) continue
    // Own keys only (JSON.parse makes nothing else); `__proto__` is one of them when present.
    for (const key of Object.keys(current)) {
      const child: Entry = {
        value: (current as Record<string, unknown>)[key],
        key,
        parent: entry,
      }
      if (FORBIDDEN_KEYS.has(key)) return pathOf(child)
      stack.push(child)
    }
  }
  return undefined
}

/** A short, safe description of what a JSON value is ("a list", "the number 3"). */
function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return 'a piece of text'
  if (typeof value === 'number') return 'a number'
  if (typeof value === 'boolean') return 'true or false'
  return 'something else'
}

export interface ParseTextOptions {
  /** Starts the message of every failure that means "this is not a scenario document at all". */
  damaged?: string
}

/**
 * Reads scenario JSON text (from a file or a link) into a scenario, or every problem found.
 * Checks, in order: not empty, JSON, an object, nested no deeper than MAX_DOCUMENT_DEPTH, no
 * `__proto__`/`constructor`/`prototype` key at any depth; then migrates and validates with
 * `parseScenarioDocument`.
 */
export function parseScenarioText(text: string, options: ParseTextOptions = {}): ParsedScenario {
  const damaged = options.damaged ?? 'This file is not a Channel Planner scenario'
  if (text.trim() === '') return issue(ROOT, `${damaged}: it is empty`)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${shorten(error.message, 120)})` : ''
    return issue(ROOT, `${damaged}: it is not valid JSON${detail}`)
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return issue(
      ROOT,
      `${damaged}: it holds ${describe(raw)}, where a scenario is an object of settings`,
    )
  }
  // Before anything else walks it: a hostile document may nest a million levels deep.
  if (inspectJson(raw, MAX_DOCUMENT_DEPTH)?.kind === 'too-deep')
    return issue(ROOT, TOO_DEEP_MESSAGE)
  const forbidden = findForbiddenKey(raw)
  if (forbidden !== undefined) {
    const key = forbidden.split('.').at(-1) ?? forbidden
    return issue(
      forbidden,
      `A field named ${quoted(key)} is never part of a scenario; it is refused because it could change how the page's code behaves`,
    )
  }
  return parseScenarioDocument(raw)
}

/**
 * Opens a scenario file. Refuses files over MAX_SCENARIO_BYTES before reading a byte, text that
 * is not UTF-8, and everything `parseScenarioText` refuses. Never throws.
 */
export async function readScenarioFile(file: Blob): Promise<ParsedScenario> {
  if (file.size > MAX_SCENARIO_BYTES) {
    // In bytes, both: "1 MB, too large (at most 1 MB)" would hide the one byte too many.
    const mb =
      file.size >= 10 * 1024 * 1024 ? ` (${count(Math.round(file.size / 2 ** 20))} MB)` : ''
    return issue(
      ROOT,
      `This file is ${count(file.size)} bytes${mb}, too large for a scenario (at most ${count(MAX_SCENARIO_BYTES)} bytes, 1 MB): choose a scenario file saved by Channel Planner`,
    )
  }
  let bytes: ArrayBuffer
  try {
    bytes = await file.arrayBuffer()
  } catch {
    return issue(ROOT, 'This file could not be read: it may have been moved or deleted')
  }
  let text: string
  try {
    // fatal: a byte sequence that is not UTF-8 fails rather than turning into U+FFFD.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return issue(ROOT, 'This file is not a Channel Planner scenario: it is not UTF-8 text')
  }
  return parseScenarioText(text)
}

// ---------------------------------------------------------------- writing

/** `riverside-cycles` from "Riverside Cycles": lower-case ASCII letters, digits and dashes. */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents, separated by NFKD
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return stem === '' ? 'channel-planner' : stem
}

/** The file name a scenario is saved under: "riverside-cycles-scenario.json". */
export function scenarioFileName(name: string): string {
  return `${fileStem(name)}-scenario.json`
}

type Shape = Record<string, unknown>

/** A copy of `value` with the keys in `keys` order first, then any others as they come. */
function ordered(value: object, keys: readonly string[]): Shape {
  const source = value as Shape
  const out: Shape = {}
  for (const key of keys) if (key in source) out[key] = source[key]
  for (const key of Object.keys(source)) if (!(key in out)) out[key] = source[key]
  return out
}

/**
 * The scenario as a JSON document: two-space indent, keys in the schema's order (channel-id
 * maps in the channels' order) whatever order the app's state holds them in, so a saved file reads the same top to bottom every time and
 * two saves of the same scenario are byte for byte equal.
 */
export function scenarioToJson(scenario: Scenario): string {
  const keys = (schema: { shape: object }) => Object.keys(schema.shape)
  // Maps keyed by channel id (shares, affinity) follow the order of the channels.
  const ids = scenario.channels.map((c) => c.id)
  const doc = ordered(
    {
      ...scenario,
      business: ordered(scenario.business, keys(Business)),
      demand: ordered(
        { ...scenario.demand, shares: ordered(scenario.demand.shares, ids) },
        keys(Demand),
      ),
      channels: scenario.channels.map((c) =>
        ordered({ ...c, affinity: ordered(c.affinity, ids) }, keys(Channel)),
      ),
      selfService: ordered(scenario.selfService, keys(SelfService)),
      analysis: ordered(
        { ...scenario.analysis, onSite: ordered(scenario.analysis.onSite, keys(OnSiteTeam)) },
        keys(AnalysisSettings),
      ),
    },
    keys(ScenarioSchema),
  )
  return `${JSON.stringify(doc, null, 2)}\n`
}

/**
 * Saves text as a file: a Blob URL on a temporary `<a download>`, clicked, removed, and the URL
 * revoked once the click has been handled (revoking in the same task can cancel the download in
 * some browsers).
 */
export function downloadText(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
}

export type { ParsedScenario, ScenarioIssue }
