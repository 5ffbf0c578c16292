import fc from 'fast-check'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick } from 'vue'
import {
  recommend,
  sampleScenario,
  type AnalysisProgress,
  type Recommendation,
  type Scenario,
  type SensitivityAnalysis,
  type WatchedWeek,
} from '@/engine'
import type { AnalysisBackend, AnalysisOutcome } from '@/workers/analysis-protocol'
import { BUSY_AFTER_MS, ANALYSIS_SETTLE_MS, FOLLOW_UP_AFTER_MS, useAnalysis } from '../analysis'

/** The sample with only the phone to consider: a small, quick analysis. */
function phoneOnly(): Scenario {
  const s = sampleScenario()
  for (const c of s.channels) c.candidate = c.id === 'phone'
  return s
}

/** One small, fixed answer for every run: the composable never looks inside it. */
let answer: Recommendation
beforeAll(() => {
  answer = recommend(phoneOnly())
})

const withContacts = (contacts: number): Scenario => {
  const s = sampleScenario()
  s.demand.contactsPerWeek = contacts
  return s
}

interface Call {
  scenario: Scenario
  onProgress: (progress: AnalysisProgress) => void
  resolve: (outcome?: AnalysisOutcome) => void
  reject: (error: Error) => void
}

/** A backend that answers when told to, and counts how often it is let go. */
function manualBackend() {
  const calls: Call[] = []
  const dispose = vi.fn()
  const backend: AnalysisBackend = (scenario, onProgress) =>
    new Promise<AnalysisOutcome | undefined>((resolve, reject) => {
      calls.push({
        scenario,
        onProgress,
        resolve: (outcome = { recommendation: answer, milliseconds: 3 }) => resolve(outcome),
        reject,
      })
    })
  backend.dispose = dispose
  const create = vi.fn(() => backend)
  return { calls, dispose, create }
}

/** Runs `setup` in a scope of its own, as a component or store would. */
function scoped<T>(setup: () => T): { value: T; stop: () => void } {
  const scope = effectScope()
  const value = scope.run(setup)
  if (value === undefined) throw new Error('the scope did not run')
  return { value, stop: () => scope.stop() }
}

async function settle(ms = ANALYSIS_SETTLE_MS): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms)
  await nextTick()
}

