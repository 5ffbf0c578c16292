/** Messages between the page and the analysis worker. Scenarios are validated before sending. */
import type { AnalysisProgress, Recommendation, Scenario } from '@/engine'

export type AnalysisRequest =
  { type: 'analyse'; id: number; scenario: Scenario } | { type: 'cancel'; id: number }

export type AnalysisResponse =
  | { type: 'progress'; id: number; progress: AnalysisProgress }
  | { type: 'result'; id: number; recommendation: Recommendation; milliseconds: number }
  | { type: 'error'; id: number; message: string }
