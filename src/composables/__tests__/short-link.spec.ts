import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sampleScenario, SCENARIO_PRESETS, type Scenario } from '@/engine'
import { CURRENT_SCENARIO_VERSION } from '@/schemas/scenario-migrations'
import {
  decodeScenarioLink,
  encodeScenarioLink,
  encodeShortestLink,
  toBase64Url,
} from '../share-link'
import {
  applyChanges,
  canonicalJson,
  diffValues,
  fnv1a,
  shortLinkBase,
  shortLinkParts,
  type Change,
} from '../short-link'

/** A short link holding any document text, compressed as the app does. */
async function shortLinkOf(base: string, text: string): Promise<string> {
  const stream = new CompressionStream('deflate')
  const writer = stream.writable.getWriter()
  void writer.write(new TextEncoder().encode(text))
  void writer.close()
  const packed = new Uint8Array(await new Response(stream.readable).arrayBuffer())
  return `#b=${base}&d=${toBase64Url(packed)}`
}

function messages(result: Awaited<ReturnType<typeof decodeScenarioLink>>): string[] {
  if (!result || result.ok) throw new Error('expected a failure')
  return result.errors.map((e) => e.message)
}

const channelIndex = (s: Scenario, id: string) => s.channels.findIndex((c) => c.id === id)

describe('FNV-1a', () => {
  it('matches the published 32-bit test vectors', () => {
    // From the FNV reference (Fowler, Noll, Vo; draft-eastlake-fnv): "" → 811c9dc5 (the offset
    // basis), "a" → e40c292c, "foobar" → bf9cf968.
    expect(fnv1a('')).toBe('811c9dc5')
    expect(fnv1a('a')).toBe('e40c292c')
    expect(fnv1a('foobar')).toBe('bf9cf968')
  })
})

describe('canonical JSON', () => {
  it('sorts keys at every depth and leaves arrays in order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}')
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}')
  })
})

describe('what differs from a situation', () => {
  it('is nothing for the situation itself', () => {
    expect(diffValues(sampleScenario(), sampleScenario())).toEqual([])
  })

  it('names one field changed, by its path', () => {
    const s = sampleScenario()
    s.demand.contactsPerWeek = 828
    expect(diffValues(sampleScenario(), s)).toEqual([[['demand', 'contactsPerWeek'], 828]])
    const email = channelIndex(s, 'email')
    s.channels[email]!.targetShare = 0.9
    expect(diffValues(sampleScenario(), s)).toEqual([
      [['demand', 'contactsPerWeek'], 828],
      [['channels', email, 'targetShare'], 0.9],
    ])
  })

  it('removes a field cleared, and adds a field set', () => {
    const s = sampleScenario()
    delete s.business.staffHoursPerWeek
    s.analysis.escalationShare = 0.2
    expect(diffValues(sampleScenario(), s)).toEqual([
      [['business', 'staffHoursPerWeek']],
      [['analysis', 'escalationShare'], 0.2],
    ])
  })

  it('gives positions in a list, or the whole list once more than a quarter differ', () => {
    const s = sampleScenario()
    const phone = channelIndex(s, 'phone')
    const coverage = s.channels[phone]!.coverage
    coverage[10] = !coverage[10]
    expect(diffValues(sampleScenario(), s)).toEqual([
      [['channels', phone, 'coverage', 10], coverage[10]],
    ])
    // 168 hours: 42 changed is a quarter (positions), 43 is more (the whole list).
    for (let h = 11; h < 52; h++) coverage[h] = !coverage[h]
    expect(diffValues(sampleScenario(), s)).toHaveLength(42)
    coverage[52] = !coverage[52]
    expect(diffValues(sampleScenario(), s)).toEqual([[['channels', phone, 'coverage'], coverage]])
  })

  it('applying the changes gives the scenario back', () => {
    const s = sampleScenario()
    s.demand.shares = { phone: 0.5, email: 0.5 }
    s.channels.pop()
    const applied = applyChanges(sampleScenario(), diffValues(sampleScenario(), s))
    expect(applied.ok && canonicalJson(applied.value)).toBe(canonicalJson(s))
  })

  it('refuses a change that points at nothing or removes a place in a list', () => {
    expect(applyChanges({ a: [1] }, [[['a', 3], 2]])).toMatchObject({ ok: false })
    expect(applyChanges({ a: [1] }, [[['b', 'c'], 2]])).toMatchObject({ ok: false })
    expect(applyChanges({ a: [1] }, [[['a', 0]]])).toMatchObject({ ok: false })
    expect(applyChanges({ a: 1 }, [[[]]])).toMatchObject({ ok: false })
  })
})

