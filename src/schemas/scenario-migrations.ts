import { ON_SITE_DEFAULTS } from '@/engine'
import { inspectJson, MAX_DOCUMENT_DEPTH } from './json-walk'
import { boundedIssue, QUOTED_CHARS, shorten } from './messages'
import { Scenario } from './scenario'

/** The version `Scenario` parses; documents of older versions are brought up to it first. */
export const CURRENT_SCENARIO_VERSION = 3

/** Turns a document of version `from` into one of version `from + 1`. */
export interface MigrationStep {
  from: number
  up(old: unknown): unknown
}

/**
 * Version 1 → 2: version 2 added the `analysis` section. A version-1 document gets the
 * settings the app had always used: dedicated staff per channel, the least staff that meets
 * each target, public misses counted twice.
 *
 * The input is unchecked: it may be anything a version-1 file held (a field missing, the
 * wrong type, a field that was never valid). So the step only adds what version 2 needs,
 * copies the rest as it is and leaves validation to `Scenario`, which then reports any broken
 * field with its path as for a current document.
 */
function v1ToV2(old: unknown): unknown {
  if (!isRecord(old)) throw new TypeError('it is not an object of settings')
  return {
    ...old,
    version: 2,
    // Meet targets even when the business has `staffHoursPerWeek`: version 1 only stored that
    // figure (the sample itself holds 40 hours) and nothing planned with it, so turning it into
    // fixed hours would change what an old file shows. The user can switch the mode.
    // A v1 document holding `analysis` was invalid (an unknown field); the defaults replace it.
    analysis: { structure: 'dedicated', mode: 'meet-targets', publicMissWeight: 2 },
  }
}

/**
 * Version 2 → 3: version 3 added the people on site (`analysis.onSite`), which the new
 * alongside-other-work structure uses. A version-2 document keeps its structure (dedicated or
 * blended, which do not use them) and gets the default team, so it shows what it showed.
 * Defensive like `v1ToV2`: an `analysis` that is not an object is left for `Scenario` to report.
 */
function v2ToV3(old: unknown): unknown {
  if (!isRecord(old)) throw new TypeError('it is not an object of settings')
  const analysis = old.analysis
  return {
    ...old,
    version: 3,
    analysis: isRecord(analysis) ? { ...analysis, onSite: { ...ON_SITE_DEFAULTS } } : analysis,
  }
}

/**
 * One step per past version, in order; `parseScenarioDocument` applies them in turn from a
 * document's version up to CURRENT_SCENARIO_VERSION, so every step only knows its neighbour.
 * When the document changes shape again (version 4):
 *
 *   1. change the engine's `Scenario` type and make `Scenario` (scenario.ts) the new shape,
 *      with `version: z.literal(4)`;
 *   2. bump CURRENT_SCENARIO_VERSION to 4;
 *   3. add `{ from: 3, up: v3ToV4 }` here, a function that rewrites a version-3 document into
 *      version 4 as `v2ToV3` does (defensive, no validation), and keep the older steps as they
 *      are: a version-1 file then goes 1 → 2 → 3 → 4;
 *   4. commit a version-3 fixture beside `__tests__/fixtures/scenario-v2.json` and test it.
 */
export const SCENARIO_MIGRATIONS: readonly MigrationStep[] = [
  { from: 1, up: v1ToV2 },
  { from: 2, up: v2ToV3 },
]

export interface ScenarioIssue {
  /** Dotted path to the field, like "channels.2.targetSeconds"; "(scenario)" for the whole. */
  path: string
  message: string
}

export type ParsedScenario =
  { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioIssue[] }

const ROOT = '(scenario)'

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? ROOT : path.map(String).join('.')
}

function failure(path: string, message: string): ParsedScenario {
  return { ok: false, errors: [{ path, message }] }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The refusal of a document nested deeper than MAX_DOCUMENT_DEPTH. */
export const TOO_DEEP_MESSAGE =
  'This is not a Channel Planner scenario: it is nested far more deeply than any scenario'

/**
 * Reads a scenario document of any known version (a parsed JSON file, share link or saved
 * state) and returns the current scenario, or every problem found, each with a message a
 * user can act on. Never throws: a document nested deeper than any scenario or holding a
 * prototype-polluting key is refused before the migrations or the schema see it.
 */
export function parseScenarioDocument(
  raw: unknown,
  steps: readonly MigrationStep[] = SCENARIO_MIGRATIONS,
): ParsedScenario {
  if (!isRecord(raw)) {
    return failure(ROOT, 'This is not a Channel Planner scenario: expected an object of settings')
  }
  const problem = inspectJson(raw, MAX_DOCUMENT_DEPTH)
  if (problem?.kind === 'too-deep') return failure(ROOT, TOO_DEEP_MESSAGE)
  if (problem?.kind === 'forbidden-key') {
    return failure(
      problem.path,
      `A field named "${problem.key}" is never part of a scenario; it is refused because it could change how the page's code behaves`,
    )
  }
  const version = raw.version
  if (version === undefined) {
    return failure('version', 'Scenario version is missing, so this file cannot be read')
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return failure(
      'version',
      `Scenario version must be a whole number, not ${shorten(JSON.stringify(version) ?? String(version), QUOTED_CHARS)}`,
    )
  }
  if (version > CURRENT_SCENARIO_VERSION) {
    return failure(
      'version',
      `This scenario was made by a newer version of Channel Planner (version ${version}); this one reads up to version ${CURRENT_SCENARIO_VERSION}`,
    )
  }

  let doc: unknown = raw
  for (let from = version; from < CURRENT_SCENARIO_VERSION; from++) {
    const step = steps.find((s) => s.from === from)
    if (!step)
      return failure('version', `Scenario version ${from} is not one Channel Planner knows`)
    try {
      doc = step.up(doc)
    } catch (error) {
      // A step meets arbitrary old files; a malformed one is reported, not thrown at the user.
      const reason = error instanceof Error ? error.message : String(error)
      return failure(ROOT, `This scenario could not be updated from version ${from}: ${reason}`)
    }
  }

  const parsed = Scenario.safeParse(doc)
  if (parsed.success) return { ok: true, scenario: parsed.data }
  // Bounded: a document can hold thirty thousand unknown fields or a key a megabyte long.
  const errors = parsed.error.issues.map((issue) =>
    boundedIssue({ path: formatIssuePath(issue.path), message: issue.message }),
  )
  return { ok: false, errors }
}
