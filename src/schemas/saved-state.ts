/**
 * What the browser keeps between visits: every scenario the user has, by name, and which one
 * is open. Versioned like scenario documents; each scenario inside goes through the scenario
 * migrations, so a save made by an older version opens in this one.
 *
 * Reading is forgiving scenario by scenario: one scenario that cannot be opened never costs the
 * others. It is handed back with the reason and its text, to be kept aside. Only saved data that
 * is not a list of scenarios at all (cut short, far too large, nested like no scenario, from a
 * newer version) is refused whole, with a reason in the product's words.
 *
 * Also here: the one place where what could not be read is kept aside (`KeptAside`).
 */
import { z } from './zod'
import type { Scenario } from '@/engine'
import { messageNumber } from '@/composables/format'
import { FORBIDDEN_KEYS, inspectJson, MAX_DOCUMENT_DEPTH } from './json-walk'
import { hasVisibleText } from './visible-text'
import { parseScenarioDocument, type ScenarioIssue } from './scenario-migrations'

export const SAVED_STATE_VERSION = 1
export const MAX_SAVED_SCENARIOS = 30

/**
 * The longest saved text read. A scenario takes at most about 60 KB (twelve channels with 168
 * coverage flags each), so 30 of them take under 1.8 MB; 3 MB leaves room, and refusing more
 * before JSON.parse bounds the time any saved text can cost the page.
 */
export const MAX_SAVED_STATE_CHARS = 3 * 1024 * 1024

/**
 * How deep saved data may nest: a scenario document sits three levels down (the saved state,
 * its list of scenarios, one entry).
 */
const MAX_STATE_DEPTH = MAX_DOCUMENT_DEPTH + 3

export const SCENARIO_ID = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, 'Scenario id must be short lower-case text')

export const SavedEntry = z.strictObject({
  id: SCENARIO_ID,
  name: z
    .string()
    .trim()
    .min(1, 'Scenario name is required')
    .max(80, 'Scenario name must be at most 80 characters'),
  /** A scenario document of any known version; checked by parseScenarioDocument. */
  document: z.unknown(),
  /** The save (its `generation`) in which this scenario last changed; 0 when not known. */
  stamp: z.number().int().nonnegative().optional(),
})

/** Exactly what `writeSavedState` writes. */
export const SavedState = z.strictObject({
  version: z.literal(SAVED_STATE_VERSION, {
    error: 'Saved state version is not one this app reads',
  }),
  activeId: z.string(),
  /**
   * How many saves came before this one and the ones it was made from, plus one: two tabs
   * merging each other's saves tell an older copy from a newer change by it (other-tabs.ts).
   * Added within version 1: a save without it reads as generation 0.
   */
  generation: z.number().int().nonnegative().optional(),
  scenarios: z
    .array(SavedEntry)
    .min(1, 'Saved state holds no scenario')
    .max(MAX_SAVED_SCENARIOS, `At most ${MAX_SAVED_SCENARIOS} scenarios are kept`),
})
export type SavedState = z.infer<typeof SavedState>

/**
 * What reading accepts: the version, the list, and which scenario was open, which may be
 * missing or stale (the first scenario opens then). Each entry is read on its own.
 */
const SavedStateHead = z.object({
  version: z.number({ error: 'This saved data has no version the planner recognises' }),
  activeId: z.string().optional().catch(undefined),
  generation: z.number().int().nonnegative().optional().catch(undefined),
  scenarios: z.array(z.unknown(), { error: 'This saved data holds no list of scenarios' }),
})

/** An entry as reading takes it: a broken id or name is replaced, only the document counts. */
const LenientEntry = z.object({
  id: SCENARIO_ID.optional().catch(undefined),
  name: z
    .string()
    .trim()
    .min(1)
    .refine(hasVisibleText)
    .transform((name) => name.slice(0, 80))
    .optional()
    .catch(undefined),
  document: z.unknown().optional(),
  stamp: z.number().int().nonnegative().optional().catch(undefined),
})

export interface NamedScenario {
  id: string
  name: string
  scenario: Scenario
}

