import { afterEach, describe, expect, it, vi } from 'vitest'
import { CurveCache, recommend, watchWeek, type Scenario } from '@/engine'
import { catalogScenario } from '@/engine/__tests__/support/catalog-scenario'
import type { AnalysisRequest, AnalysisResponse } from '../analysis-protocol'
import { createAnalysisRunner } from '../analysis-runner'
import { AnalysisClient, STOP_GRACE_MS, type WorkerLike } from '../analysis-client'

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

/**
 * A worker stand-in: tasks queue up and run when `drain` is called; messages are cloned. Each
 * look at the clock moves it `tick` ms (50: every slice is one step and reports progress).
 */
function fakeHost(tick = 5) {
  const tasks: Array<() => void> = []
  const posted: AnalysisResponse[] = []
  let clock = 0
  const handle = createAnalysisRunner({
    post: (m) => posted.push(structuredClone(m)),
    later: (task) => tasks.push(task),
    now: () => (clock += tick),
  })
  const drain = () => {
    while (tasks.length > 0) tasks.shift()?.()
  }
  return { handle, posted, drain, tasks }
}

describe('analysis runner (the worker’s logic)', () => {
  it('plays out the week of each set it is given, as a direct call does', () => {
    const host = fakeHost()
    const s = scenario(400)
    const answer = recommend(s)
    const sets = [answer.recommended, ...(answer.current ? [answer.current] : [])]
    host.handle({ type: 'week', id: 3, scenario: s, sets })
    const reply = host.posted.find((m) => m.type === 'week')
    if (reply?.type !== 'week') throw new Error('no week posted')
    expect(reply.id).toBe(3)
    expect(reply.weeks).toEqual(structuredClone(sets.map((set) => watchWeek(s, set))))
    expect(reply.weeks.map((w) => w.channelIds)).toEqual(sets.map((set) => set.channelIds))
  })

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

  it('drops a run replaced during its exact evaluations at the next step', () => {
    const host = fakeHost(50)
    host.handle({ type: 'analyse', id: 1, scenario: scenario(400) })
    const lastProgress = () => host.posted.filter((m) => m.type === 'progress').at(-1)
    // One step per slice: run until the first exact evaluation of a shown set is reported.
    while (host.tasks.length > 0) {
      host.tasks.shift()?.()
      const p = lastProgress()
      if (p?.type === 'progress' && p.progress.stage === 'exact') break
    }
    const p = lastProgress()
    expect(p?.type === 'progress' && p.progress.stage).toBe('exact')
    const before = host.posted.length
    host.handle({ type: 'analyse', id: 2, scenario: scenario(800) })
    host.drain()
    const after = host.posted.slice(before)
    expect(after[0]).toEqual({ type: 'started', id: 2 })
    // Nothing more of the first run: it stopped at the step after the new request came.
    expect(after.filter((m) => 'id' in m && m.id === 1)).toEqual([])
    expect(host.posted.filter((m) => m.type === 'result').map((m) => m.id)).toEqual([2])
  })

  it('reports progress that never goes back, and hands on every new curve evaluation once', () => {
    const host = fakeHost(50)
    host.handle({ type: 'analyse', id: 5, scenario: scenario(300) })
    host.drain()
    const fractions = host.posted.flatMap((m) =>
      m.type === 'progress' ? [m.progress.fraction] : [],
    )
    expect(fractions.length).toBeGreaterThan(3)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    expect(Math.max(...fractions)).toBeLessThan(1)
    // A cache seeded with what was handed on needs no evaluation for the same scenario.
    const seeds = host.posted.flatMap((m) => (m.type === 'points' ? m.seeds : []))
    const seeded = new CurveCache()
    seeded.seed(seeds)
    const again = recommend(scenario(300), { cache: seeded })
    expect(again.analysis.channelEvaluations).toBe(0)
    const result = host.posted.find((m) => m.type === 'result')
    expect(result?.type === 'result' && result.recommendation.reason).toEqual(again.reason)
  })

  it('stops on cancel and answers nothing', () => {
    const host = fakeHost()
    host.handle({ type: 'analyse', id: 3, scenario: scenario(400) })
    host.handle({ type: 'cancel', id: 3 })
    host.drain()
    expect(host.posted.filter((m) => m.type === 'result' || m.type === 'error')).toEqual([])
  })

  it('reports a scenario it cannot analyse as an error message, not a crash', () => {
    const host = fakeHost()
    const bad = scenario(400)
    for (const c of bad.channels) c.candidate = false
    host.handle({ type: 'analyse', id: 4, scenario: bad })
    host.drain()
    expect(host.posted).toEqual([
      { type: 'started', id: 4 },
      {
        type: 'error',
        id: 4,
        message: 'no candidate channels: mark at least one as a candidate',
      },
    ])
  })
})

