/** Worker stand-ins for tests: they record what they are sent, never answer, and count ends. */
import { vi } from 'vitest'
import type { WorkerLike } from '../analysis-client'
import type { AnalysisRequest } from '../analysis-protocol'

export interface FakeWorker {
  posted: AnalysisRequest[]
  terminate: ReturnType<typeof vi.fn<() => void>>
}

export function fakeWorkers() {
  const made: FakeWorker[] = []
  const create = vi.fn((): WorkerLike => {
    const worker: FakeWorker = { posted: [], terminate: vi.fn<() => void>() }
    made.push(worker)
    return {
      postMessage: (message) => worker.posted.push(message),
      addEventListener: () => undefined,
      terminate: worker.terminate,
    }
  })
  return { made, create }
}
