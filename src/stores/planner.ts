import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw, watch } from 'vue'
import {
  oneResponseTarget,
  sampleScenario,
  type Business,
  type Channel,
  type OnSiteTeam,
  type Scenario as EngineScenario,
  type SelfService,
} from '@/engine'
import { useAnalysis } from '@/composables/analysis'
import { createHistory } from '@/composables/history'
import { MAX_SAVED_SCENARIOS, type NamedScenario } from '@/schemas/saved-state'
import { formatIssuePath } from '@/schemas/scenario-migrations'
import { Scenario } from '@/schemas/scenario'

// The backend is installed in workers/analysis-protocol (main.ts: the worker); tests may
// install theirs through the store as well.
export { setAnalysisBackend } from '@/workers/analysis-protocol'
export type { RunState } from '@/composables/analysis'

type AnalysisSettings = EngineScenario['analysis']

/** The keys of T whose value may be absent. */
type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T]
/** Fields an edit may clear ("not set"); clearing any other marks it as needing a value. */
const OPTIONAL_FIELDS: ReadonlySet<string> = new Set<
  | OptionalKeys<Business>
  | OptionalKeys<Channel>
  | OptionalKeys<SelfService>
  | OptionalKeys<AnalysisSettings>
>(['staffHoursPerWeek', 'patienceSeconds', 'escalationShare'])

/** Beside a field that must hold a value and was given none. */
export const VALUE_NEEDED = 'This field needs a value'

