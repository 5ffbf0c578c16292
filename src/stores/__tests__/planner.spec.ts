import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { escalationPaths, recommend, sampleScenario, type Scenario } from '@/engine'
import { catalogScenario } from '@/engine/__tests__/support/catalog-scenario'
import type { AnalysisBackend } from '@/workers/analysis-protocol'
import { setAnalysisBackend, usePlannerStore, VALUE_NEEDED } from '../planner'

const small = (): Scenario =>
  catalogScenario({
    shares: [
      ['phone', 0.5],
      ['email', 0.5],
    ],
    offeredToday: ['phone'],
    contactsPerWeek: 200,
    pattern: 'office-hours',
    coverage: 'extended',
  })

/** A backend that answers when told to, so tests control the order of events. */
function manualBackend() {
  const calls: { scenario: Scenario; resolve: () => void }[] = []
  const backend: AnalysisBackend = (scenario) =>
    new Promise((resolve) => {
      calls.push({
        scenario,
        resolve: () => resolve({ recommendation: recommend(scenario), milliseconds: 1 }),
      })
    })
  return { backend, calls }
}

describe('planner store', () => {
  let manual: ReturnType<typeof manualBackend>
  beforeEach(() => {
    vi.useFakeTimers()
    manual = manualBackend()
    setAnalysisBackend(() => manual.backend)
    setActivePinia(createPinia())
  })

  async function flush(): Promise<void> {
    await vi.runAllTimersAsync()
    await nextTick()
  }

  it('analyses the sample it opens with', async () => {
    const store = usePlannerStore()
    expect(store.draft.business.name).toBe(sampleScenario().business.name)
    await flush()
    expect(manual.calls).toHaveLength(1)
    store.load(small(), 'test')
    await flush()
    manual.calls.at(-1)?.resolve()
    await flush()
    expect(store.recommendation?.recommended.size).toBeGreaterThanOrEqual(1)
    expect(store.current).toBe(true)
  })

  it('keeps the last answer while an input is invalid, and says which field and why', async () => {
    const store = usePlannerStore()
    store.load(small(), 'test')
    await flush()
    manual.calls.at(-1)?.resolve()
    await flush()
    const answer = store.recommendation
    const runs = manual.calls.length
    store.setContactsPerWeek(-5)
    await flush()
    expect(store.isValid).toBe(false)
    expect(store.errorAt('demand.contactsPerWeek')).toMatch(
      /^Contacts per week must be between 0 and 1\s000\s000 contacts$/,
    )
    expect(manual.calls).toHaveLength(runs)
    expect(store.recommendation).toBe(answer)
    expect(store.current).toBe(false)
  })

  it('coalesces a burst of edits into one run and shows only the latest answer', async () => {
    const store = usePlannerStore()
    store.load(small(), 'test')
    await flush()
    const before = manual.calls.length
    for (const n of [210, 220, 230]) {
      store.setContactsPerWeek(n)
      await nextTick()
    }
    await flush()
    expect(manual.calls.length).toBe(before + 1)
    expect(manual.calls.at(-1)?.scenario.demand.contactsPerWeek).toBe(230)
  })

  it('reports a failed analysis in words', async () => {
    setActivePinia(createPinia())
    setAnalysisBackend(() => () => Promise.reject(new Error('worker crashed')))
    const store = usePlannerStore()
    await flush()
    expect(store.state).toBe('failed')
    expect(store.failure).toBe('worker crashed')
  })
})

