/**
 * The analysis worker's logic, apart from the worker itself so tests can drive it: runs the
 * whole analysis (curves, sweep, the shown sets evaluated exactly) in slices, reports one rising
 * progress figure, and drops a run as soon as a newer request (or a cancel) arrives, at the next
 * step. Channel curves are cached between runs, so a what-if that leaves a channel's settings
 * alone reuses its evaluations; each new evaluation is also sent to the page as soon as it is
 * made, so a worker started after this one was stopped mid-step begins with all of them.
 *
 * A week request simulates one seeded week of each set given (the answer's), at once.
 *
 * A sensitivity request (what would change the answer) runs the same way, on the same cache,
 * after the page has its answer: it posts what it knows after each part, and a newer request of
 * either kind stops it at the next step.
 */
import { CurveCache, recommendationSteps, sensitivitySteps, watchWeek } from '@/engine'
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol'

/** Work this long before letting messages in (a newer request stops the current run). */
const SLICE_MS = 12
/** Report progress at most this often. */
const PROGRESS_MS = 100

export interface RunnerHost {
  post(message: AnalysisResponse): void
  /** Runs `task` after pending messages are handled (setTimeout(0) in the worker). */
  later(task: () => void): void
  now(): number
}

export function createAnalysisRunner(host: RunnerHost): (request: AnalysisRequest) => void {
  const cache = new CurveCache()
  let current = 0

  /** Hands the page the curve evaluations made since the last time. */
  function shareEvaluations(): void {
    const seeds = cache.takeNew()
    if (seeds.length > 0) host.post({ type: 'points', seeds })
  }

  function start(id: number, request: Extract<AnalysisRequest, { type: 'analyse' }>): void {
    const began = host.now()
    let steps: ReturnType<typeof recommendationSteps>
    try {
      steps = recommendationSteps(request.scenario, { cache, now: host.now })
    } catch (error) {
      fail(id, error)
      return
    }
    let lastProgress = began
    const slice = () => {
      if (id !== current) return
      const until = host.now() + SLICE_MS
      try {
        for (;;) {
          const step = steps.next()
          shareEvaluations()
          if (step.done) {
            host.post({
              type: 'result',
              id,
              recommendation: step.value,
              milliseconds: host.now() - began,
            })
            return
          }
          // The last report (1, the answer is there) goes as the result itself.
          if (step.value.stage !== 'done' && host.now() - lastProgress >= PROGRESS_MS) {
            lastProgress = host.now()
            host.post({ type: 'progress', id, progress: step.value })
          }
          if (host.now() >= until) break
        }
      } catch (error) {
        shareEvaluations()
        fail(id, error)
        return
      }
      host.later(slice)
    }
    host.later(slice)
  }

  function startSensitivity(
    id: number,
    request: Extract<AnalysisRequest, { type: 'sensitivity' }>,
  ) {
    let steps: ReturnType<typeof sensitivitySteps>
    try {
      steps = sensitivitySteps(request.scenario, { cache })
    } catch (error) {
      fail(id, error)
      return
    }
    const slice = () => {
      if (id !== current) return
      const until = host.now() + SLICE_MS
      try {
        for (;;) {
          const step = steps.next()
          shareEvaluations()
          if (step.done) {
            host.post({ type: 'sensitivity', id, sensitivity: step.value, fraction: 1, done: true })
            return
          }
          if (step.value.partial) {
            host.post({
              type: 'sensitivity',
              id,
              sensitivity: step.value.partial,
              fraction: step.value.fraction,
              done: false,
            })
          }
          if (host.now() >= until) break
        }
      } catch (error) {
        shareEvaluations()
        fail(id, error)
        return
      }
      host.later(slice)
    }
    host.later(slice)
  }

  function fail(id: number, error: unknown): void {
    if (id !== current) return
    const message = error instanceof Error ? error.message : String(error)
    host.post({ type: 'error', id, message })
  }

  return (request) => {
    if (request.type === 'seed') {
      cache.seed(request.seeds)
      return
    }
    if (request.type === 'cancel') {
      if (request.id === current) current = -1
      return
    }
    current = request.id
    host.post({ type: 'started', id: request.id })
    if (request.type === 'week') {
      // A week takes milliseconds (a few thousand contacts at most): no slices.
      try {
        const weeks = request.sets.map((set) => watchWeek(request.scenario, set))
        host.post({ type: 'week', id: request.id, weeks })
      } catch (error) {
        fail(request.id, error)
      }
      return
    }
    if (request.type === 'sensitivity') startSensitivity(request.id, request)
    else start(request.id, request)
  }
}
