import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useQueueCalculatorStore } from '@/stores/queue-calculator'
import QueueInputsForm from '../QueueInputsForm.vue'

describe('QueueInputsForm', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('shows every input with a label, filled with the worked example', () => {
    const w = mount(QueueInputsForm)
    const values = Object.fromEntries(
      w.findAll('input').map((i) => [i.attributes('id'), (i.element as HTMLInputElement).value]),
    )
    expect(values).toEqual({
      'contacts-per-hour': '200',
      'handle-minutes': '3',
      'target-percent': '80',
      'target-seconds': '20',
      'max-occupancy': '85',
      'patience-seconds': '',
    })
    for (const input of w.findAll('input')) {
      expect(w.find(`label[for="${input.attributes('id')}"]`).exists()).toBe(true)
    }
  })

  it('writes typed text into the store and shows the message beside a bad field', async () => {
    const w = mount(QueueInputsForm)
    const store = useQueueCalculatorStore()
    await w.get('#target-percent').setValue('120')
    expect(store.form.targetPercent).toBe('120')
    expect(w.get('#target-percent-error').text()).toBe(
      'Target share must be between 1 and 99.9\u2009%',
    )
    expect(w.get('#contacts-per-hour-error').text()).toBe('')
  })

  it('the reset button restores the worked example', async () => {
    const w = mount(QueueInputsForm)
    await w.get('#handle-minutes').setValue('9')
    await w.get('button').trigger('click')
    expect((w.get('#handle-minutes').element as HTMLInputElement).value).toBe('3')
  })
})
