import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import {
  sampleScenario,
  type AnalysisProgress,
  type Recommendation,
  type Scenario as EngineScenario,
} from '@/engine'
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
  const draft = ref<EngineScenario>(sampleScenario())
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

  const analysed = shallowRef<EngineScenario | undefined>()
  const recommendation = shallowRef<Recommendation | undefined>()
  const state = ref<RunState>('idle')
  const busy = ref(false)
  const progress = shallowRef<AnalysisProgress | undefined>()
  const failure = ref('')
  const lastMilliseconds = ref(0)

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
      settleTimer = setTimeout(() => void analyse(scenario), SETTLE_MS)
    },
    { immediate: true },
  )

  /** The answer on screen belongs to the inputs shown: none invalid, no run pending. */
  const current = computed(() => isValid.value && state.value === 'idle' && !!recommendation.value)

  function errorAt(path: string): string | undefined {
    return errors.value.get(path)
  }

  function load(scenario: EngineScenario, id: string): void {
    draft.value = structuredClone(scenario)
    presetId.value = id
  }

  return {
    draft,
    presetId,
    errors,
    isValid,
    errorAt,
    analysed,
    recommendation,
    state,
    busy,
    progress,
    failure,
    lastMilliseconds,
    current,
    load,
  }
})
