/**
 * The page's side of the analysis worker: one run at a time. Starting a run abandons the one in
 * progress (its promise resolves to `undefined`), so the answer on screen always belongs to the
 * latest inputs.
 */
import type { AnalysisProgress, Scenario } from '@/engine'
import type {
  AnalysisBackend,
  AnalysisOutcome,
  AnalysisRequest,
  AnalysisResponse,
} from './analysis-protocol'

/** What the client needs of a Worker (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void
  addEventListener(type: 'message', listener: (event: MessageEvent<AnalysisResponse>) => void): void
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void
  terminate(): void
}

interface Pending {
  id: number
  resolve: (outcome: AnalysisOutcome | undefined) => void
  reject: (error: Error) => void
  onProgress?: (progress: AnalysisProgress) => void
}

export class AnalysisClient {
  private nextId = 1
  private pending: Pending | undefined

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener('message', (event: MessageEvent<AnalysisResponse>) =>
      this.receive(event.data),
    )
    worker.addEventListener('error', (event: ErrorEvent) => {
      const p = this.pending
      this.pending = undefined
      p?.reject(new Error(event.message || 'The analysis stopped unexpectedly'))
    })
  }

  /** Analyses the scenario; resolves to undefined if a newer run replaced this one. */
  run(
    scenario: Scenario,
    onProgress?: (progress: AnalysisProgress) => void,
  ): Promise<AnalysisOutcome | undefined> {
    this.pending?.resolve(undefined)
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending = { id, resolve, reject, onProgress }
      this.worker.postMessage({ type: 'analyse', id, scenario })
    })
  }

  cancel(): void {
    const p = this.pending
    if (!p) return
    this.pending = undefined
    this.worker.postMessage({ type: 'cancel', id: p.id })
    p.resolve(undefined)
  }

  dispose(): void {
    this.cancel()
    this.worker.terminate()
  }

  private receive(message: AnalysisResponse): void {
    const p = this.pending
    if (!p || message.id !== p.id) return
    if (message.type === 'progress') {
      p.onProgress?.(message.progress)
      return
    }
    this.pending = undefined
    if (message.type === 'result') {
      p.resolve({ recommendation: message.recommendation, milliseconds: message.milliseconds })
    } else {
      p.reject(new Error(message.message))
    }
  }
}

/** The real worker, bundled by Vite as its own chunk. */
export function createAnalysisWorker(): WorkerLike {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'channel-planner-analysis',
  })
}

/**
 * A backend on a worker of its own: the worker starts with the first run, and `dispose`
 * terminates it (a later run would start a new one).
 */
export function workerBackend(
  createWorker: () => WorkerLike = createAnalysisWorker,
): AnalysisBackend {
  let client: AnalysisClient | undefined
  const backend: AnalysisBackend = (scenario, onProgress) => {
    client ??= new AnalysisClient(createWorker())
    return client.run(scenario, onProgress)
  }
  backend.dispose = () => {
    client?.dispose()
    client = undefined
  }
  return backend
}
