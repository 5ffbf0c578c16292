import { afterEach, describe, expect, it, vi } from 'vitest'
import { sampleScenario } from '@/engine'
import type { Scenario } from '@/engine'
import {
  downloadText,
  fileStem,
  findForbiddenKey,
  MAX_SCENARIO_BYTES,
  parseScenarioText,
  readScenarioFile,
  scenarioFileName,
  scenarioToJson,
} from '../scenario-file'
import type { ParsedScenario } from '@/schemas/scenario-migrations'

const file = (text: string | Uint8Array<ArrayBuffer>, name = 'scenario.json') =>
  new File([text], name, { type: 'application/json' })

function errorsOf(result: ParsedScenario): string[] {
  if (result.ok) throw new Error('expected a failure')
  return result.errors.map((e) => `${e.path}: ${e.message}`)
}

describe('scenarioFileName', () => {
  it('makes a safe, readable file name from the business name', () => {
    expect(scenarioFileName('Riverside Cycles')).toBe('riverside-cycles-scenario.json')
    expect(scenarioFileName('Café Zoë & Co.')).toBe('cafe-zoe-co-scenario.json')
    expect(scenarioFileName('../../etc/passwd')).toBe('etc-passwd-scenario.json')
    expect(scenarioFileName('<img src=x onerror=alert(1)>')).toBe(
      'img-src-x-onerror-alert-1-scenario.json',
    )
    expect(scenarioFileName('   ')).toBe('channel-planner-scenario.json')
    expect(scenarioFileName('店')).toBe('channel-planner-scenario.json')
    expect(fileStem('a'.repeat(100)).length).toBe(60)
  })
})

describe('scenarioToJson', () => {
  it('writes keys in the schema’s order whatever order the state holds', () => {
    const scenario = sampleScenario()
    const shuffled = JSON.parse(
      JSON.stringify(scenario, (_key, value: unknown) =>
        value && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    ) as Scenario
    expect(Object.keys(shuffled)[0]).toBe('analysis')
    const json = scenarioToJson(shuffled)
    expect(json).toBe(scenarioToJson(scenario))
    const doc = JSON.parse(json) as Record<string, unknown>
    expect(Object.keys(doc)).toEqual([
      'version',
      'business',
      'demand',
      'channels',
      'selfService',
      'valueAtRiskPerLostContact',
      'analysis',
    ])
    const channel = (doc.channels as Record<string, unknown>[])[0] ?? {}
    expect(Object.keys(channel).slice(0, 4)).toEqual(['id', 'catalogId', 'name', 'kind'])
    expect(json).toMatch(/^\{\n {2}"version": 3,\n {2}"business": \{\n/)
    expect(json.endsWith('}\n')).toBe(true)
  })

  it('reads back as the same scenario', async () => {
    const scenario = sampleScenario()
    expect(await readScenarioFile(file(scenarioToJson(scenario)))).toEqual({
      ok: true,
      scenario,
    })
  })
})

describe('messages of bounded length', () => {
  const doc = (extra: Record<string, unknown>) =>
    JSON.stringify({ ...JSON.parse(scenarioToJson(sampleScenario())), ...extra })

  it('30 000 unknown fields: the first five named, the rest counted, in a short message', () => {
    const extra = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`junk${i}`, i]))
    const result = parseScenarioText(doc(extra))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]?.message).toBe(
      'Unknown fields in scenario: junk0, junk1, junk2, junk3, junk4 and 29\u2009995 more',
    )
  })

  it('a key a megabyte long is quoted cut short, in the message and in its path', () => {
    const key = 'k'.repeat(1_000_000)
    const scenario = JSON.parse(scenarioToJson(sampleScenario())) as {
      demand: { shares: Record<string, number> }
    }
    scenario.demand.shares[key] = 0
    const result = parseScenarioText(JSON.stringify(scenario))
    expect(result.ok).toBe(false)
    if (result.ok) return
    for (const e of result.errors) {
      expect(e.message.length).toBeLessThanOrEqual(300)
      expect(e.path.length).toBeLessThanOrEqual(120)
    }
    expect(result.errors.map((e) => e.message)).toContain(
      `Channel share for "${'k'.repeat(39)}…" names no channel in this scenario`,
    )
  })
})

