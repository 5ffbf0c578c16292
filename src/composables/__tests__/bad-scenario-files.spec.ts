/**
 * Every file in e2e/fixtures/bad-scenarios/ is refused by `readScenarioFile`, for the reason its
 * README gives (the first problem's field path and message), and opening them all leaves
 * Object.prototype as it was. Files are read as bytes with node:fs, so the ones that are not
 * UTF-8 arrive as they are on disk.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_SCENARIO_BYTES, readScenarioFile, type ParsedScenario } from '../scenario-file'

const FIXTURES = resolve(__dirname, '../../../e2e/fixtures')
const BAD = resolve(FIXTURES, 'bad-scenarios')

/** The first problem each file must report: its path, and a part of its message. */
const EXPECTED: Record<string, [path: string, message: RegExp]> = {
  'affinity-unknown-channel.json': ['channels.0.affinity.fax', /names "fax", which is no channel/],
  'async-target-too-short.json': ['channels.1.targetSeconds', /between 1 minute and 336 hours/],
  'business-not-object.json': ['business', /Business section must be an object/],
  'channels-not-list.json': ['channels', /Channels must be a list/],
  'concurrency-on-phone.json': ['channels.0.concurrency', /Concurrency for Phone must be 1/],
  'constructor-prototype.json': ['constructor', /"constructor" is never part of a scenario/],
  'coverage-with-string.json': ['channels.0.coverage.5', /Coverage flag must be true or false/],
  'deeply-nested.json': ['(scenario)', /nested far more deeply than any scenario/],
  'duplicate-channel-ids.json': ['channels.1.id', /"phone" is used by another channel/],
  'empty-object.json': ['version', /Scenario version is missing/],
  'empty.json': ['(scenario)', /it is empty/],
  'fixed-hours-without-staff-hours.json': [
    'business.staffHoursPerWeek',
    /Staff hours per week is needed for fixed hours/,
  ],
  'html-in-name-bad-currency.json': ['business.currency', /three-letter code like EUR/],
  'json-array.json': ['(scenario)', /it holds a list/],
  'json-boolean.json': ['(scenario)', /it holds true or false/],
  'json-null.json': ['(scenario)', /it holds null/],
  'json-number.json': ['(scenario)', /it holds a number/],
  'json-string.json': ['(scenario)', /it holds a piece of text/],
  'json-with-comments.json': ['(scenario)', /not valid JSON/],
  'latin1-encoded.json': ['(scenario)', /not UTF-8/],
  'missing-version.json': ['version', /Scenario version is missing/],
  'name-too-long.json': ['business.name', /at most 80 characters/],
  'negative-handle-time.json': ['channels.0.handleMinutes', /between 0.1 and 240 minutes/],
  'no-candidate.json': ['channels', /Mark at least one channel as a candidate/],
  'no-channels.json': ['channels', /needs at least one channel/],
  'not-json.json': ['(scenario)', /not valid JSON/],
  'number-overflow.json': ['channels.0.handleMinutes', /Handle time must be between 0.1 and 240/],
  'pattern-167-hours.json': ['demand.pattern', /168 hourly values/],
  'pattern-all-zero.json': ['demand.pattern', /contacts in at least one hour/],
  'proto-in-channel.json': ['channels.1.__proto__', /"__proto__" is never part of a scenario/],
  'proto-top-level.json': ['__proto__', /"__proto__" is never part of a scenario/],
  'prototype-in-affinity.json': [
    'channels.0.affinity.prototype',
    /"prototype" is never part of a scenario/,
  ],
  'share-for-unknown-channel.json': ['demand.shares.fax', /names no channel/],
  'shares-not-100-percent.json': ['demand.shares', /must add up to 100\u2009% \(now 90\u2009%\)/],
  'thirteen-channels.json': ['channels', /at most 12 channels/],
  'trailing-comma.json': ['(scenario)', /not valid JSON/],
  'truncated.json': ['(scenario)', /not valid JSON/],
  'unknown-field.json': ['(scenario)', /Unknown field in scenario: discount/],
  'utf16-encoded.json': ['(scenario)', /not UTF-8/],
  'version-1-missing-business.json': ['business', /Business section is missing/],
  'version-as-string.json': ['version', /whole number, not "2"/],
  'version-fraction.json': ['version', /whole number, not 1.5/],
  'version-newer.json': ['version', /made by a newer version of Channel Planner \(version 99\)/],
  'version-zero.json': ['version', /Scenario version 0 is not one Channel Planner knows/],
  'whitespace-only.json': ['(scenario)', /it is empty/],
  'wrong-nested-type.json': ['business.costPerHour', /Cost per staff hour must be a number/],
}

/** Object.prototype's own properties before any fixture is read. */
const PROTOTYPE_KEYS = Reflect.ownKeys(Object.prototype)

const files = readdirSync(BAD)
  .filter((name) => name.endsWith('.json'))
  .sort()

function open(path: string, name: string): Promise<ParsedScenario> {
  return readScenarioFile(new File([readFileSync(path)], name))
}

describe('bad scenario files', () => {
  it('has at least 25 fixtures, each with an expected reason, each listed in the README', () => {
    expect(files.length).toBeGreaterThanOrEqual(25)
    expect(files).toEqual(Object.keys(EXPECTED).sort())
    const readme = readFileSync(resolve(BAD, 'README.md'), 'utf8')
    for (const name of files) expect(readme).toContain(`\`${name}\``)
  })

  it.each(files)('refuses %s for its own reason', async (name) => {
    const result = await open(resolve(BAD, name), name)
    if (result.ok) throw new Error(`${name} was accepted`)
    expect(result.errors.length).toBeGreaterThan(0)
    for (const e of result.errors) expect(e.message.trim()).not.toBe('')
    const [path, message] = EXPECTED[name] ?? ['', /$^/]
    expect(result.errors[0]?.path).toBe(path)
    expect(result.errors[0]?.message).toMatch(message)
  })

  it('refuses a file over 1 MB (made here rather than committed)', async () => {
    const good = readFileSync(resolve(FIXTURES, 'good-scenario.json'), 'utf8')
    // A valid scenario padded with spaces past the limit: only its size is wrong.
    const huge = good + ' '.repeat(MAX_SCENARIO_BYTES + 1 - good.length)
    const result = await readScenarioFile(new File([huge], 'huge.json'))
    if (result.ok) throw new Error('a file over 1 MB was accepted')
    expect(result.errors[0]?.message).toMatch(/too large for a scenario/)
  })

  it('leaves Object.prototype unpolluted after reading them all', async () => {
    for (const name of files) await open(resolve(BAD, name), name)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(Reflect.ownKeys(Object.prototype)).toEqual(PROTOTYPE_KEYS)
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  })
})

describe('the good scenario file', () => {
  it('is accepted, with markup in its name kept as plain text', async () => {
    const result = await open(resolve(FIXTURES, 'good-scenario.json'), 'good-scenario.json')
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    expect(result.scenario.business.name).toBe('Riverside Cycles <img src=x onerror=alert(1)>')
  })
})
