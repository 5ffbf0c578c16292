import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, watch } from 'vue'
import { sampleScenario } from '@/engine'
import {
  readKeptAside,
  readSavedState,
  writeSavedState,
  type NamedScenario,
} from '@/schemas/saved-state'
import { setAnalysisBackend, usePlannerStore } from '@/stores/planner'
import v1Document from '@/schemas/__tests__/fixtures/scenario-v1.json'
import { BACKUP_KEY, startAutosave, STORAGE_KEY } from '../autosave'
import { discardKept, keptAside } from '../kept-aside'
import { notices } from '../notices'

/**
 * A Storage in memory. `full` makes every write fail as a full browser storage does; `capacity`
 * (characters of keys and values together, as browsers count) makes writes past it fail.
 */
function memoryStorage(initial: Record<string, string> = {}, capacity = Infinity) {
  const data = new Map(Object.entries(initial))
  let full = false
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0)
  const storage = {
    get length() {
      return data.size
    },
    clear: () => data.clear(),
    getItem: (k: string) => data.get(k) ?? null,
    key: (i: number) => [...data.keys()][i] ?? null,
    removeItem: (k: string) => void data.delete(k),
    setItem: (k: string, v: string) => {
      const after = used() - (data.has(k) ? k.length + (data.get(k)?.length ?? 0) : 0)
      if (full || after + k.length + v.length > capacity) {
        throw new DOMException('full', 'QuotaExceededError')
      }
      data.set(k, v)
    },
  } satisfies Storage
  return { storage, data, fill: (on: boolean) => (full = on) }
}

/** A new page on the same storage: a fresh store, restored from what is saved. */
function reload(storage: Storage) {
  notices.value = []
  setActivePinia(createPinia())
  const store = usePlannerStore()
  const save = startAutosave(store, storage)
  return { store, save }
}

const backupKeys = (data: Map<string, string>) =>
  [...data.keys()].filter((k) => k.startsWith('channel-planner:backup'))