describe('short links', () => {
  it('build each situation they start from by its id: the sample and every preset', () => {
    expect(shortLinkBase('sample')?.build()).toEqual(sampleScenario())
    for (const preset of SCENARIO_PRESETS) {
      expect(shortLinkBase(preset.id)?.build()).toEqual(preset.build())
    }
    expect(shortLinkBase('nowhere')).toBeUndefined()
  })

  it('start from the situation the scenario differs least from', () => {
    const grocery = SCENARIO_PRESETS[0]!
    const s = grocery.build()
    s.business.staffHoursPerWeek = 30
    expect(shortLinkParts(s).base).toBe(grocery.id)
    expect(shortLinkParts(sampleScenario()).base).toBe('sample')
  })

  it('are a tenth of the full link for the sample with its contacts moved, and open exactly', async () => {
    const s = sampleScenario()
    s.demand.contactsPerWeek = 828
    const short = await encodeShortestLink(s)
    const full = await encodeScenarioLink(s)
    expect(short).toMatch(/^#b=sample&d=[A-Za-z0-9_-]+$/)
    // Measured: 107 characters, where the full link is 2 287.
    expect(short.length).toBeLessThan(120)
    expect(full.length).toBeGreaterThan(1500)
    expect(await decodeScenarioLink(short)).toEqual({ ok: true, scenario: s })
  })

  it('are never longer than the full link, and open exactly when little of the situation is left', async () => {
    const s = sampleScenario()
    // Every channel's coverage and the pattern redrawn: nothing left of the sample to share.
    s.demand.pattern = s.demand.pattern.map((_, i) => ((i * 7919) % 13) + 1)
    for (const c of s.channels) c.coverage = c.coverage.map((_, i) => (i * 31) % 3 === 0)
    const link = await encodeShortestLink(s)
    const result = await decodeScenarioLink(link)
    expect(result).toEqual({ ok: true, scenario: s })
    expect(link.length).toBeLessThanOrEqual((await encodeScenarioLink(s)).length)
  })

  it('open every scenario edited from any situation exactly', async () => {
    const bases = [sampleScenario, ...SCENARIO_PRESETS.map((p) => p.build)]
    await fc.assert(
      fc.asyncProperty(
        fc.nat(bases.length - 1),
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        fc.nat(),
        fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
        async (b, contacts, target, which, hours) => {
          const s = bases[b]!()
          s.demand.contactsPerWeek = contacts
          const channel = s.channels[which % s.channels.length]!
          channel.targetShare = target
          channel.coverage[which % 168] = !channel.coverage[which % 168]
          if (hours === undefined) delete s.business.staffHoursPerWeek
          else s.business.staffHoursPerWeek = hours
          if (s.analysis.mode === 'fixed-hours' && hours === undefined)
            s.business.staffHoursPerWeek = 1
          const result = await decodeScenarioLink(await encodeShortestLink(s))
          expect(result).toEqual({ ok: true, scenario: s })
        },
      ),
      { numRuns: 60 },
    )
  })

  it('refuse a link whose situation changed since (the checksum)', async () => {
    const doc = { v: CURRENT_SCENARIO_VERSION, h: '00000000', p: [] }
    expect(
      messages(await decodeScenarioLink(await shortLinkOf('sample', JSON.stringify(doc))))[0],
    ).toMatch(/changed since, so it would open a different scenario/)
  })

  it('refuse a situation this version does not have, a newer version, and damage', async () => {
    const h = fnv1a(canonicalJson(sampleScenario()))
    const ok = { v: CURRENT_SCENARIO_VERSION, h, p: [] as Change[] }
    expect(await decodeScenarioLink(await shortLinkOf('sample', JSON.stringify(ok)))).toEqual({
      ok: true,
      scenario: sampleScenario(),
    })
    expect(
      messages(await decodeScenarioLink(await shortLinkOf('bakery', JSON.stringify(ok))))[0],
    ).toMatch(/built-in situation this version of Channel Planner does not have \("bakery"\)/)
    const newer = { ...ok, v: CURRENT_SCENARIO_VERSION + 1 }
    expect(
      messages(await decodeScenarioLink(await shortLinkOf('sample', JSON.stringify(newer))))[0],
    ).toMatch(/made by a newer version/)
    const polluting = { ...ok, p: [[['__proto__', 'x'], 1]] }
    expect(
      messages(await decodeScenarioLink(await shortLinkOf('sample', JSON.stringify(polluting))))[0],
    ).toMatch(/incomplete or damaged: its changes are not readable/)
    expect(({} as Record<string, unknown>).x).toBeUndefined()
    const outside = { ...ok, p: [[['channels', 99, 'targetShare'], 0.9]] }
    expect(
      messages(await decodeScenarioLink(await shortLinkOf('sample', JSON.stringify(outside))))[0],
    ).toMatch(/points at nothing/)
    expect(messages(await decodeScenarioLink(await shortLinkOf('sample', 'not json')))[0]).toMatch(
      /its changes are not readable/,
    )
    expect(messages(await decodeScenarioLink('#d=abcd'))[0]).toMatch(
      /which situation it starts from/,
    )
  })

  it('are checked as a file is: a value out of range is named beside its field', async () => {
    const s = sampleScenario()
    const bad = structuredClone(s) as unknown as { demand: { contactsPerWeek: number } }
    bad.demand.contactsPerWeek = -5
    const doc = {
      v: CURRENT_SCENARIO_VERSION,
      h: fnv1a(canonicalJson(bad)),
      p: [[['demand', 'contactsPerWeek'], -5]],
    }
    const result = await decodeScenarioLink(await shortLinkOf('sample', JSON.stringify(doc)))
    expect(result?.ok).toBe(false)
    expect(result && !result.ok && result.errors.map((e) => e.path)).toContain(
      'demand.contactsPerWeek',
    )
  })
})
