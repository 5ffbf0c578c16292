import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import type { Recommendation } from '@/engine'
import {
  chatAlone,
  defined,
  FIXTURE_REASON,
  fixtureRecommendation,
  fixtureScenario,
  sweptPortfolios,
} from '@/components/__tests__/fixtures/answer'
import { setAnalysisBackend, usePlannerStore } from '@/stores/planner'
import type { AnalysisBackend } from '@/workers/analysis-protocol'
import PrintView from '@/views/PrintView.vue'

vi.mock(
  'vue-chartjs',
  async () => (await import('@/components/answer/__tests__/chart-stub')).chartStubs,
)

/**
 * The fixture's answer, with five more sets after its seven (copies of Live chat alone, ranked
 * last) so the handout's limit of ten shows.
 */
function twelveSets(): Recommendation {
  const r = fixtureRecommendation()
  const filler = Array.from({ length: 5 }, (_, i) => ({ ...chatAlone(), mask: 8 + i }))
  return { ...r, analysis: { ...r.analysis, portfolios: [...sweptPortfolios(), ...filler] } }
}

/** Answers every scenario with the same hand-built recommendation, after a tick. */
function answering(recommendation: Recommendation): AnalysisBackend {
  return () => Promise.resolve({ recommendation, milliseconds: 1 })
}

/** A backend that never answers: the handout shows only what the test puts in the store. */
const silent: AnalysisBackend = () => new Promise(() => undefined)

/** Waits for the store's settle timer and the analysis it starts. */
async function settle(): Promise<void> {
  await vi.runAllTimersAsync()
  await flushPromises()
  await nextTick()
}

const plain = (text: string) => text.replace(/\u00a0/g, ' ')

/** The store, editing the fixture's scenario (Harbour Books). */
function plannerWithFixture(backend: AnalysisBackend) {
  setAnalysisBackend(() => backend)
  const store = usePlannerStore()
  store.load(fixtureScenario(), 'fixture')
  return store
}