describe('useAnalysis', () => {
  let stops: (() => void)[] = []
  beforeEach(() => {
    vi.useFakeTimers()
    stops = []
  })
  afterEach(() => {
    for (const stop of stops) stop()
    vi.useRealTimers()
  })
  function start(manual = manualBackend()) {
    const { value, stop } = scoped(() => useAnalysis(manual.create))
    stops.push(stop)
    return { analysis: value, manual, stop }
  }

  it('waits for a burst of edits to end, then analyses only the last', async () => {
    expect.hasAssertions()
    const { analysis, manual } = start()
    for (const n of [100, 200, 300]) {
      expect(analysis.schedule(withContacts(n))).toBe(true)
      await settle(ANALYSIS_SETTLE_MS / 2)
    }
    expect(analysis.pending.value).toBe(true)
    expect(manual.calls).toHaveLength(0)
    await settle()
    expect(analysis.pending.value).toBe(false)
    expect(manual.calls.map((c) => c.scenario.demand.contactsPerWeek)).toEqual([300])
    expect(analysis.state.value).toBe('running')
    manual.calls[0]?.resolve()
    await settle()
    expect(analysis.state.value).toBe('idle')
    expect(analysis.recommendation.value).toBe(answer)
    expect(analysis.analysed.value?.demand.contactsPerWeek).toBe(300)
    expect(analysis.milliseconds.value).toBe(3)
  })

  it('a newer run wins over an older one that answers later', async () => {
    const { analysis, manual } = start()
    analysis.schedule(withContacts(100))
    await settle()
    analysis.schedule(withContacts(200))
    await settle()
    expect(manual.calls).toHaveLength(2)
    const older = manual.calls[0]
    const newer = manual.calls[1]
    newer?.resolve()
    await settle()
    expect(analysis.analysed.value?.demand.contactsPerWeek).toBe(200)
    older?.resolve({ recommendation: answer, milliseconds: 99 })
    older?.onProgress({ fraction: 0.5, stage: 'channels' })
    await settle()
    expect(analysis.analysed.value?.demand.contactsPerWeek).toBe(200)
    expect(analysis.milliseconds.value).toBe(3)
    expect(analysis.progress.value).toBeUndefined()
    expect(analysis.state.value).toBe('idle')
  })

  it('a direct run that is overtaken resolves to undefined; its late failure is not shown', async () => {
    const { analysis, manual } = start()
    const first = analysis.analyse([withContacts(100)])
    await settle(0)
    const second = analysis.analyse([withContacts(200), withContacts(300)])
    await settle(0)
    manual.calls[0]?.reject(new Error('too late to matter'))
    expect(await first).toBeUndefined()
    manual.calls[1]?.resolve()
    await settle(0)
    manual.calls[2]?.resolve()
    const items = await second
    expect(items?.map((i) => i.ok && i.answer.scenario.demand.contactsPerWeek)).toEqual([200, 300])
    expect(analysis.state.value).toBe('idle')
    expect(analysis.failure.value).toBe('')
  })

  it('never sends an invalid scenario to the backend', async () => {
    const { analysis, manual } = start()
    expect(analysis.schedule(withContacts(-5))).toBe(false)
    await settle()
    expect(analysis.pending.value).toBe(false)
    const items = await analysis.analyse([withContacts(-5), { version: 2 }, 'not a scenario'])
    expect(items?.map((i) => !i.ok && i.reason)).toEqual(['invalid', 'invalid', 'invalid'])
    expect(items?.[0]).toMatchObject({ message: /^demand\.contactsPerWeek: Contacts per week/ })
    expect(manual.create).not.toHaveBeenCalled()
    expect(manual.calls).toHaveLength(0)
  })

  it('never sends contacts out of range, whatever they are', async () => {
    expect.hasAssertions()
    const { analysis, manual } = start()
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.double({ max: -Number.MIN_VALUE }),
          fc.double({ min: 1_000_000, minExcluded: true }),
          fc.constant(Number.NaN),
        ),
        async (contacts) => {
          expect(analysis.schedule(withContacts(contacts))).toBe(false)
          const items = await analysis.analyse([withContacts(contacts)])
          expect(items?.[0]?.ok).toBe(false)
        },
      ),
      { numRuns: 30 },
    )
    expect(manual.calls).toHaveLength(0)
  })

  it('sends a copy: edits after the request do not reach the run', async () => {
    const { analysis, manual } = start()
    const scenario = withContacts(400)
    analysis.schedule(scenario)
    scenario.demand.contactsPerWeek = 9
    scenario.channels.pop()
    await settle()
    expect(manual.calls[0]?.scenario).not.toBe(scenario)
    expect(manual.calls[0]?.scenario.demand.contactsPerWeek).toBe(400)
    expect(manual.calls[0]?.scenario.channels).toHaveLength(sampleScenario().channels.length)
  })

  it('is busy only when an answer takes a while, and shows progress meanwhile', async () => {
    const { analysis, manual } = start()
    analysis.schedule(withContacts(400))
    await settle()
    await settle(BUSY_AFTER_MS - 10)
    expect(analysis.busy.value).toBe(false)
    await settle(20)
    expect(analysis.busy.value).toBe(true)
    const progress: AnalysisProgress = { fraction: 0.3, stage: 'channels' }
    manual.calls[0]?.onProgress(progress)
    expect(analysis.progress.value).toEqual(progress)
    manual.calls[0]?.resolve()
    await settle()
    expect(analysis.busy.value).toBe(false)
    expect(analysis.progress.value).toBeUndefined()
  })

  it('shows one rising figure over a run of several scenarios, never going back', async () => {
    const { analysis, manual } = start()
    const run = analysis.analyse([withContacts(100), withContacts(200)])
    await settle(0)
    const seen: number[] = []
    const note = () => seen.push(analysis.progress.value?.fraction ?? -1)
    // Each scenario is half of the run: the first's 0.5 is a quarter, the second's 0.2 is
    // (1 + 0.2) ÷ 2 = 0.6, and a report lower than the last one shown (0.1 of the second,
    // 0.55) leaves the figure where it was.
    manual.calls[0]?.onProgress({ fraction: 0.5, stage: 'channels' })
    note()
    manual.calls[0]?.resolve()
    await settle(0)
    manual.calls[1]?.onProgress({ fraction: 0.2, stage: 'channels' })
    note()
    manual.calls[1]?.onProgress({ fraction: 0.1, stage: 'channels' })
    note()
    manual.calls[1]?.onProgress({ fraction: 0.9, stage: 'exact' })
    note()
    expect(seen).toEqual([0.25, 0.6, 0.6, 0.95])
    manual.calls[1]?.resolve()
    await run
    expect(analysis.progress.value).toBeUndefined()
  })

  it('reports a failure in words, and keeps the answer it had', async () => {
    const { analysis, manual } = start()
    analysis.schedule(withContacts(400))
    await settle()
    manual.calls[0]?.resolve()
    await settle()
    analysis.schedule(withContacts(500))
    await settle()
    manual.calls[1]?.reject(new Error('worker crashed'))
    await settle()
    expect(analysis.state.value).toBe('failed')
    expect(analysis.failure.value).toBe('worker crashed')
    expect(analysis.analysed.value?.demand.contactsPerWeek).toBe(400)
  })

  it('makes its backend on first use, and disposes of it when its scope ends', async () => {
    const manual = manualBackend()
    const { analysis, stop } = start(manual)
    expect(manual.create).not.toHaveBeenCalled()
    const run = analysis.analyse([withContacts(400)])
    await settle(0)
    void analysis.analyse([withContacts(500)])
    await settle(0)
    expect(manual.create).toHaveBeenCalledOnce()
    expect(manual.dispose).not.toHaveBeenCalled()
    stop()
    expect(manual.dispose).toHaveBeenCalledOnce()
    // What was under way comes to nothing, and nothing new starts.
    manual.calls[1]?.resolve()
    expect(await run).toBeUndefined()
    expect(await analysis.analyse([withContacts(600)])).toBeUndefined()
    expect(analysis.schedule(withContacts(700))).toBe(false)
    await settle()
    expect(manual.calls).toHaveLength(2)
    expect(analysis.recommendation.value).toBeUndefined()
    expect(analysis.state.value).toBe('idle')
  })

  it('a scope that never ran an analysis makes no backend', () => {
    const manual = manualBackend()
    const { stop } = start(manual)
    stop()
    expect(manual.create).not.toHaveBeenCalled()
    expect(manual.dispose).not.toHaveBeenCalled()
  })

  it('cancel drops what is waiting and what is running', async () => {
    const { analysis, manual } = start()
    analysis.schedule(withContacts(400))
    await settle()
    analysis.schedule(withContacts(500))
    analysis.cancel()
    expect(analysis.pending.value).toBe(false)
    expect(analysis.state.value).toBe('idle')
    manual.calls[0]?.resolve()
    await settle()
    expect(manual.calls).toHaveLength(1)
    expect(analysis.recommendation.value).toBeUndefined()
  })
})

