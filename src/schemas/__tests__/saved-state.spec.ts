import { describe, expect, it, vi } from 'vitest'
import { sampleScenario } from '@/engine'
import { parseScenarioText } from '@/composables/scenario-file'
import { inspectJson, MAX_DOCUMENT_DEPTH } from '../json-walk'
import {
  MAX_SAVED_SCENARIOS,
  MAX_SAVED_STATE_CHARS,
  readKeptAside,
  readSavedState,
  TOO_DEEP_STATE,
  writeKeptAside,
  writeSavedState,
  type KeptAsideItem,
} from '../saved-state'
import { parseScenarioDocument, TOO_DEEP_MESSAGE } from '../scenario-migrations'

/** `n` lists inside each other: `[[[…]]]`, 2n characters. */
const nestedLists = (n: number) => '['.repeat(n) + ']'.repeat(n)
/** `n` objects inside each other: `{"a":{"a":…1…}}`. */
const nestedObjects = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)

function entry(id: string, name: string, document: unknown) {
  return { id, name, document }
}
const good = (id: string, name: string, contacts = 400) => {
  const scenario = sampleScenario()
  scenario.demand.contactsPerWeek = contacts
  return entry(id, name, scenario)
}
const state = (scenarios: unknown[], activeId?: string) =>
  JSON.stringify({ version: 1, ...(activeId === undefined ? {} : { activeId }), scenarios })

describe('inspectJson', () => {
  it('finds the depth limit exactly: as deep as allowed passes, one more level is refused', () => {
    // `[[[1]]]` is three levels: the outer list is depth 1.
    expect(inspectJson(JSON.parse('[[[1]]]'), 3)).toBeUndefined()
    expect(inspectJson(JSON.parse('[[[1]]]'), 2)).toEqual({ kind: 'too-deep' })
    expect(inspectJson(JSON.parse('{"a":{"b":[]}}'), 3)).toBeUndefined()
    expect(inspectJson(JSON.parse('{"a":{"b":[]}}'), 2)).toEqual({ kind: 'too-deep' })
    expect(inspectJson(7, 0)).toBeUndefined()
  })

  it('walks a million levels without recursion and names a forbidden key by its path', () => {
    expect(inspectJson(JSON.parse(nestedLists(1_000_000)), 16)).toEqual({ kind: 'too-deep' })
    expect(inspectJson(JSON.parse('{"a":[{"ok":1},{"constructor":2}]}'), 16)).toEqual({
      kind: 'forbidden-key',
      key: 'constructor',
      path: 'a.1.constructor',
    })
  })
})

describe('deep nesting never overflows the stack', () => {
  it('refuses a 400 KB run of nested lists as saved data, with the reason', () => {
    // 200 000 "[" and 200 000 "]": 400 000 characters. Before: RangeError (maximum call stack).
    const text = nestedLists(200_000)
    expect(text.length).toBe(400_000)
    expect(readSavedState(text)).toEqual({ ok: false, message: TOO_DEEP_STATE })
    expect(TOO_DEEP_STATE).toBe('This saved data is nested too deeply to be a scenario')
  })

  it('sets aside a scenario document 100 000 objects deep and opens the scenarios beside it', () => {
    const text = `{"version":1,"activeId":"a","scenarios":[${JSON.stringify(good('a', 'Shop'))},{"id":"b","name":"Deep","document":${nestedObjects(100_000)}},${JSON.stringify(good('c', 'Web'))}]}`
    const loaded = readSavedState(text)
    if (!loaded.ok) throw new Error(loaded.message)
    expect(loaded.scenarios.map((s) => s.id)).toEqual(['a', 'c'])
    // Too deep to write out again: no text of its own (the saved text is kept instead).
    expect(loaded.unreadable).toEqual([{ name: 'Deep', reason: TOO_DEEP_MESSAGE, text: undefined }])
  })

  it('refuses documents nested deeper than any scenario, from a file, a link or saved data', () => {
    // A scenario's version is read and quoted in messages; quoting nested data recursed.
    expect(parseScenarioText(`{"version":${nestedObjects(100_000)}}`)).toEqual({
      ok: false,
      errors: [{ path: '(scenario)', message: TOO_DEEP_MESSAGE }],
    })
    const atLimit = JSON.parse(`{"x":${nestedLists(MAX_DOCUMENT_DEPTH - 1)}}`) as unknown
    const overLimit = JSON.parse(`{"x":${nestedLists(MAX_DOCUMENT_DEPTH)}}`) as unknown
    const first = (raw: unknown) => {
      const parsed = parseScenarioDocument(raw)
      return parsed.ok ? '' : parsed.errors[0]?.message
    }
    expect(first(atLimit)).not.toBe(TOO_DEEP_MESSAGE)
    expect(first(overLimit)).toBe(TOO_DEEP_MESSAGE)
  })
})

