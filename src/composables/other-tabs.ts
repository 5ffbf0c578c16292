/**
 * Scenarios saved by another tab of the planner, merged with this tab's scenario by scenario.
 *
 * Three versions of each scenario meet: the one this tab last knew to be saved (`base`), this
 * tab's own (`ours`, as it would be saved) and the other tab's (`theirs`). A scenario changed in
 * one tab only takes that tab's version. The other tab saved first, so its version keeps the
 * scenario's place; a scenario changed in both (or two made under one id) keeps this tab's
 * version too, under a new id beside it, and this tab follows its own work there. Removing
 * counts as a change: a scenario removed in one tab and left alone in the other goes; one
 * removed in one tab and changed in the other stays.
 */
import { savedName, type NamedScenario } from '@/schemas/saved-state'

/** A value as JSON with every object's keys in order: two copies of a scenario compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

/** A scenario as saved (its name as saved too): what two tabs compare. */
export function versionOf(entry: NamedScenario): string {
  return canonical({ name: savedName(entry.name), scenario: entry.scenario })
}

/** The saved version of every scenario, by id. */
export function versions(entries: readonly NamedScenario[]): Map<string, string> {
  return new Map(entries.map((e) => [e.id, versionOf(e)]))
}

/** The suffix of this tab's version of a scenario both tabs changed. */
export const CONFLICT_SUFFIX = ' (conflicted copy)'

export interface TabMerge {
  /** This tab's scenarios after the merge: this tab's order, new ones from the other last. */
  scenarios: NamedScenario[]
  /** Names of scenarios whose other-tab version was taken: changed or added there. */
  taken: string[]
  /** Names of scenarios removed in the other tab, and so here. */
  removed: string[]
  /** Scenarios changed in both tabs: the name they keep, and this tab's copy's name. */
  conflicts: { name: string; copy: string }[]
  /** This tab's scenarios moved to a new id (changed in both, or made in both under one id). */
  moved: Map<string, string>
  /** Ids of the scenarios only this tab has (what can be set aside, should there be too many). */
  oursOnly: Set<string>
  /** Whether anything here changed. */
  changed: boolean
}

export interface MergeOptions {
  /**
   * Leaves alone scenarios the other tab no longer lists (when some of its scenarios could not
   * be read here, absence proves nothing).
   */
  keepRemoved?: boolean
  /**
   * This tab's scenario as it would be saved (a field mid-edit: its last valid version), or
   * undefined when it has never been valid: it counts as changed here. Itself by default.
   */
  saved?: (entry: NamedScenario) => NamedScenario | undefined
}

/** Stands for a scenario never valid here: equal to no saved version. */
const NEVER_SAVED = '\u0000never saved'

/**
 * Merges the other tab's saved scenarios into this tab's `ours` (as on screen: what stays of
 * them is returned as it is, moved ones under their new id and name).
 */
export function mergeTabs(
  base: ReadonlyMap<string, string>,
  ours: readonly NamedScenario[],
  theirs: readonly NamedScenario[],
  { keepRemoved = false, saved = (entry) => entry }: MergeOptions = {},
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

  const scenarios: NamedScenario[] = []
  const taken: string[] = []
  const removed: string[] = []
  const conflicts: { name: string; copy: string }[] = []
  const moved = new Map<string, string>()
  const oursOnly = new Set<string>()
  const ourIds = new Set(ours.map((o) => o.id))
  for (const o of ours) {
    const t = theirById.get(o.id)
    const known = base.get(o.id)
    const form = saved(o)
    const ourVersion = form ? versionOf(form) : NEVER_SAVED
    const theirsChanged = t === undefined ? known !== undefined : versionOf(t) !== known
    const oursChanged = ourVersion !== known
    if (!theirsChanged) {
      scenarios.push(o)
      if (!t) oursOnly.add(o.id)
    } else if (!oursChanged) {
      if (t) {
        scenarios.push(t)
        taken.push(t.name)
      } else if (keepRemoved) {
        scenarios.push(o)
        oursOnly.add(o.id)
      } else {
        removed.push(o.name)
      }
    } else if (t === undefined) {
      // Removed there, changed here: it stays.
      scenarios.push(o)
      oursOnly.add(o.id)
    } else if (versionOf(t) === ourVersion) {
      scenarios.push(o) // the same change in both
    } else {
      // The other tab's keeps the place; this tab's moves beside it under a new id.
      const id = freshId()
      const isNew = known === undefined
      const name = isNew
        ? o.name
        : `${savedName(o.name).slice(0, 80 - CONFLICT_SUFFIX.length)}${CONFLICT_SUFFIX}`
      scenarios.push(t, { ...o, id, name })
      moved.set(o.id, id)
      oursOnly.add(id)
      taken.push(t.name)
      if (!isNew) conflicts.push({ name: t.name, copy: name })
    }
  }
  for (const t of theirs) {
    if (ourIds.has(t.id)) continue
    // Not here: new in the other tab, or removed here. Removed here and changed there returns.
    if (!base.has(t.id) || versionOf(t) !== base.get(t.id)) {
      scenarios.push(t)
      taken.push(t.name)
    }
  }
  const changed = taken.length > 0 || removed.length > 0
  return { scenarios, taken, removed, conflicts, moved, oursOnly, changed }
}
