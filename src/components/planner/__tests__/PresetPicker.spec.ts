import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { SCENARIO_PRESETS } from '@/engine'
import { setAnalysisBackend, usePlannerStore } from '@/stores/planner'
import { stubDialog } from '@/components/__tests__/fixtures/dialog'
import PresetPicker from '../PresetPicker.vue'

beforeAll(stubDialog)

const grocery = SCENARIO_PRESETS.find((p) => p.id === 'grocery-facebook')!

describe('PresetPicker', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    setAnalysisBackend(() => () => new Promise(() => undefined))
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  const button = (w: ReturnType<typeof mount>, name: string) =>
    w.findAll('dialog button').find((b) => b.text() === name)

  it('opens a situation at once over a built-in one unchanged, and the scenario takes its name', async () => {
    const store = usePlannerStore()
    const w = mount(PresetPicker, { attachTo: document.body })
    await w.get('select').setValue(grocery.id)
    expect(w.get('dialog').attributes('open')).toBeUndefined()
    expect(store.draft.business.name).toBe(grocery.build().business.name)
    expect(store.active.name).toBe(grocery.build().business.name)
    expect(store.presetId).toBe(grocery.id)
  })

  it('asks before replacing changes: Cancel keeps them, and the list shows what is open', async () => {
    const store = usePlannerStore()
    store.setContactsPerWeek(123)
    const w = mount(PresetPicker, { attachTo: document.body })
    await w.get('select').setValue(grocery.id)
    expect(w.get('dialog').attributes('open')).toBeDefined()
    expect(w.get('dialog h3').text()).toBe(`Open “${grocery.title}”?`)
    expect(w.get('dialog').text()).toContain('“Riverside Cycles” has changes of yours')
    expect((w.get('select').element as HTMLSelectElement).value).toBe('sample')
    await button(w, 'Cancel')?.trigger('click')
    expect(w.get('dialog').attributes('open')).toBeUndefined()
    expect(store.draft.demand.contactsPerWeek).toBe(123)
    expect(document.activeElement).toBe(w.get('select').element)
  })

  it('replaces the changes when asked to (undo brings them back)', async () => {
    const store = usePlannerStore()
    store.setContactsPerWeek(123)
    await nextTick()
    vi.advanceTimersByTime(1000)
    const w = mount(PresetPicker, { attachTo: document.body })
    await w.get('select').setValue(grocery.id)
    await button(w, 'Replace my changes')?.trigger('click')
    expect(store.draft.business.name).toBe(grocery.build().business.name)
    expect(store.scenarios).toHaveLength(1)
    await nextTick()
    vi.advanceTimersByTime(1000)
    store.undo()
    expect(store.draft.demand.contactsPerWeek).toBe(123)
  })

  it('opens the situation as a new scenario beside the changed one', async () => {
    const store = usePlannerStore()
    store.setContactsPerWeek(123)
    const w = mount(PresetPicker, { attachTo: document.body })
    await w.get('select').setValue(grocery.id)
    await button(w, 'Open as a new scenario')?.trigger('click')
    expect(store.scenarios.map((s) => s.name)).toEqual([
      'Riverside Cycles',
      grocery.build().business.name,
    ])
    expect(store.draft.business.name).toBe(grocery.build().business.name)
    expect(store.scenarios[0]?.scenario.demand.contactsPerWeek).toBe(123)
    expect(store.presetId).toBe(grocery.id)
  })
})
