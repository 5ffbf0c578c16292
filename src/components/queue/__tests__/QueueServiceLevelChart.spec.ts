import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { useQueueCalculatorStore } from '@/stores/queue-calculator'
import QueueServiceLevelChart from '../QueueServiceLevelChart.vue'

// jsdom has no canvas: stand in for the chart and record what it is given.
vi.mock('vue-chartjs', () => ({
  Line: defineComponent({
    name: 'LineStub',
    props: { data: { type: Object, required: true }, options: { type: Object, required: true } },
    setup: (props) => () =>
      h('div', { class: 'line-stub', 'data-points': JSON.stringify(props.data) }),
  }),
}))

describe('QueueServiceLevelChart', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('has a caption saying what to see', () => {
    const w = mount(QueueServiceLevelChart)
    expect(w.get('figcaption').text()).toMatch(/large dot is the fewest that meets your target/)
  })

  it('gives the chart the mapped data', () => {
    const w = mount(QueueServiceLevelChart)
    const data = JSON.parse(w.get('.line-stub').attributes('data-points') ?? '{}')
    expect(data.labels[0]).toBe('6')
    expect(data.datasets[0].data[8]).toBe(88.8)
  })

  it('offers the same numbers as a table, the needed count marked', () => {
    const w = mount(QueueServiceLevelChart)
    const rows = w.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()))
    expect(rows).toHaveLength(13)
    expect(rows[0]).toEqual(['6', 'overloaded', 'no limit', '100.0%'])
    expect(rows[8]?.[0]).toBe('14 (needed)')
    expect(rows[8]?.[1]).toBe('88.8%')
  })

  it('updates when the question changes', async () => {
    const w = mount(QueueServiceLevelChart)
    useQueueCalculatorStore().form.contactsPerHour = '20'
    await nextTick()
    const data = JSON.parse(w.get('.line-stub').attributes('data-points') ?? '{}')
    // 20 contacts/h of 3 min = 1 Erlang: the answer is small, so the curve starts at 1 agent.
    expect(data.labels[0]).toBe('1')
  })
})
