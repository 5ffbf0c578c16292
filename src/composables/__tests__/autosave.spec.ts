import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { sampleScenario } from '@/engine'
import { readSavedState, writeSavedState } from '@/schemas/saved-state'
import { setAnalysisBackend, usePlannerStore } from '@/stores/planner'
import v1Document from '@/schemas/__tests__/fixtures/scenario-v1.json'
import { BACKUP_PREFIX, startAutosave, STORAGE_KEY } from '../autosave'
import { notices } from '../notices'

/** A Storage in memory; `full` makes every write fail as a full browser storage does. */
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  let full = false
  const storage = {
    get length() {
      return data.size
    },
    clear: () => data.clear(),
    getItem: (k: string) => data.get(k) ?? null,
    key: (i: number) => [...data.keys()][i] ?? null,
    removeItem: (k: string) => void data.delete(k),
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError')
      data.set(k, v)
    },
  } satisfies Storage
  return { storage, data, fill: (on: boolean) => (full = on) }
}

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    notices.value = []
    setAnalysisBackend(() => () => new Promise(() => undefined))
    setActivePinia(createPinia())
  })

  it('saves every change after a pause, and a new page restores it', async () => {
    const mem = memoryStorage()
    const store = usePlannerStore()
    startAutosave(store, mem.storage)
    store.setContactsPerWeek(777)
    store.renameScenario(store.activeId, 'Shop, evenings')
    await nextTick()
    await vi.advanceTimersByTimeAsync(600)
    expect(mem.data.get(STORAGE_KEY)).toContain('777')

    setActivePinia(createPinia())
    const again = usePlannerStore()
    startAutosave(again, mem.storage)
    expect(again.draft.demand.contactsPerWeek).toBe(777)
    expect(again.active.name).toBe('Shop, evenings')
    expect(again.canUndo).toBe(false) // a restored save is where history starts
  })

  it('keeps an unreadable save aside as a backup and says so, never discarding it', () => {
    const mem = memoryStorage({ [STORAGE_KEY]: '{"version":1,"scenarios":[{"id":"x"' })
    const store = usePlannerStore()
    startAutosave(store, mem.storage)
    const backups = [...mem.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))
    expect(backups).toHaveLength(1)
    expect(mem.data.get(backups[0] as string)).toBe('{"version":1,"scenarios":[{"id":"x"')
    expect(notices.value[0]?.text).toMatch(/could not be read .* kept aside/)
    expect(store.draft.business.name).toBe(sampleScenario().business.name)
  })

  it('reports a full storage instead of failing, and clears the message once saving works', async () => {
    const mem = memoryStorage()
    const store = usePlannerStore()
    startAutosave(store, mem.storage)
    mem.fill(true)
    store.setContactsPerWeek(500)
    await nextTick()
    await vi.advanceTimersByTimeAsync(600)
    expect(notices.value.map((n) => n.text).join()).toMatch(/storage is full/)
    mem.fill(false)
    store.setContactsPerWeek(501)
    await nextTick()
    await vi.advanceTimersByTimeAsync(600)
    expect(notices.value).toEqual([])
  })

  it('saves a scenario mid-edit as its last valid version', async () => {
    const mem = memoryStorage()
    const store = usePlannerStore()
    startAutosave(store, mem.storage)
    store.setContactsPerWeek(450)
    await nextTick()
    await vi.advanceTimersByTimeAsync(600)
    store.setContactsPerWeek(-1) // being retyped
    await nextTick()
    await vi.advanceTimersByTimeAsync(600)
    const saved = readSavedState(mem.data.get(STORAGE_KEY) ?? '')
    expect(saved.ok && saved.scenarios[0]?.scenario.demand.contactsPerWeek).toBe(450)
  })

  it('opens a save holding a version-1 scenario, migrated to the current version', () => {
    const text = JSON.stringify({
      version: 1,
      activeId: 'old',
      scenarios: [{ id: 'old', name: 'From last year', document: v1Document }],
    })
    const loaded = readSavedState(text)
    expect(loaded.ok).toBe(true)
    if (!loaded.ok) return
    expect(loaded.scenarios[0]?.scenario.version).toBe(3)
    expect(loaded.scenarios[0]?.scenario.analysis.mode).toBe('meet-targets')
  })

  it('refuses forbidden keys and names nothing it cannot read', () => {
    expect(readSavedState('{"__proto__":{"x":1},"version":1}').ok).toBe(false)
    expect(readSavedState('[]').ok).toBe(false)
    const round = readSavedState(
      writeSavedState([{ id: 'a', name: '  ', scenario: sampleScenario() }], 'a'),
    )
    expect(round.ok && round.scenarios[0]?.name).toBe('Untitled scenario')
  })
})

describe('scenarios and undo', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    setAnalysisBackend(() => () => new Promise(() => undefined))
    setActivePinia(createPinia())
  })

  it('undoes and redoes an edit; a burst of typing is one step', async () => {
    const store = usePlannerStore()
    for (const n of [4, 45, 450]) {
      store.setContactsPerWeek(n)
      await nextTick()
    }
    await vi.advanceTimersByTimeAsync(500)
    store.undo()
    await nextTick()
    expect(store.draft.demand.contactsPerWeek).toBe(400)
    store.redo()
    await nextTick()
    expect(store.draft.demand.contactsPerWeek).toBe(450)
  })

  it('duplicates, switches and deletes, and a delete can be undone', async () => {
    const store = usePlannerStore()
    const first = store.activeId
    const copy = store.duplicateScenario()
    expect(store.scenarios).toHaveLength(2)
    expect(store.active.name).toMatch(/\(copy\)$/)
    store.setContactsPerWeek(900)
    await nextTick()
    store.switchTo(first)
    expect(store.draft.demand.contactsPerWeek).toBe(400)
    await vi.advanceTimersByTimeAsync(500)
    store.removeScenario(copy)
    await nextTick()
    expect(store.scenarios).toHaveLength(1)
    store.undo()
    await nextTick()
    expect(store.scenarios.map((s) => s.id)).toContain(copy)
    store.removeScenario(store.scenarios[0]?.id ?? '')
    store.removeScenario(store.scenarios[0]?.id ?? '')
    expect(store.scenarios).toHaveLength(1) // the last one stays
  })
})
