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
 *
 * Tabs save at their own pace, and a browser passes one tab's save to the others a little
 * later: a tab can save before it has seen another's newest save, writing an older copy of a
 * scenario back. Each save therefore counts its generation (one more than the newest it has
 * seen) and stamps each scenario with the generation it last changed in. A copy stamped before
 * what this tab knows is an older copy, not a change; a scenario missing from a save made before
 * that save could have seen it was not removed there. Two saves of one generation with different
 * versions of a scenario were made at once, each without the other: both tabs then keep the same
 * one in its place (the one whose saved text sorts first) and the other beside it, so both end
 * up with the same scenarios.
 */
import { savedName, type NamedScenario, type SaveClock } from '@/schemas/saved-state'

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

/**
 * A scenario as this tab last knew it saved: its version and the generation it changed in. A
 * scenario removed here keeps its last stamp with no version, so an older copy of it coming back
 * from another tab's save stays removed.
 */
export interface KnownVersion {
  version: string | undefined
  stamp: number
}

/** What this tab knows to be saved, by id: the base of the next merge. */
export type SaveBase = ReadonlyMap<string, KnownVersion>

/** The base for scenarios just saved or read, with their stamps (0 when none is given). */
export function baseOf(
  entries: readonly NamedScenario[],
  stamps: ReadonlyMap<string, number> = new Map(),
): Map<string, KnownVersion> {
  return new Map(
    entries.map((e) => [e.id, { version: versionOf(e), stamp: stamps.get(e.id) ?? 0 }]),
  )
}

/**
 * Whether a saved copy (`version`, `stamp`) is a change from what this tab knows of it: stamped
 * later, or stamped in the same generation with another version that sorts first (two saves made
 * at once: both tabs keep that one in place).
 */
function isNewer(version: string, stamp: number, known: KnownVersion | undefined): boolean {
  if (known === undefined) return true
  if (version === known.version) return false
  if (stamp !== known.stamp || known.version === undefined) return stamp > known.stamp
  return version < known.version
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
  /** What this tab knows to be saved after the merge: the base of the next. */
  base: Map<string, KnownVersion>
}

export interface MergeOptions {
  /**
   * The other tab's save's generation and stamps. Without them (a save by an earlier version of
   * the planner) every version that differs from the base counts as a change there.
   */
  clock?: SaveClock
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
  base: SaveBase,
  ours: readonly NamedScenario[],
  theirs: readonly NamedScenario[],
  { clock, keepRemoved = false, saved = (entry) => entry }: MergeOptions = {},
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
  const stampOf = (id: string) => clock?.stamps.get(id) ?? 0
  /** Their copy differs from what this tab knows and is no older copy of it. */
  const changedThere = (t: NamedScenario, known: KnownVersion | undefined) =>
    clock ? isNewer(versionOf(t), stampOf(t.id), known) : versionOf(t) !== known?.version
  /** Missing from their save, which came after this tab's save of it. */
  const removedThere = (known: KnownVersion | undefined) =>
    known?.version !== undefined && (!clock || clock.generation > known.stamp)

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
    const theirsChanged = t === undefined ? removedThere(known) : changedThere(t, known)
    // Saved in one generation by both tabs, each its own version: changed here too.
    const atOnce =
      clock !== undefined &&
      t !== undefined &&
      known?.version !== undefined &&
      stampOf(t.id) === known.stamp &&
      versionOf(t) !== known.version
    const oursChanged = ourVersion !== known?.version || atOnce
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
      const isNew = known?.version === undefined
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
    if (changedThere(t, base.get(t.id))) {
      scenarios.push(t)
      taken.push(t.name)
    }
  }

  // What is known saved now: their copies, where newer than what this tab knew.
  const next = new Map(base)
  for (const t of theirs) {
    const known = base.get(t.id)
    if (known === undefined || versionOf(t) === known.version || changedThere(t, known)) {
      const stamp = Math.max(clock ? stampOf(t.id) : 0, known?.stamp ?? 0)
      next.set(t.id, { version: versionOf(t), stamp })
    }
  }
  for (const [id, known] of base) {
    if (!theirById.has(id) && !keepRemoved && removedThere(known)) next.delete(id)
  }
  const changed = taken.length > 0 || removed.length > 0
  return { scenarios, taken, removed, conflicts, moved, oursOnly, changed, base: next }
}
