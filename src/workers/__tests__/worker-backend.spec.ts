import { afterEach, describe, expect, it, vi } from 'vitest'
import { sampleScenario } from '@/engine'
import { workerBackend } from '../analysis-client'
import { fakeWorkers } from './fake-workers'

describe('workerBackend', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('starts its worker on the first run, not before', () => {
    // (The fake worker never says it took the second run up: no clock runs out here.)
    vi.useFakeTimers()
    const workers = fakeWorkers()
    const backend = workerBackend(workers.create)
    expect(workers.create).not.toHaveBeenCalled()
    void backend(sampleScenario(), () => undefined)
    void backend(sampleScenario(), () => undefined)
    expect(workers.create).toHaveBeenCalledOnce()
    expect(workers.made[0]?.posted.map((m) => m.type)).toEqual(['analyse', 'analyse'])
  })

  it('dispose cancels the run under way and terminates the worker; a later run starts another', async () => {
    const workers = fakeWorkers()
    const backend = workerBackend(workers.create)
    const run = backend(sampleScenario(), () => undefined)
    backend.dispose?.()
    expect(await run).toBeUndefined()
    expect(workers.made[0]?.posted.at(-1)?.type).toBe('cancel')
    expect(workers.made[0]?.terminate).toHaveBeenCalledOnce()
    backend.dispose?.()
    expect(workers.made[0]?.terminate).toHaveBeenCalledOnce()
    void backend(sampleScenario(), () => undefined)
    expect(workers.made).toHaveLength(2)
  })

  it('dispose before any run has nothing to end', () => {
    const workers = fakeWorkers()
    workerBackend(workers.create).dispose?.()
    expect(workers.create).not.toHaveBeenCalled()
  })
})
