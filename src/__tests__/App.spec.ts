import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { notices } from '@/composables/notices'
import { setAnalysisBackend } from '@/stores/planner'
import App from '../App.vue'

vi.mock(
  'vue-chartjs',
  async () => (await import('@/components/answer/__tests__/chart-stub')).chartStubs,
)
// Reading saved data never throws; this stands for anything that still might.
vi.mock('@/composables/autosave', async (original) => ({
  ...(await original<typeof import('@/composables/autosave')>()),
  startAutosave: () => {
    throw new RangeError('Maximum call stack size exceeded')
  },
}))

describe('app setup', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    notices.value = []
    setAnalysisBackend(() => () => new Promise(() => undefined))
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('opens the planner from the sample when reading saved scenarios throws, and says so', async () => {
    // Before: the throw escaped setup and the page stayed blank.
    const w = mount(App, { attachTo: document.body })
    await vi.advanceTimersByTimeAsync(0)
    expect(w.find('#scenario-select').exists()).toBe(true)
    const alert = w.get('.notice-bar [role="alert"]')
    expect(alert.text()).toMatch(
      /^Your saved scenarios could not be opened, so you are starting from the sample, and your changes are not being kept/,
    )
    expect(alert.find('.notice-bar__close').exists()).toBe(false) // stays while it holds
    w.unmount()
  })
})
