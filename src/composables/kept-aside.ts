/**
 * What the planner found in this browser and could not open (saved data it cannot read, or one
 * scenario of it), kept aside under a single key until the user downloads or discards it.
 *
 * - One key, whatever happens: keeping the same text again replaces the older copy, so reloading
 *   a page whose saved data is unreadable never fills the storage. Copies that earlier versions
 *   kept under a key of their own per load are gathered into it, and the duplicates removed.
 * - Moving, not copying: once kept here, the text leaves the key it was found under.
 * - A full storage never loses anything: when there is no room to keep an item here, it stays
 *   where it was found (`storedUnder`), is listed all the same, and the saved state holding it is
 *   not overwritten (autosave asks `holds`) until the user downloads or discards it.
 */
import { shallowRef } from 'vue'
import { readKeptAside, writeKeptAside, type KeptAsideItem } from '@/schemas/saved-state'
import { downloadText, fileStem, scenarioFileName } from './scenario-file'
import { showNotice } from './notices'

export const BACKUP_KEY = 'channel-planner:backup'
/** Earlier versions kept every unreadable save under its own key, `<prefix><ISO time>`. */
export const LEGACY_BACKUP_PREFIX = 'channel-planner:backup:'

export interface KeptItem extends KeptAsideItem {
  id: number
  /** The storage key holding its only copy: BACKUP_KEY, or where it was found. */
  storedUnder: string
}

/** Everything kept aside, for the page to list. Replaced, never changed in place. */
export const keptAside = shallowRef<readonly KeptItem[]>([])

/** Where the source of items being kept aside is, and what it holds before and after. */
export interface Source {
  key: string
  original: string
  /** What the key holds once the items are kept: null removes it. */
  replacement: string | null
}

let storage: Storage | undefined
let onFreed: () => void = () => undefined
let nextId = 1

const sameContent = (a: KeptAsideItem, b: KeptAsideItem) =>
  a.kind === b.kind && a.name === b.name && a.text === b.text

function listed(item: KeptAsideItem, storedUnder: string): KeptItem {
  return { ...item, id: nextId++, storedUnder }
}

/**
 * Reads what is kept aside in `store` and gathers the copies earlier versions left under keys of
 * their own. `freed` runs after the user discards something (room made, or a save unblocked).
 */
export function openKeptAside(store: Storage, freed: () => void): void {
  storage = store
  onFreed = freed
  const text = store.getItem(BACKUP_KEY)
  keptAside.value = text === null ? [] : readKeptAside(text).map((i) => listed(i, BACKUP_KEY))

  const legacy: string[] = []
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i)
    if (key?.startsWith(LEGACY_BACKUP_PREFIX)) legacy.push(key)
  }
  for (const key of legacy.sort()) {
    const found = store.getItem(key)
    if (found === null) continue
    const time = key.slice(LEGACY_BACKUP_PREFIX.length)
    const item: KeptAsideItem = {
      kind: 'saved-data',
      name: '',
      reason: 'An earlier visit could not read this saved data',
      keptAt: Number.isNaN(Date.parse(time)) ? '' : time,
      text: found,
    }
    if (keptAside.value.some((k) => k.storedUnder === BACKUP_KEY && sameContent(k, item))) {
      store.removeItem(key) // one more copy of something kept already
    } else {
      keepAside([item], { key, original: found, replacement: null })
    }
  }
}

/**
 * Keeps `items` aside, replacing any kept copy of the same content, then frees `source`. When
 * the storage has no room even once the source is freed, everything is put back as it was and
 * the items are listed where they are ('no-room'): nothing is lost either way.
 */
