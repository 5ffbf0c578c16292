/**
 * Keeps every scenario in the browser (localStorage) and brings them back on the next visit.
 *
 * Never locked out: reading saved data cannot throw or overflow the stack, so the planner always
 * opens. Never lose work: saved data that cannot be read is moved aside once (kept-aside.ts) and
 * the user is told once; a saved state with some unreadable scenarios opens the others and keeps
 * the rest aside. A save that fails (storage full) says so until a save works again, offers a
 * scenario file, and a page closed meanwhile asks first. Scenarios saved by another tab of the
 * planner are merged in scenario by scenario (other-tabs.ts), so neither tab undoes the other.
 */
import { toRaw, watch } from 'vue'
import { Scenario } from '@/schemas/scenario'
import {
  MAX_SAVED_SCENARIOS,
  readSavedState,
  savedName,
  writeSavedState,
  type KeptAsideItem,
  type LoadedState,
  type NamedScenario,
  type SaveClock,
} from '@/schemas/saved-state'
import { BACKUP_KEY, holds, keepAside, keptAside, openKeptAside, readKeptAgain } from './kept-aside'
import { dismissNotice, keepNoticeShown, showNotice } from './notices'
import { baseOf, mergeTabs, versions, type KnownVersion } from './other-tabs'
import { downloadText, scenarioFileName, scenarioToJson } from './scenario-file'

export { BACKUP_KEY, LEGACY_BACKUP_PREFIX } from './kept-aside'
export const STORAGE_KEY = 'channel-planner:state'
/** Saves wait for edits to pause this long. */
export const SAVE_DELAY_MS = 500

export interface Keeper {
  scenarios: NamedScenario[]
  activeId: string
  restore(scenarios: NamedScenario[], activeId: string): void
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      error.code === 22)
  )
}

const WHERE = '"Kept aside", below your scenarios'

/** `"A", "B" and 2 more`: names in a message, never a list as long as the page. */
function names(list: readonly { name: string }[]): string {
  const shown = list.slice(0, 3).map((s) => `"${s.name}"`)
  const more = list.length - shown.length
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ')
}

/** The scenarios of a readable save that could not be opened, as items to keep aside. */
function unreadableItems(
  loaded: Extract<LoadedState, { ok: true }>,
  text: string,
  keptAt: string,
): KeptAsideItem[] {
  const items: KeptAsideItem[] = []
  const tooDeep = loaded.unreadable.filter((u) => u.text === undefined)
  for (const u of loaded.unreadable) {
    if (u.text !== undefined) {
      items.push({ kind: 'scenario', name: u.name, reason: u.reason, keptAt, text: u.text })
    }
  }
  // A scenario nested too deeply to write out again is kept as the saved text it came in.
  if (tooDeep.length > 0) {
    items.push({
      kind: 'saved-data',
      name: names(tooDeep),
      reason: tooDeep
        .map((u) => (tooDeep.length > 1 ? `"${u.name}": ${u.reason}` : u.reason))
        .join('; '),
      keptAt,
      text,
    })
  }
  return items
}

