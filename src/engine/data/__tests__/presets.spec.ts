/**
 * The built-in scenario presets: each builds a complete, valid scenario, a fresh one each call,
 * and the analysis of it tells the story the preset's text tells. The numbers quoted in comments
 * are what the engine gives today; the assertions are the parts of each story that must hold.
 */
import { beforeAll, describe, expect, it } from 'vitest'
// A test-only import from outside the engine: the file format's own parser is the judge of
// whether a preset is a valid scenario document (the purity rule covers non-test files).
import { parseScenarioDocument } from '../../../schemas/scenario-migrations'
import { recommend, type Recommendation } from '../../recommendation/recommend'
import { CurveCache } from '../../portfolio/curve-cache'
import type { PortfolioTotals } from '../../portfolio/totals'
import { type ScenarioPresetId } from '../presets/building-blocks'
import { SCENARIO_PRESETS, presetById } from '../scenario-presets'
import type { Scenario } from '../../model/types'

const IDS: ScenarioPresetId[] = [
  'grocery-facebook',
  'cable-social',
  'restaurant-reviews',
  'online-shop',
  'saas-startup',
]

function build(id: ScenarioPresetId): Scenario {
  const preset = presetById(id)
  if (!preset) throw new Error(`no preset ${id}`)
  return preset.build()
}

const channelOf = (p: PortfolioTotals, id: string) => p.channels.find((c) => c.channelId === id)

