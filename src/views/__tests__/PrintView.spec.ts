import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { recommend, sampleScenario, watchWeek, type Recommendation } from '@/engine'
import type { SensitivityAnalysis } from '@/engine'
import { setAnalysisBackend } from '@/stores/planner'
import type { AnalysisBackend } from '@/workers/analysis-protocol'
import PrintView from '@/views/PrintView.vue'

vi.mock(
  'vue-chartjs',
  async () => (await import('@/components/answer/__tests__/chart-stub')).chartStubs,
)

let rec: Recommendation
beforeAll(() => {
  rec = recommend(sampleScenario())
})

/** Answers at once, plays out the week at once; what would change the answer waits for `finish`. */
function backend() {
  let finish: (s: SensitivityAnalysis | undefined) => void = () => undefined
  const b: AnalysisBackend = () => Promise.resolve({ recommendation: rec, milliseconds: 1 })
  b.week = (scenario, sets) => Promise.resolve(sets.map((set) => watchWeek(scenario, set)))
  b.sensitivity = () =>
    new Promise((resolve) => {
      finish = resolve
    })
  return { b, finish: (s: SensitivityAnalysis | undefined) => finish(s) }
}

describe('PrintView', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.restoreAllMocks()
    vi.useRealTimers()
  })

  it('asked to print before the handout is complete, prints once it is', async () => {
    vi.useFakeTimers()
    const { b, finish } = backend()
    setAnalysisBackend(() => b)
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    const w = mount(PrintView)
    await vi.advanceTimersByTimeAsync(1000)
    await flushPromises()
    expect(w.find('[data-testid="week-watch"]').exists()).toBe(true)
    const button = w.findAll('button').find((x) => x.text() === 'Print or save as PDF')
    await button?.trigger('click')
    expect(print).not.toHaveBeenCalled()
    expect(w.get('.print-view__status').text()).toMatch(/^Finishing the handout/)
    finish({
      channelIds: rec.recommended.channelIds,
      share: 'within-target',
      base: { costWithLostValue: 1, share: 0.8, staffHours: 1, targetsReached: true },
      bars: [],
      breakpoints: [],
      steady: [],
      searching: [],
    })
    await flushPromises()
    await vi.advanceTimersByTimeAsync(10)
    expect(print).toHaveBeenCalledTimes(1)
    expect(w.find('.print-view__status').exists()).toBe(false)
    w.unmount()
  })
})
