/**
 * The analysis on the calling thread, after a tick: for unit tests (jsdom has no Web Worker)
 * and as the reference the worker's results are compared with.
 */
import { recommend, watchWeek } from '@/engine'
import type { AnalysisBackend } from './analysis-protocol'

export const directBackend: AnalysisBackend = (scenario) =>
  new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        const started = performance.now()
        const recommendation = recommend(scenario)
        resolve({ recommendation, milliseconds: performance.now() - started })
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    }, 0)
  })

/** The watched weeks on the calling thread too, after a tick. */
directBackend.week = (scenario, sets) =>
  new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(sets.map((set) => watchWeek(scenario, set)))
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    }, 0)
  })