describe('analysis client', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  /** Workers the client makes: each records what it is sent and can be made to answer. */
  function fakeWorkers() {
    const made: Array<{
      sent: AnalysisRequest[]
      reply: (m: AnalysisResponse) => void
      terminated: boolean
    }> = []
    const create = (): WorkerLike => {
      let listener: ((e: MessageEvent<AnalysisResponse>) => void) | undefined
      const record = {
        sent: [] as AnalysisRequest[],
        reply: (m: AnalysisResponse) => listener?.({ data: m } as MessageEvent<AnalysisResponse>),
        terminated: false,
      }
      made.push(record)
      return {
        postMessage: (m) => record.sent.push(m),
        addEventListener: ((type: string, l: (e: MessageEvent<AnalysisResponse>) => void) => {
          if (type === 'message') listener = l
        }) as WorkerLike['addEventListener'],
        terminate: () => {
          record.terminated = true
        },
      }
    }
    const worker = (i: number) => {
      const w = made[i]
      if (!w) throw new Error(`no worker ${i}`)
      return w
    }
    return { made, create, worker }
  }

  const kinds = (sent: AnalysisRequest[]) =>
    sent.map((m) => (m.type === 'seed' ? ['seed'] : [m.type, m.id]))

  it('resolves an abandoned run to undefined and the latest to its result', async () => {
    const w = fakeWorkers()
    const client = new AnalysisClient(w.create)
    const first = client.run(scenario(100))
    const second = client.run(scenario(200))
    const direct = recommend(scenario(200))
    w.worker(0).reply({ type: 'result', id: 1, recommendation: direct, milliseconds: 5 })
    w.worker(0).reply({ type: 'result', id: 2, recommendation: direct, milliseconds: 7 })
    await expect(first).resolves.toBeUndefined()
    await expect(second).resolves.toEqual({ recommendation: direct, milliseconds: 7 })
    expect(kinds(w.worker(0).sent)).toEqual([
      ['analyse', 1],
      ['analyse', 2],
    ])
  })

  it('a week run sends the sets and resolves to the weeks; a newer run ends it', async () => {
    const w = fakeWorkers()
    const client = new AnalysisClient(w.create)
    const s = scenario(100)
    const answer = recommend(s)
    const first = client.week(s, [answer.recommended])
    const sent = w.worker(0).sent[0]
    expect(sent?.type === 'week' ? sent.sets.map((x) => x.channelIds) : undefined).toEqual([
      answer.recommended.channelIds,
    ])
    const weeks = [watchWeek(s, answer.recommended)]
    w.worker(0).reply({ type: 'week', id: 1, weeks })
    await expect(first).resolves.toEqual(weeks)
    const second = client.week(s, [answer.recommended])
    void client.run(scenario(200))
    await expect(second).resolves.toBeUndefined()
    expect(kinds(w.worker(0).sent)).toEqual([
      ['week', 1],
      ['week', 2],
      ['analyse', 3],
    ])
  })

  it('a sensitivity run hears its parts, resolves to all of it, and a newer run ends it', async () => {
    const w = fakeWorkers()
    const client = new AnalysisClient(w.create)
    const sensitivity = {
      channelIds: ['phone'],
      share: 'within-target' as const,
      base: { costWithLostValue: 1, share: 0.8, staffHours: 1, targetsReached: true },
      bars: [],
      breakpoints: [],
      steady: [],
      searching: [],
    }
    const heard: number[] = []
    const first = client.sensitivity(scenario(100), (_, f) => heard.push(f))
    w.worker(0).reply({ type: 'sensitivity', id: 1, sensitivity, fraction: 0.5, done: false })
    w.worker(0).reply({ type: 'sensitivity', id: 1, sensitivity, fraction: 0.3, done: false })
    w.worker(0).reply({ type: 'sensitivity', id: 1, sensitivity, fraction: 1, done: true })
    await expect(first).resolves.toEqual(sensitivity)
    expect(heard).toEqual([0.5])
    const second = client.sensitivity(scenario(100))
    void client.run(scenario(200))
    await expect(second).resolves.toBeUndefined()
    expect(kinds(w.worker(0).sent)).toEqual([
      ['sensitivity', 1],
      ['sensitivity', 2],
      ['analyse', 3],
    ])
  })

  it('passes progress on, never lower than before, and turns a worker error into a rejection', async () => {
    const w = fakeWorkers()
    const client = new AnalysisClient(w.create)
    const progress: number[] = []
    const run = client.run(scenario(100), (p) => progress.push(p.fraction))
    w.worker(0).reply({ type: 'progress', id: 1, progress: { fraction: 0.3, stage: 'channels' } })
    w.worker(0).reply({ type: 'progress', id: 1, progress: { fraction: 0.2, stage: 'channels' } })
    w.worker(0).reply({ type: 'progress', id: 1, progress: { fraction: 0.4, stage: 'exact' } })
    w.worker(0).reply({ type: 'error', id: 1, message: 'no candidate channels' })
    await expect(run).rejects.toThrow('no candidate channels')
    expect(progress).toEqual([0.3, 0.4])
  })

  it('replaces a worker stuck in a long step, seeding the new one with what the old one sent', async () => {
    vi.useFakeTimers()
    const w = fakeWorkers()
    const client = new AnalysisClient(w.create)
    void client.run(scenario(100))
    const old = w.worker(0)
    old.reply({ type: 'started', id: 1 })
    // The old worker hands on what it evaluated, then starts a long evaluation: it reads no
    // more messages.
    const evaluated = new CurveCache()
    recommend(scenario(100), { cache: evaluated })
    const seeds = evaluated.takeNew()
    old.reply({ type: 'points', seeds })
    const second = client.run(scenario(200))
    vi.advanceTimersByTime(STOP_GRACE_MS - 1)
    expect(w.made).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(old.terminated).toBe(true)
    expect(w.made).toHaveLength(2)
    const fresh = w.worker(1)
    expect(kinds(fresh.sent)).toEqual([['seed'], ['analyse', 2]])
    expect(fresh.sent[0]).toEqual({ type: 'seed', seeds })
    const direct = recommend(scenario(200))
    // A late answer from the old worker is not taken; the new worker's is.
    old.reply({ type: 'result', id: 2, recommendation: direct, milliseconds: 1 })
    fresh.reply({ type: 'result', id: 2, recommendation: direct, milliseconds: 9 })
    await expect(second).resolves.toEqual({ recommendation: direct, milliseconds: 9 })
    // A fresh worker has no earlier step to be stuck in: no grace runs out on it.
    vi.advanceTimersByTime(10 * STOP_GRACE_MS)
    expect(w.made).toHaveLength(2)
  })

  it('keeps a worker that takes the newer request up in time', () => {
    vi.useFakeTimers()
    const w = fakeWorkers()
    const client = new AnalysisClient(w.create)
    void client.run(scenario(100))
    void client.run(scenario(200))
    vi.advanceTimersByTime(STOP_GRACE_MS / 2)
    w.worker(0).reply({ type: 'started', id: 2 })
    vi.advanceTimersByTime(10 * STOP_GRACE_MS)
    expect(w.made).toHaveLength(1)
    expect(w.worker(0).terminated).toBe(false)
    client.dispose()
    expect(w.worker(0).terminated).toBe(true)
  })
})

