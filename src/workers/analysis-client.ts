/**
 * The page's side of the analysis worker: one run at a time. Starting a run abandons the one in
 * progress (its promise resolves to `undefined`), so the answer on screen always belongs to the
 * latest inputs.
 *
 * The worker stops an abandoned run at its next step. A step is one channel evaluation, and a
 * few of those (a huge async channel) take many seconds, during which the worker cannot even
 * read the new request. So the worker says when it takes a request up; one that has not within
 * `STOP_GRACE_MS` is terminated and a new worker takes the request, seeded with every channel
 * curve evaluation the old one had sent (only the evaluation under way is lost).
 */
import type {
  AnalysisProgress,
  PortfolioTotals,
  Scenario,
  SensitivityAnalysis,
  WatchedWeek,
} from '@/engine'
import type {
  AnalysisBackend,
  AnalysisOutcome,
  AnalysisRequest,
  AnalysisResponse,
} from './analysis-protocol'
import { CurveMirror } from './curve-mirror'

/** How long a busy worker has to take a newer request up before it is replaced. */
export const STOP_GRACE_MS = 1500

/** What the client needs of a Worker (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: AnalysisRequest): void
  addEventListener(type: 'message', listener: (event: MessageEvent<AnalysisResponse>) => void): void
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void
  terminate(): void
}

type Pending = {
  id: number
  scenario: Scenario
  reject: (error: Error) => void
  /** The highest share reported: a replacement worker starts again from 0, the figure does not. */
  fraction: number
} & (
  | {
      kind: 'analyse'
      resolve: (outcome: AnalysisOutcome | undefined) => void
      onProgress?: (progress: AnalysisProgress) => void
    }
  | {
      kind: 'sensitivity'
      resolve: (sensitivity: SensitivityAnalysis | undefined) => void
      onPartial?: (sensitivity: SensitivityAnalysis, fraction: number) => void
    }
  | {
      kind: 'week'
      sets: PortfolioTotals[]
      resolve: (weeks: WatchedWeek[] | undefined) => void
    }
)

export class AnalysisClient {
  private nextId = 1
  private pending: Pending | undefined
  private worker: WorkerLike | undefined
  /** The worker may be in the middle of a step (it was sent a run it has not answered). */
  private maybeBusy = false
  private grace: ReturnType<typeof setTimeout> | undefined
  private readonly mirror = new CurveMirror()
  /** Workers replaced because they did not take a newer request up in time. */
  replaced = 0

  constructor(private readonly createWorker: () => WorkerLike) {}

