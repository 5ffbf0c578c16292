/**
 * Running analyses for a page or a store: the one way the app talks to the analysis backend.
 *
 * - Every scenario is checked by the scenario schema first; an invalid one never reaches the
 *   backend. What is sent is a plain copy, so later edits cannot reach a run under way.
 * - A newer run wins: an older answer that arrives late is dropped.
 * - `schedule` waits for a burst of edits (a slider drag) to end before it runs.
 * - The busy state shows only when an answer takes a while; progress and failure are kept.
 *   Progress is one figure for the whole run (several scenarios: each an equal part), 0 to 1,
 *   that never goes back.
 * - After a followed scenario's answer, one simulated week of today's set and the recommended
 *   one is run on the same backend, then what would change the answer (sensitivity and
 *   breakpoints), in parts as they come; any newer run stops either.
 * - The backend (a worker) is made on first use and let go when the owner's scope ends (a
 *   page unmounted, a store disposed), so a page visited ten times leaves no worker behind.
 */
import { getCurrentScope, onScopeDispose, ref, shallowRef } from 'vue'
import type {
  AnalysisProgress,
  Recommendation,
  Scenario as EngineScenario,
  SensitivityAnalysis,
  WatchedWeek,
} from '@/engine'
import { formatIssuePath } from '@/schemas/scenario-migrations'
import { Scenario } from '@/schemas/scenario'
import {
  createAnalysisBackend,
  type AnalysisBackend,
  type AnalysisBackendFactory,
} from '@/workers/analysis-protocol'

/** Inputs change in bursts (a slider drag); wait this long for the burst to end. */
export const ANALYSIS_SETTLE_MS = 40
/** Show the busy state only when an answer takes longer than this. */
export const BUSY_AFTER_MS = 250
/**
 * After an answer, wait this long before the work that follows it (the simulated week, what
 * would change the answer): someone still editing finds the worker free, not in the middle of
 * an evaluation the next answer would have to wait for.
 */
export const FOLLOW_UP_AFTER_MS = 400

export type RunState = 'idle' | 'running' | 'failed'

/** An answer with the scenario it is for (the copy that was analysed). */
export interface AnalysisAnswer {
  scenario: EngineScenario
  recommendation: Recommendation
  milliseconds: number
}

/** What became of one scenario of a run. */
export type AnalysisItem =
  | { ok: true; answer: AnalysisAnswer }
  | { ok: false; reason: 'invalid' | 'failed'; message: string }

/** The simulated week of the answer's sets: the recommended one, and today's when there is one. */
export interface WeekAnswer {
  recommended: WatchedWeek
  current?: WatchedWeek
}

export interface AnalysisTimings {
  settleMs?: number
  busyAfterMs?: number
  followUpAfterMs?: number
}

