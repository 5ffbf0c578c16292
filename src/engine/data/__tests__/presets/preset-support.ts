/**
 * What the preset specs share: a preset's scenario, its recommendation (computed once per spec
 * file, on first use, so any test runs alone), and a channel's figures in a portfolio.
 */
import { recommend, type Recommendation } from '../../../recommendation/recommend'
import { CurveCache } from '../../../portfolio/curve-cache'
import { evaluatePortfolio } from '../../../portfolio/evaluate'
import type { ChannelFigures } from '../../../portfolio/figures'
import type { PortfolioTotals } from '../../../portfolio/totals'
import type { Channel, Scenario, StaffingStructure } from '../../../model/types'
import { defined } from '../../../__tests__/support/defined'
import { presetById, type ScenarioPresetId } from '../../scenario-presets'

/**
 * The preset's scenario; with `structure`, staffed that way instead of the preset's own (a spec
 * derived by hand for one structure says which it checks).
 */
export function presetScenario(id: ScenarioPresetId, structure?: StaffingStructure): Scenario {
  const scenario = defined(presetById(id), `the preset ${id}`).build()
  if (structure) scenario.analysis.structure = structure
  return scenario
}

const recommendations = new Map<string, Recommendation>()
const caches = new Map<string, CurveCache>()

function cacheOf(key: string): CurveCache {
  let cache = caches.get(key)
  if (!cache) caches.set(key, (cache = new CurveCache()))
  return cache
}

/** The preset's recommendation; one cache per preset, so the exact evaluations reuse the sweep's curves. */
export function recommendationOf(
  id: ScenarioPresetId,
  structure?: StaffingStructure,
): Recommendation {
  const key = `${id} ${structure ?? ''}`
  let r = recommendations.get(key)
  if (!r) {
    r = recommend(presetScenario(id, structure), { cache: cacheOf(key) })
    recommendations.set(key, r)
  }
  return r
}

/** Another set of the preset's channels, evaluated exactly (with the preset's cache). */
export function portfolioOf(
  id: ScenarioPresetId,
  channelIds: readonly string[],
  structure?: StaffingStructure,
): PortfolioTotals {
  return evaluatePortfolio(
    presetScenario(id, structure),
    channelIds,
    cacheOf(`${id} ${structure ?? ''}`),
  )
}

export function currentOf(r: Recommendation): PortfolioTotals {
  return defined(r.current, 'the current set')
}

export function figuresOf(p: PortfolioTotals, id: string): ChannelFigures {
  return defined(
    p.channels.find((c) => c.channelId === id)?.figures,
    `${id} in ${p.channelIds.join('+')}`,
  )
}

/** Contacts reaching a channel before its own repeats: first contacts plus hand-offs. */
export function firstContacts(p: PortfolioTotals, id: string): number {
  const f = figuresOf(p, id)
  return f.contactsOffered - f.repeatContacts
}

export function channelOf(scenario: Scenario, id: string): Channel {
  return defined(
    scenario.channels.find((c) => c.id === id),
    `${id} in the scenario`,
  )
}

/** Weekly money as docs/methodology.md ("Cost") has it: tools × 12/52, setup ÷ 52, training × 12/52. */
export const PER_MONTH = 12 / 52
export const PER_YEAR = 1 / 52