describe('sizes', () => {
  it('refuses saved text longer than the limit before parsing it', () => {
    const text = state([good('a', 'Shop')], 'a')
    const padded = text + ' '.repeat(MAX_SAVED_STATE_CHARS - text.length)
    expect(readSavedState(padded).ok).toBe(true) // exactly at the limit: read
    const parse = vi.spyOn(JSON, 'parse')
    try {
      // 3 MiB + 1 character is 3.0 MB to one decimal.
      expect(readSavedState(`${padded} `)).toEqual({
        ok: false,
        message: `This saved data is 3 MB, more than ${MAX_SAVED_SCENARIOS} scenarios ever take`,
      })
      expect(parse).not.toHaveBeenCalled()
    } finally {
      parse.mockRestore()
    }
  })

  it('keeps the first 30 scenarios of a save holding more, and sets aside the rest', () => {
    const many = Array.from({ length: 32 }, (_, i) => good(`s-${i}`, `Shop ${i + 1}`, 401 + i))
    const loaded = readSavedState(state(many, 's-0'))
    if (!loaded.ok) throw new Error(loaded.message)
    expect(loaded.scenarios).toHaveLength(MAX_SAVED_SCENARIOS)
    expect(loaded.unreadable.map((u) => u.name)).toEqual(['Shop 31', 'Shop 32'])
    expect(loaded.unreadable[0]?.reason).toBe(
      'This browser keeps at most 30 scenarios, and this one came after them',
    )
    // The one set aside is a scenario file as it stands: it opens as one.
    const back = parseScenarioText(loaded.unreadable[0]?.text ?? '')
    expect(back.ok && back.scenario.demand.contactsPerWeek).toBe(431) // 401 + index 30
  })
})

