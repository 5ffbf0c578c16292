/**
 * What the browser keeps between visits: every scenario the user has, by name, and which one
 * is open. Versioned like scenario documents; each scenario inside goes through the scenario
 * migrations, so a save made by an older version opens in this one.
 */
import { z } from 'zod'
import type { Scenario } from '@/engine'
import { parseScenarioDocument, type ScenarioIssue } from './scenario-migrations'

export const SAVED_STATE_VERSION = 1
export const MAX_SAVED_SCENARIOS = 30

export const SavedEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'Scenario id must be short lower-case text'),
  name: z
    .string()
    .trim()
    .min(1, 'Scenario name is required')
    .max(80, 'Scenario name must be at most 80 characters'),
  /** A scenario document of any known version; checked by parseScenarioDocument. */
  document: z.unknown(),
})

export const SavedState = z.strictObject({
  version: z.literal(SAVED_STATE_VERSION, {
    error: 'Saved state version is not one this app reads',
  }),
  activeId: z.string(),
  scenarios: z
    .array(SavedEntry)
    .min(1, 'Saved state holds no scenario')
    .max(MAX_SAVED_SCENARIOS, `At most ${MAX_SAVED_SCENARIOS} scenarios are kept`),
})
export type SavedState = z.infer<typeof SavedState>

export interface NamedScenario {
  id: string
  name: string
  scenario: Scenario
}

export type LoadedState =
  { ok: true; scenarios: NamedScenario[]; activeId: string } | { ok: false; message: string }

function hasDangerousKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasDangerousKey)
  if (typeof value !== 'object' || value === null) return false
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return true
    if (hasDangerousKey((value as Record<string, unknown>)[key])) return true
  }
  return false
}

/** Reads saved text; every problem becomes one message a person can act on. Never throws. */
export function readSavedState(text: string): LoadedState {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, message: 'the saved data is not valid JSON (it may have been cut short)' }
  }
  if (hasDangerousKey(raw)) return { ok: false, message: 'the saved data holds forbidden keys' }
  const parsed = SavedState.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      ok: false,
      message: `${issue?.path.join('.') || 'saved data'}: ${issue?.message ?? 'unreadable'}`,
    }
  }
  const scenarios: NamedScenario[] = []
  for (const entry of parsed.data.scenarios) {
    const doc = parseScenarioDocument(entry.document)
    if (!doc.ok) return { ok: false, message: `scenario "${entry.name}": ${describe(doc.errors)}` }
    scenarios.push({ id: entry.id, name: entry.name, scenario: doc.scenario })
  }
  if (new Set(scenarios.map((s) => s.id)).size !== scenarios.length) {
    return { ok: false, message: 'two saved scenarios share an id' }
  }
  const activeId = scenarios.some((s) => s.id === parsed.data.activeId)
    ? parsed.data.activeId
    : (scenarios[0]?.id ?? '')
  return { ok: true, scenarios, activeId }
}

function describe(errors: readonly ScenarioIssue[]): string {
  const first = errors[0]
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''
  return first ? `${first.path}: ${first.message}${more}` : 'unreadable'
}

export function writeSavedState(scenarios: readonly NamedScenario[], activeId: string): string {
  const state: SavedState = {
    version: SAVED_STATE_VERSION,
    activeId,
    scenarios: scenarios.map((s) => ({
      id: s.id,
      name: s.name.trim().slice(0, 80) || 'Untitled scenario',
      document: s.scenario,
    })),
  }
  return JSON.stringify(state)
}
