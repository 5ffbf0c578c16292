import { mount, type VueWrapper } from '@vue/test-utils'
import { Chart } from 'chart.js'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { recommend, sampleScenario, type Recommendation } from '@/engine'
import { reasonText } from '@/composables/reason-text'
import { setAnalysisBackend, usePlannerStore } from '@/stores/planner'
import PresentView from '@/views/PresentView.vue'

vi.mock(
  'vue-chartjs',
  async () => (await import('@/components/answer/__tests__/chart-stub')).chartStubs,
)

let rec: Recommendation
beforeAll(() => {
  rec = recommend(sampleScenario())
})

let wrapper: VueWrapper | undefined

function present() {
  const store = usePlannerStore()
  store.recommendation = rec
  store.analysed = sampleScenario()
  wrapper = mount(PresentView, { attachTo: document.body })
  return { w: wrapper, store }
}

async function press(
  key: string,
  options: KeyboardEventInit = {},
  target: Element = document.body,
) {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options }),
  )
  await nextTick()
}

const indicator = (w: VueWrapper) => w.get('[data-testid="slide-indicator"]')
const slideNumber = (w: VueWrapper) => /Slide (\d) of 9/.exec(indicator(w).text())?.[1]

describe('PresentView', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    // The answer is set by hand; an analysis the store starts never comes back.
    setAnalysisBackend(() => () => new Promise(() => undefined))
    setActivePinia(createPinia())
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('opens on the answer: the channels, the reason and three numbers', () => {
    const { w } = present()
    expect(indicator(w).text()).toBe('Slide 1 of 9: Our recommendation')
    expect(indicator(w).attributes('aria-live')).toBe('polite')
    const stage = w.get('section.present__stage')
    expect(stage.attributes('aria-labelledby')).toBe('present-slide-title')
    expect(w.get('#present-slide-title').text()).toBe('Our recommendation')
    const names = new Map(sampleScenario().channels.map((c) => [c.id, c.name]))
    expect(w.get('[data-testid="present-channels"]').text()).toBe(
      rec.recommended.channelIds.map((id) => names.get(id)).join(' + '),
    )
    // The reason as the planner words it (its words are checked in reason-text.spec.ts).
    expect(w.text()).toContain(reasonText(rec, sampleScenario()))
    expect(w.findAll('.answer-slide__number')).toHaveLength(3)
    expect(w.get('a.present__exit').attributes('href')).toBe('#planner')
  })

  it('moves with the arrows, Page Down / Page Up, Space, Home and End, and stops at the ends', async () => {
    const { w } = present()
    await press('ArrowRight')
    expect(indicator(w).text()).toBe('Slide 2 of 9: Why not the other channels')
    expect(w.find('.left-out, .left-out__none').exists()).toBe(true)
    await press('PageDown')
    expect(slideNumber(w)).toBe('3')
    expect(w.get('#present-slide-title').text()).toBe('What would change the answer')
    expect(w.find('[data-testid="sensitivity"]').exists()).toBe(true)
    await press(' ')
    expect(slideNumber(w)).toBe('4')
    expect(w.get('#present-slide-title').text()).toBe('The cost of spreading thin')
    expect(w.find('.generic-stub').exists()).toBe(true)
    await press(' ', { shiftKey: true })
    expect(slideNumber(w)).toBe('3')
    await press('ArrowLeft')
    expect(slideNumber(w)).toBe('2')
    await press('PageUp')
    expect(slideNumber(w)).toBe('1')
    await press('PageUp')
    expect(slideNumber(w)).toBe('1')
    await press('End')
    expect(slideNumber(w)).toBe('9')
    expect(w.get('#present-slide-title').text()).toBe('Take this scenario with you')
    expect(w.find('[data-testid="present-qr"]').exists()).toBe(true)
    await press('ArrowRight')
    expect(slideNumber(w)).toBe('9')
    await press('ArrowLeft')
    expect(slideNumber(w)).toBe('8')
    expect(w.find('.portfolio-table').exists()).toBe(true)
    await press('Home')
    expect(slideNumber(w)).toBe('1')
  })

  it('leaves keys with modifiers to the browser', async () => {
    const { w } = present()
    await press('ArrowRight', { altKey: true })
    await press('PageDown', { ctrlKey: true })
    expect(slideNumber(w)).toBe('1')
  })

  it('has Previous and Next buttons, marked unavailable at the ends', async () => {
    const { w } = present()
    const [previous, next] = w.findAll('nav[aria-label="Slides"] button')
    expect(previous?.attributes('aria-disabled')).toBe('true')
    await next?.trigger('click')
    expect(slideNumber(w)).toBe('2')
    expect(previous?.attributes('aria-disabled')).toBeUndefined()
    await previous?.trigger('click')
    await previous?.trigger('click')
    expect(slideNumber(w)).toBe('1')
  })

  it('a slider keeps its arrows; the clicker keys move the slides even while it has focus', async () => {
    const { w } = present()
    const slider = w.get('#what-if-contacts').element
    await press('ArrowRight', {}, slider)
    await press('ArrowLeft', {}, slider)
    expect(slideNumber(w)).toBe('1')
    await press('PageDown', {}, slider)
    expect(slideNumber(w)).toBe('2')
    await press('End', {}, slider)
    expect(slideNumber(w)).toBe('9')
    await press('Home', {}, slider)
    expect(slideNumber(w)).toBe('1')
    await press(' ', {}, slider)
    expect(slideNumber(w)).toBe('2')
    await press('PageUp', {}, slider)
    expect(slideNumber(w)).toBe('1')
    // Space on a focused button presses it, once: it does not also turn the slide.
    const next = w.findAll('nav[aria-label="Slides"] button')[1]
    await press(' ', {}, next?.element as Element)
    expect(slideNumber(w)).toBe('1')
  })

  it('hands focus back to the slide after a drag, and on Escape', async () => {
    const { w } = present()
    const stage = w.get('.present__stage').element
    const slider = w.get('#what-if-contacts')
    ;(slider.element as HTMLElement).focus()
    await slider.trigger('pointerdown')
    await slider.setValue('1')
    await slider.trigger('change')
    expect(document.activeElement).toBe(stage)
    // Reached with Tab (no pointer), the slider keeps focus while its arrows move it...
    ;(slider.element as HTMLElement).focus()
    await slider.trigger('change')
    expect(document.activeElement).toBe(slider.element)
    // ...until Escape.
    await slider.trigger('keydown', { key: 'Escape' })
    expect(document.activeElement).toBe(stage)
  })

  it('the contacts slider runs from a quarter to four times the opening value', async () => {
    const { w, store } = present()
    const slider = w.get('#what-if-contacts')
    expect(slider.attributes('min')).toBe('-2')
    expect(slider.attributes('max')).toBe('2')
    expect(slider.attributes('aria-valuetext')).toBe('400 a week (×1.0)')
    await slider.setValue('1')
    expect(store.draft.demand.contactsPerWeek).toBe(800)
    expect(slider.attributes('aria-valuetext')).toBe('800 a week (×2.0)')
    await slider.setValue('-2')
    expect(store.draft.demand.contactsPerWeek).toBe(100)
    await slider.setValue('2')
    expect(store.draft.demand.contactsPerWeek).toBe(1600)
    expect(w.get('.what-if').text()).toContain('1,600 a week (×4.0)')
  })

  it('sets the staff hours and explains when they count, in the words of the slide', async () => {
    const { w, store } = present()
    const slider = w.get('#what-if-hours')
    expect(slider.attributes('max')).toBe('200')
    // The hint names the hours the slide shows for the recommended set: the same figure.
    const slideHours = w
      .findAll('.answer-slide__number')
      .find((n) => n.text().includes('staff hours a week'))
      ?.get('.answer-slide__value')
      .text()
    expect(slideHours).toMatch(/\d/)
    expect(w.get('#what-if-hours-hint').text()).toBe(
      `Counts only when planning with the hours we have: meeting the targets takes ${slideHours} a week.`,
    )
    await slider.setValue('120')
    expect(store.draft.business.staffHoursPerWeek).toBe(120)
    store.setAnalysisSetting('mode', 'fixed-hours')
    await nextTick()
    expect(w.get('#what-if-hours-hint').text()).toMatch(/shared out over the recommended channels/)
  })

  it('switches the planning mode in the room, starting the hours at what the targets take', async () => {
    const { w, store } = present()
    const modes = () => w.findAll('[aria-label="Plan for"] button')
    expect(modes().map((b) => [b.text(), b.attributes('aria-pressed')])).toEqual([
      ['Meet the targets', 'true'],
      ['Use the hours we have', 'false'],
    ])
    store.setBusinessField('staffHoursPerWeek', undefined)
    await modes()[1]?.trigger('click')
    expect(store.draft.analysis.mode).toBe('fixed-hours')
    // No hours were set: they start at the recommended set's hours, rounded up.
    expect(store.draft.business.staffHoursPerWeek).toBe(Math.ceil(rec.recommended.staffHours))
    expect(store.isValid).toBe(true)
    expect(document.activeElement).toBe(w.get('.present__stage').element)
    await modes()[0]?.trigger('click')
    expect(store.draft.analysis.mode).toBe('meet-targets')
  })

  it('keeps the what-ifs beside the saved scenario, with reset and keep', async () => {
    const { w, store } = present()
    const saved = () => store.active.scenario.demand.contactsPerWeek
    const keepBar = () => w.get('[data-testid="what-if-keep"]')
    const button = (name: string) =>
      keepBar()
        .findAll('button')
        .find((b) => b.text() === name)
    expect(keepBar().text()).toContain('The scenario as saved.')
    expect(button('Reset what-ifs')?.attributes('aria-disabled')).toBe('true')
    await w.get('#what-if-contacts').setValue('1')
    // The slide's scenario has 800 a week; the saved one still 400.
    expect(store.draft.demand.contactsPerWeek).toBe(800)
    expect(saved()).toBe(400)
    expect(keepBar().text()).toContain('These what-ifs are not saved in the scenario.')
    expect(store.canUndo).toBe(false)
    await button('Reset what-ifs')?.trigger('click')
    expect(store.draft.demand.contactsPerWeek).toBe(400)
    expect(w.get('#what-if-contacts').attributes('aria-valuetext')).toBe('400 a week (×1.0)')
    await w.get('#what-if-contacts').setValue('-1')
    await button('Keep these changes')?.trigger('click')
    expect(saved()).toBe(200)
    expect(keepBar().text()).toContain('The scenario as saved.')
  })

  it('leaving with what-ifs not kept shows the saved scenario, and offers to keep them', async () => {
    const { notices } = await import('@/composables/notices')
    notices.value = []
    const { w, store } = present()
    await w.get('#what-if-contacts').setValue('1')
    w.unmount()
    wrapper = undefined
    expect(store.draft.demand.contactsPerWeek).toBe(400)
    const notice = notices.value.find((n) => n.key === 'what-ifs')
    expect(notice?.text).toMatch(/were not kept/)
    notice?.action?.run()
    expect(store.draft.demand.contactsPerWeek).toBe(800)
    expect(notices.value.some((n) => n.key === 'what-ifs')).toBe(false)
    // Undo, back on the planner, takes the kept what-ifs back.
    await nextTick()
    vi.advanceTimersByTime(1000)
    store.undo()
    expect(store.draft.demand.contactsPerWeek).toBe(400)
  })

  it('leaving with no what-ifs changed says nothing', async () => {
    const { notices } = await import('@/composables/notices')
    notices.value = []
    const { w } = present()
    w.unmount()
    wrapper = undefined
    expect(notices.value).toEqual([])
  })

  it('has a target slider for each channel offered today or recommended', async () => {
    const { w, store } = present()
    const sliders = () =>
      w.findAll('input[id^="what-if-target-"]').map((i) => i.attributes('id')?.slice(15))
    const shown = new Set([
      'phone',
      'email',
      'facebook',
      'instagram',
      ...rec.recommended.channelIds,
    ])
    expect(sliders()).toEqual(store.draft.channels.map((c) => c.id).filter((id) => shown.has(id)))
    // A new recommendation adds its channels; the sliders already there stay.
    store.recommendation = {
      ...rec,
      recommended: { ...rec.recommended, channelIds: ['live-chat'] },
    }
    await nextTick()
    expect(sliders()).toEqual(
      store.draft.channels.map((c) => c.id).filter((id) => shown.has(id) || id === 'live-chat'),
    )
    const phone = w.get('#what-if-target-phone')
    expect(phone.attributes('min')).toBe('50')
    expect(phone.attributes('max')).toBe('99')
    expect(phone.attributes('aria-valuetext')).toBe('80% within 20\u00a0s')
    await phone.setValue('90')
    expect(store.draft.channels.find((c) => c.id === 'phone')?.targetShare).toBe(0.9)
  })

  it('says when a new answer is being worked out', async () => {
    const { w, store } = present()
    expect(w.get('[data-testid="what-if-status"]').text()).toBe('')
    store.busy = true
    await nextTick()
    expect(w.get('[data-testid="what-if-status"]').text()).toBe('Working out the new answer…')
    expect(w.get('[data-testid="what-if-status"]').attributes('role')).toBe('status')
  })

  it('says it is working when there is no answer yet', () => {
    wrapper = mount(PresentView, { attachTo: document.body })
    expect(wrapper.text()).toContain('Working out the answer…')
    expect(wrapper.find('#what-if-contacts').exists()).toBe(true)
  })

  it('asks for full screen where the browser allows it', async () => {
    const request = vi.fn(() => Promise.resolve())
    Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true })
    Object.defineProperty(document.documentElement, 'requestFullscreen', {
      value: request,
      configurable: true,
    })
    try {
      const { w } = present()
      const button = w.findAll('button').find((b) => b.text() === 'Full screen')
      await button?.trigger('click')
      expect(request).toHaveBeenCalledOnce()
    } finally {
      Reflect.deleteProperty(document, 'fullscreenEnabled')
      Reflect.deleteProperty(document.documentElement, 'requestFullscreen')
    }
  })

  it('offers no full-screen button where the browser has none', () => {
    const { w } = present()
    expect(w.findAll('button').some((b) => b.text() === 'Full screen')).toBe(false)
  })

  it('draws chart labels larger while presenting, and puts the size back after', () => {
    const before = Chart.defaults.font.size
    const { w } = present()
    expect(Chart.defaults.font.size).toBeGreaterThanOrEqual(15)
    w.unmount()
    wrapper = undefined
    expect(Chart.defaults.font.size).toBe(before)
  })
})