describe('per-scenario recovery', () => {
  it('opens the good scenarios of a save and hands back the bad one with its reason and text', () => {
    const bad = good('b', 'Winter hours', -5)
    const forbidden = JSON.parse(
      `{"id":"d","name":"Odd","document":{"version":3,"business":{"__proto__":{"x":1}}}}`,
    ) as unknown
    const loaded = readSavedState(state([good('a', 'Shop'), bad, good('c', 'Web'), forbidden], 'b'))
    if (!loaded.ok) throw new Error(loaded.message)
    expect(loaded.scenarios.map((s) => s.name)).toEqual(['Shop', 'Web'])
    expect(loaded.activeId).toBe('a') // the open one was set aside: the first opens
    expect(loaded.unreadable.map((u) => [u.name, u.reason])).toEqual([
      ['Winter hours', 'Contacts per week must be between 0 and 1\u2009000\u2009000 contacts'],
      [
        'Odd',
        `A field named "__proto__" is never part of a scenario; it is refused because it could change how the page's code behaves`,
      ],
    ])
    expect(JSON.parse(loaded.unreadable[0]?.text ?? '')).toEqual(bad.document)
    expect(Object.prototype).not.toHaveProperty('x')
  })

  it('opens a save with no open scenario, broken names and repeated ids', () => {
    const loaded = readSavedState(
      state([good('a', 'Shop'), good('a', '   '), good('NOT VALID', 'x'.repeat(90))]),
    )
    if (!loaded.ok) throw new Error(loaded.message)
    // Before: "activeId: Invalid input: expected string, received undefined", nothing opened.
    expect(loaded.activeId).toBe('a')
    expect(loaded.scenarios.map((s) => [s.id, s.name])).toEqual([
      ['a', 'Shop'],
      ['restored-2', 'Saved scenario 2'],
      ['restored-3', 'x'.repeat(80)],
    ])
    expect(loaded.unreadable).toEqual([])
  })

  it('names a saved scenario whose name shows nothing (a zero-width space) by its place', () => {
    const loaded = readSavedState(state([good('a', 'Shop'), good('b', '\u200b')]))
    if (!loaded.ok) throw new Error(loaded.message)
    expect(loaded.scenarios.map((s) => s.name)).toEqual(['Shop', 'Saved scenario 2'])
  })

  it('says what is wrong with saved data in the product’s words', () => {
    const cases: Array<[string, string]> = [
      ['{"version":1,"scenarios":[{"id":"x"', 'This saved data is cut short or garbled'],
      ['[]', 'This saved data holds no list of scenarios'],
      ['{"version":1}', 'This saved data holds no list of scenarios'],
      ['{"scenarios":[]}', 'This saved data has no version the planner recognises'],
      ['{"version":"1","scenarios":[]}', 'This saved data has no version the planner recognises'],
      ['{"version":0,"scenarios":[]}', 'This saved data has no version the planner recognises'],
      [
        '{"version":2,"scenarios":[]}',
        'This saved data was written by a newer version of Channel Planner; reload the page to get that version',
      ],
      [
        '{"__proto__":{"x":1},"version":1,"scenarios":[]}',
        'This saved data holds a field named "__proto__", which the planner never writes',
      ],
    ]
    for (const [text, message] of cases)
      expect(readSavedState(text)).toEqual({ ok: false, message })
    const entries = readSavedState(state(['text', { id: 'a', name: 'No document' }]))
    expect(entries.ok && entries.unreadable.map((u) => u.reason)).toEqual([
      'This entry of the saved data is not a scenario',
      'This is not a Channel Planner scenario: expected an object of settings',
    ])
  })

  it('reads back what it writes', () => {
    const text = writeSavedState([{ id: 'a', name: 'Shop', scenario: sampleScenario() }], 'a')
    expect(readSavedState(text)).toEqual({
      ok: true,
      scenarios: [{ id: 'a', name: 'Shop', scenario: sampleScenario() }],
      activeId: 'a',
      unreadable: [],
      clock: undefined, // no generation written: a save as earlier versions made it
    })
  })

  it('reads back the generation and stamps it writes; a bad stamp reads as 0, never refuses', () => {
    const shop = { id: 'a', name: 'Shop', scenario: sampleScenario() }
    const text = writeSavedState([shop, { ...shop, id: 'b' }], 'a', {
      generation: 7,
      stamps: new Map([
        ['a', 7],
        ['b', 2],
      ]),
    })
    const read = readSavedState(text)
    expect(read.ok && read.clock?.generation).toBe(7)
    expect(read.ok && [...(read.clock?.stamps ?? [])]).toEqual([
      ['a', 7],
      ['b', 2],
    ])
    const raw = JSON.parse(text) as { scenarios: { stamp: unknown }[] }
    raw.scenarios[1] = { ...raw.scenarios[1], stamp: -1 }
    const bad = readSavedState(JSON.stringify(raw))
    expect(bad.ok && bad.scenarios).toHaveLength(2)
    expect(bad.ok && bad.clock?.stamps.get('b')).toBe(0)
  })
})

describe('kept aside', () => {
  const item: KeptAsideItem = {
    kind: 'scenario',
    name: 'Winter hours',
    reason: 'Contacts per week must be between 0 and 1,000,000 contacts',
    keptAt: '2025-05-01T10:00:00.000Z',
    text: '{"version":3}',
  }

  it('reads back what it writes, and only the fields of an item', () => {
    const extra = { ...item, id: 3, storedUnder: 'somewhere' }
    expect(readKeptAside(writeKeptAside([extra]))).toEqual([item])
  })

  it('keeps text it cannot read as one item rather than dropping it', () => {
    for (const text of ['not json', nestedLists(100_000), '{"version":1,"items":[{"kind":"x"}]}']) {
      expect(readKeptAside(text)).toEqual([
        {
          kind: 'saved-data',
          name: '',
          reason: 'This was kept aside by an earlier visit',
          keptAt: '',
          text,
        },
      ])
    }
  })
})