describe('readScenarioFile', () => {
  it('refuses a file over 1 MB without reading it', async () => {
    const big = file('x'.repeat(MAX_SCENARIO_BYTES + 1))
    const read = vi.spyOn(big, 'arrayBuffer')
    expect(errorsOf(await readScenarioFile(big))[0]).toMatch(/too large for a scenario/)
    expect(read).not.toHaveBeenCalled()
  })

  it('states the limit precisely: one byte over 1 MB is not "1 MB, at most 1 MB"', async () => {
    // 1 MB = 1 024 × 1 024 = 1 048 576 bytes; one more is 1 048 577.
    const [message] = errorsOf(await readScenarioFile(file('x'.repeat(MAX_SCENARIO_BYTES + 1))))
    expect(message).toBe(
      '(scenario): This file is 1\u2009048\u2009577 bytes, too large for a scenario (at most 1\u2009048\u2009576 bytes, 1 MB): choose a scenario file saved by Channel Planner',
    )
  })

  it('refuses empty files, text that is not JSON and bytes that are not UTF-8', async () => {
    expect(errorsOf(await readScenarioFile(file('')))[0]).toMatch(/it is empty/)
    expect(errorsOf(await readScenarioFile(file('  \n')))[0]).toMatch(/it is empty/)
    expect(errorsOf(await readScenarioFile(file('version: 2')))[0]).toMatch(/not valid JSON/)
    expect(errorsOf(await readScenarioFile(file('{"version": 2, "busi')))[0]).toMatch(
      /not valid JSON/,
    )
    const latin1 = Uint8Array.from([0x7b, 0x22, 0x6e, 0xe9, 0x22, 0x3a, 0x31, 0x7d]) // {"né":1}
    expect(errorsOf(await readScenarioFile(file(latin1)))[0]).toMatch(/not UTF-8/)
  })

  it('accepts a UTF-8 byte-order mark', async () => {
    const result = await readScenarioFile(file('\uFEFF' + scenarioToJson(sampleScenario())))
    expect(result.ok).toBe(true)
  })

  it('refuses JSON that is not an object', async () => {
    for (const [json, what] of [
      ['[]', 'a list'],
      ['[{"version":2}]', 'a list'],
      ['3', 'a number'],
      ['"scenario"', 'a piece of text'],
      ['null', 'null'],
      ['true', 'true or false'],
    ] as const) {
      expect(errorsOf(await readScenarioFile(file(json)))).toEqual([
        `(scenario): This file is not a Channel Planner scenario: it holds ${what}, where a scenario is an object of settings`,
      ])
    }
  })

  it('refuses prototype keys at any depth and never pollutes Object.prototype', async () => {
    const base = scenarioToJson(sampleScenario())
    const cases: Array<[string, string]> = [
      [base.replace('{', '{"__proto__": {"polluted": true},'), '__proto__'],
      [
        base.replace('"business": {', '"business": {"__proto__": {"polluted": true},'),
        'business.__proto__',
      ],
      [base.replace('{', '{"constructor": {"prototype": {"polluted": true}},'), 'constructor'],
      [
        base.replace('"affinity": {', '"affinity": {"prototype": {"polluted": true},'),
        'channels.0.affinity.prototype',
      ],
      [
        base.replace('"pattern": [', '"pattern": [{"a": [{"__proto__": 1}]},'),
        'demand.pattern.0.a.0.__proto__',
      ],
    ]
    for (const [text, path] of cases) {
      const result = await readScenarioFile(file(text))
      if (result.ok) throw new Error(`accepted ${path}`)
      expect(result.errors[0]?.path).toBe(path)
      expect(result.errors[0]?.message).toMatch(/is never part of a scenario/)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  })

  it('does not overflow the stack on deeply nested JSON', () => {
    const deep = '{"version":2,"x":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}'
    expect(findForbiddenKey(JSON.parse(deep))).toBeUndefined()
    expect(errorsOf(parseScenarioText(deep)).length).toBeGreaterThan(0)
  })

  it('refuses a newer version with a clear message, and migrates version 1', async () => {
    const newer = scenarioToJson(sampleScenario()).replace('"version": 3', '"version": 4')
    expect(errorsOf(await readScenarioFile(file(newer)))[0]).toMatch(
      /^version: This scenario was made by a newer version of Channel Planner/,
    )
    const v1: Record<string, unknown> = { ...sampleScenario(), version: 1 }
    delete v1.analysis
    const result = await readScenarioFile(file(JSON.stringify(v1)))
    expect(result.ok).toBe(true)
  })

  it('lists schema errors with field paths', async () => {
    const scenario = sampleScenario() as unknown as { channels: Record<string, unknown>[] }
    const third = scenario.channels[2]
    if (!third) throw new Error('sample has no third channel')
    third.handleMinutes = 'five'
    third.lossShare = 2
    const errors = errorsOf(await readScenarioFile(file(JSON.stringify(scenario))))
    expect(errors).toContain('channels.2.handleMinutes: Handle time must be a number')
    expect(errors.some((e) => e.startsWith('channels.2.lossShare: '))).toBe(true)
  })

  it('never throws, even when the file cannot be read', async () => {
    const broken = file('{}')
    vi.spyOn(broken, 'arrayBuffer').mockRejectedValue(new DOMException('gone', 'NotFoundError'))
    expect(errorsOf(await readScenarioFile(broken))[0]).toMatch(/could not be read/)
  })
})

describe('downloadText', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('clicks a temporary download link, then removes it and revokes the URL', async () => {
    vi.useFakeTimers()
    const created: Blob[] = []
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob)
      return 'blob:test/1'
    })
    const revokeObjectURL = vi.fn()
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }))
    const clicks: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this)
      expect(document.body.contains(this)).toBe(true)
    })

    downloadText('plan.json', 'application/json', '{"a":1}')
    const [clicked] = clicks

    expect(clicked?.download).toBe('plan.json')
    expect(clicked?.getAttribute('href')).toBe('blob:test/1')
    expect(clicked && document.body.contains(clicked)).toBe(false)
    expect(created[0]?.type).toBe('application/json')
    expect(await created[0]?.text()).toBe('{"a":1}')
    expect(revokeObjectURL).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:test/1')
    vi.unstubAllGlobals()
  })
})
