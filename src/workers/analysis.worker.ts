/// <reference lib="webworker" />
/** The portfolio analysis, off the main thread. See analysis-runner.ts. */
import type { AnalysisRequest } from './analysis-protocol'
import { createAnalysisRunner } from './analysis-runner'

declare const self: DedicatedWorkerGlobalScope

const handle = createAnalysisRunner({
  post: (message) => self.postMessage(message),
  later: (task) => setTimeout(task, 0),
  now: () => performance.now(),
})

self.addEventListener('message', (event: MessageEvent<AnalysisRequest>) => handle(event.data))