export function useAnalysis(
  createBackend: AnalysisBackendFactory = createAnalysisBackend,
  {
    settleMs = ANALYSIS_SETTLE_MS,
    busyAfterMs = BUSY_AFTER_MS,
    followUpAfterMs = FOLLOW_UP_AFTER_MS,
  }: AnalysisTimings = {},
) {
  const state = ref<RunState>('idle')
  /** A run has taken longer than `busyAfterMs`. */
  const busy = ref(false)
  const progress = shallowRef<AnalysisProgress | undefined>()
  /** Why the last run failed, in words; empty when it did not. */
  const failure = ref('')
  /** A scheduled scenario is waiting for its burst of edits to end. */
  const pending = ref(false)
  /** The latest answer `schedule` brought, and the scenario it is for. */
  const recommendation = shallowRef<Recommendation | undefined>()
  const analysed = shallowRef<EngineScenario | undefined>()
  const milliseconds = ref(0)
  /** What would change the latest answer: in parts while `sensitivityFraction` < 1. */
  const sensitivity = shallowRef<SensitivityAnalysis | undefined>()
  /** Share of the sensitivity work done (1 when all of it is there, or when none is coming). */
  const sensitivityFraction = ref(1)
  /** Why the sensitivity failed, in words; empty when it did not. */
  const sensitivityFailure = ref('')
  /**
   * The latest answer's simulated week (the one before stays until it comes, so the page does
   * not flicker: check its sets against the answer's); undefined with none.
   */
  const week = shallowRef<WeekAnswer | undefined>()
  /** Why the week failed, in words; empty when it did not. */
  const weekFailure = ref('')

  let backend: AnalysisBackend | undefined
  let disposed = false
  let generation = 0
  let settleTimer: ReturnType<typeof setTimeout> | undefined
  let busyTimer: ReturnType<typeof setTimeout> | undefined
  /** Lets the run under way stop waiting for its backend (it was replaced or cancelled). */
  let abandon: () => void = () => undefined

  /** The schema's verdict, and on success a plain copy to send. */
  function prepare(
    input: unknown,
  ): { ok: true; scenario: EngineScenario } | { ok: false; message: string } {
    const parsed = Scenario.safeParse(input)
    if (parsed.success) return { ok: true, scenario: structuredClone(parsed.data) }
    const first = parsed.error.issues[0]
    return {
      ok: false,
      message: first ? `${formatIssuePath(first.path)}: ${first.message}` : 'invalid scenario',
    }
  }

  function stopTimers(): void {
    clearTimeout(settleTimer)
    clearTimeout(busyTimer)
    settleTimer = undefined
    busyTimer = undefined
  }

  /**
   * Runs the prepared scenarios one after another as one run; undefined when replaced. With
   * `keep`, the last answer becomes the one kept (before the run is marked finished, so the
   * answer and "not running" arrive together).
   */
  async function execute(
    prepared: ReturnType<typeof prepare>[],
    keep = false,
  ): Promise<AnalysisItem[] | undefined> {
    if (disposed) return undefined
    const mine = ++generation
    const isMine = () => mine === generation && !disposed
    abandon()
    const stopped = new Promise<undefined>((resolve) => {
      abandon = () => resolve(undefined)
    })
    state.value = 'running'
    progress.value = undefined
    clearTimeout(busyTimer)
    busyTimer = setTimeout(() => {
      if (isMine() && state.value === 'running') busy.value = true
    }, busyAfterMs)

    const items: AnalysisItem[] = []
    // One figure for the whole run: each scenario sent is an equal part of it, and the figure
    // never goes back.
    const parts = prepared.filter((item) => item.ok).length
    let part = 0
    for (const item of prepared) {
      if (!item.ok) {
        items.push({ ok: false, reason: 'invalid', message: item.message })
        continue
      }
      const before = part++
      try {
        backend ??= createBackend()
        const outcome = await Promise.race([
          backend(item.scenario, (p) => {
            if (!isMine()) return
            const fraction = (before + p.fraction) / parts
            if (fraction >= (progress.value?.fraction ?? 0)) {
              progress.value = { ...p, fraction }
            }
          }),
          stopped,
        ])
        if (!isMine()) return undefined
        if (!outcome) {
          // The backend dropped the run itself (it was cancelled): nothing to show.
          finish('idle', '')
          return undefined
        }
        items.push({ ok: true, answer: { scenario: item.scenario, ...outcome } })
      } catch (error) {
        if (!isMine()) return undefined
        items.push({
          ok: false,
          reason: 'failed',
          message: error instanceof Error ? error.message : String(error),
        })
      }
    }
    let failed: string | undefined
    let kept: AnalysisAnswer | undefined
    for (const item of items) {
      if (item.ok) {
        if (keep) {
          kept = item.answer
          recommendation.value = item.answer.recommendation
          analysed.value = item.answer.scenario
          milliseconds.value = item.answer.milliseconds
        }
      } else if (item.reason === 'failed') {
        failed = item.message
      }
    }
    if (failed === undefined) finish('idle', '')
    else finish('failed', failed)
    if (kept) void followUp(kept, isMine)
    return items
  }

  /** After an answer is kept: its simulated week, then what would change it. */
  async function followUp(answer: AnalysisAnswer, isMine: () => boolean) {
    weekFailure.value = ''
    // The sensitivity of the answer before is not this one's, even while the week runs.
    sensitivity.value = undefined
    sensitivityFailure.value = ''
    sensitivityFraction.value = backend?.sensitivity ? 0 : 1
    await new Promise((resolve) => setTimeout(resolve, followUpAfterMs))
    if (!isMine()) return
    await followWeek(answer, isMine)
    if (isMine()) await followSensitivity(answer.scenario, isMine)
  }

  async function followWeek(answer: AnalysisAnswer, isMine: () => boolean) {
    const run = backend?.week
    if (!run) return
    const { recommended, current } = answer.recommendation
    try {
      const weeks = await run(answer.scenario, current ? [recommended, current] : [recommended])
      if (!isMine() || !weeks) return
      const [rec, cur] = weeks
      if (rec) week.value = { recommended: rec, current: cur }
    } catch (error) {
      if (!isMine()) return
      week.value = undefined
      weekFailure.value = error instanceof Error ? error.message : String(error)
    }
  }

  /** What would change the answer just kept, in parts, until a newer run stops it. */
  async function followSensitivity(scenario: EngineScenario, isMine: () => boolean) {
    sensitivity.value = undefined
    sensitivityFailure.value = ''
    const run = backend?.sensitivity
    if (!run) {
      sensitivityFraction.value = 1
      return
    }
    sensitivityFraction.value = 0
    try {
      const all = await run(scenario, (part, fraction) => {
        if (!isMine()) return
        sensitivity.value = part
        sensitivityFraction.value = fraction
      })
      if (!isMine() || !all) return
      sensitivity.value = all
      sensitivityFraction.value = 1
    } catch (error) {
      if (!isMine()) return
      sensitivityFraction.value = 1
      sensitivityFailure.value = error instanceof Error ? error.message : String(error)
    }
  }

  function finish(next: RunState, message: string): void {
    clearTimeout(busyTimer)
    busyTimer = undefined
    busy.value = false
    progress.value = undefined
    failure.value = message
    state.value = next
  }

  /**
   * Analyses the scenarios now, one after another, as one run; a newer run (or schedule)
   * replaces it, and then it resolves to undefined. Invalid scenarios are not sent.
   */
  function analyse(scenarios: readonly unknown[]): Promise<AnalysisItem[] | undefined> {
    clearTimeout(settleTimer)
    pending.value = false
    return execute(scenarios.map(prepare))
  }

  /**
   * Follows a scenario being edited: analyses it once edits pause, and keeps the answer in
   * `recommendation` and `analysed`. An invalid scenario is not sent (returns false), and
   * the one waiting before it, if any, still runs.
   */
  function schedule(input: unknown): boolean {
    if (disposed) return false
    const prepared = prepare(input)
    if (!prepared.ok) return false
    clearTimeout(settleTimer)
    pending.value = true
    settleTimer = setTimeout(() => {
      settleTimer = undefined
      pending.value = false
      void execute([prepared], true)
    }, settleMs)
    return true
  }

  /** Drops whatever is waiting or running; the answers already kept stay. */
  function cancel(): void {
    generation++
    abandon()
    stopTimers()
    pending.value = false
    if (state.value === 'running') finish('idle', '')
  }

  /** Cancels, and lets the backend go (terminates its worker). Later runs do nothing. */
  function dispose(): void {
    if (disposed) return
    cancel()
    disposed = true
    const held = backend
    backend = undefined
    held?.dispose?.()
  }

  if (getCurrentScope()) onScopeDispose(dispose)

  return {
    state,
    busy,
    progress,
    failure,
    pending,
    recommendation,
    analysed,
    milliseconds,
    sensitivity,
    sensitivityFraction,
    sensitivityFailure,
    week,
    weekFailure,
    analyse,
    schedule,
    cancel,
    dispose,
  }
}

export type Analysis = ReturnType<typeof useAnalysis>
