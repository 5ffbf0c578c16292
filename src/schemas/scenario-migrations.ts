import { Scenario } from './scenario'

/** The version `Scenario` parses; documents of older versions are brought up to it first. */
export const CURRENT_SCENARIO_VERSION = 1

/** Turns a document of version `from` into one of version `from + 1`. */
export interface MigrationStep {
  from: number
  up(old: unknown): unknown
}

/**
 * One step per past version, in order. When the document changes shape, bump
 * CURRENT_SCENARIO_VERSION, make `Scenario` the new shape with `version: z.literal(2)`, and
 * add the step that rewrites a version-1 document (its input is unchecked: it may be anything
 * a version-1 file held, so read it defensively and leave validation to `Scenario`):
 *
 *   {
 *     from: 1,
 *     up: (old) => {
 *       const doc = old as { version: 1; business: Record<string, unknown> }
 *       return { ...doc, version: 2, business: { ...doc.business, timeZone: 'UTC' } }
 *     },
 *   },
 */
export const SCENARIO_MIGRATIONS: readonly MigrationStep[] = []

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

/**
 * Reads a scenario document of any known version (a parsed JSON file, share link or saved
 * state) and returns the current scenario, or every problem found, each with a message a
 * user can act on. Never throws.
 */
export function parseScenarioDocument(
  raw: unknown,
  steps: readonly MigrationStep[] = SCENARIO_MIGRATIONS,
): ParsedScenario {
  if (!isRecord(raw)) {
    return failure(ROOT, 'This is not a Channel Planner scenario: expected an object of settings')
  }
  const version = raw.version
  if (version === undefined) {
    return failure('version', 'Scenario version is missing, so this file cannot be read')
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return failure(
      'version',
      `Scenario version must be a whole number, not ${JSON.stringify(version)}`,
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
  const errors = parsed.error.issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    message: issue.message,
  }))
  return { ok: false, errors }
}
