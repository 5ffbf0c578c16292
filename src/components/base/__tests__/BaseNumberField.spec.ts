import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BaseNumberField from '../BaseNumberField.vue'

const mountField = (props: Record<string, unknown> = {}) =>
  mount(BaseNumberField, {
    props: { id: 'handle', label: 'Handle time', unit: 'minutes', modelValue: '3', ...props },
  })

describe('BaseNumberField', () => {
  it('labels its input and describes it with the hint', () => {
    const w = mountField({ hint: 'Talk plus wrap-up.' })
    const input = w.get('input')
    expect(w.get('label').attributes('for')).toBe('handle')
    expect(input.attributes('id')).toBe('handle')
    expect(input.attributes('aria-describedby')).toBe('handle-hint handle-error')
    expect(input.attributes('aria-invalid')).toBe('false')
    expect(w.get('#handle-hint').text()).toBe('Talk plus wrap-up.')
  })

  it('shows its error beside the field and marks the input invalid', () => {
    const w = mountField({ error: 'Handle time must be between 0.1 and 240 minutes' })
    expect(w.get('input').attributes('aria-invalid')).toBe('true')
    expect(w.get('#handle-error').text()).toBe('Handle time must be between 0.1 and 240 minutes')
    expect(w.classes()).toContain('number-field--invalid')
  })

  it('emits the typed text unchanged (validation happens in the schema)', async () => {
    const w = mountField()
    await w.get('input').setValue('4.5')
    expect(w.emitted('update:modelValue')?.[0]).toEqual(['4.5'])
  })

  it('says when the field is optional', () => {
    expect(mountField({ optional: true }).get('label').text()).toContain('(optional)')
  })
})
