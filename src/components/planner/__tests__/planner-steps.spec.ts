import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { PATTERN_PRESETS } from '@/engine'
import { setAnalysisBackend, usePlannerStore } from '@/stores/planner'
import BusinessStep from '../BusinessStep.vue'
import ChannelsStep from '../ChannelsStep.vue'
import CustomersStep from '../CustomersStep.vue'

/** The steps edit the store through its actions; no analysis is needed to see that. */
describe('planner steps', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    setAnalysisBackend(() => () => new Promise(() => undefined))
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('a number typed in a step reaches the scenario', async () => {
    const store = usePlannerStore()
    const w = mount(CustomersStep)
    await w.get('#contacts-per-week').setValue('640')
    expect(store.draft.demand.contactsPerWeek).toBe(640)
    expect(store.isValid).toBe(true)
  })

  it('text that is not a number: a message beside the field, the scenario kept, the answer not current', async () => {
    const store = usePlannerStore()
    const w = mount(CustomersStep)
    await w.get('#contacts-per-week').setValue('lots')
    await nextTick()
    expect(w.get('#contacts-per-week-error').text()).toBe(
      'Contacts a week must be a number, like 12.5',
    )
    expect(store.draft.demand.contactsPerWeek).toBe(400)
    expect(store.isValid).toBe(false)
    expect(store.errorAt('demand.contactsPerWeek')).toBe(
      'Contacts a week must be a number, like 12.5',
    )
    expect(store.current).toBe(false)
    await w.get('#contacts-per-week').setValue('500')
    await nextTick()
    expect(store.draft.demand.contactsPerWeek).toBe(500)
    expect(store.isValid).toBe(true)
    expect(w.get('#contacts-per-week-error').text()).toBe('')
  })

  it('a number out of range is the schema’s to judge, beside the field', async () => {
    const store = usePlannerStore()
    const w = mount(BusinessStep)
    await w.get('#cost-per-hour').setValue('-3')
    await nextTick()
    expect(store.draft.business.costPerHour).toBe(-3)
    expect(store.isValid).toBe(false)
    expect(w.get('#cost-per-hour-error').text()).toMatch(/^Cost per staff hour must be between/)
  })

  it('the business step’s choices and texts go through the store', async () => {
    const store = usePlannerStore()
    const w = mount(BusinessStep)
    await w.get('input[name="mode"][value="fixed-hours"]').setValue(true)
    expect(store.draft.analysis.mode).toBe('fixed-hours')
    await w.get('input[name="structure"][value="blended"]').setValue(true)
    expect(store.draft.analysis.structure).toBe('blended')
    await w.get('#business-name').setValue('Harbour Books')
    expect(store.draft.business.name).toBe('Harbour Books')
    await w.get('#currency').setValue('GBP')
    expect(store.draft.business.currency).toBe('GBP')
    await w.get('#staff-hours').setValue('')
    expect('staffHoursPerWeek' in store.draft.business).toBe(false)
    await w.get('#staff-hours').setValue('80')
    expect(store.draft.business.staffHoursPerWeek).toBe(80)
  })

  it('alongside other work shows who is on site, each figure checked beside its field', async () => {
    const store = usePlannerStore()
    const w = mount(BusinessStep)
    await w.get('input[name="structure"][value="dedicated"]').setValue(true)
    expect(w.find('#on-site-people').exists()).toBe(false)
    await w.get('input[name="structure"][value="alongside-other-work"]').setValue(true)
    expect(store.draft.analysis.structure).toBe('alongside-other-work')
    await w.get('#on-site-people').setValue('3')
    expect(store.draft.analysis.onSite.people).toBe(3)
    // Typed in %, stored as a share.
    await w.get('#on-site-busy').setValue('45')
    expect(store.draft.analysis.onSite.otherWorkShare).toBe(0.45)
    await w.get('#on-site-spell').setValue('4')
    await w.get('#on-site-interruption').setValue('0.5')
    expect(store.draft.analysis.onSite).toEqual({
      people: 3,
      otherWorkShare: 0.45,
      otherWorkMinutes: 4,
      interruptionMinutes: 0.5,
    })
    expect(store.isValid).toBe(true)
    await w.get('#on-site-people').setValue('2.5')
    await nextTick()
    expect(store.isValid).toBe(false)
    expect(w.get('#on-site-people-error').text()).toBe(
      'People on site must be a whole number of people',
    )
    await w.get('#on-site-busy').setValue('100')
    await nextTick()
    expect(w.get('#on-site-busy-error').text()).toBe(
      'Time on other work must be between 0 and 95\u2009%',
    )
  })

  it('self-service and the weekly pattern go through the store', async () => {
    const store = usePlannerStore()
    const w = mount(CustomersStep)
    const before = store.draft.selfService.enabled
    const selfService = w
      .findAll('label')
      .find((l) => l.text().includes('Customers can find answers themselves'))
      ?.get('input[type="checkbox"]')
    await selfService?.setValue(!before)
    expect(store.draft.selfService.enabled).toBe(!before)
    expect(w.find('#deflection').exists()).toBe(!before)
    await w.get('#pattern').setValue('office-hours')
    expect(store.draft.demand.pattern).toEqual(PATTERN_PRESETS['office-hours'].weights)
  })

  it('a channel card’s edits and refusals reach the store under the channel’s path', async () => {
    const store = usePlannerStore()
    const w = mount(ChannelsStep)
    const index = store.draft.channels.findIndex((c) => c.id === 'email')
    await w.get('#channel-email-target-time').setValue('48')
    expect(store.draft.channels[index]?.targetSeconds).toBe(48 * 3600)
    await w.get('#channel-email-handle').setValue('soon')
    await nextTick()
    expect(store.errorAt(`channels.${index}.handleMinutes`)).toBe(
      'Handle time must be a number, like 12.5',
    )
    expect(store.isValid).toBe(false)
    await w.get('#channel-email-handle').setValue('7')
    await nextTick()
    expect(store.draft.channels[index]?.handleMinutes).toBe(7)
    expect(store.isValid).toBe(true)
  })

  it('a refused field that goes away takes its refusal with it', async () => {
    const store = usePlannerStore()
    const w = mount(ChannelsStep)
    await w.get('#channel-email-handle').setValue('soon')
    await nextTick()
    expect(store.isValid).toBe(false)
    const consider = w.findAll('.channel-card').find((c) => c.text().startsWith('Email'))
    await consider?.get('input[type="checkbox"]').setValue(false)
    await nextTick()
    expect(w.find('#channel-email-handle').exists()).toBe(false)
    expect(store.isValid).toBe(true)
  })
})
