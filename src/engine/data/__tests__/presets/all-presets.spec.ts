/**
 * What holds for every built-in scenario preset: the list, a title, a story and sources, a
 * complete scenario built fresh each call, and an analysis whose figures keep the books (every
 * contact offered is handled or unserved, hand-offs and repeats follow their shares, looks are
 * paid time). Each preset's own figures and story are checked in the file named after it; that
 * each preset is a valid scenario file is checked by the file format's parser
 * (src/schemas/__tests__/presets-parse.spec.ts).
 *
 * The facts about async channels here are the books of the looks model (docs/methodology.md,
 * "Async channels"): a channel answers or leaves unanswered what it is offered, cannot answer
 * within target more than it answers, pays for its looks, and its staff time is its checks and
 * replies (meet targets) or fits within the hours it is given (fixed hours).
 */
import { describe, expect, it } from 'vitest'
import type { PortfolioTotals } from '../../../portfolio/totals'
import type { Scenario } from '../../../model/types'
import { SCENARIO_PRESETS, presetById, type ScenarioPresetId } from '../../scenario-presets'
import { defined } from '../../../__tests__/support/defined'
import { channelOf, currentOf, presetScenario, recommendationOf } from './preset-support'

const IDS: ScenarioPresetId[] = [
  'grocery-facebook',
  'cable-social',
  'restaurant-reviews',
  'online-shop',
  'saas-startup',
  'six-channels',
]

describe('the preset list', () => {
  it('has the six presets, ids unique, each found by its id', () => {
    expect(SCENARIO_PRESETS.map((p) => p.id)).toEqual(IDS)
    expect(new Set(SCENARIO_PRESETS.map((p) => p.id)).size).toBe(SCENARIO_PRESETS.length)
    expect.assertions(4 + SCENARIO_PRESETS.length)
    for (const p of SCENARIO_PRESETS) expect(presetById(p.id)).toBe(p)
    expect(presetById('no-such-preset')).toBeUndefined()
    expect(presetById('')).toBeUndefined()
  })

  it('uses fixed hours in three presets; the small businesses answer alongside other work', () => {
    const analyses = SCENARIO_PRESETS.map((p) => p.build().analysis)
    expect(analyses.map((a) => a.mode)).toEqual([
      'fixed-hours', // grocery-facebook
      'meet-targets', // cable-social
      'meet-targets', // restaurant-reviews
      'fixed-hours', // online-shop
      'meet-targets', // saas-startup
      'fixed-hours', // six-channels
    ])
    expect(analyses.map((a) => a.structure)).toEqual([
      'alongside-other-work',
      'blended',
      'alongside-other-work',
      'dedicated',
      'dedicated',
      'dedicated',
    ])
  })

  it('is frozen: no part of the app can change a preset by accident', () => {
    expect(Object.isFrozen(SCENARIO_PRESETS)).toBe(true)
    expect.assertions(1 + SCENARIO_PRESETS.length)
    for (const p of SCENARIO_PRESETS) expect(Object.isFrozen(p)).toBe(true)
  })
})

