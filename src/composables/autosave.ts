/**
 * Keeps every scenario in the browser (localStorage) and brings them back on the next visit.
 * A save that cannot be read is never thrown away: it is copied aside under a backup key and
 * the user is told. A full storage is reported, not fatal: the app keeps working unsaved.
 */
import { toRaw, watch } from 'vue'
import { Scenario } from '@/schemas/scenario'
import { readSavedState, writeSavedState, type NamedScenario } from '@/schemas/saved-state'
import { dismissNotice, showNotice } from './notices'

export const STORAGE_KEY = 'channel-planner:state'
export const BACKUP_PREFIX = 'channel-planner:backup:'
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
  if (text !== null) {
    const loaded = readSavedState(text)
    if (loaded.ok) {
      keeper.restore(loaded.scenarios, loaded.activeId)
    } else {
      const backup = `${BACKUP_PREFIX}${new Date().toISOString()}`
      let kept = true
      try {
        storage.setItem(backup, text)
      } catch {
        kept = false
      }
      showNotice({
        kind: 'warning',
        key: 'restore',
        text: kept
          ? `Your saved scenarios could not be read (${loaded.message}). They are kept aside in this browser under "${backup}"; you are starting from the sample.`
          : `Your saved scenarios could not be read (${loaded.message}), and there was no room to keep a backup; they are left untouched until the next save.`,
      })
      if (!kept) return () => undefined
    }
  }

  // A scenario mid-edit may be invalid (a field being retyped): what is saved is its last
  // valid version, so a reload never meets a scenario it cannot open.
  const lastValid = new Map<string, NamedScenario>()
  const savable = (): NamedScenario[] =>
    keeper.scenarios.flatMap((entry) => {
      if (Scenario.safeParse(entry.scenario).success) {
        const copy = structuredClone(toRaw(entry))
        lastValid.set(entry.id, copy)
        return [copy]
      }
      const valid = lastValid.get(entry.id)
      return valid ? [{ ...valid, name: entry.name }] : []
    })

  let timer: ReturnType<typeof setTimeout> | undefined
  const save = () => {
    clearTimeout(timer)
    timer = undefined
    try {
      const kept = savable()
      if (kept.length === 0) return
      const open = kept.some((s) => s.id === keeper.activeId)
        ? keeper.activeId
        : (kept[0]?.id ?? '')
      storage.setItem(STORAGE_KEY, writeSavedState(kept, open))
      dismissNotice('storage')
    } catch (error) {
      showNotice({
        kind: 'error',
        key: 'storage',
        text: isQuotaError(error)
          ? "Your browser's storage is full, so changes are not being saved. Save your scenario as a file to keep it."
          : 'Your changes could not be saved in this browser. Save your scenario as a file to keep it.',
      })
    }
  }
  watch(
    () => [keeper.scenarios, keeper.activeId],
    () => {
      clearTimeout(timer)
      timer = setTimeout(save, SAVE_DELAY_MS)
    },
    { deep: true },
  )
  globalThis.addEventListener?.('pagehide', () => {
    if (timer !== undefined) save()
  })
  return save
}
