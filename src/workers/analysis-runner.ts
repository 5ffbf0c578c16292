/**
 * The analysis worker's logic, apart from the worker itself so tests can drive it: runs the
 * portfolio analysis in slices, reports progress, and drops a run as soon as a newer request
 * (or a cancel) arrives. Channel curves are cached between runs, so a what-if that leaves a
 * channel's settings alone reuses its evaluations.
 */
import { analysisSteps, CurveCache, recommendFrom, type PortfolioAnalysis } from '@/engine'
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

  function start(id: number, request: Extract<AnalysisRequest, { type: 'analyse' }>): void {
    const began = host.now()
    let steps: ReturnType<typeof analysisSteps>
    try {
      steps = analysisSteps(request.scenario, { cache })
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
          if (step.done) {
            finish(id, step.value, began, request)
            return
          }
          if (host.now() - lastProgress >= PROGRESS_MS) {
            lastProgress = host.now()
            host.post({ type: 'progress', id, progress: step.value })
          }
          if (host.now() >= until) break
        }
      } catch (error) {
        fail(id, error)
        return
      }
      host.later(slice)
    }
    host.later(slice)
  }

  function finish(
    id: number,
    analysis: PortfolioAnalysis,
    began: number,
    request: Extract<AnalysisRequest, { type: 'analyse' }>,
  ): void {
    try {
      const recommendation = recommendFrom(request.scenario, analysis, cache)
      if (id !== current) return
      host.post({ type: 'result', id, recommendation, milliseconds: host.now() - began })
    } catch (error) {
      fail(id, error)
    }
  }

  function fail(id: number, error: unknown): void {
    if (id !== current) return
    const message = error instanceof Error ? error.message : String(error)
    host.post({ type: 'error', id, message })
  }

  return (request) => {
    if (request.type === 'cancel') {
      if (request.id === current) current = -1
      return
    }
    current = request.id
    start(request.id, request)
  }
}