/** Restores the saved scenarios, then saves every change. Returns a function that saves now. */
export function startAutosave(
  keeper: Keeper,
  storage: Storage | undefined = globalThis.localStorage,
): () => void {
  if (!storage) return () => undefined
  let text: string | null = null
  try {
    text = storage.getItem(STORAGE_KEY)
  } catch {
    showNotice({
      kind: 'warning',
      key: 'storage',
      text: 'This browser does not let the planner keep your scenarios; save them as files.',
    })
    return () => undefined
  }

  // A scenario mid-edit may be invalid (a field being retyped): what is saved is its last
  // valid version, so a reload never meets a scenario it cannot open.
  const lastValid = new Map<string, NamedScenario>()
  /** A scenario as it is saved: itself when valid, else its last valid version, if it had one. */
  const savedForm = (entry: NamedScenario): NamedScenario | undefined => {
    if (Scenario.safeParse(entry.scenario).success) {
      const copy = structuredClone(toRaw(entry))
      lastValid.set(entry.id, copy)
      return copy
    }
    const valid = lastValid.get(entry.id)
    return valid && { ...valid, name: entry.name }
  }
  const savable = (): NamedScenario[] => keeper.scenarios.flatMap((entry) => savedForm(entry) ?? [])

  /** The open scenario as a file: the way to keep it while the browser keeps nothing. */
  const saveFile = () => {
    const kept = savable()
    const open = kept.find((s) => s.id === keeper.activeId) ?? kept[0]
    if (open) {
      downloadText(scenarioFileName(open.name), 'application/json', scenarioToJson(open.scenario))
    }
  }
  const saveFileAction = { label: 'Save scenario file', run: saveFile }

  /** Saved data that could not be read stays in STORAGE_KEY: saving would overwrite it. */
  const blocked = () => holds(STORAGE_KEY)
  const sayBlocked = () =>
    keepNoticeShown({
      kind: 'error',
      key: 'storage',
      persistent: true,
      text: `Your changes are not being kept in this browser: its storage is too full to set aside the saved data it could not read, so that data stays where it is. Download or discard it (under ${WHERE}) to start saving again, or save your scenario as a file.`,
      action: saveFileAction,
    })

  /** Changes made since the last save that worked: closing the page now would lose them. */
  let unsaved = false
  /** Each scenario as this tab last knew it saved, by id: the base for merging another tab's. */
  let known = new Map<string, KnownVersion>()
  /** The newest save's generation this tab has written or read. */
  let generation = 0
  /** The versions in the saved text this tab last wrote or read: what a save would change. */
  let stored = new Map<string, string>()
  /** The saved text this tab last wrote or read: anything else there came from another tab. */
  let lastText: string | null = text
  /** The open scenario as this tab last saved it. */
  let savedOpen = ''
  let timer: ReturnType<typeof setTimeout> | undefined
  /** Whether the saved text holds exactly these versions. */
  const sameAs = (now: ReadonlyMap<string, string>) =>
    now.size === stored.size && [...now].every(([id, v]) => stored.get(id) === v)
  const save = () => {
    clearTimeout(timer)
    timer = undefined
    if (blocked()) {
      sayBlocked()
      return
    }
    try {
      try {
        takeNewerSave()
      } catch {
        // Another tab's save that cannot be taken in is written over, as before tabs merged.
      }
      const kept = savable()
      if (kept.length === 0) return
      const open = kept.some((s) => s.id === keeper.activeId)
        ? keeper.activeId
        : (kept[0]?.id ?? '')
      const now = versions(kept)
      // Nothing new since the save this tab last wrote or took in (another tab's just taken in,
      // say): writing it again would only wake the other tabs.
      const same = storage.getItem(STORAGE_KEY) !== null && open === savedOpen && sameAs(now)
      if (!same) {
        // A scenario keeps its stamp while it is the version known saved; a change takes this
        // save's generation.
        const next = generation + 1
        const stamps = new Map<string, number>()
        for (const [id, version] of now) {
          const was = known.get(id)
          stamps.set(id, was?.version === version ? was.stamp : next)
        }
        const written = writeSavedState(kept, open, { generation: next, stamps })
        storage.setItem(STORAGE_KEY, written)
        lastText = written
        savedOpen = open
        generation = next
        stored = now
        for (const [id, was] of known) {
          if (!now.has(id)) known.set(id, { version: undefined, stamp: was.stamp })
        }
        for (const [id, version] of now) known.set(id, { version, stamp: stamps.get(id) ?? next })
      }
      unsaved = false
      dismissNotice('storage')
    } catch (error) {
      keepNoticeShown({
        kind: 'error',
        key: 'storage',
        persistent: true,
        text: isQuotaError(error)
          ? `Your browser's storage is full, so your changes are not being kept: they will be lost when this page closes. Save your scenario as a file to keep it, or make room: delete scenarios you no longer need${keptAside.value.length > 0 ? ', or what is listed under "Kept aside"' : ''}.`
          : 'Your changes could not be saved in this browser, so they will be lost when this page closes. Save your scenario as a file to keep it.',
        action: saveFileAction,
      })
    }
  }

  try {
    openKeptAside(storage, save)
  } catch {
    // What was kept aside earlier stays where it is; it is only not listed this time.
  }

  /** The stamps of the save this page opened, if it opened one. */
  let opened: SaveClock | undefined
  if (text !== null) {
    let loaded: LoadedState
    try {
      loaded = readSavedState(text)
    } catch {
      loaded = { ok: false, message: 'This saved data could not be read' }
    }
    const keptAt = new Date().toISOString()
    if (!loaded.ok) {
      const item: KeptAsideItem = {
        kind: 'saved-data',
        name: '',
        reason: loaded.message,
        keptAt,
        text,
      }
      const result = keepAside([item], { key: STORAGE_KEY, original: text, replacement: null })
      if (result === 'kept') {
        showNotice({
          kind: 'warning',
          key: 'restore',
          text: `Your saved scenarios could not be read: ${loaded.message}. They are kept aside in this browser, under ${WHERE}, where you can download or discard them; you are starting from the sample.`,
        })
      } else {
        sayBlocked()
      }
    } else {
      if (loaded.scenarios.length > 0) keeper.restore(loaded.scenarios, loaded.activeId)
      opened = loaded.clock
      const bad = loaded.unreadable
      if (bad.length > 0) {
        const all = bad.length + loaded.scenarios.length
        const replacement =
          loaded.scenarios.length > 0
            ? writeSavedState(loaded.scenarios, loaded.activeId, loaded.clock)
            : null
        const items = unreadableItems(loaded, text, keptAt)
        const result = keepAside(items, { key: STORAGE_KEY, original: text, replacement })
        const good = loaded.scenarios.length
        const rest =
          good === 0
            ? 'you are starting from the sample'
            : good === 1
              ? 'the other one opened as saved'
              : `the other ${good} opened as saved`
        showNotice({
          kind: 'warning',
          key: 'restore',
          text: `${good === 0 ? `None of your ${all} saved scenarios` : `${bad.length} of your ${all} saved scenarios`} could not be opened: ${names(bad)}. ${bad.length === 1 ? 'It is' : 'They are'} kept aside with the reason under ${WHERE}, where you can download or remove ${bad.length === 1 ? 'it' : 'them'}; ${rest}.`,
        })
        if (result === 'no-room') sayBlocked()
      }
    }
  }

  const restored = savable()
  known = baseOf(restored, opened?.stamps)
  generation = opened?.generation ?? 0
  stored = versions(restored)
  lastText = storage.getItem(STORAGE_KEY)
  savedOpen = keeper.activeId
  globalThis.addEventListener?.('storage', (event: StorageEvent) => {
    if (event.storageArea !== null && event.storageArea !== storage) return
    try {
      if (event.key === BACKUP_KEY) {
        // A stale event (the list has changed again since) waits for the one that follows.
        if (storage.getItem(BACKUP_KEY) === event.newValue) readKeptAgain(event.newValue)
      } else if (event.key === STORAGE_KEY) {
        takeNewerSave()
      }
    } catch {
      // What another tab saved stays saved; this tab only did not take it in.
    }
  })

  /**
   * What is saved now, if another tab saved it since this one last wrote or read: its changes
   * join this tab's, scenario by scenario. Run on the other tab's signal, and before every save
   * (two tabs saving at once: the second merges before it writes, rather than over the first).
   */
  function takeNewerSave(): void {
    if (blocked()) return
    const text = storage.getItem(STORAGE_KEY)
    if (text === null || text === lastText) return
    const loaded = readSavedState(text)
    if (!loaded.ok) {
      lastText = text
      keepNoticeShown({
        kind: 'warning',
        key: 'other-tab',
        text: `Another tab of the planner saved scenarios this one cannot read (${loaded.message}). Reload this page to see them; until then, changes made here are saved over them.`,
      })
      return
    }
    // Compared as this tab would save them (a field mid-edit as its last valid version), kept
    // as they are on screen.
    const ours = keeper.scenarios.map((e) => structuredClone(toRaw(e)))
    const merge = mergeTabs(known, ours, loaded.scenarios, {
      clock: loaded.clock,
      keepRemoved: loaded.unreadable.length > 0,
      saved: savedForm,
    })
    const said: string[] = []
    if (loaded.unreadable.length > 0) {
      // Scenarios a newer version wrote, say: kept aside here before this tab's next save,
      // which cannot carry them.
      keepAside(unreadableItems(loaded, text, new Date().toISOString()))
      said.push(
        `${names(loaded.unreadable)} could not be opened in this tab, so ${loaded.unreadable.length === 1 ? 'it is' : 'they are'} kept aside under ${WHERE}; reload this page to open ${loaded.unreadable.length === 1 ? 'it' : 'them'} if the other tab runs a newer version`,
      )
    }
    /** That save is now the one this tab knows, and what it lacks is saved again. */
    const tookIn = () => {
      lastText = text
      known = merge.base
      generation = Math.max(generation, loaded.clock?.generation ?? 0)
      stored = versions(loaded.scenarios)
      // An older copy of a scenario changed here, written back by a tab that had not yet seen
      // this tab's save: the newer one is saved again.
      if (!sameAs(versions(savable())) && timer === undefined) {
        timer = setTimeout(save, SAVE_DELAY_MS)
      }
    }
    if (!merge.changed && said.length === 0) {
      tookIn()
      return
    }
    let result = merge.scenarios
    for (const [was, now] of merge.moved) {
      const valid = lastValid.get(was)
      if (valid) lastValid.set(now, { ...valid, id: now })
    }

    const list = (items: readonly string[]) => names(items.map((name) => ({ name })))
    for (const c of merge.conflicts) {
      said.push(
        `"${c.name}" was changed there while you changed it here, so the other tab's version keeps its place and yours is kept beside it as "${c.copy}", open here`,
      )
    }
    const plain = merge.taken.filter((name) => !merge.conflicts.some((c) => c.name === name))
    if (plain.length > 0) said.push(`${list(plain)} changed or added there`)
    if (merge.removed.length > 0) said.push(`${list(merge.removed)} removed there`)
    // Too many for this browser: this tab's own extra ones are set aside (the other tab's are
    // saved already).
    const extra = result.length - MAX_SAVED_SCENARIOS
    if (extra > 0) {
      const over = result.filter((s) => merge.oursOnly.has(s.id)).slice(-extra)
      const keptAt = new Date().toISOString()
      const outcome = keepAside(
        over.map((o) => ({
          kind: 'scenario',
          name: savedName(o.name),
          reason: `This browser keeps at most ${MAX_SAVED_SCENARIOS} scenarios, and another tab's took the room`,
          keptAt,
          text: scenarioToJson(o.scenario),
        })),
      )
      // Never more than the limit saved: with no room to keep them aside, they are still listed
      // on this page to download.
      result = result.filter((s) => !over.includes(s))
      said.push(
        outcome === 'kept'
          ? `${names(over)} kept aside under ${WHERE}, since this browser keeps at most ${MAX_SAVED_SCENARIOS} scenarios`
          : `${names(over)} could not be kept, since this browser keeps at most ${MAX_SAVED_SCENARIOS} scenarios and its storage is full: download ${over.length === 1 ? 'it' : 'them'} under ${WHERE} before closing this page`,
      )
    }
    const open = merge.moved.get(keeper.activeId) ?? keeper.activeId
    if (merge.changed) keeper.restore(result, open)
    tookIn() // also records the last valid versions of what came in
    showNotice({
      kind: 'info',
      key: 'other-tab',
      text: `Updated from another tab of the planner: ${said.join('; ')}.${merge.changed ? ' Undo starts again from here.' : ''}`,
    })
  }

  watch(
    () => [keeper.scenarios, keeper.activeId],
    () => {
      unsaved = true
      clearTimeout(timer)
      timer = setTimeout(save, SAVE_DELAY_MS)
    },
    { deep: true },
  )
  globalThis.addEventListener?.('pagehide', () => {
    if (timer !== undefined) save()
  })
  // Nothing lost silently: while changes are not kept, leaving the page asks first.
  globalThis.addEventListener?.('beforeunload', (event: Event) => {
    if (timer !== undefined) save()
    if (unsaved) event.preventDefault()
  })
  return save
}
