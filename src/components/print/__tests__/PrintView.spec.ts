import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { recommend, sampleScenario } from '@/engine'
import { setAnalysisBackend, usePlannerStore } from '@/stores/planner'
import PrintView from '@/views/PrintView.vue'
import { directBackend } from '@/workers/direct-backend'

vi.mock(
  'vue-chartjs',
  async () => (await import('@/components/answer/__tests__/chart-stub')).chartStubs,
)

/** Waits for the store's settle timer and the analysis it starts. */
async function settle(): Promise<void> {
  await vi.runAllTimersAsync()
  await flushPromises()
  await nextTick()
}

describe('PrintView', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    setAnalysisBackend(() => directBackend)
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('says it is working before the first answer, and shows the rest already', () => {
    const w = mount(PrintView)
    expect(w.get('h2#print-title').text()).toBe('Riverside Cycles')
    expect(w.text()).toContain('Working out the answer…')
    expect(w.text()).toContain('The scenario in brief')
    expect(w.text()).toContain('The assumptions')
    expect(w.find('[data-testid="recommended-channels"]').exists()).toBe(false)
  })

  it('shows the business, the date, the scenario, the answer, the charts, the table and the assumptions', async () => {
    const w = mount(PrintView, { attachTo: document.body })
    await settle()
    const store = usePlannerStore()
    expect(store.recommendation).toBeDefined()

    expect(w.get('#print-title').text()).toBe('Riverside Cycles')
    expect(w.get('.print-view__date').text()).toBe(
      new Intl.DateTimeFormat('en-IE', { dateStyle: 'long' }).format(new Date()),
    )
    // The scenario in brief.
    const facts = w.findAll('.scenario-brief__fact').map((f) => f.text())
    expect(facts).toContain('Contacts a week400')
    expect(facts).toContain('When they get in touchRetail: evenings and weekends')
    expect(facts).toContain('Cost of a staff hour€28')
    const phone = w.findAll('.scenario-brief__channels tbody tr')[0]?.findAll('th, td')
    expect(phone?.map((c) => c.text().replace(/\u00a0/g, ' '))).toEqual([
      'Phone',
      'yes',
      'yes',
      '25%',
      '80% within 20 s',
      'Weekdays 8–20, Saturday 9–17',
    ])

    // The answer, the spread-thin chart with its table open, hours by channel, ten portfolios.
    expect(w.get('[data-testid="recommended-channels"]').text()).toBe(
      store.recommendation?.recommended.channelIds
        .map((id) => store.draft.channels.find((c) => c.id === id)?.name)
        .join(' + '),
    )
    expect(w.get('[data-testid="recommendation-reason"]').text()).toBe(store.recommendation?.reason)
    expect(w.find('[data-testid="spread-thin-table"]').exists()).toBe(true)
    const details = w.findAll('details')
    expect(details.length).toBeGreaterThanOrEqual(2)
    expect(details.every((d) => (d.element as HTMLDetailsElement).open)).toBe(true)
    expect(w.findAll('.chart-stub')).toHaveLength(2)
    expect(w.findAll('.portfolio-table tbody tr').length).toBeGreaterThanOrEqual(10)

    // The assumptions, with the catalog's sources.
    const assumptions = w
      .get('.assumptions')
      .text()
      .replace(/\u00a0/g, ' ')
    expect(assumptions).toContain('Shrinkage')
    expect(assumptions).toContain('30%')
    expect(assumptions).toContain('Value of a lost customer')
    expect(assumptions).toContain('€35')
    expect(assumptions).toContain('2× a private one')
    expect(assumptions).toContain(
      'Handle time: 6 min — source: ContactBabel 2014/15 via callcentrehelper.com and destinationcrm.com',
    )
    // The method's sources, from docs/methodology.md.
    expect(w.get('.method-sources').text()).toContain(
      'Square-root staffing: Halfin and Whitt (1981).',
    )
    w.unmount()
  })

  it('marks a changed figure as the user’s own', async () => {
    setAnalysisBackend(() => () => new Promise(() => undefined))
    const store = usePlannerStore()
    const w = mount(PrintView)
    store.draft.channels[0]!.handleMinutes = 7.5
    await nextTick()
    expect(
      w
        .get('.assumptions')
        .text()
        .replace(/\u00a0/g, ' '),
    ).toContain('Handle time: 7.5 min — your own figure (default 6 min)')
  })

  it('has a print button that opens the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    const w = mount(PrintView)
    const button = w.findAll('button').find((b) => b.text() === 'Print or save as PDF')
    expect(button).toBeDefined()
    expect(button?.element.closest('.no-print')).not.toBeNull()
    await button?.trigger('click')
    expect(print).toHaveBeenCalledOnce()
  })

  it('uses the scenario the answer is for, and says when the inputs have moved on', async () => {
    setAnalysisBackend(() => () => new Promise(() => undefined))
    const store = usePlannerStore()
    const analysed = sampleScenario()
    analysed.business.name = 'Harbour Books'
    store.recommendation = recommend(analysed)
    store.analysed = analysed
    const w = mount(PrintView)
    expect(w.get('#print-title').text()).toBe('Harbour Books')
    store.draft.demand.contactsPerWeek = -1
    await nextTick()
    expect(w.get('.print-view__status').text()).toBe(
      'An input needs fixing: this handout shows the answer for the last valid inputs.',
    )
    expect(w.get('#print-title').text()).toBe('Harbour Books')
  })
})