describe.each(SCENARIO_PRESETS.map((p) => [p.id, p] as const))('preset %s', (_id, preset) => {
  it('has a short title, a one-paragraph story of 3 to 5 sentences, and sources', () => {
    expect(preset.title.trim()).not.toBe('')
    expect(preset.title.length).toBeLessThanOrEqual(60)
    expect(preset.story.length).toBeGreaterThanOrEqual(200)
    expect(preset.story.length).toBeLessThanOrEqual(800)
    expect(preset.story).not.toMatch(/\n/)
    expect(preset.story).toBe(preset.story.trim())
    const sentences = preset.story.split(/(?<=[.?!])\s+(?=[A-Z])/)
    expect(sentences.length).toBeGreaterThanOrEqual(3)
    expect(sentences.length).toBeLessThanOrEqual(5)
    expect(preset.sources.length).toBeGreaterThanOrEqual(2)
    expect.assertions(10 + preset.sources.length)
    for (const source of preset.sources) expect(source.trim()).not.toBe('')
    // Invented magnitudes are declared as such.
    expect(preset.sources.some((s) => s.startsWith('Assumption: '))).toBe(true)
  })

  it('builds a fresh copy each call', () => {
    const a = preset.build()
    const b = preset.build()
    expect(a).not.toBe(b)
    expect(a).toEqual(b)
    // Editing one leaves the next untouched, down to the nested arrays and records.
    const first = defined(a.channels[0], 'a first channel')
    first.coverage.fill(false)
    first.affinity.elsewhere = 1
    first.handleMinutes = 99
    a.demand.shares[first.id] = 7
    a.channels.pop()
    a.demand.pattern.fill(0)
    a.business.costPerHour = -1
    a.selfService.enabled = !a.selfService.enabled
    a.analysis.publicMissWeight = 9
    expect(preset.build()).toEqual(b)
  })

  it('offers 3 to 10 candidate channels with unique ids, some offered today', () => {
    const { channels } = preset.build()
    const ids = channels.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    const candidates = channels.filter((c) => c.candidate)
    expect(candidates.length).toBeGreaterThanOrEqual(3)
    expect(candidates.length).toBeLessThanOrEqual(10)
    expect(channels.some((c) => c.offeredToday)).toBe(true)
    for (const c of channels) {
      for (const target of Object.keys(c.affinity)) {
        expect(target).not.toBe(c.id)
        expect(ids).toContain(target)
      }
    }
  })

  it('gives every channel a share, and the shares sum to 1', () => {
    const { channels, demand } = preset.build()
    expect(Object.keys(demand.shares).sort()).toEqual(channels.map((c) => c.id).sort())
    const sum = Object.values(demand.shares).reduce((s, v) => s + v, 0)
    expect(Math.abs(sum - 1)).toBeLessThan(1e-9)
  })
})

const fixedHours = SCENARIO_PRESETS.filter((p) => p.build().analysis.mode === 'fixed-hours')

/** The first test to ask for a preset's recommendation computes it: cable-social takes ~10 s. */
const RECOMMENDATION = { timeout: 60_000 }

describe.each(fixedHours.map((p) => [p.id, p] as const))('fixed-hours preset %s', (id, preset) => {
  it(
    'has the staff hours fixed hours need, and the sets shown stay within them',
    RECOMMENDATION,
    () => {
      const hours = preset.build().business.staffHoursPerWeek
      const budget = defined(hours, 'staff hours a week')
      expect(budget).toBeGreaterThan(0)
      const r = recommendationOf(id)
      for (const p of [r.recommended, currentOf(r), r.bestOfAnySize]) {
        expect(p.staffHours).toBeLessThanOrEqual(budget + 1e-6)
      }
    },
  )
})

/** Every figure a portfolio reports is a finite, non-negative number; shares lie in [0, 1]. */
function expectFinite(p: PortfolioTotals) {
  for (const x of [
    p.staffHours,
    p.cost.total,
    p.contactsOffered,
    p.withinTarget,
    p.unserved,
    p.lost,
    p.lostValue,
    p.totalWithLostValue,
  ]) {
    expect(Number.isFinite(x)).toBe(true)
    expect(x).toBeGreaterThanOrEqual(0)
  }
  for (const share of [p.attainment, p.weightedAttainment, p.servedWellShare]) {
    expect(share).toBeGreaterThanOrEqual(0)
    expect(share).toBeLessThanOrEqual(1)
  }
}

/**
 * The books of one channel in a portfolio shown to the user (any channel model must keep
 * them): offered = handled + unserved; within target ≤ handled; repeats come back at most at the
 * repeat rate (only late contacts repeat); a public channel hands on its share of what it
 * answers; an async channel's looks are paid time, and it looks at least once in a week it
 * answers anything; in meet-targets mode its paid hours are its work (answers and looks) ÷ (1 −
 * shrinkage), and with fixed hours that work fits in the hours it is given. Alongside other work
 * the hours are the work itself (no shrinkage: the people are on site anyway), and a call or
 * chat costs its handle time and the interruption: hours = answered × (h + interruption) / 60.
 */