  /** Analyses the scenario; resolves to undefined if a newer run replaced this one. */
  run(
    scenario: Scenario,
    onProgress?: (progress: AnalysisProgress) => void,
  ): Promise<AnalysisOutcome | undefined> {
    this.pending?.resolve(undefined)
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        kind: 'analyse',
        id,
        scenario,
        resolve,
        reject,
        onProgress,
        fraction: 0,
      }
      this.pending = pending
      this.send(pending)
    })
  }

  /**
   * What would change the answer for a scenario (after its answer, on the worker's curves);
   * resolves to undefined if a newer run of either kind replaced it.
   */
  sensitivity(
    scenario: Scenario,
    onPartial?: (sensitivity: SensitivityAnalysis, fraction: number) => void,
  ): Promise<SensitivityAnalysis | undefined> {
    this.pending?.resolve(undefined)
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        kind: 'sensitivity',
        id,
        scenario,
        resolve,
        reject,
        onPartial,
        fraction: 0,
      }
      this.pending = pending
      this.send(pending)
    })
  }

  /** One simulated week of each set; resolves to undefined if a newer run replaced it. */
  week(scenario: Scenario, sets: PortfolioTotals[]): Promise<WatchedWeek[] | undefined> {
    this.pending?.resolve(undefined)
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      const pending: Pending = { kind: 'week', id, scenario, sets, resolve, reject, fraction: 0 }
      this.pending = pending
      this.send(pending)
    })
  }

  cancel(): void {
    const p = this.pending
    if (!p) return
    this.pending = undefined
    this.stopWaiting()
    this.worker?.postMessage({ type: 'cancel', id: p.id })
    p.resolve(undefined)
  }

  dispose(): void {
    this.cancel()
    this.worker?.terminate()
    this.worker = undefined
    this.maybeBusy = false
  }

  private send(p: Pending): void {
    const worker = (this.worker ??= this.startWorker())
    const busy = this.maybeBusy
    worker.postMessage(
      p.kind === 'week'
        ? { type: 'week', id: p.id, scenario: p.scenario, sets: p.sets }
        : { type: p.kind, id: p.id, scenario: p.scenario },
    )
    this.maybeBusy = true
    this.stopWaiting()
    if (busy) this.grace = setTimeout(() => this.replaceWorker(), STOP_GRACE_MS)
  }

  private startWorker(): WorkerLike {
    const worker = this.createWorker()
    worker.addEventListener('message', (event: MessageEvent<AnalysisResponse>) => {
      if (worker === this.worker) this.receive(event.data)
    })
    worker.addEventListener('error', (event: ErrorEvent) => {
      if (worker !== this.worker) return
      // A worker that failed this way may be gone: the next run starts a new one.
      this.worker = undefined
      this.maybeBusy = false
      worker.terminate()
      const p = this.pending
      this.pending = undefined
      this.stopWaiting()
      p?.reject(new Error(event.message || 'The analysis stopped unexpectedly'))
    })
    if (this.mirror.size > 0) worker.postMessage({ type: 'seed', seeds: this.mirror.seeds() })
    return worker
  }

  /** The worker is stuck in a long step: a new one, seeded, takes the latest run over. */
  private replaceWorker(): void {
    this.grace = undefined
    this.worker?.terminate()
    this.worker = undefined
    this.maybeBusy = false
    this.replaced++
    if (this.pending) this.send(this.pending)
  }

  private stopWaiting(): void {
    clearTimeout(this.grace)
    this.grace = undefined
  }

  private receive(message: AnalysisResponse): void {
    if (message.type === 'points') {
      this.mirror.add(message.seeds)
      return
    }
    const p = this.pending
    if (!p || message.id !== p.id) return
    if (message.type === 'started') {
      this.stopWaiting()
      return
    }
    if (message.type === 'progress') {
      if (p.kind !== 'analyse' || message.progress.fraction < p.fraction) return
      p.fraction = message.progress.fraction
      p.onProgress?.(message.progress)
      return
    }
    if (message.type === 'sensitivity' && !message.done) {
      if (p.kind !== 'sensitivity' || message.fraction < p.fraction) return
      p.fraction = message.fraction
      p.onPartial?.(message.sensitivity, message.fraction)
      return
    }
    this.pending = undefined
    this.maybeBusy = false
    this.stopWaiting()
    if (message.type === 'result' && p.kind === 'analyse') {
      p.resolve({ recommendation: message.recommendation, milliseconds: message.milliseconds })
    } else if (message.type === 'sensitivity' && p.kind === 'sensitivity') {
      p.resolve(message.sensitivity)
    } else if (message.type === 'week' && p.kind === 'week') {
      p.resolve(message.weeks)
    } else if (message.type === 'error') {
      p.reject(new Error(message.message))
    } else {
      p.reject(new Error(`the worker answered a ${p.kind} request with ${message.type}`))
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
    client ??= new AnalysisClient(createWorker)
    return client.run(scenario, onProgress)
  }
  backend.sensitivity = (scenario, onPartial) => {
    client ??= new AnalysisClient(createWorker)
    return client.sensitivity(scenario, onPartial)
  }
  backend.week = (scenario, sets) => {
    client ??= new AnalysisClient(createWorker)
    return client.week(scenario, sets)
  }
  backend.dispose = () => {
    client?.dispose()
    client = undefined
  }
  return backend
}
