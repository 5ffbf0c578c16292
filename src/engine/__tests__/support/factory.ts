/** Hand-built channels and businesses for the engine's scenario specs. */
import { ON_SITE_DEFAULTS } from '../../data/on-site-team'
import type { Business, Channel, Scenario } from '../../model/types'
import { HOURS_PER_WEEK } from '../../model/types'

/** Monday to Friday, 09:00–17:00: 40 hours. */
export const WEEKDAY_OFFICE: boolean[] = Array.from({ length: HOURS_PER_WEEK }, (_, h) => {
  const day = Math.floor(h / 24)
  const hour = h % 24
  return day < 5 && hour >= 9 && hour < 17
})

export const ALWAYS: boolean[] = new Array<boolean>(HOURS_PER_WEEK).fill(true)

/** Every hour of the week equally busy. */
export const FLAT: number[] = new Array<number>(HOURS_PER_WEEK).fill(1 / HOURS_PER_WEEK)

/** All contacts inside weekday office hours, evenly: 1/40 of the week in each of those hours. */
export const OFFICE_ONLY: number[] = WEEKDAY_OFFICE.map((open) => (open ? 1 / 40 : 0))

export function makeBusiness(overrides: Partial<Business> = {}): Business {
  return {
    name: 'Test shop',
    currency: 'EUR',
    locale: 'en-IE',
    costPerHour: 30,
    shrinkage: 0.3,
    maxOccupancy: 0.85,
    ...overrides,
  }
}

export function makeChannel(overrides: Partial<Channel> = {}): Channel {
  return {
    id: 'phone',
    catalogId: 'phone',
    name: 'Phone',
    kind: 'live',
    candidate: true,
    offeredToday: true,
    handleMinutes: 6,
    concurrency: 1,
    concurrencyEfficiency: 1,
    targetShare: 0.8,
    targetSeconds: 20,
    coverage: WEEKDAY_OFFICE,
    minutesPerCheck: 0,
    isPublic: false,
    privateHandoffShare: 0,
    expectationHours: 0.05,
    repeatRate: 0,
    toolCostPerMonth: 26,
    setupHours: 4,
    trainingHoursPerMonth: 2,
    affinity: {},
    lossShare: 0.1,
    ...overrides,
  }
}

/** An email-like async channel: 5-minute replies, looked at every 4 hours, 2 minutes a look. */
export function makeAsyncChannel(overrides: Partial<Channel> = {}): Channel {
  return makeChannel({
    id: 'email',
    catalogId: 'email',
    name: 'Email',
    kind: 'async',
    handleMinutes: 5,
    targetSeconds: 4 * 3600,
    minutesPerCheck: 2,
    expectationHours: 4,
    toolCostPerMonth: 0,
    setupHours: 0,
    trainingHoursPerMonth: 0,
    ...overrides,
  })
}

/** A scenario around the given channels: every one a candidate, shares as given (sum 1). */
export function makeScenario(
  channels: Channel[],
  shares: Record<string, number>,
  overrides: Partial<Omit<Scenario, 'version'>> = {},
): Scenario {
  return {
    version: 3,
    business: makeBusiness(),
    demand: { contactsPerWeek: 1000, pattern: FLAT, shares },
    channels,
    selfService: { enabled: false, deflectionShare: 0, upkeepHoursPerWeek: 0, toolCostPerMonth: 0 },
    valueAtRiskPerLostContact: 50,
    analysis: {
      structure: 'dedicated',
      mode: 'meet-targets',
      publicMissWeight: 2,
      onSite: { ...ON_SITE_DEFAULTS },
    },
    ...overrides,
  }
}