describe('analysis runner: what would change the answer', () => {
  it('posts what it knows after each part, then all of it, on the answer’s curves', () => {
    const host = fakeHost()
    host.handle({ type: 'analyse', id: 1, scenario: scenario(400) })
    host.drain()
    host.handle({ type: 'sensitivity', id: 2, scenario: scenario(400) })
    host.drain()
    const parts = host.posted.filter((m) => m.type === 'sensitivity')
    expect(parts.length).toBeGreaterThan(1)
    const last = parts.at(-1)
    expect(last?.type === 'sensitivity' && last.done).toBe(true)
    expect(parts.slice(0, -1).every((m) => m.type === 'sensitivity' && !m.done)).toBe(true)
    const fractions = parts.map((m) => (m.type === 'sensitivity' ? m.fraction : NaN))
    for (let i = 1; i < fractions.length; i++) {
      expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1] ?? 0)
    }
    const result = host.posted.find((m) => m.type === 'result')
    if (last?.type !== 'sensitivity' || result?.type !== 'result') throw new Error('missing')
    expect(last.sensitivity.channelIds).toEqual(result.recommendation.recommended.channelIds)
    expect(last.sensitivity.searching).toEqual([])
  }, 60_000)

  it('a newer request stops it at the next step', () => {
    const host = fakeHost(50)
    host.handle({ type: 'sensitivity', id: 1, scenario: scenario(400) })
    host.tasks.shift()?.()
    host.handle({ type: 'analyse', id: 2, scenario: scenario(300) })
    host.drain()
    expect(host.posted.some((m) => m.type === 'sensitivity' && m.done)).toBe(false)
    expect(host.posted.filter((m) => m.type === 'result').map((m) => m.id)).toEqual([2])
  }, 60_000)
})