function expectBooksKept(scenario: Scenario, p: PortfolioTotals) {
  const alongside = scenario.analysis.structure === 'alongside-other-work'
  const present = alongside ? 1 : 1 - scenario.business.shrinkage
  for (const ch of p.channels) {
    const c = channelOf(scenario, ch.channelId)
    const f = ch.figures
    const where = `${c.id} in ${p.channelIds.join('+')}`
    expect(f.contactsHandled + f.contactsUnserved, where).toBeCloseTo(f.contactsOffered, 9)
    expect(f.withinTarget, where).toBeGreaterThanOrEqual(0)
    expect(f.withinTarget, where).toBeLessThanOrEqual(f.contactsHandled + 1e-9)
    expect(f.repeatContacts, where).toBeGreaterThanOrEqual(0)
    expect(f.repeatContacts, where).toBeLessThanOrEqual(c.repeatRate * f.contactsOffered + 1e-9)
    expect(f.handoffContacts, where).toBeCloseTo(
      c.isPublic ? f.contactsHandled * c.privateHandoffShare : 0,
      9,
    )
    if (c.kind !== 'async') {
      if (alongside) {
        const perContact = c.handleMinutes + scenario.analysis.onSite.interruptionMinutes
        const work = (f.contactsHandled * perContact) / 60
        // Meet targets pays the work; fixed hours give the channel hours it cannot overspend.
        if (scenario.analysis.mode === 'meet-targets')
          expect(f.staffHours, where).toBeCloseTo(work, 9)
        else expect(f.staffHours, where).toBeGreaterThanOrEqual(work - 1e-9)
        // Answered at once: every answered contact is within target.
        expect(f.withinTarget, where).toBeCloseTo(f.contactsHandled, 9)
      }
      continue
    }
    expect(f.staffHours * present, where).toBeGreaterThanOrEqual(f.checkHours - 1e-9)
    if (f.contactsHandled > 0) {
      expect(f.checkHours, where).toBeGreaterThanOrEqual(c.minutesPerCheck / 60 - 1e-9)
    }
    expect(f.workloadHours, where).toBeLessThanOrEqual(f.staffHours * present + 1e-9)
    if (scenario.analysis.mode === 'meet-targets') {
      // The time an async channel takes is its looks and replies, nothing more: paid hours are
      // that work ÷ (1 − shrinkage) (people do other work between looks).
      const work = (f.contactsHandled * c.handleMinutes) / 60 + f.checkHours
      expect(f.staffHours * present, where).toBeCloseTo(work, 9)
    }
  }
}

describe.each(IDS)('the analysis of %s', (id) => {
  it('recommends one or two channels, with finite figures and a reason', RECOMMENDATION, () => {
    const r = recommendationOf(id)
    expect(r.recommended.size).toBeGreaterThanOrEqual(1)
    expect(r.recommended.size).toBeLessThanOrEqual(2)
    expect(r.recommended.channelIds).toHaveLength(r.recommended.size)
    for (const p of [r.recommended, r.bestOfAnySize, currentOf(r)]) expectFinite(p)
    // The reason says a larger set ranks above exactly when one pays off, and says today's
    // set whenever it is another.
    expect(r.reason.larger?.kind === 'ranks-above').toBe(r.largerPaysOff)
    expect(r.reason.current === undefined).toBe(
      r.current === undefined || r.current.mask === r.recommended.mask,
    )
    expect(r.reason.standing === 'targets-met').toBe(r.recommended.targetsMet)
  })

  it('keeps the books of every channel in the sets shown', RECOMMENDATION, () => {
    const scenario = presetScenario(id)
    const r = recommendationOf(id)
    expect.hasAssertions()
    for (const p of [r.recommended, r.bestOfAnySize, currentOf(r)]) expectBooksKept(scenario, p)
  })
})
