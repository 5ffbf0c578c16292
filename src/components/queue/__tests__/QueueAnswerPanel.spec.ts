import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { useQueueCalculatorStore } from '@/stores/queue-calculator'
import QueueAnswerPanel from '../QueueAnswerPanel.vue'

describe('QueueAnswerPanel', () => {
  beforeEach(() => setActivePinia(createPinia()))

  const facts = (w: ReturnType<typeof mount>) =>
    Object.fromEntries(
      w.findAll('.answer__fact').map((f) => [f.get('dt').text(), f.get('dd').text()]),
    )

  it('shows the worked example answer: 14 agents, 88.8 %, 7.8 s', () => {
    const w = mount(QueueAnswerPanel)
    expect(w.get('[data-testid="agents-needed"]').text()).toMatch(/^14\s+agents on the queue$/)
    const f = facts(w)
    expect(f['Answered within target']).toMatch(/^88\.8\s?%$/)
    expect(f['Callers who wait at all']).toMatch(/^17\.4\s?%$/)
    expect(f['Average wait']).toMatch(/^7\.8/)
    expect(f['Callers who hang up']).toBe('none assumed')
    expect(f['Workload']).toBe('10.00 Erlangs')
  })

  it('reports hang-ups when patience is set', async () => {
    const w = mount(QueueAnswerPanel)
    useQueueCalculatorStore().form.patienceSeconds = '120'
    await nextTick()
    expect(facts(w)['Callers who hang up']).toMatch(/^\d+(\.\d)?\s?%$/)
  })

  it('says "1 agent" in the singular', async () => {
    const w = mount(QueueAnswerPanel)
    useQueueCalculatorStore().form.contactsPerHour = '1'
    await nextTick()
    expect(w.get('[data-testid="agents-needed"]').text()).toMatch(/^1\s+agent on the queue$/)
  })

  it('marks the answer stale while an input is invalid', async () => {
    const w = mount(QueueAnswerPanel)
    useQueueCalculatorStore().form.handleMinutes = ''
    await nextTick()
    expect(w.classes()).toContain('answer--stale')
    expect(w.get('[data-testid="answer-status"]').text()).toMatch(/last valid answer/)
    expect(w.get('[data-testid="agents-needed"]').text()).toMatch(/^14/)
  })
})
