import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw, watch } from 'vue'
import {
  sampleScenario,
  type AnalysisProgress,
  type Recommendation,
  type Scenario as EngineScenario,
} from '@/engine'
import { createHistory } from '@/composables/history'
import { MAX_SAVED_SCENARIOS, type NamedScenario } from '@/schemas/saved-state'
import { formatIssuePath } from '@/schemas/scenario-migrations'
import { Scenario } from '@/schemas/scenario'
import type { AnalysisOutcome } from '@/workers/analysis-client'

/** Runs one analysis; resolves to undefined when a newer run replaced it. */
export type AnalysisBackend = (
  scenario: EngineScenario,
  onProgress: (progress: AnalysisProgress) => void,
) => Promise<AnalysisOutcome | undefined>

let backendFactory: () => AnalysisBackend = () => () =>
  Promise.reject(new Error('No analysis backend: main.ts installs the worker'))

/** main.ts installs the worker; tests may install a fake. */
export function setAnalysisBackend(factory: () => AnalysisBackend): void {
  backendFactory = factory
}

/** A backend of its own (the compare page analyses several scenarios beside the planner's). */
export function createAnalysisBackend(): AnalysisBackend {
  return backendFactory()
}

/** Inputs change in bursts (a slider drag); wait this long for the burst to end. */
const SETTLE_MS = 40
/** Show the busy state only when an answer takes longer than this. */
const BUSY_AFTER_MS = 250

export type RunState = 'idle' | 'running' | 'failed'

/**
 * The planner: the scenario being edited, and the analysis of the last valid version of it.
 *
 * Every edit goes into `draft` straight away; the whole draft is checked by the scenario
 * schema, and each problem is shown beside its field (`errorAt`). While anything is invalid
 * the answer on screen stays the one for the last valid scenario, marked as not current.
 */