/** A saved scenario that could not be opened: kept aside, never thrown away. */
export interface UnreadableScenario {
  name: string
  /** A sentence saying why, in the product's words. */
  reason: string
  /**
   * The scenario as JSON text, to keep and to download as a scenario file; undefined when it
   * nests too deeply to be written out again (then the whole saved text is what is kept).
   */
  text: string | undefined
}

/** Which save each scenario last changed in, and the save's own count (see `SavedState`). */
export interface SaveClock {
  generation: number
  stamps: ReadonlyMap<string, number>
}

export type LoadedState =
  | {
      ok: true
      /** The scenarios that open; may be none, when every one is unreadable. */
      scenarios: NamedScenario[]
      activeId: string
      unreadable: UnreadableScenario[]
      /**
       * The save's generation and each opened scenario's stamp, by id (0 when not saved);
       * undefined for a save by an earlier version of the planner, which wrote no generation.
       */
      clock: SaveClock | undefined
    }
  /** `message`: why none of it can be read, a sentence without its final full stop. */
  | { ok: false; message: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function refused(message: string): LoadedState {
  return { ok: false, message }
}

export const TOO_DEEP_STATE = 'This saved data is nested too deeply to be a scenario'

/** A value as JSON text, or undefined when it nests too deeply for JSON.stringify. */
function textOf(value: unknown): string | undefined {
  if (inspectJson(value, MAX_DOCUMENT_DEPTH + 1)?.kind === 'too-deep') return undefined
  return JSON.stringify(value, null, 2) ?? 'null'
}

/**
 * Reads saved text. Saved data that is not scenarios at all is refused with one message a person
 * can act on; otherwise every scenario that opens is returned, and every one that does not comes
 * back in `unreadable` with its reason. Checks the length before parsing and never recurses
 * over the data, so no saved text can overflow the stack. Never throws.
 */
export function readSavedState(text: string): LoadedState {
  if (text.length > MAX_SAVED_STATE_CHARS) {
    const mb = messageNumber(text.length / (1024 * 1024), { digits: 1 })
    return refused(
      `This saved data is ${mb} MB, more than ${MAX_SAVED_SCENARIOS} scenarios ever take`,
    )
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return refused('This saved data is cut short or garbled')
  }
  if (!isRecord(raw)) {
    return refused(
      inspectJson(raw, MAX_STATE_DEPTH)?.kind === 'too-deep'
        ? TOO_DEEP_STATE
        : 'This saved data holds no list of scenarios',
    )
  }
  const forbidden = Object.keys(raw).find((key) => FORBIDDEN_KEYS.has(key))
  if (forbidden !== undefined) {
    return refused(
      `This saved data holds a field named "${forbidden}", which the planner never writes`,
    )
  }
  const head = SavedStateHead.safeParse(raw)
  if (!head.success) {
    return refused(head.error.issues[0]?.message ?? 'This saved data holds no list of scenarios')
  }
  const { version, scenarios: entries, activeId: savedActive, generation } = head.data
  if (version > SAVED_STATE_VERSION) {
    return refused(
      'This saved data was written by a newer version of Channel Planner; reload the page to get that version',
    )
  }
  if (version !== SAVED_STATE_VERSION) {
    return refused('This saved data has no version the planner recognises')
  }

  const scenarios: NamedScenario[] = []
  const unreadable: UnreadableScenario[] = []
  const ids = new Set<string>()
  const stamps = new Map<string, number>()
  entries.forEach((value, index) => {
    const fallbackName = `Saved scenario ${index + 1}`
    if (!isRecord(value)) {
      unreadable.push({
        name: fallbackName,
        reason: 'This entry of the saved data is not a scenario',
        text: textOf(value),
      })
      return
    }
    // Every field falls back rather than fails; the fallback is there all the same.
    const lenient = LenientEntry.safeParse(value)
    const entry = lenient.success
      ? lenient.data
      : { id: undefined, name: undefined, document: undefined, stamp: undefined }
    const name = entry.name ?? fallbackName
    const keep = entry.document === undefined ? value : entry.document
    const badKey = Object.keys(value).find((key) => FORBIDDEN_KEYS.has(key))
    if (badKey !== undefined) {
      unreadable.push({
        name,
        reason: `It holds a field named "${badKey}", which the planner never writes`,
        text: textOf(keep),
      })
      return
    }
    const doc = parseScenarioDocument(entry.document)
    if (!doc.ok) {
      unreadable.push({ name, reason: describe(doc.errors), text: textOf(keep) })
      return
    }
    if (scenarios.length >= MAX_SAVED_SCENARIOS) {
      unreadable.push({
        name,
        reason: `This browser keeps at most ${MAX_SAVED_SCENARIOS} scenarios, and this one came after them`,
        text: textOf(doc.scenario),
      })
      return
    }
    let id = entry.id
    for (let n = index + 1; id === undefined || ids.has(id); n++) id = `restored-${n}`
    ids.add(id)
    scenarios.push({ id, name, scenario: doc.scenario })
    stamps.set(id, entry.stamp ?? 0)
  })
  const activeId =
    savedActive !== undefined && ids.has(savedActive) ? savedActive : (scenarios[0]?.id ?? '')
  const clock =
    generation === undefined
      ? undefined
      : { generation: Math.max(generation, ...stamps.values()), stamps }
  return { ok: true, scenarios, activeId, unreadable, clock }
}

/** The first problem as a sentence, and how many more there are. */
function describe(errors: readonly ScenarioIssue[]): string {
  const first = errors[0]
  if (!first) return 'This scenario could not be read'
  const more = errors.length - 1
  return more > 0
    ? `${first.message} (and ${more} more ${more === 1 ? 'problem' : 'problems'})`
    : first.message
}

/** A scenario's name as saved: trimmed, at most 80 characters, never blank. */
export function savedName(name: string): string {
  return hasVisibleText(name) ? name.trim().slice(0, 80) : 'Untitled scenario'
}

/** The saved text; with a `clock`, the save's generation and each scenario's stamp too. */
export function writeSavedState(
  scenarios: readonly NamedScenario[],
  activeId: string,
  clock?: SaveClock,
): string {
  const state: SavedState = {
    version: SAVED_STATE_VERSION,
    activeId,
    ...(clock && { generation: clock.generation }),
    scenarios: scenarios.map((s) => {
      const stamp = clock?.stamps.get(s.id)
      return {
        id: s.id,
        name: savedName(s.name),
        document: s.scenario,
        ...(stamp !== undefined && { stamp }),
      }
    }),
  }
  return JSON.stringify(state)
}

// ---------------------------------------------------------------- kept aside

export const KEPT_ASIDE_VERSION = 1

/** One thing kept aside: whole saved data that could not be read, or one scenario of it. */
export const KeptAsideItem = z.strictObject({
  kind: z.enum(['saved-data', 'scenario']),
  /** The scenario's name; empty for whole saved data. */
  name: z.string(),
  /** Why it could not be opened, a sentence without its final full stop. */
  reason: z.string(),
  /** When it was kept aside (ISO 8601), or empty when not known. */
  keptAt: z.string(),
  /** Exactly what was found (saved data), or the scenario as JSON text. */
  text: z.string(),
})
export type KeptAsideItem = z.infer<typeof KeptAsideItem>

export const KeptAside = z.strictObject({
  version: z.literal(KEPT_ASIDE_VERSION),
  items: z.array(KeptAsideItem),
})

/**
 * The items kept aside, from the text of their storage key. Text that is not such a list (edited
 * by hand, or written by something else) is itself kept, as one item: nothing found there is
 * ever dropped. Never throws.
 */
export function readKeptAside(text: string): KeptAsideItem[] {
  const asIs: KeptAsideItem[] = [
    {
      kind: 'saved-data',
      name: '',
      reason: 'This was kept aside by an earlier visit',
      keptAt: '',
      text,
    },
  ]
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return asIs
  }
  // Three levels: the list, its items, an item; every field is text.
  if (inspectJson(raw, 3) !== undefined) return asIs
  const parsed = KeptAside.safeParse(raw)
  return parsed.success ? parsed.data.items : asIs
}

/** The text of the kept-aside key; only the fields of `KeptAsideItem` are written. */
export function writeKeptAside(items: readonly KeptAsideItem[]): string {
  const kept: z.infer<typeof KeptAside> = {
    version: KEPT_ASIDE_VERSION,
    items: items.map(({ kind, name, reason, keptAt, text }) => ({
      kind,
      name,
      reason,
      keptAt,
      text,
    })),
  }
  return JSON.stringify(kept)
}
