import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { recommend, sampleScenario, type Recommendation, type Scenario } from '@/engine'
import type { AnalysisBackend } from '@/workers/analysis-protocol'
import { workerBackend } from '@/workers/analysis-client'
import { fakeWorkers } from '@/workers/__tests__/fake-workers'
import { setAnalysisBackend, usePlannerStore } from '@/stores/planner'
import CompareView from '../CompareView.vue'

vi.mock(
  'vue-chartjs',
  async () => (await import('@/components/answer/__tests__/chart-stub')).chartStubs,
)

/** The sample with only the phone to consider: a small, quick analysis. */
function phoneOnly(): Scenario {
  const s = sampleScenario()
  for (const c of s.channels) c.candidate = c.id === 'phone'
  return s
}

describe('CompareView', () => {
  let workers: ReturnType<typeof fakeWorkers>
  beforeEach(() => {
    // The planner's own analysis waits for its settle timer, which never fires here: every
    // worker made below is the compare page's.
    vi.useFakeTimers()
    workers = fakeWorkers()
    setAnalysisBackend(() => workerBackend(workers.create))
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('starts a worker of its own when it opens and ends it when it closes, every visit', async () => {
    expect.hasAssertions()
    const store = usePlannerStore()
    store.duplicateScenario()
    for (const visit of [1, 2]) {
      const w = mount(CompareView)
      await flushPromises()
      expect(workers.made).toHaveLength(visit)
      const worker = workers.made[visit - 1]
      expect(worker?.posted.map((m) => m.type)).toEqual(['analyse'])
      expect(w.get('.compare__status').text()).toBe('Working out the answers…')
      expect(worker?.terminate).not.toHaveBeenCalled()
      w.unmount()
      expect(worker?.terminate).toHaveBeenCalledOnce()
    }
    expect(workers.made.every((m) => m.terminate.mock.calls.length === 1)).toBe(true)
  })

  it('leaves out a scenario with an input to fix, and says so, beside the others’ answers', async () => {
    const answer: Recommendation = recommend(phoneOnly())
    const sent: number[] = []
    const backend: AnalysisBackend = (scenario) => {
      sent.push(scenario.demand.contactsPerWeek)
      return Promise.resolve({ recommendation: answer, milliseconds: 1 })
    }
    setAnalysisBackend(() => backend)
    const store = usePlannerStore()
    store.renameScenario(store.activeId, 'Shop')
    store.duplicateScenario()
    store.renameScenario(store.activeId, 'Broken')
    store.setContactsPerWeek(-5)
    const w = mount(CompareView)
    await flushPromises()
    expect(sent).toEqual([400])
    expect(w.get('.compare__status').text()).toBe(
      '"Broken" has an input to fix in the planner; it is left out.',
    )
    const recommended = w.findAll('.compare__strong').map((c) => c.text())
    expect(recommended).toEqual(['Phone', '…'])
    w.unmount()
  })
})