/**
 * The planner: the scenario being edited, and the analysis of the last valid version of it.
 *
 * Every edit is an action here (components never write into `draft`). The whole draft is
 * checked by the scenario schema, and each problem is shown beside its field (`errorAt`); so
 * is text that is not a number at all, which a field reports with `markInvalid` and which never
 * reaches the scenario. While anything is invalid the answer on screen stays the one for the
 * last valid scenario, marked as not current.
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
  /**
   * The presentation's what-ifs: a copy of the open scenario that the room's sliders change,
   * beside the saved one (which autosave, links to the planner and undo keep as it was). Reset
   * copies the saved scenario again; keep writes the copy into it.
   */
  const whatIf = ref<{ id: string; scenario: EngineScenario } | undefined>()
  const whatIfsOn = computed(() => whatIf.value?.id === activeId.value)
  /** The scenario being edited: the open one of the scenarios kept, or its what-ifs while presenting. */
  const draft = computed<EngineScenario>({
    get: () =>
      whatIf.value && whatIf.value.id === activeId.value
        ? whatIf.value.scenario
        : active.value.scenario,
    set: (scenario) => {
      if (whatIf.value && whatIf.value.id === activeId.value) whatIf.value.scenario = scenario
      else active.value.scenario = scenario
    },
  })
  const presetId = ref('sample')

  /** Fields whose text is not a number (path → message): the scenario keeps its last number. */
  const refused = ref(new Map<string, string>())

  const validation = computed(() => Scenario.safeParse(draft.value))
  const errors = computed(() => {
    const map = new Map<string, string>(refused.value)
    for (const issue of validation.value.error?.issues ?? []) {
      const path = formatIssuePath(issue.path)
      if (!map.has(path)) map.set(path, issue.message)
    }
    return map
  })
  const isValid = computed(() => validation.value.success && refused.value.size === 0)
  /** The draft's last valid version: what files and links carry while a field is being fixed. */
  const lastValid = shallowRef<EngineScenario>(structuredClone(toRaw(draft.value)))
  watch(validation, (v) => {
    if (v.success) lastValid.value = v.data as EngineScenario
  })

  // ---------------------------------------------------------------- the analysis

  const analysis = useAnalysis()
  // Every edit asks for an answer; the composable checks it, waits for the burst to end and
  // drops answers a newer edit overtook.
  watch(validation, () => analysis.schedule(draft.value), { immediate: true })
  const { recommendation, analysed, state, busy, progress, failure, pending } = analysis

  /** The answer with the scenario it belongs to, for everything that shows it. */
  const answer = computed(() => {
    const r = recommendation.value
    const s = analysed.value
    return r && s ? { recommendation: r, scenario: s } : undefined
  })
  /** The sets evaluated exactly: tables show their exact figures, as the card does. */
  const exactSets = computed(() => {
    const r = recommendation.value
    return r ? [r.recommended, r.bestOfAnySize, ...(r.current ? [r.current] : [])] : []
  })

  /** What would change the answer shown: only when it is for that answer's recommended set. */
  const sensitivityShown = computed(() => {
    const sens = analysis.sensitivity.value
    const rec = recommendation.value?.recommended
    return sens && rec && sens.channelIds.join() === rec.channelIds.join() ? sens : undefined
  })

  /** The simulated week of the answer shown: only when it is for that answer's sets. */
  const weekShown = computed(() => {
    const week = analysis.week.value
    const r = recommendation.value
    if (!week || !r) return undefined
    const same = (
      a: { channelIds: string[] } | undefined,
      b: { channelIds: string[] } | undefined,
    ) => (a?.channelIds.join() ?? '') === (b?.channelIds.join() ?? '')
    return same(week.recommended, r.recommended) && same(week.current, r.current) ? week : undefined
  })

  /** The answer on screen belongs to the inputs shown: none invalid, no run pending. */
  const current = computed(
    () => isValid.value && !pending.value && state.value === 'idle' && !!recommendation.value,
  )

  function errorAt(path: string): string | undefined {
    return errors.value.get(path)
  }

  /** Opens a built-in situation in place of the open scenario, which takes its name. */
  function load(scenario: EngineScenario, id: string): void {
    draft.value = structuredClone(scenario)
    if (!whatIfsOn.value) active.value.name = scenario.business.name.slice(0, 80) || 'Scenario'
    presetId.value = id
  }

  // ---------------------------------------------------------------- edits

  /**
   * A field's text is not a number (`message` says why, beside the field), or is one again
   * (`undefined`). The scenario keeps its last number meanwhile; the answer is marked as not
   * current until the text is fixed.
   */
  function markInvalid(path: string, message: string | undefined): void {
    if (message) {
      if (refused.value.get(path) !== message) refused.value.set(path, message)
    } else if (refused.value.has(path)) {
      refused.value.delete(path)
    }
  }

  /**
   * Writes one field of the draft. `undefined` clears a field that may be absent, and marks any
   * other as needing a value (its last value stays, so nothing is lost).
   */
  function write<T extends object, K extends keyof T & string>(
    target: T,
    key: K,
    value: T[K] | undefined,
    path: string,
  ): void {
    if (value === undefined) {
      if (OPTIONAL_FIELDS.has(key)) {
        markInvalid(path, undefined)
        if (key in target) Reflect.deleteProperty(target, key)
      } else {
        markInvalid(path, VALUE_NEEDED)
      }
      return
    }
    markInvalid(path, undefined)
    if (target[key] !== value) target[key] = value
  }

  /** A field of the business: name, currency, locale, cost of an hour, shrinkage, … */
  function setBusinessField<K extends keyof Business & string>(
    field: K,
    value: Business[K] | undefined,
  ): void {
    write(draft.value.business, field, value, `business.${field}`)
  }

  /** How to plan: the mode, the team's structure, the weight of a public miss. */
  function setAnalysisSetting<K extends keyof AnalysisSettings & string>(
    field: K,
    value: AnalysisSettings[K] | undefined,
  ): void {
    write(draft.value.analysis, field, value, `analysis.${field}`)
  }

  /** A figure of the people on site (the alongside-other-work structure). */
  function setOnSiteField<K extends keyof OnSiteTeam & string>(
    field: K,
    value: OnSiteTeam[K] | undefined,
  ): void {
    write(draft.value.analysis.onSite, field, value, `analysis.onSite.${field}`)
  }

  function setValueAtRisk(value: number | undefined): void {
    write(draft.value, 'valueAtRiskPerLostContact', value, 'valueAtRiskPerLostContact')
  }

  function setContactsPerWeek(value: number | undefined): void {
    write(draft.value.demand, 'contactsPerWeek', value, 'demand.contactsPerWeek')
  }

  /** The weekly pattern: 168 hourly weights (a preset, or the heat map edited by hand). */
  function setPattern(pattern: readonly number[]): void {
    draft.value.demand.pattern = [...pattern]
  }

  /** Where customers would reach the business: channel id → share (they add up to 1). */
  function setShares(shares: Readonly<Record<string, number>>): void {
    draft.value.demand.shares = { ...shares }
  }

  function setSelfServiceField<K extends keyof SelfService & string>(
    field: K,
    value: SelfService[K] | undefined,
  ): void {
    write(draft.value.selfService, field, value, `selfService.${field}`)
  }

  /** One setting of one channel; an unknown channel id changes nothing. */
  function setChannelField<K extends keyof Channel & string>(
    id: string,
    field: K,
    value: Channel[K] | undefined,
  ): void {
    const index = draft.value.channels.findIndex((c) => c.id === id)
    const channel = draft.value.channels[index]
    if (channel) write(channel, field, value, `channels.${index}.${field}`)
  }

  /** Several settings of one channel at once (a card's change); `undefined` as in setChannelField. */
  function updateChannel(id: string, patch: Partial<Channel>): void {
    for (const field of Object.keys(patch) as (keyof Channel & string)[]) {
      setChannelField(id, field, patch[field])
    }
  }

  /**
   * One response target across channels: each public page whose target time is shorter gets the
   * slowest private written channel's, so no page promises a quicker answer (nobody escalates).
   */
  function applyOneResponseTarget(): void {
    const one = oneResponseTarget(draft.value)
    if (!one) return
    for (const id of one.channelIds) setChannelField(id, 'targetSeconds', one.targetSeconds)
  }

  /** The hours a week a channel is staffed: 168 flags. */
  function setCoverage(id: string, coverage: readonly boolean[]): void {
    setChannelField(id, 'coverage', [...coverage])
  }

  /**
   * Opens a scenario from a shared link beside those kept; undefined (nothing changes) when
   * MAX_SAVED_SCENARIOS are kept already.
   */
  function openShared(scenario: EngineScenario): string | undefined {
    const id = addScenario(scenario, `${scenario.business.name} (shared)`)
    if (id !== undefined) presetId.value = 'shared'
    return id
  }

  let counter = 1
  function freshId(): string {
    const ids = new Set(scenarios.value.map((s) => s.id))
    while (ids.has(`scenario-${counter}`)) counter++
    return `scenario-${counter}`
  }

  /** Whether another scenario fits: this browser keeps at most MAX_SAVED_SCENARIOS. */
  const canAdd = computed(() => scenarios.value.length < MAX_SAVED_SCENARIOS)

  /**
   * Adds a scenario (a copy of the one given, or the sample) and opens it. Returns its id, or
   * undefined when MAX_SAVED_SCENARIOS are kept already: then nothing changes, and the caller
   * says so.
   */
  function addScenario(
    scenario: EngineScenario = sampleScenario(),
    name?: string,
  ): string | undefined {
    if (!canAdd.value) return undefined
    const id = freshId()
    scenarios.value.push({
      id,
      name: (name ?? scenario.business.name).slice(0, 80) || 'Scenario',
      scenario: structuredClone(toRaw(scenario)),
    })
    activeId.value = id
    return id
  }

  function duplicateScenario(id = activeId.value): string | undefined {
    const source = scenarios.value.find((s) => s.id === id)
    if (!source) return undefined
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

  // ---------------------------------------------------------------- what-ifs

  const copyOfActive = () => ({
    id: activeId.value,
    scenario: structuredClone(toRaw(active.value.scenario)),
  })
  /** The what-ifs differ from the saved scenario: reset or keep would change something. */
  const whatIfsChanged = computed(
    () =>
      whatIfsOn.value &&
      JSON.stringify(whatIf.value?.scenario) !== JSON.stringify(active.value.scenario),
  )
  /** Starts what-ifs on the open scenario (presentation mode); a running set is left as it is. */
  function startWhatIfs(): void {
    if (!whatIfsOn.value) whatIf.value = copyOfActive()
  }
  /** The what-ifs go back to the saved scenario. */
  function resetWhatIfs(): void {
    if (whatIfsOn.value) whatIf.value = copyOfActive()
  }
  /** The what-ifs become the saved scenario (undo on the planner takes them back). */
  function keepWhatIfs(): void {
    const w = whatIf.value
    if (w && whatIfsOn.value) active.value.scenario = structuredClone(toRaw(w.scenario))
  }
  /**
   * Ends what-ifs: the planner shows the saved scenario again. Returns the what-ifs when they
   * differed from it (so the page can offer to keep them after all), else undefined.
   */
  function endWhatIfs(): { id: string; scenario: EngineScenario } | undefined {
    const w = whatIf.value
    const changed = whatIfsChanged.value && w ? w : undefined
    whatIf.value = undefined
    return changed
  }
  /** Writes what-ifs ended earlier into their scenario, if it is still kept (undo takes it back). */
  function keepEndedWhatIfs(ended: { id: string; scenario: EngineScenario }): void {
    const entry = scenarios.value.find((s) => s.id === ended.id)
    if (entry) entry.scenario = structuredClone(toRaw(ended.scenario))
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
    canAdd,
    addScenario,
    duplicateScenario,
    removeScenario,
    renameScenario,
    switchTo,
    restore,
    openShared,
    // While presenting, undo would change the saved scenario out of sight: reset is the way back.
    undo: () => (whatIfsOn.value ? undefined : history.undo()),
    redo: () => (whatIfsOn.value ? undefined : history.redo()),
    canUndo: computed(() => !whatIfsOn.value && history.canUndo.value),
    canRedo: computed(() => !whatIfsOn.value && history.canRedo.value),
    whatIfsOn,
    whatIfsChanged,
    startWhatIfs,
    resetWhatIfs,
    keepWhatIfs,
    endWhatIfs,
    keepEndedWhatIfs,
    draft,
    lastValid,
    presetId,
    errors,
    isValid,
    errorAt,
    markInvalid,
    setBusinessField,
    setAnalysisSetting,
    setOnSiteField,
    setValueAtRisk,
    setContactsPerWeek,
    setPattern,
    setShares,
    setSelfServiceField,
    setChannelField,
    updateChannel,
    applyOneResponseTarget,
    setCoverage,
    analysed,
    recommendation,
    answer,
    exactSets,
    state,
    busy,
    progress,
    failure,
    lastMilliseconds: analysis.milliseconds,
    sensitivity: sensitivityShown,
    sensitivityFraction: analysis.sensitivityFraction,
    sensitivityFailure: analysis.sensitivityFailure,
    week: weekShown,
    weekFailure: analysis.weekFailure,
    current,
    load,
  }
})