describe('planner store edits', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    // Edits are the subject here: an analysis the store starts never answers.
    setAnalysisBackend(() => () => new Promise(() => undefined))
    setActivePinia(createPinia())
  })

  /** Waits past the history's pause, so the edit is one step to undo. */
  async function pause(): Promise<void> {
    await vi.advanceTimersByTimeAsync(500)
    await nextTick()
  }

  type Store = ReturnType<typeof usePlannerStore>
  const phone = (store: Store) => store.draft.channels.find((c) => c.id === 'phone')
  const edits: [string, (store: Store) => void, (store: Store) => unknown][] = [
    [
      'a business field',
      (s) => s.setBusinessField('costPerHour', 31),
      (s) => s.draft.business.costPerHour,
    ],
    [
      'the business name',
      (s) => s.setBusinessField('name', 'Harbour'),
      (s) => s.draft.business.name,
    ],
    [
      'a planning setting',
      (s) => s.setAnalysisSetting('mode', 'fixed-hours'),
      (s) => s.draft.analysis.mode,
    ],
    ['the value at risk', (s) => s.setValueAtRisk(12), (s) => s.draft.valueAtRiskPerLostContact],
    [
      'the contacts a week',
      (s) => s.setContactsPerWeek(640),
      (s) => s.draft.demand.contactsPerWeek,
    ],
    [
      'the weekly pattern',
      (s) => s.setPattern(new Array<number>(168).fill(1)),
      (s) => s.draft.demand.pattern[3],
    ],
    ['the shares', (s) => s.setShares({ phone: 1 }), (s) => s.draft.demand.shares.phone],
    [
      'self-service',
      (s) => s.setSelfServiceField('enabled', false),
      (s) => s.draft.selfService.enabled,
    ],
    [
      'a channel field',
      (s) => s.setChannelField('phone', 'targetShare', 0.9),
      (s) => phone(s)?.targetShare,
    ],
    [
      'a channel patch',
      (s) => s.updateChannel('phone', { handleMinutes: 9, candidate: false }),
      (s) => [phone(s)?.handleMinutes, phone(s)?.candidate],
    ],
    [
      'a channel’s hours',
      (s) => s.setCoverage('phone', new Array<boolean>(168).fill(true)),
      (s) => phone(s)?.coverage.filter(Boolean).length,
    ],
  ]

  it.each(edits)(
    '%s: one step that undo takes back and redo brings again',
    async (_, edit, read) => {
      const store = usePlannerStore()
      const before = structuredClone(read(store))
      edit(store)
      const after = structuredClone(read(store))
      expect(after).not.toEqual(before)
      await pause()
      expect(store.canUndo).toBe(true)
      store.undo()
      await nextTick()
      expect(read(store)).toEqual(before)
      store.redo()
      await nextTick()
      expect(read(store)).toEqual(after)
    },
  )

  it('clears an optional field; a required one given no value keeps its number and says so', async () => {
    const store = usePlannerStore()
    store.setBusinessField('staffHoursPerWeek', 120)
    expect(store.draft.business.staffHoursPerWeek).toBe(120)
    store.setBusinessField('staffHoursPerWeek', undefined)
    expect('staffHoursPerWeek' in store.draft.business).toBe(false)
    expect(store.isValid).toBe(true)

    store.setContactsPerWeek(undefined)
    expect(store.draft.demand.contactsPerWeek).toBe(400)
    expect(store.isValid).toBe(false)
    expect(store.errorAt('demand.contactsPerWeek')).toBe(VALUE_NEEDED)
    store.setContactsPerWeek(450)
    expect(store.isValid).toBe(true)
    expect(store.errorAt('demand.contactsPerWeek')).toBeUndefined()

    store.setChannelField('phone', 'patienceSeconds', 120)
    expect(phone(store)?.patienceSeconds).toBe(120)
    store.setChannelField('phone', 'patienceSeconds', undefined)
    expect(phone(store)).toBeDefined()
    expect(Object.keys(phone(store) ?? {})).not.toContain('patienceSeconds')
    store.setChannelField('phone', 'handleMinutes', undefined)
    const index = store.draft.channels.findIndex((c) => c.id === 'phone')
    expect(store.errorAt(`channels.${index}.handleMinutes`)).toBe(VALUE_NEEDED)
  })

  it('escalation: a share between 0 and 100 %, cleared by an empty field; one target ends it', () => {
    const store = usePlannerStore()
    store.setAnalysisSetting('escalationShare', 0.2)
    expect(store.isValid).toBe(true)
    store.setAnalysisSetting('escalationShare', 1.5)
    expect(store.isValid).toBe(false)
    expect(store.errorAt('analysis.escalationShare')).toMatch(
      /^Customers who move to a faster public page must be between 0 and 100/,
    )
    store.setAnalysisSetting('escalationShare', undefined)
    expect('escalationShare' in store.draft.analysis).toBe(false)
    expect(store.isValid).toBe(true)
    // The sample's public pages answer faster than its slowest private written channel; one
    // response target gives each of them that channel's target time, and then none is faster.
    const candidates = () => store.draft.channels.filter((c) => c.candidate)
    const slowest = Math.max(
      ...candidates()
        .filter((c) => !c.isPublic && c.kind === 'async')
        .map((c) => c.targetSeconds),
    )
    const faster = candidates().filter((c) => c.isPublic && c.targetSeconds < slowest)
    expect(faster.length).toBeGreaterThan(0)
    store.applyOneResponseTarget()
    for (const c of faster) {
      expect(store.draft.channels.find((d) => d.id === c.id)?.targetSeconds).toBe(slowest)
    }
    expect(escalationPaths(store.draft)).toEqual([])
  })

  it('text that is not a number marks its field; the scenario and the last valid one stay', async () => {
    const store = usePlannerStore()
    await vi.advanceTimersByTimeAsync(100)
    const kept = store.lastValid
    store.markInvalid('demand.contactsPerWeek', 'Contacts a week must be a number, like 12.5')
    await nextTick()
    expect(store.isValid).toBe(false)
    expect(store.current).toBe(false)
    expect(store.errorAt('demand.contactsPerWeek')).toBe(
      'Contacts a week must be a number, like 12.5',
    )
    expect(store.draft.demand.contactsPerWeek).toBe(400)
    expect(store.lastValid).toEqual(kept)
    store.markInvalid('demand.contactsPerWeek', undefined)
    expect(store.isValid).toBe(true)
    expect(store.errorAt('demand.contactsPerWeek')).toBeUndefined()
  })

  it('an edit to a channel that is not there changes nothing', async () => {
    const store = usePlannerStore()
    const before = JSON.stringify(store.draft)
    store.setChannelField('no-such-channel', 'targetShare', 0.5)
    store.updateChannel('no-such-channel', { name: 'x' })
    expect(JSON.stringify(store.draft)).toBe(before)
  })

  it('opens a shared scenario beside the others', () => {
    const store = usePlannerStore()
    const shared = sampleScenario()
    shared.business.name = 'Harbour Books'
    const id = store.openShared(shared)
    expect(store.activeId).toBe(id)
    expect(store.scenarios).toHaveLength(2)
    expect(store.active.name).toBe('Harbour Books (shared)')
    expect(store.presetId).toBe('shared')
  })

  it('at 30 scenarios adds none, and says so by returning no id', () => {
    const store = usePlannerStore()
    for (let n = 1; n < 30; n++) store.addScenario()
    expect(store.scenarios).toHaveLength(30)
    expect(store.canAdd).toBe(false)
    const open = store.activeId
    const shared = sampleScenario()
    shared.business.name = 'Harbour Books'
    // Before: each returned the open scenario's id, as if it had been added.
    expect(store.openShared(shared)).toBeUndefined()
    expect(store.addScenario(shared)).toBeUndefined()
    expect(store.duplicateScenario()).toBeUndefined()
    expect(store.scenarios).toHaveLength(30)
    expect(store.activeId).toBe(open)
    expect(store.presetId).not.toBe('shared')
    store.removeScenario(open)
    expect(store.canAdd).toBe(true)
    expect(store.openShared(shared)).toBe(store.activeId)
  })
})

describe('planner store life', () => {
  it('disposing the store lets its analysis backend go', async () => {
    vi.useFakeTimers()
    const dispose = vi.fn()
    const backend: AnalysisBackend = () => new Promise(() => undefined)
    backend.dispose = dispose
    setAnalysisBackend(() => backend)
    setActivePinia(createPinia())
    const store = usePlannerStore()
    await vi.advanceTimersByTimeAsync(100)
    expect(store.state).toBe('running')
    store.$dispose()
    expect(dispose).toHaveBeenCalledOnce()
    vi.useRealTimers()
  })
})
