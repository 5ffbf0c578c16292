import { describe, expect, it } from 'vitest'
import { CurveCache, recommend, type Scenario } from '@/engine'
import { catalogScenario } from '@/engine/__tests__/support/catalog-scenario'
import type { AnalysisRequest, AnalysisResponse } from '../analysis-protocol'
import { createAnalysisRunner } from '../analysis-runner'
import { AnalysisClient, type WorkerLike } from '../analysis-client'

const scenario = (contacts: number): Scenario =>
  catalogScenario({
    shares: [
      ['phone', 0.4],
      ['email', 0.4],
      ['facebook', 0.2],
    ],
    offeredToday: ['phone', 'email', 'facebook'],
    contactsPerWeek: contacts,
    pattern: 'office-hours',
    coverage: 'extended',
  })

/** A worker stand-in: tasks queue up and run when `drain` is called; messages are cloned. */
function fakeHost() {
  const tasks: Array<() => void> = []
  const posted: AnalysisResponse[] = []
  let clock = 0
  const handle = createAnalysisRunner({
    post: (m) => posted.push(structuredClone(m)),
    later: (task) => tasks.push(task),
    now: () => (clock += 5),
  })
  const drain = () => {
    while (tasks.length > 0) tasks.shift()?.()
  }
  return { handle, posted, drain, tasks }
}

describe('analysis runner (the worker’s logic)', () => {
  it('gives exactly the result of a direct call, after crossing the message boundary', () => {
    const host = fakeHost()
    host.handle({ type: 'analyse', id: 1, scenario: scenario(400) })
    host.drain()
    const result = host.posted.find((m) => m.type === 'result')
    expect(result?.type).toBe('result')
    if (result?.type !== 'result') return
    const direct = recommend(scenario(400), { cache: new CurveCache() })
    expect(result.recommendation).toEqual(structuredClone(direct))
  })

  it('works in slices and reports progress on the way', () => {
    const host = fakeHost()
    host.handle({ type: 'analyse', id: 7, scenario: scenario(300) })
    let slices = 0
    while (host.tasks.length > 0) {
      host.tasks.shift()?.()
      slices++
    }
    expect(slices).toBeGreaterThan(1)
    expect(host.posted.some((m) => m.type === 'progress' && m.id === 7)).toBe(true)
    expect(host.posted.at(-1)?.type).toBe('result')
  })

  it('drops a run when a newer one arrives: only the latest answers', () => {
    const host = fakeHost()
    host.handle({ type: 'analyse', id: 1, scenario: scenario(400) })
    host.tasks.shift()?.() // one slice of the first run
    host.handle({ type: 'analyse', id: 2, scenario: scenario(800) })
    host.drain()
    const results = host.posted.filter((m) => m.type === 'result')
    expect(results.map((m) => m.id)).toEqual([2])
  })

  it('stops on cancel and answers nothing', () => {
    const host = fakeHost()
    host.handle({ type: 'analyse', id: 3, scenario: scenario(400) })
    host.handle({ type: 'cancel', id: 3 })
    host.drain()
    expect(host.posted.filter((m) => m.type !== 'progress')).toEqual([])
  })

  it('reports a scenario it cannot analyse as an error message, not a crash', () => {
    const host = fakeHost()
    const bad = scenario(400)
    for (const c of bad.channels) c.candidate = false
    host.handle({ type: 'analyse', id: 4, scenario: bad })
    host.drain()
    expect(host.posted).toEqual([
      {
        type: 'error',
        id: 4,
        message: 'no candidate channels: mark at least one as a candidate',
      },
    ])
  })
})

describe('analysis client', () => {
  function fakeWorker() {
    const sent: AnalysisRequest[] = []
    let listener: ((e: MessageEvent<AnalysisResponse>) => void) | undefined
    const worker: WorkerLike = {
      postMessage: (m) => sent.push(m),
      addEventListener: ((type: string, l: (e: MessageEvent<AnalysisResponse>) => void) => {
        if (type === 'message') listener = l
      }) as WorkerLike['addEventListener'],
      terminate: () => undefined,
    }
    const reply = (m: AnalysisResponse) => listener?.({ data: m } as MessageEvent<AnalysisResponse>)
    return { worker, sent, reply }
  }

  it('resolves an abandoned run to undefined and the latest to its result', async () => {
    const w = fakeWorker()
    const client = new AnalysisClient(w.worker)
    const first = client.run(scenario(100))
    const second = client.run(scenario(200))
    const direct = recommend(scenario(200))
    w.reply({ type: 'result', id: 1, recommendation: direct, milliseconds: 5 })
    w.reply({ type: 'result', id: 2, recommendation: direct, milliseconds: 7 })
    await expect(first).resolves.toBeUndefined()
    await expect(second).resolves.toEqual({ recommendation: direct, milliseconds: 7 })
    expect(w.sent.map((m) => [m.type, m.id])).toEqual([
      ['analyse', 1],
      ['analyse', 2],
    ])
  })

  it('passes progress on and turns a worker error into a rejection', async () => {
    const w = fakeWorker()
    const client = new AnalysisClient(w.worker)
    const progress: number[] = []
    const run = client.run(scenario(100), (p) => progress.push(p.done))
    w.reply({ type: 'progress', id: 1, progress: { done: 3, total: 10, stage: 'channels' } })
    w.reply({ type: 'error', id: 1, message: 'no candidate channels' })
    await expect(run).rejects.toThrow('no candidate channels')
    expect(progress).toEqual([3])
  })
})
