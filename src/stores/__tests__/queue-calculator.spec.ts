import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useQueueCalculatorStore } from '../queue-calculator'

describe('queue calculator store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('opens on the worked example: 14 agents', () => {
    const store = useQueueCalculatorStore()
    expect(store.isValid).toBe(true)
    expect(store.outcome.ok && store.outcome.answer.agents).toBe(14)
  })

  it('recomputes when an input changes: 6-minute calls double the work → 25 agents', () => {
    // A = 200 × 6/60 = 20 E. Erlang C with 360 s handle, target 20 s (mpmath, via
    // scripts/erlang_reference.py): 24 agents → SL 0.761, 25 → 0.842. So 25.
    const store = useQueueCalculatorStore()
    store.form.handleMinutes = '6'
    expect(store.question.handleSeconds).toBe(360)
    expect(store.outcome.ok && store.outcome.answer.trafficErlangs).toBe(20)
    expect(store.outcome.ok && store.outcome.answer.agents).toBe(25)
  })

  it('keeps the last valid answer while a field is invalid, and names the field', () => {
    const store = useQueueCalculatorStore()
    store.form.contactsPerHour = '100'
    const before = store.outcome.ok ? store.outcome.answer.agents : -1
    store.form.handleMinutes = 'abc'
    expect(store.isValid).toBe(false)
    expect(store.errors).toEqual({ handleMinutes: 'Handle time must be a number, like 12.5' })
    expect(store.outcome.ok && store.outcome.answer.agents).toBe(before)
    expect(store.question.contactsPerHour).toBe(100)
  })

  it('reset returns to the worked example', () => {
    const store = useQueueCalculatorStore()
    store.form.targetPercent = '95'
    store.reset()
    expect(store.form.targetPercent).toBe('80')
    expect(store.outcome.ok && store.outcome.answer.agents).toBe(14)
  })
})