describe('useAnalysis: what would change the answer', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  /** A sensitivity the composable passes on untouched (it never looks inside). */
  const part = (searching: number) =>
    ({
      channelIds: ['phone'],
      share: 'within-target',
      base: { costWithLostValue: 1, share: 0.8, staffHours: 1, targetsReached: true },
      bars: [],
      breakpoints: [],
      steady: [],
      searching: Array.from({ length: searching }, () => ({ kind: 'contacts' as const })),
    }) satisfies SensitivityAnalysis

  function withSensitivity() {
    const manual = manualBackend()
    const asked: {
      scenario: Scenario
      onPartial: (s: SensitivityAnalysis, fraction: number) => void
      resolve: (s: SensitivityAnalysis | undefined) => void
    }[] = []
    const backend = manual.create()
    backend.sensitivity = (scenario, onPartial) =>
      new Promise((resolve) => asked.push({ scenario, onPartial, resolve }))
    const { value, stop } = scoped(() => useAnalysis(() => backend))
    return { analysis: value, manual, asked, stop }
  }

  it('follows a kept answer: asks for it, shows the parts as they come, then all of it', async () => {
    const { analysis, manual, asked, stop } = withSensitivity()
    analysis.schedule(withContacts(300))
    await settle()
    expect(asked).toHaveLength(0)
    manual.calls[0]?.resolve()
    await settle()
    await settle(FOLLOW_UP_AFTER_MS)
    expect(asked.map((a) => a.scenario.demand.contactsPerWeek)).toEqual([300])
    expect(analysis.sensitivityFraction.value).toBe(0)
    const first = part(2)
    asked[0]?.onPartial(first, 0.4)
    expect(analysis.sensitivity.value).toBe(first)
    expect(analysis.sensitivityFraction.value).toBe(0.4)
    const all = part(0)
    asked[0]?.resolve(all)
    await settle()
    expect(analysis.sensitivity.value).toBe(all)
    expect(analysis.sensitivityFraction.value).toBe(1)
    stop()
  })

  it('a newer answer drops the older one’s sensitivity, and its late parts are not shown', async () => {
    const { analysis, manual, asked, stop } = withSensitivity()
    analysis.schedule(withContacts(300))
    await settle()
    manual.calls[0]?.resolve()
    await settle()
    await settle(FOLLOW_UP_AFTER_MS)
    analysis.schedule(withContacts(500))
    await settle()
    asked[0]?.onPartial(part(1), 0.5)
    expect(analysis.sensitivity.value).toBeUndefined()
    manual.calls[1]?.resolve()
    await settle()
    await settle(FOLLOW_UP_AFTER_MS)
    expect(asked.map((a) => a.scenario.demand.contactsPerWeek)).toEqual([300, 500])
    asked[0]?.resolve(part(0))
    await settle()
    expect(analysis.sensitivity.value).toBeUndefined()
    expect(analysis.sensitivityFraction.value).toBe(0)
    stop()
  })
})