export const usePlannerStore = defineStore('planner', () => {
  // ---------------------------------------------------------------- the scenarios kept

  const scenarios = ref<NamedScenario[]>([
    { id: 'scenario-1', name: sampleScenario().business.name, scenario: sampleScenario() },
  ])
  const activeId = ref('scenario-1')
  const active = computed(
    () =>
      scenarios.value.find((s) => s.id === activeId.value) ?? (scenarios.value[0] as NamedScenario),
  )
  /** The scenario being edited: the open one of the scenarios kept. */
  const draft = computed<EngineScenario>({
    get: () => active.value.scenario,
    set: (scenario) => {
      active.value.scenario = scenario
    },
  })
  const presetId = ref('sample')

  const validation = computed(() => Scenario.safeParse(draft.value))
  const errors = computed(() => {
    const map = new Map<string, string>()
    for (const issue of validation.value.error?.issues ?? []) {
      const path = formatIssuePath(issue.path)
      if (!map.has(path)) map.set(path, issue.message)
    }
    return map
  })
  const isValid = computed(() => validation.value.success)
  /** The draft's last valid version: what files and links carry while a field is being fixed. */
  const lastValid = shallowRef<EngineScenario>(structuredClone(toRaw(draft.value)))
  watch(validation, (v) => {
    if (v.success) lastValid.value = v.data as EngineScenario
  })

  const analysed = shallowRef<EngineScenario | undefined>()
  const recommendation = shallowRef<Recommendation | undefined>()
  const state = ref<RunState>('idle')
  const busy = ref(false)
  const progress = shallowRef<AnalysisProgress | undefined>()
  const failure = ref('')
  const lastMilliseconds = ref(0)
  /** An edit is waiting for the burst to end before its analysis starts. */
  const pending = ref(false)

  let backend: AnalysisBackend | undefined
  let settleTimer: ReturnType<typeof setTimeout> | undefined
  let busyTimer: ReturnType<typeof setTimeout> | undefined
  let generation = 0

  async function analyse(scenario: EngineScenario): Promise<void> {
    backend ??= backendFactory()
    const mine = ++generation
    state.value = 'running'
    clearTimeout(busyTimer)
    busyTimer = setTimeout(() => {
      if (mine === generation && state.value === 'running') busy.value = true
    }, BUSY_AFTER_MS)
    try {
      const outcome = await backend(scenario, (p) => {
        if (mine === generation) progress.value = p
      })
      if (!outcome || mine !== generation) return
      recommendation.value = outcome.recommendation
      analysed.value = scenario
      lastMilliseconds.value = outcome.milliseconds
      failure.value = ''
      state.value = 'idle'
    } catch (error) {
      if (mine !== generation) return
      failure.value = error instanceof Error ? error.message : String(error)
      state.value = 'failed'
    } finally {
      if (mine === generation) {
        busy.value = false
        progress.value = undefined
        clearTimeout(busyTimer)
      }
    }
  }

  watch(
    validation,
    (result) => {
      if (!result.success) return
      const scenario = structuredClone(result.data)
      clearTimeout(settleTimer)
      pending.value = true
      settleTimer = setTimeout(() => {
        pending.value = false
        void analyse(scenario)
      }, SETTLE_MS)
    },
    { immediate: true },
  )

  /** The answer with the scenario it belongs to, for everything that shows it. */
  const answer = computed(() =>
    recommendation.value && analysed.value
      ? { recommendation: recommendation.value, scenario: analysed.value }
      : undefined,
  )
  /** The sets evaluated exactly: tables show their exact figures, as the card does. */
  const exactSets = computed(() => {
    const r = recommendation.value
    return r ? [r.recommended, r.bestOfAnySize, ...(r.current ? [r.current] : [])] : []
  })

  /** The answer on screen belongs to the inputs shown: none invalid, no run pending. */
  const current = computed(
    () => isValid.value && !pending.value && state.value === 'idle' && !!recommendation.value,
  )

  function errorAt(path: string): string | undefined {
    return errors.value.get(path)
  }

  function load(scenario: EngineScenario, id: string): void {
    draft.value = structuredClone(scenario)
    presetId.value = id
  }

  let counter = 1
  function freshId(): string {
    const ids = new Set(scenarios.value.map((s) => s.id))
    while (ids.has(`scenario-${counter}`)) counter++
    return `scenario-${counter}`
  }

  /** Adds a scenario (a copy of the one given, or the sample) and opens it. */
  function addScenario(scenario: EngineScenario = sampleScenario(), name?: string): string {
    if (scenarios.value.length >= MAX_SAVED_SCENARIOS) return activeId.value
    const id = freshId()
    scenarios.value.push({
      id,
      name: (name ?? scenario.business.name).slice(0, 80) || 'Scenario',
      scenario: structuredClone(toRaw(scenario)),
    })
    activeId.value = id
    return id
  }

  function duplicateScenario(id = activeId.value): string {
    const source = scenarios.value.find((s) => s.id === id)
    if (!source) return activeId.value
    return addScenario(source.scenario, `${source.name} (copy)`.slice(0, 80))
  }

  /** Removes a scenario; the last one left cannot go. Undo brings it back. */
  function removeScenario(id: string): void {
    if (scenarios.value.length <= 1) return
    const index = scenarios.value.findIndex((s) => s.id === id)
    if (index < 0) return
    scenarios.value.splice(index, 1)
    if (activeId.value === id) {
      activeId.value = (scenarios.value[Math.max(0, index - 1)] as NamedScenario).id
    }
  }

  function renameScenario(id: string, name: string): void {
    const entry = scenarios.value.find((s) => s.id === id)
    if (entry) entry.name = name
  }

  function switchTo(id: string): void {
    if (scenarios.value.some((s) => s.id === id)) activeId.value = id
  }

  /** Replaces everything kept (a restored save). */
  function restore(kept: NamedScenario[], open: string): void {
    if (kept.length === 0) return
    history.reset(() => {
      scenarios.value = kept.map((s) => ({ ...s, scenario: structuredClone(toRaw(s.scenario)) }))
      activeId.value = kept.some((s) => s.id === open) ? open : (kept[0] as NamedScenario).id
    }, snapshot)
  }

  // ---------------------------------------------------------------- undo and redo

  const snapshot = () => JSON.stringify({ scenarios: scenarios.value, activeId: activeId.value })
  const history = createHistory(snapshot(), (text) => {
    const state = JSON.parse(text) as { scenarios: NamedScenario[]; activeId: string }
    scenarios.value = state.scenarios
    activeId.value = state.activeId
  })
  watch([scenarios, activeId], () => history.record(snapshot), { deep: true })

  return {
    scenarios,
    activeId,
    active,
    addScenario,
    duplicateScenario,
    removeScenario,
    renameScenario,
    switchTo,
    restore,
    undo: history.undo,
    redo: history.redo,
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    draft,
    lastValid,
    presetId,
    errors,
    isValid,
    errorAt,
    analysed,
    recommendation,
    answer,
    exactSets,
    state,
    busy,
    progress,
    failure,
    lastMilliseconds,
    current,
    load,
  }
})