describe('the preset list', () => {
  it('has the five presets, ids unique, each found by its id', () => {
    expect(SCENARIO_PRESETS.map((p) => p.id)).toEqual(IDS)
    expect(new Set(SCENARIO_PRESETS.map((p) => p.id)).size).toBe(SCENARIO_PRESETS.length)
    for (const p of SCENARIO_PRESETS) expect(presetById(p.id)).toBe(p)
    expect(presetById('no-such-preset')).toBeUndefined()
    expect(presetById('')).toBeUndefined()
  })

  it('uses fixed hours in at least one preset and a blended team in at least one', () => {
    const analyses = SCENARIO_PRESETS.map((p) => p.build().analysis)
    expect(analyses.some((a) => a.mode === 'fixed-hours')).toBe(true)
    expect(analyses.some((a) => a.structure === 'blended')).toBe(true)
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
    for (const source of preset.sources) expect(source.trim()).not.toBe('')
    // Invented magnitudes are declared as such.
    expect(preset.sources.some((s) => s.startsWith('Assumption: '))).toBe(true)
  })

  it('builds a scenario the file format accepts, unchanged by parsing', () => {
    const scenario = preset.build()
    expect(parseScenarioDocument(scenario)).toEqual({ ok: true, scenario })
    // And through JSON, as a saved file or a share link holds it.
    const roundTrip = parseScenarioDocument(JSON.parse(JSON.stringify(scenario)))
    expect(roundTrip).toEqual({ ok: true, scenario })
  })

  it('builds a fresh copy each call', () => {
    const a = preset.build()
    const b = preset.build()
    expect(a).not.toBe(b)
    expect(a).toEqual(b)
    // Editing one leaves the next untouched, down to the nested arrays and records.
    const first = a.channels[0] as Scenario['channels'][number]
    first.coverage.fill(false)
    first.affinity.elsewhere = 1
    first.handleMinutes = 99
    a.channels.pop()
    a.demand.pattern.fill(0)
    a.demand.shares[first.id] = 7
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

  it('has the staff hours fixed hours need', () => {
    const { analysis, business } = preset.build()
    if (analysis.mode === 'fixed-hours') expect(business.staffHoursPerWeek).toBeGreaterThan(0)
  })
})

// ---------------------------------------------------------------- what the analysis says

const results = new Map<ScenarioPresetId, Recommendation>()

beforeAll(() => {
  // One cache per preset: the recommendation's exact evaluations reuse the sweep's curves.
  for (const p of SCENARIO_PRESETS)
    results.set(p.id, recommend(p.build(), { cache: new CurveCache() }))
})

function result(id: ScenarioPresetId): Recommendation {
  const r = results.get(id)
  if (!r) throw new Error(`no recommendation for ${id}`)
  return r
}

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
  for (const ch of p.channels) {
    expect(Number.isFinite(ch.staffHours)).toBe(true)
    expect(Number.isFinite(ch.figures.withinTarget)).toBe(true)
  }
}

describe.each(IDS)('the analysis of %s', (id) => {
  it('recommends one or two channels, with finite figures and a reason', () => {
    const r = result(id)
    expect(r.recommended.size).toBeGreaterThanOrEqual(1)
    expect(r.recommended.size).toBeLessThanOrEqual(2)
    expect(r.recommended.channelIds).toHaveLength(r.recommended.size)
    expectFinite(r.recommended)
    expectFinite(r.bestOfAnySize)
    expect(r.current).toBeDefined()
    expectFinite(r.current as PortfolioTotals)
    expect(r.reason.length).toBeGreaterThan(0)
    expect(/A larger set pays for itself/.test(r.reason)).toBe(r.largerPaysOff)
  })

  it('stays within the business’s hours in fixed-hours mode', () => {
    const scenario = build(id)
    if (scenario.analysis.mode !== 'fixed-hours') return
    const hours = scenario.business.staffHoursPerWeek ?? NaN
    const r = result(id)
    for (const p of [r.recommended, r.current as PortfolioTotals]) {
      expect(p.staffHours).toBeLessThanOrEqual(hours + 1e-6)
    }
  })
})

describe('grocery store with a busy Facebook page', () => {
  it('the story and the scenario agree: 8,000 fans, one part-timer with 25 hours', () => {
    const preset = presetById('grocery-facebook')
    expect(preset?.story).toMatch(/8,000 fans/)
    expect(preset?.story).toMatch(/25 paid hours/)
    const s = build('grocery-facebook')
    expect(s.business.staffHoursPerWeek).toBe(25)
    expect(s.analysis.mode).toBe('fixed-hours')
  })

  it('spread over the page, Instagram and email, almost nobody is answered in time', () => {
    // Today: 5 % within target, and about 190 contacts a week never answered: the looks at
    // three channels every open hour eat the hours, and the piles never clear.
    const current = result('grocery-facebook').current as PortfolioTotals
    expect(current.channelIds).toEqual(['email', 'facebook', 'instagram'])
    expect(current.attainment).toBeLessThan(0.1)
    expect(current.unserved).toBeGreaterThan(100)
  })

  it('closing the page answers far more within target with the same hours', () => {
    // Email alone: 55 % within its 4-hour target (evening posts wait for the morning) in
    // about 24 of the 25 hours.
    const r = result('grocery-facebook')
    expect(r.recommended.channelIds).not.toContain('facebook')
    expect(r.recommended.attainment).toBeGreaterThan(
      (r.current as PortfolioTotals).attainment + 0.3,
    )
    expect(r.recommended.unserved).toBeLessThan((r.current as PortfolioTotals).unserved)
    expect(r.reason).toMatch(/Your current set \(Email, Facebook, and Instagram\)/)
  })

  it('the spread-thin curve falls as channels are added', () => {
    const curve = result('grocery-facebook').analysis.spreadThin
    const served = (k: number) => curve.find((p) => p.size === k)?.best.servedWellShare ?? NaN
    expect(served(4)).toBeLessThan(served(1) - 0.3)
    expect(served(5)).toBeLessThan(served(1) - 0.3)
  })
})

describe('cable operator: keep answering on social media?', () => {
  it('each social post needs a private contact too', () => {
    // 80 % of posts move to a private channel: the fix needs the account.
    const current = result('cable-social').current as PortfolioTotals
    expect(current.channelIds).toEqual(['phone', 'email', 'facebook', 'x'])
    for (const id of ['facebook', 'x']) {
      const f = channelOf(current, id)?.figures
      expect(f?.handoffContacts ?? 0).toBeGreaterThan(0.7 * (f?.contactsOffered ?? Infinity))
    }
  })

  it('phone and email alone serve as well with fewer hours and less money', () => {
    // About 537 staff hours against 612 today, both 82 % within target.
    const r = result('cable-social')
    const current = r.current as PortfolioTotals
    expect(r.recommended.channelIds).toEqual(['phone', 'email'])
    expect(r.recommended.targetsMet).toBe(true)
    expect(r.recommended.staffHours).toBeLessThan(current.staffHours - 40)
    expect(r.recommended.totalWithLostValue).toBeLessThan(current.totalWithLostValue)
    expect(Math.abs(r.recommended.attainment - current.attainment)).toBeLessThan(0.03)
    expect(r.largerPaysOff).toBe(false)
  })
})

describe('local restaurant with review sites and a phone', () => {
  it('keeps the phone', () => {
    expect(result('restaurant-reviews').recommended.channelIds).toContain('phone')
  })

  it('the quiet time between calls makes more written channels pay', () => {
    // Phone and email are the best pair (about 93 hours); phone, reviews, email, Facebook and
    // Instagram take the same 93 hours, the written work fitting between calls, and keep
    // guests worth about £590 a week.
    const r = result('restaurant-reviews')
    expect(r.largerPaysOff).toBe(true)
    expect(r.bestOfAnySize.channelIds).toEqual(
      expect.arrayContaining(['phone', 'reviews', 'email']),
    )
    expect(r.bestOfAnySize.staffHours).toBeLessThanOrEqual(r.recommended.staffHours + 1)
    expect(r.bestOfAnySize.lost).toBeLessThan(r.recommended.lost)
    expect(r.bestOfAnySize.totalWithLostValue).toBeLessThan(r.recommended.totalWithLostValue)
  })
})

describe('small online shop with two part-timers', () => {
  it('the story and the scenario agree: 60 paid hours between two people', () => {
    expect(presetById('online-shop')?.story).toMatch(/60 paid hours/)
    expect(build('online-shop').business.staffHoursPerWeek).toBe(60)
  })

  it('four channels leave a live one with no hours and most customers late', () => {
    // Today: 47 % within target; the phone gets no hours at all.
    const current = result('online-shop').current as PortfolioTotals
    expect(current.size).toBe(4)
    expect(current.unstaffedChannels).toBeGreaterThanOrEqual(1)
    expect(current.attainment).toBeLessThan(0.6)
  })

  it('written channels answered within a day meet the target in fewer hours', () => {
    // Email and the web form: all but a few within a day, in about 45 of the 60 hours.
    const r = result('online-shop')
    for (const live of ['phone', 'live-chat']) expect(r.recommended.channelIds).not.toContain(live)
    expect(r.recommended.targetsMet).toBe(true)
    expect(r.recommended.attainment).toBeGreaterThan(
      (r.current as PortfolioTotals).attainment + 0.3,
    )
    expect(r.recommended.staffHours).toBeLessThan(60)
  })
})

describe('SaaS start-up choosing between phone and chat', () => {
  it('recommends email and live chat, meeting both targets', () => {
    const r = result('saas-startup')
    expect(r.recommended.channelIds).toEqual(['email', 'live-chat'])
    expect(r.recommended.targetsMet).toBe(true)
  })

  it('keeps more customers than today’s phone, email and X, and costs less counting them', () => {
    const r = result('saas-startup')
    const current = r.current as PortfolioTotals
    expect(current.channelIds).toEqual(['phone', 'email', 'x'])
    expect(r.recommended.lost).toBeLessThan(current.lost / 2)
    expect(r.recommended.totalWithLostValue).toBeLessThan(current.totalWithLostValue)
  })
})
