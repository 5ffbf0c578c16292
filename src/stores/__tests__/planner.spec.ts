import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { recommend, sampleScenario, type Scenario } from '@/engine'
import { catalogScenario } from '@/engine/__tests__/support/catalog-scenario'
import type { AnalysisBackend } from '@/workers/analysis-protocol'
import { setAnalysisBackend, usePlannerStore } from '../planner'

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
    store.draft.demand.contactsPerWeek = -5
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
      store.draft.demand.contactsPerWeek = n
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
