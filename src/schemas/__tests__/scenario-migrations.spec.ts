import { describe, expect, it } from 'vitest'
import type { Scenario as EngineScenario } from '@/engine/types'
import {
  CURRENT_SCENARIO_VERSION,
  formatIssuePath,
  parseScenarioDocument,
  SCENARIO_MIGRATIONS,
  type MigrationStep,
} from '../scenario-migrations'

const week = <T>(value: T): T[] => Array.from({ length: 168 }, () => value)

/** The smallest valid scenario: one phone line, always covered. */
function validScenario(): EngineScenario {
  return {
    version: 1,
    business: {
      name: 'Corner Bakery',
      currency: 'GBP',
      locale: 'en-GB',
      costPerHour: 20,
      shrinkage: 0.3,
      maxOccupancy: 0.85,
    },
    demand: { contactsPerWeek: 100, pattern: week(1), shares: { phone: 1 } },
    channels: [
      {
        id: 'phone',
        catalogId: 'phone',
        name: 'Phone',
        kind: 'live',
        candidate: true,
        offeredToday: true,
        handleMinutes: 5,
        concurrency: 1,
        concurrencyEfficiency: 1,
        targetShare: 0.8,
        targetSeconds: 30,
        coverage: week(true),
        minutesPerCheck: 0,
        isPublic: false,
        privateHandoffShare: 0,
        expectationHours: 0.1,
        repeatRate: 0.2,
        toolCostPerMonth: 20,
        setupHours: 2,
        trainingHoursPerMonth: 1,
        affinity: {},
        lossShare: 0.3,
      },
    ],
    selfService: { enabled: false, deflectionShare: 0, upkeepHoursPerWeek: 0, toolCostPerMonth: 0 },
    valueAtRiskPerLostContact: 25,
  }
}

const withVersion = (version: unknown) => ({ ...validScenario(), version })

describe('parseScenarioDocument', () => {
  it('reads a current document as is', () => {
    expect(CURRENT_SCENARIO_VERSION).toBe(1)
    expect(SCENARIO_MIGRATIONS).toEqual([])
    const doc = JSON.parse(JSON.stringify(validScenario())) as unknown
    expect(parseScenarioDocument(doc)).toEqual({ ok: true, scenario: validScenario() })
  })

  it.each<[unknown, string]>([
    [null, 'null'],
    [undefined, 'nothing'],
    ['{"version":1}', 'text'],
    [42, 'a number'],
    [[validScenario()], 'a list'],
  ])('rejects %j (%s) as not a scenario', (raw) => {
    expect(parseScenarioDocument(raw)).toEqual({
      ok: false,
      errors: [
        {
          path: '(scenario)',
          message: 'This is not a Channel Planner scenario: expected an object of settings',
        },
      ],
    })
  })

  it.each<[unknown, string]>([
    [undefined, 'Scenario version is missing, so this file cannot be read'],
    ['1', 'Scenario version must be a whole number, not "1"'],
    [1.5, 'Scenario version must be a whole number, not 1.5'],
    [null, 'Scenario version must be a whole number, not null'],
    [0, 'Scenario version 0 is not one Channel Planner knows'],
  ])('rejects version %j', (version, message) => {
    expect(parseScenarioDocument(withVersion(version))).toEqual({
      ok: false,
      errors: [{ path: 'version', message }],
    })
  })

  it('refuses a document from a newer version of the app, saying so', () => {
    expect(parseScenarioDocument(withVersion(2))).toEqual({
      ok: false,
      errors: [
        {
          path: 'version',
          message:
            'This scenario was made by a newer version of Channel Planner (version 2); this one reads up to version 1',
        },
      ],
    })
  })

  it('applies migration steps before validating', () => {
    // A made-up version 0 that called cost per hour "hourlyCost".
    const { costPerHour, ...rest } = validScenario().business
    const old = { ...validScenario(), version: 0, business: { ...rest, hourlyCost: costPerHour } }
    const seen: unknown[] = []
    const steps: MigrationStep[] = [
      {
        from: 0,
        up: (doc) => {
          seen.push(doc)
          const { business, ...others } = doc as typeof old
          const { hourlyCost, ...kept } = business
          return { ...others, version: 1, business: { ...kept, costPerHour: hourlyCost } }
        },
      },
    ]
    expect(parseScenarioDocument(old, steps)).toEqual({ ok: true, scenario: validScenario() })
    expect(seen).toEqual([old])
    // Without the step, version 0 cannot be read.
    expect(parseScenarioDocument(old).ok).toBe(false)
  })

  it('validates what a migration step produces, and reports a step that fails', () => {
    const broken: MigrationStep[] = [
      { from: 0, up: (doc) => ({ ...(doc as object), version: 1, extra: 1 }) },
    ]
    expect(parseScenarioDocument(withVersion(0), broken)).toEqual({
      ok: false,
      errors: [{ path: '(scenario)', message: 'Unknown field in scenario: extra' }],
    })
    const throwing: MigrationStep[] = [
      {
        from: 0,
        up: () => {
          throw new Error('business is missing')
        },
      },
    ]
    expect(parseScenarioDocument(withVersion(0), throwing)).toEqual({
      ok: false,
      errors: [
        {
          path: '(scenario)',
          message: 'This scenario could not be updated from version 0: business is missing',
        },
      ],
    })
  })

  it('lists every problem with a dotted path and a message', () => {
    const doc = validScenario()
    const phone = doc.channels[0]
    if (!phone) throw new Error('no phone channel')
    phone.targetSeconds = 7200
    doc.business.currency = 'euro'
    expect(parseScenarioDocument(doc)).toEqual({
      ok: false,
      errors: [
        { path: 'business.currency', message: 'Currency must be a three-letter code like EUR' },
        {
          path: 'channels.0.targetSeconds',
          message: 'Target time for Phone must be between 1 and 3\u2009600 seconds',
        },
      ],
    })
  })
})

describe('formatIssuePath', () => {
  it('joins path parts with dots and names the root', () => {
    expect(formatIssuePath(['channels', 2, 'targetSeconds'])).toBe('channels.2.targetSeconds')
    expect(formatIssuePath(['demand', 'shares', 'live-chat'])).toBe('demand.shares.live-chat')
    expect(formatIssuePath([])).toBe('(scenario)')
  })
})
