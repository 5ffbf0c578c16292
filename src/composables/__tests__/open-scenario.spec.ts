import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { sampleScenario } from '@/engine'
import { setAnalysisBackend, usePlannerStore } from '@/stores/planner'
import { notices } from '../notices'
import { openIncoming } from '../open-scenario'

describe('opening a scenario from a link or a file', () => {
  beforeEach(() => {
    notices.value = []
    setAnalysisBackend(() => () => new Promise(() => undefined))
    setActivePinia(createPinia())
  })

  const harbour = () => {
    const s = sampleScenario()
    s.business.name = 'Harbour Books'
    return s
  }

  it('opens it beside the others and says so', () => {
    const store = usePlannerStore()
    openIncoming(store, harbour(), 'link')
    expect(store.active.name).toBe('Harbour Books (shared)')
    expect(notices.value.map((n) => n.text)).toEqual(['Opened "Harbour Books" from the link.'])
  })

  it.each(['link', 'file'] as const)(
    'at the limit, a %s says it was not added, the limit and how to make room; then adds it',
    (from) => {
      const store = usePlannerStore()
      for (let n = 1; n < 30; n++) store.addScenario()
      const open = store.activeId
      openIncoming(store, harbour(), from)
      // Before: "Opened …" while nothing was added and the open scenario stayed open.
      expect(notices.value).toMatchObject([
        {
          kind: 'warning',
          text: `"Harbour Books" from the ${from} was not added: this browser keeps at most 30 scenarios, and all 30 are in use. To make room, choose one you no longer need under Scenario and press Delete, then "Add it now".`,
          action: { label: 'Add it now' },
        },
      ])
      expect(store.scenarios).toHaveLength(30)
      expect(store.activeId).toBe(open)

      store.removeScenario(open)
      notices.value[0]?.action?.run()
      expect(store.scenarios).toHaveLength(30)
      expect(store.scenarios.at(-1)?.scenario.business.name).toBe('Harbour Books')
      expect(store.active.scenario.business.name).toBe('Harbour Books')
      expect(notices.value.map((n) => n.text)).toEqual([
        from === 'link'
          ? 'Opened "Harbour Books" from the link.'
          : 'Opened "Harbour Books" from the file as a new scenario; the others are unchanged.',
      ])
    },
  )
})
