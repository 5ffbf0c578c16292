import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAnalysisBackend, usePlannerStore } from '@/stores/planner'
import { stubDialog } from '@/components/__tests__/fixtures/dialog'
import NewScenarioDialog from '../NewScenarioDialog.vue'

beforeAll(stubDialog)

describe('NewScenarioDialog', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    setAnalysisBackend(() => () => new Promise(() => undefined))
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  const button = (w: ReturnType<typeof mount>, name: string) => {
    const b = w.findAll('button').find((x) => x.text() === name)
    if (!b) throw new Error(`no button ${name}`)
    return b
  }
  const field = (w: ReturnType<typeof mount>, label: string) => {
    const l = w.findAll('label').find((x) => x.text().startsWith(label))
    return w.get(`[id="${l?.attributes('for') ?? ''}"]`)
  }

  it('goes from New to the answer in two steps, adding the scenario beside the others', async () => {
    const store = usePlannerStore()
    const w = mount(NewScenarioDialog, { attachTo: document.body })
    await button(w, 'New').trigger('click')
    expect(w.get('dialog').attributes('open')).toBeDefined()
    expect(w.get('h2').text()).toBe('A new scenario (step 1 of 2)')
    await field(w, 'Your business').setValue('Corner Café')
    await field(w, 'Contacts a week').setValue('40')
    await w.get('form').trigger('submit')
    expect(w.get('h2').text()).toBe('A new scenario (step 2 of 2)')
    // Phone and email are ticked to start with; add Instagram.
    const boxes = w.findAll('input[type="checkbox"]')
    expect(boxes.filter((b) => (b.element as HTMLInputElement).checked)).toHaveLength(2)
    await w
      .findAll('label')
      .find((l) => l.text() === 'Instagram')
      ?.get('input')
      .setValue(true)
    await field(w, 'Hours a week').setValue('6')
    await w.get('form').trigger('submit')
    expect(w.get('dialog').attributes('open')).toBeUndefined()
    expect(store.scenarios).toHaveLength(2)
    expect(store.active.name).toBe('Corner Café')
    expect(store.draft.demand.contactsPerWeek).toBe(40)
    expect(store.draft.business.staffHoursPerWeek).toBe(6)
    expect(store.draft.channels.filter((c) => c.offeredToday).map((c) => c.id)).toEqual([
      'phone',
      'email',
      'instagram',
    ])
    expect(store.isValid).toBe(true)
  })

  it('refuses a bad number beside its field and stays on the step', async () => {
    const store = usePlannerStore()
    const w = mount(NewScenarioDialog, { attachTo: document.body })
    await button(w, 'New').trigger('click')
    const contacts = field(w, 'Contacts a week')
    await contacts.setValue('lots')
    await w.get('form').trigger('submit')
    expect(w.get('h2').text()).toBe('A new scenario (step 1 of 2)')
    expect(contacts.attributes('aria-invalid')).toBe('true')
    expect(w.text()).toContain('Enter a number, like 120')
    await contacts.setValue('5')
    await w.get('form').trigger('submit')
    await field(w, 'Hours a week').setValue('-3')
    await w.get('form').trigger('submit')
    expect(w.text()).toContain('Enter a number from 1 to 2,000')
    expect(store.scenarios).toHaveLength(1)
  })

  it('Cancel changes nothing', async () => {
    const store = usePlannerStore()
    const w = mount(NewScenarioDialog, { attachTo: document.body })
    await button(w, 'New').trigger('click')
    await button(w, 'Cancel').trigger('click')
    expect(w.get('dialog').attributes('open')).toBeUndefined()
    expect(store.scenarios).toHaveLength(1)
    expect(document.activeElement).toBe(button(w, 'New').element)
  })
})