describe('PrintView', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('says it is working before the first answer, and shows the rest already', () => {
    plannerWithFixture(silent)
    const w = mount(PrintView)
    expect(w.get('h2#print-title').text()).toBe('Harbour Books')
    expect(w.text()).toContain('Working out the answer…')
    expect(w.text()).toContain('The scenario in brief')
    expect(w.text()).toContain('The assumptions')
    expect(w.find('[data-testid="recommended-channels"]').exists()).toBe(false)
  })

  it('shows the business, the date, the scenario, the answer, the charts, the table and the assumptions', async () => {
    const recommendation = twelveSets()
    const store = plannerWithFixture(answering(recommendation))
    expect(store.isValid).toBe(true)
    const w = mount(PrintView, { attachTo: document.body })
    await settle()
    expect(store.recommendation).toBe(recommendation)

    expect(w.get('#print-title').text()).toBe('Harbour Books')
    expect(w.get('.print-view__date').text()).toBe(
      new Intl.DateTimeFormat('en-IE', { dateStyle: 'long' }).format(new Date()),
    )
    // The scenario in brief.
    const facts = w.findAll('.scenario-brief__fact').map((f) => f.text())
    expect(facts).toContain('Contacts a week200')
    expect(facts).toContain('When they get in touchOffice hours')
    expect(facts).toContain('Cost of a staff hour€28')
    const rows = w
      .findAll('.scenario-brief__channels tbody tr')
      .map((r) => r.findAll('th, td').map((c) => plain(c.text())))
    // Offered today, considered, share, the catalog's targets, the fixture's hours of cover.
    expect(rows).toEqual([
      ['Phone', 'yes', 'yes', '50%', '80% within 20 s', 'Your own hours (8 h a week)'],
      ['Email', 'no', 'yes', '30%', '80% within 4 h', 'Your own hours (48 h a week)'],
      ['Live chat', 'yes', 'yes', '20%', '80% within 60 s', 'Weekdays 9–17'],
    ])

    // The answer: Phone + Email (exact: 16 h, €448, 90 %) beside today's Phone + Live chat.
    expect(w.get('[data-testid="recommended-channels"]').text()).toBe('Phone + Email')
    expect(w.get('[data-testid="recommendation-reason"]').text()).toBe(FIXTURE_REASON)
    const card = w
      .findAll('.recommendation__compare tbody tr')
      .map((r) => r.findAll('td').map((c) => plain(c.text())))
    expect(card.slice(0, 4)).toEqual([
      ['yes', 'as far as cover allows'],
      ['16 h', '18 h'],
      ['€448', '€524'],
      ['90%', '75%'],
    ])
    // The spread-thin chart with its table open, hours by channel, the ten best of twelve sets.
    expect(w.findAll('[data-testid="spread-thin-table"] tbody tr')).toHaveLength(3)
    const details = w.findAll('details')
    // What the causes mean, the two charts' tables, and what the ranking's columns mean.
    expect(details).toHaveLength(4)
    expect(details.map((d) => d.element instanceof HTMLDetailsElement && d.element.open)).toEqual([
      true,
      true,
      true,
      true,
    ])
    expect(w.findAll('.chart-stub')).toHaveLength(2)
    const ranks = w.findAll('.portfolio-table tbody tr').map((r) => r.get('th').text())
    expect(ranks).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    // The table marks the two sets and shows the exact figures: Phone + Email 90.0 % within
    // target, not the sweep's 88.0 %.
    const table = w.get('.portfolio-table')
    const first = table
      .findAll('tbody tr')[0]
      ?.findAll('td')
      .map((c) => plain(c.text()))
    expect(first?.[0]).toBe('Phone, Email Recommended')
    expect(first?.[4]).toBe('90.0%')
    expect(table.findAll('tbody tr')[5]?.get('td').text()).toBe('Phone, Live chat Your current set')

    // The assumptions, with the catalog's sources.
    const business = w
      .findAll('.assumptions__fact')
      .map((f) => [f.get('dt').text(), plain(f.get('dd').text())])
    expect(business).toEqual([
      ['Shrinkage (paid time not spent on contacts: breaks, meetings, absence)', '20%'],
      ['Busiest a person should be (occupancy cap)', '85%'],
      ['Value of a lost customer (margin lost when a customer goes elsewhere)', '€20'],
      ['A missed target on a public channel counts', '2× a private one'],
      // The fixture sets no escalation to public pages.
      ['Customers who move to a public page that promises a quicker answer', 'none'],
    ])
    expect(plain(w.get('.assumptions').text())).toContain(
      'Handle time: 6 min — source: ContactBabel 2014/15 via callcentrehelper.com and destinationcrm.com',
    )
    // The method's sources, from docs/methodology.md.
    expect(w.get('.method-sources').text()).toContain(
      'Square-root staffing: Halfin and Whitt (1981).',
    )
    w.unmount()
  })

  it('marks a changed figure as the user’s own', async () => {
    const store = plannerWithFixture(silent)
    const w = mount(PrintView)
    defined(store.draft.channels[0], 'Phone').handleMinutes = 7.5
    await nextTick()
    expect(plain(w.get('.assumptions').text())).toContain(
      'Handle time: 7.5 min — your own figure (default 6 min)',
    )
  })

  it('has a print button that opens the print dialog once the handout is complete', async () => {
    // The answer, and a week that cannot be played out: nothing more is coming.
    const backend = answering(fixtureRecommendation())
    backend.week = () => Promise.reject(new Error('no week'))
    plannerWithFixture(backend)
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    const w = mount(PrintView)
    await settle()
    const button = w.findAll('button').find((b) => b.text() === 'Print or save as PDF')
    expect(button).toBeDefined()
    expect(button?.element.closest('.no-print')).not.toBeNull()
    await button?.trigger('click')
    expect(print).toHaveBeenCalledOnce()
  })

  it('uses the scenario the answer is for, and says when the inputs have moved on', async () => {
    const store = plannerWithFixture(silent)
    const analysed = fixtureScenario()
    analysed.business.name = 'Old Harbour Books'
    store.recommendation = fixtureRecommendation()
    store.analysed = analysed
    const w = mount(PrintView)
    expect(w.get('#print-title').text()).toBe('Old Harbour Books')
    store.draft.demand.contactsPerWeek = -1
    await nextTick()
    expect(w.get('.print-view__status').text()).toBe(
      'An input needs fixing: this handout shows the answer for the last valid inputs.',
    )
    expect(w.get('#print-title').text()).toBe('Old Harbour Books')
  })
})
