/**
 * The analysis behind the page: the messages between the page and the worker, and the
 * backend the page runs analyses through (the worker, or a fake in tests). Scenarios are
 * validated before they are sent. Nothing here knows about stores or components.
 */
import type {
  AnalysisProgress,
  CurveSeed,
  PortfolioTotals,
  Recommendation,
  Scenario,
  SensitivityAnalysis,
  WatchedWeek,
} from '@/engine'

export type AnalysisRequest =
  | { type: 'analyse'; id: number; scenario: Scenario }
  /** What would change the answer (after the answer, on the same curves); a newer request stops it. */
  | { type: 'sensitivity'; id: number; scenario: Scenario }
  /** One simulated week of each set (exact evaluations of the scenario's portfolios). */
  | { type: 'week'; id: number; scenario: Scenario; sets: PortfolioTotals[] }
  | { type: 'cancel'; id: number }
  /** Channel curves a worker stopped before had evaluated: a new worker starts with them. */
  | { type: 'seed'; seeds: CurveSeed[] }

export type AnalysisResponse =
  /** The worker has taken the request up (it was free to read it). */
  | { type: 'started'; id: number }
  | { type: 'progress'; id: number; progress: AnalysisProgress }
  | { type: 'result'; id: number; recommendation: Recommendation; milliseconds: number }
  /** What is known so far (partial, with the share done) or all of it (the last, `done`). */
  | {
      type: 'sensitivity'
      id: number
      sensitivity: SensitivityAnalysis
      fraction: number
      done: boolean
    }
  | { type: 'week'; id: number; weeks: WatchedWeek[] }
  | { type: 'error'; id: number; message: string }
  /** Curve evaluations made since the last report, whatever the run: kept by the page. */
  | { type: 'points'; seeds: CurveSeed[] }

/** One finished analysis. */
export interface AnalysisOutcome {
  recommendation: Recommendation
  milliseconds: number
}

/**
 * Runs one analysis; resolves to undefined when a newer run replaced it. A backend that holds
 * something (a worker) lets it go in `dispose`; one on the calling thread needs none.
 */
export interface AnalysisBackend {
  (
    scenario: Scenario,
    onProgress: (progress: AnalysisProgress) => void,
  ): Promise<AnalysisOutcome | undefined>
  dispose?: () => void
  /**
   * What would change the answer for a scenario just answered: `onPartial` hears what is known
   * as it comes; resolves to all of it, or undefined when a newer run replaced it. A backend
   * without it shows no sensitivity.
   */
  sensitivity?: (
    scenario: Scenario,
    onPartial: (sensitivity: SensitivityAnalysis, fraction: number) => void,
  ) => Promise<SensitivityAnalysis | undefined>
  /**
   * One simulated week of each set of a scenario just answered (the answer's own sets);
   * undefined when a newer run replaced it. A backend without it shows no week.
   */
  week?: (scenario: Scenario, sets: PortfolioTotals[]) => Promise<WatchedWeek[] | undefined>
}

/** Makes a backend of its own for each user (the planner, the compare page). */
export type AnalysisBackendFactory = () => AnalysisBackend

let installed: AnalysisBackendFactory = () => () =>
  Promise.reject(new Error('No analysis backend: main.ts installs the worker'))

/** main.ts installs the worker; tests may install a fake. */
export function setAnalysisBackend(factory: AnalysisBackendFactory): void {
  installed = factory
}

/** A backend of its own, from the factory installed now. */
export function createAnalysisBackend(): AnalysisBackend {
  return installed()
}