export function keepAside(items: readonly KeptAsideItem[], source?: Source): 'kept' | 'no-room' {
  const store = storage
  const fresh = (k: KeptItem) => !items.some((item) => sameContent(k, item))
  const kept = keptAside.value.filter((k) => k.storedUnder === BACKUP_KEY && fresh(k))
  const merged: KeptAsideItem[] = [...kept, ...items]
  const others = keptAside.value.filter((k) => k.storedUnder !== BACKUP_KEY && fresh(k))
  const free = (s: Source) => {
    if (s.replacement === null) store?.removeItem(s.key)
    else store?.setItem(s.key, s.replacement)
  }
  const text = writeKeptAside(merged)
  let freed = false
  try {
    if (!store) throw new Error('no storage')
    try {
      store.setItem(BACKUP_KEY, text)
    } catch (error) {
      // Full: the source's own room may be enough once it is freed.
      if (!source) throw error
      free(source)
      freed = true
      store.setItem(BACKUP_KEY, text)
    }
  } catch {
    if (freed && source) {
      try {
        store?.setItem(source.key, source.original)
      } catch {
        // The room it left was just freed; if even that fails, it is still listed on the page.
      }
    }
    keptAside.value = [
      ...keptAside.value.filter(fresh),
      ...items.map((i) => listed(i, source?.key ?? '')),
    ]
    return 'no-room'
  }
  if (source && !freed) {
    try {
      free(source)
    } catch {
      // The source keeps its text: read again on the next visit, it is kept only once.
    }
  }
  keptAside.value = [...merged.map((i) => listed(i, BACKUP_KEY)), ...others]
  return 'kept'
}

/**
 * Another tab changed what is kept aside (`text`, null when it removed it): the list follows, so
 * this tab never writes its older list over the other's.
 */
export function readKeptAgain(text: string | null): void {
  const elsewhere = keptAside.value.filter((k) => k.storedUnder !== BACKUP_KEY)
  const stored = text === null ? [] : readKeptAside(text).map((i) => listed(i, BACKUP_KEY))
  keptAside.value = [...stored, ...elsewhere]
}

/** Whether some item's only copy is under `key` (so that key must not be overwritten). */
export function holds(key: string): boolean {
  return keptAside.value.some((k) => k.storedUnder === key)
}

function writeBackup(items: readonly KeptAsideItem[]): void {
  if (!storage) return
  if (items.length === 0) storage.removeItem(BACKUP_KEY)
  else storage.setItem(BACKUP_KEY, writeKeptAside(items))
}

/** The file an item downloads as: a scenario file, or the saved data exactly as found. */
export function keptFileName(item: KeptAsideItem): string {
  if (item.kind === 'scenario') return scenarioFileName(item.name)
  const day = item.keptAt.slice(0, 10)
  return `${fileStem('channel planner saved data')}${/^\d{4}-\d{2}-\d{2}$/.test(day) ? `-${day}` : ''}.json`
}

export function downloadKept(id: number): void {
  const item = keptAside.value.find((k) => k.id === id)
  if (item) downloadText(keptFileName(item), 'application/json', item.text)
}

/** What an item is called in messages. */
export function keptLabel(item: KeptAsideItem): string {
  return item.kind === 'scenario' ? `"${item.name}"` : 'the saved data that could not be read'
}

/**
 * Discards an item for good: from the backup key, or from where it was found. The notice
 * offers to undo while the page is open.
 */
export function discardKept(id: number): void {
  const item = keptAside.value.find((k) => k.id === id)
  if (!item) return
  const rest = keptAside.value.filter((k) => k.id !== id)
  try {
    if (item.storedUnder === BACKUP_KEY) {
      writeBackup(rest.filter((k) => k.storedUnder === BACKUP_KEY))
    } else if (
      item.kind === 'saved-data' &&
      item.storedUnder !== '' &&
      !rest.some((k) => k.storedUnder === item.storedUnder)
    ) {
      storage?.removeItem(item.storedUnder)
    }
    // A scenario left in the saved state goes with the next save, once nothing else is there.
  } catch {
    showNotice({
      kind: 'error',
      key: 'kept-aside',
      text: `${capitalised(keptLabel(item))} could not be discarded: this browser did not let the planner change its storage.`,
    })
    return
  }
  keptAside.value = rest
  const content: KeptAsideItem = {
    kind: item.kind,
    name: item.name,
    reason: item.reason,
    keptAt: item.keptAt,
    text: item.text,
  }
  showNotice({
    kind: 'info',
    key: 'kept-aside',
    text: `Discarded ${keptLabel(item)}.`,
    action: {
      label: 'Undo',
      run: () => {
        if (keepAside([content]) === 'no-room') {
          showNotice({
            kind: 'error',
            key: 'kept-aside',
            text: `There is no room in this browser's storage to keep ${keptLabel(item)} again; it is listed until you leave the page: download it to keep it.`,
          })
        }
      },
    },
  })
  onFreed()
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