/** A scenario named `name`, with `contacts` contacts a week. */
function entry(id: string, name: string, contacts: number) {
  const scenario = sampleScenario()
  scenario.demand.contactsPerWeek = contacts
  return { id, name, document: scenario }
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

  it('moves an unreadable save aside once: six loads leave one backup and one message', () => {
    const text = '{"version":1,"scenarios":[{"id":"x"'
    const mem = memoryStorage({ [STORAGE_KEY]: text })
    const told: string[] = []
    for (let load = 0; load < 6; load++) {
      vi.setSystemTime(Date.UTC(2025, 4, 1, 10, load)) // a minute between loads
      const { store } = reload(mem.storage)
      told.push(...notices.value.map((n) => n.text))
      expect(store.draft.business.name).toBe(sampleScenario().business.name)
    }
    // Before: a new backup key on every load (six keys), and the message six times.
    expect(backupKeys(mem.data)).toEqual([BACKUP_KEY])
    expect(mem.data.has(STORAGE_KEY)).toBe(false)
    expect(readKeptAside(mem.data.get(BACKUP_KEY) ?? '')).toMatchObject([
      { kind: 'saved-data', reason: 'This saved data is cut short or garbled', text },
    ])
    expect(told).toHaveLength(1)
    expect(told[0]).toMatch(
      /could not be read: This saved data is cut short or garbled\. They are kept aside/,
    )
    expect(keptAside.value).toHaveLength(1)
  })

  it('the same unreadable save found again replaces its older copy', () => {
    const text = '[' + '['.repeat(200_000) + ']'.repeat(200_000) + ']'
    const mem = memoryStorage({ [STORAGE_KEY]: text })
    reload(mem.storage)
    mem.data.set(STORAGE_KEY, text)
    reload(mem.storage)
    expect(notices.value[0]?.text).toMatch(/nested too deeply to be a scenario/)
    expect(backupKeys(mem.data)).toEqual([BACKUP_KEY])
    expect(readKeptAside(mem.data.get(BACKUP_KEY) ?? '')).toHaveLength(1)
  })

  it('gathers the copies earlier versions kept on every load into one', () => {
    const text = 'x'.repeat(1000)
    const old: Record<string, string> = { [STORAGE_KEY]: text }
    for (let i = 0; i < 6; i++) old[`channel-planner:backup:2025-05-0${i + 1}T10:00:00.000Z`] = text
    old['channel-planner:backup:2025-06-01T10:00:00.000Z'] = 'another'
    const mem = memoryStorage(old)
    reload(mem.storage)
    expect(backupKeys(mem.data)).toEqual([BACKUP_KEY])
    const kept = readKeptAside(mem.data.get(BACKUP_KEY) ?? '')
    // Two contents: the six copies of `text` and the save itself are one, `another` the other;
    // the save, found last, replaces the older copies with its reason.
    expect(kept.map((k) => k.text).sort()).toEqual(['another', text])
    expect(kept.find((k) => k.text === text)?.reason).toBe(
      'This saved data is cut short or garbled',
    )
    expect(kept.find((k) => k.text === 'another')?.keptAt).toBe('2025-06-01T10:00:00.000Z')
  })

  it('a full storage moves the unreadable save all the same when its own room is enough', () => {
    const text = '['.repeat(50_000) + ']'.repeat(50_000)
    // Room for the save or its kept copy, not both: 100 000 characters, plus keys and labels.
    const mem = memoryStorage({ [STORAGE_KEY]: text }, text.length + 1000)
    reload(mem.storage)
    expect([...mem.data.keys()]).toEqual([BACKUP_KEY])
    expect(notices.value.map((n) => n.key)).toEqual(['restore'])
  })

  it('with no room to move it, leaves the unreadable save untouched, saves nothing over it and says so', async () => {
    // Quotes double when kept inside the list of kept items, so the copy can never fit.
    const text = '"'.repeat(20_000)
    const mem = memoryStorage({ [STORAGE_KEY]: text }, text.length + 1000)
    const { store } = reload(mem.storage)
    const storageNotice = () => notices.value.find((n) => n.key === 'storage')
    expect(storageNotice()).toMatchObject({ kind: 'error', persistent: true })
    expect(storageNotice()?.text).toMatch(/changes are not being kept/)
    expect(storageNotice()?.action?.label).toBe('Save scenario file')
    expect(keptAside.value).toMatchObject([{ storedUnder: STORAGE_KEY, text }])

    store.setContactsPerWeek(640)
    await nextTick()
    await vi.advanceTimersByTimeAsync(600)
    expect(mem.data.get(STORAGE_KEY)).toBe(text) // never overwritten
    const leaving = new Event('beforeunload', { cancelable: true })
    globalThis.dispatchEvent(leaving)
    expect(leaving.defaultPrevented).toBe(true) // the browser asks before the edit is lost

    // Discarded: the room is free, the edit is saved at once and the message goes.
    discardKept(keptAside.value[0]?.id ?? -1)
    expect(readSavedState(mem.data.get(STORAGE_KEY) ?? '')).toMatchObject({ ok: true })
    expect(mem.data.get(STORAGE_KEY)).toContain('"contactsPerWeek":640')
    expect(storageNotice()).toBeUndefined()
  })

  it('opens the good scenarios of a save and keeps the one that cannot open aside', () => {
    const bad = entry('b', 'Winter hours', -5)
    const state = {
      version: 1,
      activeId: 'b',
      scenarios: [entry('a', 'Shop', 410), bad, entry('c', 'Web shop', 430)],
    }
    const mem = memoryStorage({ [STORAGE_KEY]: JSON.stringify(state) })
    const { store } = reload(mem.storage)
    // Before: all three went to a backup and the planner started from the sample.
    expect(store.scenarios.map((s) => s.name)).toEqual(['Shop', 'Web shop'])
    expect(notices.value[0]?.text).toBe(
      '1 of your 3 saved scenarios could not be opened: "Winter hours". It is kept aside with the reason under "Kept aside", below your scenarios, where you can download or remove it; the other 2 opened as saved.',
    )
    expect(keptAside.value).toMatchObject([
      {
        kind: 'scenario',
        name: 'Winter hours',
        reason: expect.stringMatching(/^Contacts per week must be/),
      },
    ])
    expect(JSON.parse(keptAside.value[0]?.text ?? '')).toEqual(bad.document)
    const saved = readSavedState(mem.data.get(STORAGE_KEY) ?? '')
    expect(saved.ok && saved.scenarios.map((s) => s.id)).toEqual(['a', 'c'])

    // Told once: the next load opens the two and only lists the third.
    reload(mem.storage)
    expect(notices.value).toEqual([])
    expect(keptAside.value).toHaveLength(1)
    expect(backupKeys(mem.data)).toEqual([BACKUP_KEY])

    discardKept(keptAside.value[0]?.id ?? -1)
    expect(backupKeys(mem.data)).toEqual([])
    notices.value.find((n) => n.key === 'kept-aside')?.action?.run() // Undo
    expect(keptAside.value.map((k) => k.name)).toEqual(['Winter hours'])
    expect(backupKeys(mem.data)).toEqual([BACKUP_KEY])
  })

  it('with no room to keep a bad scenario aside, opens the good ones and overwrites nothing until it is discarded', async () => {
    const text = JSON.stringify({
      version: 1,
      activeId: 'a',
      scenarios: [entry('a', 'Shop', 410), entry('b', 'Winter hours', -5), entry('c', 'Web', 420)],
    })
    // Room for the save as it is and a little more: not for the bad one's copy beside it.
    const mem = memoryStorage({ [STORAGE_KEY]: text }, text.length + 1000)
    const { store } = reload(mem.storage)
    expect(store.scenarios.map((s) => s.name)).toEqual(['Shop', 'Web'])
    expect(keptAside.value).toMatchObject([{ name: 'Winter hours', storedUnder: STORAGE_KEY }])
    expect(notices.value.find((n) => n.key === 'storage')?.text).toMatch(/not being kept/)
    store.setContactsPerWeek(640)
    await nextTick()
    await vi.advanceTimersByTimeAsync(600)
    expect(mem.data.get(STORAGE_KEY)).toBe(text) // the bad scenario's only copy

    discardKept(keptAside.value[0]?.id ?? -1)
    const saved = readSavedState(mem.data.get(STORAGE_KEY) ?? '')
    expect(saved.ok && saved.scenarios.map((s) => s.name)).toEqual(['Shop', 'Web'])
    expect(saved.ok && saved.scenarios[0]?.scenario.demand.contactsPerWeek).toBe(640)
    expect(saved.ok && saved.unreadable).toEqual([])
    expect(backupKeys(mem.data)).toEqual([])
  })

  it('reports a full storage until saving works again, offers the file, and leaving asks first', async () => {
    const mem = memoryStorage()
    const store = usePlannerStore()
    startAutosave(store, mem.storage)
    mem.fill(true)
    store.setContactsPerWeek(500)
    await nextTick()
    await vi.advanceTimersByTimeAsync(600)
    const shown = notices.value.find((n) => n.key === 'storage')
    expect(shown?.text).toMatch(/storage is full, so your changes are not being kept/)
    // Before: a message the user could dismiss, no file offered, and a reload lost the edit.
    expect(shown).toMatchObject({ persistent: true, action: { label: 'Save scenario file' } })
    const leaving = new Event('beforeunload', { cancelable: true })
    globalThis.dispatchEvent(leaving)
    expect(leaving.defaultPrevented).toBe(true)

    mem.fill(false)
    store.setContactsPerWeek(501)
    await nextTick()
    await vi.advanceTimersByTimeAsync(600)
    expect(notices.value).toEqual([])
    const after = new Event('beforeunload', { cancelable: true })
    globalThis.dispatchEvent(after)
    expect(after.defaultPrevented).toBe(false)
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
    const copy = store.duplicateScenario() ?? ''
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

/**
 * Two tabs on one storage. As in a browser, every write that changes a value tells the tabs
 * (here every listener on the page, the writer's own included, which must then change nothing).
 */
function twoTabs(initial: Record<string, string> = {}) {
  const mem = memoryStorage(initial)
  let writes = 0
  const setItem = mem.storage.setItem
  mem.storage.setItem = (key: string, value: string) => {
    const old = mem.storage.getItem(key)
    setItem(key, value)
    if (old === value) return
    writes++
    setTimeout(() =>
      globalThis.dispatchEvent(
        new StorageEvent('storage', { key, oldValue: old, newValue: value }),
      ),
    )
  }
  const open = () => {
    const pinia = createPinia()
    const store = usePlannerStore(pinia)
    startAutosave(store, mem.storage)
    return store
  }
  return { mem, open, writes: () => writes }
}

/**
 * Tabs as a browser runs them in separate processes: each tab reads its own copy of the
 * storage, and another tab's write reaches that copy (with its storage event) `lag` ms later.
 * `disk` is what a new page opens.
 */
function laggingTabs(initial: Record<string, string> = {}, lag = 300) {
  const disk = new Map(Object.entries(initial))
  const copies: Map<string, string>[] = []
  let writes = 0
  const open = () => {
    const copy = new Map(disk)
    copies.push(copy)
    const storage = {
      get length() {
        return copy.size
      },
      clear: () => copy.clear(),
      getItem: (k: string) => copy.get(k) ?? null,
      key: (i: number) => [...copy.keys()][i] ?? null,
      removeItem: (k: string) => void copy.delete(k),
      setItem: (k: string, v: string) => {
        if (copy.get(k) === v) return
        copy.set(k, v)
        disk.set(k, v)
        writes++
        for (const other of copies) {
          if (other === copy) continue
          setTimeout(() => {
            const old = other.get(k) ?? null
            other.set(k, v)
            globalThis.dispatchEvent(
              new StorageEvent('storage', { key: k, oldValue: old, newValue: v }),
            )
          }, lag)
        }
      },
    } satisfies Storage
    const store = usePlannerStore(createPinia())
    startAutosave(store, storage)
    return store
  }
  /** What a new page would open. */
  const saved = () => {
    const text = disk.get(STORAGE_KEY)
    const loaded = text === undefined ? undefined : readSavedState(text)
    return loaded?.ok ? loaded.scenarios : []
  }
  return { open, saved, writes: () => writes }
}

describe('another tab of the planner', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    notices.value = []
    setAnalysisBackend(() => () => new Promise(() => undefined))
  })

  const settle = async () => {
    for (let i = 0; i < 10; i++) await vi.advanceTimersByTimeAsync(600)
  }

  it('an edit in one tab shows in the other, which says so and saves nothing back', async () => {
    const tabs = twoTabs()
    const one = tabs.open()
    const two = tabs.open()
    one.setContactsPerWeek(640)
    await settle()
    expect(two.draft.demand.contactsPerWeek).toBe(640)
    expect(notices.value.map((n) => n.text)).toContain(
      `Updated from another tab of the planner: "${one.active.name}" changed or added there. Undo starts again from here.`,
    )
    // The first tab's write only: the second takes it in and has nothing new to write.
    expect(tabs.writes()).toBe(1)
  })

  it('edits to different scenarios in two tabs both survive a reload', async () => {
    const tabs = twoTabs()
    const one = tabs.open()
    one.duplicateScenario()
    await settle()
    const two = tabs.open()
    expect(two.scenarios).toHaveLength(2)
    const [first, second] = one.scenarios.map((s) => s.id)
    one.switchTo(first ?? '')
    one.setContactsPerWeek(111)
    two.switchTo(second ?? '')
    two.setContactsPerWeek(222)
    await settle()
    const again = tabs.open()
    expect(again.scenarios.map((s) => s.scenario.demand.contactsPerWeek)).toEqual([111, 222])
    expect(one.scenarios.map((s) => s.scenario.demand.contactsPerWeek)).toEqual([111, 222])
    expect(two.scenarios.map((s) => s.scenario.demand.contactsPerWeek)).toEqual([111, 222])
    // Each tab keeps its own scenario open.
    expect(one.activeId).toBe(first)
    expect(two.activeId).toBe(second)
    // The writes stop: no tab answers another's save for ever.
    const writes = tabs.writes()
    await settle()
    expect(tabs.writes()).toBe(writes)
  })

  it('one scenario changed in both tabs at once: both versions kept, each tab still on its own', async () => {
    const tabs = twoTabs()
    const one = tabs.open()
    const two = tabs.open()
    const name = one.active.name
    // Both tabs share this page's notices here; each says its own.
    const said: string[] = []
    watch(notices, (list) => said.push(...list.map((n) => n.text)), { flush: 'sync' })
    one.setContactsPerWeek(300)
    two.setContactsPerWeek(700)
    await settle()
    // The first tab saved first: its 300 keeps the scenario's place. The second merged before
    // it wrote: its own 700 moved beside it as a conflicted copy, which it keeps open.
    const saved = tabs.open().scenarios.map((s) => [s.name, s.scenario.demand.contactsPerWeek])
    expect(saved).toEqual([
      [name, 300],
      [`${name} (conflicted copy)`, 700],
    ])
    expect(one.scenarios.map((s) => [s.name, s.scenario.demand.contactsPerWeek])).toEqual(saved)
    expect(two.scenarios.map((s) => [s.name, s.scenario.demand.contactsPerWeek])).toEqual(saved)
    expect(one.draft.demand.contactsPerWeek).toBe(300)
    expect(two.draft.demand.contactsPerWeek).toBe(700)
    expect(two.active.name).toBe(`${name} (conflicted copy)`)
    expect(said).toContain(
      `Updated from another tab of the planner: "${name}" was changed there while you changed it here, so the other tab's version keeps its place and yours is kept beside it as "${name} (conflicted copy)", open here. Undo starts again from here.`,
    )
  })

  it('a scenario added in each tab at once: both kept, each tab still on the one it added', async () => {
    const tabs = twoTabs()
    const one = tabs.open()
    const two = tabs.open()
    one.addScenario(undefined, 'Mine')
    two.addScenario(undefined, 'Theirs')
    expect(one.activeId).toBe(two.activeId) // the same new id in each tab
    await settle()
    const names = tabs.open().scenarios.map((s) => s.name)
    expect(names).toHaveLength(3)
    expect(names.slice(1).sort()).toEqual(['Mine', 'Theirs'])
    expect(one.active.name).toBe('Mine')
    expect(two.active.name).toBe('Theirs')
    expect(one.scenarios.map((s) => s.name)).toEqual(names)
    expect(two.scenarios.map((s) => s.name)).toEqual(names)
  })

  it('at the limit of 30, a scenario added in each tab at once: the later one is kept aside, said so', async () => {
    const entries = Array.from({ length: 29 }, (_, i) =>
      entry(`s${i + 1}`, `Shop ${i + 1}`, 100 + i),
    )
    const tabs = twoTabs({
      [STORAGE_KEY]: JSON.stringify({ version: 1, activeId: 's1', scenarios: entries }),
    })
    const one = tabs.open()
    const two = tabs.open()
    const said: string[] = []
    watch(notices, (list) => said.push(...list.map((n) => n.text)), { flush: 'sync' })
    one.addScenario(undefined, 'One new')
    two.addScenario(undefined, 'Two new')
    await settle()
    const saved = tabs.open().scenarios.map((s) => s.name)
    expect(saved).toHaveLength(30)
    expect(saved).toContain('One new')
    expect(saved).not.toContain('Two new')
    expect(one.active.name).toBe('One new')
    expect(keptAside.value.map((k) => k.name)).toEqual(['Two new'])
    expect(said.join(' ')).toMatch(
      /"Two new" kept aside under "Kept aside", below your scenarios, since this browser keeps at most 30 scenarios/,
    )
  })

  it('two tabs saving at once, each before the other’s save reaches it: both edits kept, in both tabs', async () => {
    const tabs = laggingTabs({
      [STORAGE_KEY]: JSON.stringify({
        version: 1,
        activeId: 's1',
        scenarios: [entry('s1', 'Shop', 410), entry('s2', 'Web shop', 420)],
      }),
    })
    const one = tabs.open()
    const two = tabs.open()
    two.switchTo('s2')
    await settle()
    // Both saves 500 ms on, each 300 ms before the other's reaches it. Before, the first tab's
    // save wrote its older copy of "Web shop" (420) back, and the second tab took that for a
    // change there: 555 was lost in both tabs and on disk.
    one.setContactsPerWeek(650)
    two.setContactsPerWeek(555)
    await settle()
    const contacts = (list: readonly NamedScenario[]) =>
      list.map((s) => s.scenario.demand.contactsPerWeek)
    expect(contacts(tabs.saved())).toEqual([650, 555])
    expect(contacts(one.scenarios)).toEqual([650, 555])
    expect(contacts(two.scenarios)).toEqual([650, 555])
    expect(one.activeId).toBe('s1')
    expect(two.activeId).toBe('s2')
    const writes = tabs.writes()
    await settle()
    expect(tabs.writes()).toBe(writes)
  })

  it('one scenario saved at once by two tabs that had not seen each other: both versions kept, the same in both', async () => {
    const tabs = laggingTabs()
    const one = tabs.open()
    const two = tabs.open()
    const name = one.active.name
    one.setContactsPerWeek(300)
    two.setContactsPerWeek(700)
    await settle()
    // Neither save came first: the version whose saved text sorts first keeps the place in both
    // tabs, the other is beside it as a conflicted copy, open in the tab that made it.
    const saved = tabs.saved().map((s) => [s.name, s.scenario.demand.contactsPerWeek])
    expect(saved).toHaveLength(2)
    expect(saved.map(([n]) => n)).toEqual([name, `${name} (conflicted copy)`])
    expect(saved.map(([, c]) => c).sort()).toEqual([300, 700])
    expect(one.scenarios.map((s) => [s.name, s.scenario.demand.contactsPerWeek])).toEqual(saved)
    expect(two.scenarios.map((s) => [s.name, s.scenario.demand.contactsPerWeek])).toEqual(saved)
    expect(one.draft.demand.contactsPerWeek).toBe(300)
    expect(two.draft.demand.contactsPerWeek).toBe(700)
    const writes = tabs.writes()
    await settle()
    expect(tabs.writes()).toBe(writes)
  })

  it('a scenario added in one tab is not removed by the other’s save made before it saw it', async () => {
    const tabs = laggingTabs()
    const one = tabs.open()
    const two = tabs.open()
    one.addScenario(undefined, 'Weekend')
    two.setContactsPerWeek(260)
    await settle()
    const names = (list: readonly NamedScenario[]) => list.map((s) => s.name)
    expect(names(tabs.saved())).toHaveLength(2)
    expect(names(tabs.saved())).toContain('Weekend')
    expect(names(one.scenarios)).toEqual(names(tabs.saved()))
    expect(names(two.scenarios)).toEqual(names(tabs.saved()))
    expect(tabs.saved()[0]?.scenario.demand.contactsPerWeek).toBe(260)
  })

  it('a scenario mid-edit (not valid) in one tab is kept when the other tab saves', async () => {
    const tabs = twoTabs({
      [STORAGE_KEY]: JSON.stringify({
        version: 1,
        activeId: 's1',
        scenarios: [entry('s1', 'Shop', 300), entry('s2', 'Evenings', 310)],
      }),
    })
    const one = tabs.open()
    const two = tabs.open()
    two.switchTo('s2')
    two.setContactsPerWeek(-5) // out of range: the scenario is not valid until it is fixed
    await settle()
    one.setContactsPerWeek(333)
    await settle()
    // Before, the second tab dropped "Evenings" (it had no saved form there) and the first then
    // removed it as removed there.
    expect(two.scenarios.map((s) => s.name)).toEqual(['Shop', 'Evenings'])
    expect(two.draft.demand.contactsPerWeek).toBe(-5)
    expect(one.scenarios.map((s) => s.scenario.demand.contactsPerWeek)).toEqual([333, 310])
    expect(tabs.open().scenarios.map((s) => s.scenario.demand.contactsPerWeek)).toEqual([333, 310])
  })

  it('a scenario the other tab saved that this one cannot open is kept aside, not saved over in silence', async () => {
    const tabs = twoTabs()
    const two = tabs.open()
    const said: string[] = []
    watch(notices, (list) => said.push(...list.map((n) => n.text)), { flush: 'sync' })
    tabs.mem.storage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        activeId: 's1',
        scenarios: [entry('s1', 'Shop', 300), entry('s9', 'From the future', -5)],
      }),
    )
    await settle()
    expect(two.scenarios.map((s) => s.name)).toContain('Shop')
    expect(keptAside.value.map((k) => k.name)).toContain('From the future')
    expect(said.join(' ')).toMatch(
      /"From the future" could not be opened in this tab, so it is kept aside/,
    )
  })

  it('a number field mid-retype keeps its text while the scenario takes the other tab’s change, and nothing bounces back', async () => {
    const tabs = twoTabs()
    const one = tabs.open()
    const two = tabs.open()
    two.markInvalid('demand.shares.phone', 'Enter a number')
    one.setContactsPerWeek(480)
    await settle()
    expect(two.draft.demand.contactsPerWeek).toBe(480)
    expect(two.errorAt('demand.shares.phone')).toBe('Enter a number')
    expect(one.draft.demand.contactsPerWeek).toBe(480)
    expect(one.scenarios).toHaveLength(1)
    expect(two.scenarios).toHaveLength(1)
  })

  it('a name cleared to be retyped stays blank on screen while the other tab takes it in', async () => {
    const tabs = twoTabs()
    const one = tabs.open()
    const two = tabs.open()
    one.renameScenario(one.activeId, '')
    await settle()
    expect(one.active.name).toBe('')
    expect(two.active.name).toBe('Untitled scenario')
    expect(tabs.writes()).toBe(1)
  })

  it('saved data this tab cannot read is not taken in, and the tab says to reload', async () => {
    const tabs = twoTabs()
    const two = tabs.open()
    tabs.mem.storage.setItem(STORAGE_KEY, JSON.stringify({ version: 9, scenarios: [] }))
    await settle()
    expect(two.scenarios).toHaveLength(1)
    expect(notices.value.map((n) => n.text).join(' ')).toMatch(
      /Another tab of the planner saved scenarios this one cannot read \(This saved data was written by a newer version/,
    )
  })
})
