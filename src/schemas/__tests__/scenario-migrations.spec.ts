import { describe, expect, it } from 'vitest'
import { ON_SITE_DEFAULTS, type Scenario as EngineScenario } from '@/engine'
import {
  CURRENT_SCENARIO_VERSION,
  formatIssuePath,
  parseScenarioDocument,
  SCENARIO_MIGRATIONS,
  type MigrationStep,
} from '../scenario-migrations'
import scenarioV1 from './fixtures/scenario-v1.json'
import scenarioV2 from './fixtures/scenario-v2.json'

const week = <T>(value: T): T[] => Array.from({ length: 168 }, () => value)

/** The smallest valid scenario: one phone line, always covered. */
function validScenario(): EngineScenario {
  return {
    version: 3,
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
    analysis: {
      structure: 'dedicated',
      mode: 'meet-targets',
      publicMissWeight: 2,
      onSite: { ...ON_SITE_DEFAULTS },
    },
  }
}

const withVersion = (version: unknown) => ({ ...validScenario(), version })

describe('parseScenarioDocument', () => {
  it('reads a current document as is', () => {
    expect(CURRENT_SCENARIO_VERSION).toBe(3)
    expect(SCENARIO_MIGRATIONS.map((s) => s.from)).toEqual([1, 2])
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
    expect(parseScenarioDocument(withVersion(4))).toEqual({
      ok: false,
      errors: [
        {
          path: 'version',
          message:
            'This scenario was made by a newer version of Channel Planner (version 4); this one reads up to version 3',
        },
      ],
    })
  })

  it('applies migration steps in turn before validating', () => {
    // A made-up version 0 that called cost per hour "hourlyCost"; it had no analysis section.
    const v2: Partial<EngineScenario> = validScenario()
    delete v2.analysis
    const { costPerHour, ...rest } = validScenario().business
    const old = { ...v2, version: 0, business: { ...rest, hourlyCost: costPerHour } }
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
      ...SCENARIO_MIGRATIONS, // then the real steps add the analysis section and the team
    ]
    expect(parseScenarioDocument(old, steps)).toEqual({ ok: true, scenario: validScenario() })
    expect(seen).toEqual([old])
    // Without the step, version 0 cannot be read.
    expect(parseScenarioDocument(old).ok).toBe(false)
  })

  it('validates what a migration step produces, and reports a step that fails', () => {
    const broken: MigrationStep[] = [
      { from: 0, up: (doc) => ({ ...(doc as object), version: 1, extra: 1 }) },
      ...SCENARIO_MIGRATIONS,
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

describe('migrating a version-1 document', () => {
  const DEFAULT_ANALYSIS = {
    structure: 'dedicated',
    mode: 'meet-targets',
    publicMissWeight: 2,
    onSite: ON_SITE_DEFAULTS,
  }

  /** A fresh copy of the committed version-1 fixture (the imported JSON is shared). */
  const v1 = () => structuredClone(scenarioV1) as Record<string, unknown> & typeof scenarioV1
  const v1Step = () => {
    const step = SCENARIO_MIGRATIONS.find((s) => s.from === 1)
    if (!step) throw new Error('no step from version 1')
    return step
  }

  it('loads the version-1 fixture as a current scenario with the default analysis', () => {
    const doc = v1()
    expect(doc.version).toBe(1)
    expect(doc).not.toHaveProperty('analysis')
    const result = parseScenarioDocument(doc)
    expect(result).toEqual({
      ok: true,
      scenario: { ...v1(), version: 3, analysis: DEFAULT_ANALYSIS },
    })
  })

  it('plans to meet targets even when the business has staff hours a week', () => {
    const doc = v1()
    expect(doc.business.staffHoursPerWeek).toBe(40)
    const result = parseScenarioDocument(doc)
    expect(result.ok && result.scenario.analysis.mode).toBe('meet-targets')
  })

  it('leaves the old document as it was', () => {
    const doc = v1()
    const migrated = v1Step().up(doc) as { analysis: unknown }
    expect(doc).toEqual(v1())
    // Each document gets its own settings object, not one shared default.
    expect(migrated.analysis).not.toBe((v1Step().up(v1()) as { analysis: unknown }).analysis)
  })

  it('replaces an analysis field a version-1 document should not have had', () => {
    const doc = { ...v1(), analysis: 'blended' }
    expect(parseScenarioDocument(doc)).toMatchObject({
      ok: true,
      scenario: { version: 3, analysis: DEFAULT_ANALYSIS },
    })
  })

  it('reports a step input that is not an object instead of producing a scenario', () => {
    expect(() => v1Step().up(null)).toThrow(TypeError)
    expect(() => v1Step().up([1])).toThrow(TypeError)
  })

  it('still reports every broken field of a version-1 document with its path', () => {
    const doc = v1()
    doc.business.currency = 'euro'
    delete (doc.demand as Partial<typeof doc.demand>).contactsPerWeek
    const email = doc.channels[1]
    if (email?.id !== 'email') throw new Error('the fixture changed: channel 1 is not email')
    email.targetSeconds = 30
    Object.assign(doc.selfService, { url: 'https://example.com/faq' })
    expect(parseScenarioDocument(doc)).toEqual({
      ok: false,
      errors: [
        { path: 'business.currency', message: 'Currency must be a three-letter code like EUR' },
        { path: 'demand.contactsPerWeek', message: 'Contacts per week is required' },
        {
          path: 'channels.1.targetSeconds',
          message: 'Target time for Email must be between 1 minute and 336 hours',
        },
        { path: 'selfService', message: 'Unknown field in self-service section: url' },
      ],
    })
  })

  it('reports a version-1 document with no sections at all field by field', () => {
    const result = parseScenarioDocument({ version: 1 })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => e.path)).toEqual([
      'business',
      'demand',
      'channels',
      'selfService',
      'valueAtRiskPerLostContact',
    ])
  })
})

describe('migrating a version-2 document', () => {
  /** A fresh copy of the committed version-2 fixture: a blended team, fixed hours. */
  const v2 = () => structuredClone(scenarioV2) as Record<string, unknown> & typeof scenarioV2
  const v2Step = () => {
    const step = SCENARIO_MIGRATIONS.find((s) => s.from === 2)
    if (!step) throw new Error('no step from version 2')
    return step
  }

  it('keeps its structure and mode and gets the default people on site', () => {
    const doc = v2()
    expect(doc.version).toBe(2)
    expect(doc.analysis).toEqual({
      structure: 'blended',
      mode: 'fixed-hours',
      publicMissWeight: 3,
    })
    expect(parseScenarioDocument(doc)).toEqual({
      ok: true,
      scenario: { ...v2(), version: 3, analysis: { ...v2().analysis, onSite: ON_SITE_DEFAULTS } },
    })
  })

  it('leaves the old document as it was, each copy with its own team', () => {
    const doc = v2()
    const migrated = v2Step().up(doc) as { analysis: { onSite: unknown } }
    expect(doc).toEqual(v2())
    const again = v2Step().up(v2()) as { analysis: { onSite: unknown } }
    expect(migrated.analysis.onSite).not.toBe(again.analysis.onSite)
  })

  it('leaves an analysis that is not an object for the schema to report', () => {
    expect(parseScenarioDocument({ ...v2(), analysis: 'blended' })).toMatchObject({
      ok: false,
      errors: [{ path: 'analysis', message: 'Analysis section must be an object' }],
    })
    expect(() => v2Step().up(null)).toThrow(TypeError)
  })
})

describe('formatIssuePath', () => {
  it('joins path parts with dots and names the root', () => {
    expect(formatIssuePath(['channels', 2, 'targetSeconds'])).toBe('channels.2.targetSeconds')
    expect(formatIssuePath(['demand', 'shares', 'live-chat'])).toBe('demand.shares.live-chat')
    expect(formatIssuePath([])).toBe('(scenario)')
  })
})
