/**
 * Scenarios saved by another tab of the planner, merged with this tab's scenario by scenario.
 *
 * Three versions of each scenario meet: the one this tab last knew to be saved (`base`), this
 * tab's own (`ours`) and the other tab's (`theirs`). A scenario changed in one tab only takes that
 * tab's version; one changed in both keeps this tab's in place and adds the other tab's beside it
 * as a copy, so neither tab's work is lost. Removing counts as a change: a scenario removed in
 * one tab and left alone in the other goes; one removed in one tab and changed in the other stays.
 */
import type { NamedScenario } from '@/schemas/saved-state'

/** A value as JSON with every object's keys in order: two copies of a scenario compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

/** What a tab knows of a scenario: its name and document, canonical. */
export function versionOf(entry: NamedScenario): string {
  return canonical({ name: entry.name, scenario: entry.scenario })
}

/** The saved version of every scenario, by id. */
export function versions(entries: readonly NamedScenario[]): Map<string, string> {
  return new Map(entries.map((e) => [e.id, versionOf(e)]))
}

export interface TabMerge {
  /** This tab's scenarios after the merge, in this tab's order, new ones from the other last. */
  scenarios: NamedScenario[]
  /** Names of scenarios whose other-tab version was taken: changed or added there. */
  taken: string[]
  /** Names of scenarios removed in the other tab, and so here. */
  removed: string[]
  /** Names of scenarios changed in both tabs: the other tab's version was added as a copy. */
  both: string[]
  /** Whether anything here changed. */
  changed: boolean
}

/**
 * Merges the other tab's saved scenarios into this tab's. `editing` holds the ids of this tab's
 * scenarios with a change not yet valid (a field being retyped): changed here, whatever they
 * compare as. `keepRemoved` leaves alone scenarios the other tab no longer lists (when some of
 * its scenarios could not be read here, absence proves nothing).
 */
export function mergeTabs(
  base: ReadonlyMap<string, string>,
  ours: readonly NamedScenario[],
  theirs: readonly NamedScenario[],
  editing: ReadonlySet<string> = new Set(),
  keepRemoved = false,
): TabMerge {
  const theirById = new Map(theirs.map((t) => [t.id, t]))
  const ids = new Set([...ours.map((o) => o.id), ...theirs.map((t) => t.id)])
  let n = 1
  const freshId = () => {
    while (ids.has(`tab-${n}`)) n++
    const id = `tab-${n}`
    ids.add(id)
    return id
  }
  const changedHere = (o: NamedScenario) => editing.has(o.id) || versionOf(o) !== base.get(o.id)

  const scenarios: NamedScenario[] = []
  const added: NamedScenario[] = []
  const taken: string[] = []
  const removed: string[] = []
  const both: string[] = []
  for (const o of ours) {
    const t = theirById.get(o.id)
    const theirsChanged = t === undefined ? base.has(o.id) : versionOf(t) !== base.get(o.id)
    if (!theirsChanged) {
      scenarios.push(o)
    } else if (!changedHere(o)) {
      if (t) {
        scenarios.push(t)
        if (versionOf(t) !== versionOf(o)) taken.push(t.name)
      } else if (keepRemoved) {
        scenarios.push(o)
      } else {
        removed.push(o.name)
      }
    } else {
      // Changed in both (or made in both under one id): this tab's stays, the other's is added.
      scenarios.push(o)
      if (t && versionOf(t) !== versionOf(o)) {
        const isNew = !base.has(o.id)
        added.push({
          ...t,
          id: freshId(),
          name: isNew ? t.name : `${t.name} (other tab)`.slice(0, 80),
        })
        if (isNew) taken.push(t.name)
        else both.push(o.name)
      }
    }
  }
  const ourIds = new Set(ours.map((o) => o.id))
  for (const t of theirs) {
    if (ourIds.has(t.id)) continue
    // Not here: new in the other tab, or removed here. Removed here and changed there returns.
    if (!base.has(t.id) || versionOf(t) !== base.get(t.id)) {
      added.push(t)
      taken.push(t.name)
    }
  }
  scenarios.push(...added)
  const changed = taken.length > 0 || removed.length > 0 || both.length > 0
  return { scenarios, taken, removed, both, changed }
}