describe('useAnalysis: the simulated week', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  /** A week the composable passes on untouched (it never looks inside). */
  const watched = (id: string): WatchedWeek => ({ available: true, channelIds: [id], channels: [] })

  function withWeek() {
    const manual = manualBackend()
    const weeks: {
      sets: string[][]
      resolve: (w: WatchedWeek[] | undefined) => void
      reject: (e: Error) => void
    }[] = []
    const sensitivities: string[] = []
    const backend = manual.create()
    backend.week = (_scenario, sets) =>
      new Promise((resolve, reject) =>
        weeks.push({ sets: sets.map((s) => s.channelIds), resolve, reject }),
      )
    backend.sensitivity = (scenario) => {
      sensitivities.push(String(scenario.demand.contactsPerWeek))
      return new Promise(() => undefined)
    }
    const { value, stop } = scoped(() => useAnalysis(() => backend))
    return { analysis: value, manual, weeks, sensitivities, stop }
  }

  it('plays out the answer’s sets first, then asks what would change the answer', async () => {
    const { analysis, manual, weeks, sensitivities, stop } = withWeek()
    analysis.schedule(withContacts(300))
    await settle()
    manual.calls[0]?.resolve()
    await settle()
    await settle(FOLLOW_UP_AFTER_MS)
    const r = analysis.recommendation.value
    if (!r) throw new Error('no answer')
    const expected = [r.recommended.channelIds, ...(r.current ? [r.current.channelIds] : [])]
    expect(weeks.map((w) => w.sets)).toEqual([expected])
    expect(sensitivities).toEqual([])
    const rec = watched('a')
    const cur = watched('b')
    weeks[0]?.resolve([rec, cur])
    await settle()
    expect(analysis.week.value).toEqual({ recommended: rec, current: cur })
    expect(sensitivities).toEqual(['300'])
    stop()
  })

  it('waits a moment after an answer: an edit meanwhile finds the backend free', async () => {
    const { analysis, manual, weeks, sensitivities, stop } = withWeek()
    analysis.schedule(withContacts(300))
    await settle()
    manual.calls[0]?.resolve()
    await settle()
    await settle(FOLLOW_UP_AFTER_MS - 3 * ANALYSIS_SETTLE_MS)
    expect(weeks).toHaveLength(0)
    analysis.schedule(withContacts(310))
    await settle(FOLLOW_UP_AFTER_MS)
    // The first answer's follow-ups never start; the second is being answered.
    expect(weeks).toHaveLength(0)
    expect(sensitivities).toEqual([])
    expect(manual.calls).toHaveLength(2)
    manual.calls[1]?.resolve()
    await settle()
    await settle(FOLLOW_UP_AFTER_MS)
    expect(weeks).toHaveLength(1)
    stop()
  })

  it('says why a week failed, and still asks what would change the answer', async () => {
    const { analysis, manual, weeks, sensitivities, stop } = withWeek()
    analysis.schedule(withContacts(300))
    await settle()
    manual.calls[0]?.resolve()
    await settle()
    await settle(FOLLOW_UP_AFTER_MS)
    weeks[0]?.reject(new Error('boom'))
    await settle()
    expect(analysis.week.value).toBeUndefined()
    expect(analysis.weekFailure.value).toBe('boom')
    expect(sensitivities).toEqual(['300'])
    stop()
  })
})
