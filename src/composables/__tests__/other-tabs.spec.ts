import { describe, expect, it } from 'vitest'
import { sampleScenario } from '@/engine'
import type { NamedScenario } from '@/schemas/saved-state'
import { baseOf, canonical, mergeTabs } from '../other-tabs'

/** A scenario named `name` with `contacts` contacts a week. */
function named(id: string, name: string, contacts = 150): NamedScenario {
  const scenario = sampleScenario()
  scenario.demand.contactsPerWeek = contacts
  return { id, name, scenario }
}

const ids = (list: readonly NamedScenario[]) => list.map((s) => `${s.id}:${s.name}`)

describe('canonical', () => {
  it('ignores the order of keys, not their values', () => {
    expect(canonical({ a: 1, b: { c: 2, d: [3, { e: 4, f: 5 }] } })).toBe(
      canonical({ b: { d: [3, { f: 5, e: 4 }], c: 2 }, a: 1 }),
    )
    expect(canonical({ a: 1 })).not.toBe(canonical({ a: 2 }))
    expect(canonical([1, 2])).not.toBe(canonical([2, 1]))
  })
})

describe('merging another tab’s saved scenarios', () => {
  const a = named('a', 'Shop')
  const b = named('b', 'Evenings')
  const base = baseOf([a, b])

  it('takes a scenario changed only there, and keeps one changed only here', () => {
    const oursB = named('b', 'Evenings', 300)
    const theirsA = named('a', 'Shop', 500)
    const m = mergeTabs(base, [a, oursB], [theirsA, b])
    expect(m.scenarios.map((s) => s.scenario.demand.contactsPerWeek)).toEqual([500, 300])
    expect(m.taken).toEqual(['Shop'])
    expect(m.conflicts).toEqual([])
    expect(m.changed).toBe(true)
  })

  it('changes nothing when the other tab saved what this tab has', () => {
    const m = mergeTabs(base, [a, b], [b, a])
    expect(m.changed).toBe(false)
    expect(ids(m.scenarios)).toEqual(['a:Shop', 'b:Evenings'])
  })

  it('the same change made in both is no conflict', () => {
    const m = mergeTabs(base, [named('a', 'Shop', 90), b], [named('a', 'Shop', 90), b])
    expect(m.changed).toBe(false)
  })

  it('changed in both: the other tab’s keeps the place, this tab’s moves beside it', () => {
    const m = mergeTabs(base, [named('a', 'Shop', 200), b], [named('a', 'Shop', 900), b])
    expect(ids(m.scenarios)).toEqual(['a:Shop', 'tab-1:Shop (conflicted copy)', 'b:Evenings'])
    expect(m.scenarios.map((s) => s.scenario.demand.contactsPerWeek)).toEqual([900, 200, 150])
    expect(m.conflicts).toEqual([{ name: 'Shop', copy: 'Shop (conflicted copy)' }])
    expect([...m.moved]).toEqual([['a', 'tab-1']])
  })

  it('names are compared as saved: trimmed, and blank as "Untitled scenario"', () => {
    expect(mergeTabs(base, [{ ...a, name: '  Shop ' }, b], [a, b]).changed).toBe(false)
    const blank = baseOf([{ ...a, name: '' }])
    expect(
      mergeTabs(blank, [{ ...a, name: '' }], [{ ...a, name: 'Untitled scenario' }]).changed,
    ).toBe(false)
  })

  it('two made under one id, one in each tab: the other tab’s keeps the id, this tab’s moves', () => {
    const m = mergeTabs(
      base,
      [a, b, named('c', 'Mine')],
      [a, b, named('c', 'Theirs'), named('d', 'Winter')],
    )
    expect(ids(m.scenarios)).toEqual(['a:Shop', 'b:Evenings', 'c:Theirs', 'tab-1:Mine', 'd:Winter'])
    expect(m.taken).toEqual(['Theirs', 'Winter'])
    expect(m.conflicts).toEqual([])
    expect([...m.moved]).toEqual([['c', 'tab-1']])
    expect([...m.oursOnly]).toEqual(['tab-1'])
  })

  it('removed there and untouched here: goes; removed there and changed here: stays', () => {
    const gone = mergeTabs(base, [a, b], [a])
    expect(ids(gone.scenarios)).toEqual(['a:Shop'])
    expect(gone.removed).toEqual(['Evenings'])
    const kept = mergeTabs(base, [a, named('b', 'Evenings', 40)], [a])
    expect(ids(kept.scenarios)).toEqual(['a:Shop', 'b:Evenings'])
    expect(kept.removed).toEqual([])
  })

  it('removed here and untouched there: stays removed; changed there: comes back', () => {
    expect(mergeTabs(base, [a], [a, b]).changed).toBe(false)
    const back = mergeTabs(base, [a], [a, named('b', 'Evenings', 60)])
    expect(ids(back.scenarios)).toEqual(['a:Shop', 'b:Evenings'])
    expect(back.taken).toEqual(['Evenings'])
  })

  it('removes nothing when some of the other tab’s scenarios could not be read here', () => {
    const m = mergeTabs(base, [a, b], [a], { keepRemoved: true })
    expect(ids(m.scenarios)).toEqual(['a:Shop', 'b:Evenings'])
    expect(m.changed).toBe(false)
  })

  it('compares this tab’s scenarios as saved, and keeps them as on screen', () => {
    // "Shop" mid-edit on screen (contacts −5), saved as its last valid version, the base: the
    // other tab's change is taken. "Mine", new and never valid, is kept as it is.
    const editing = named('a', 'Shop', -5)
    const mine = named('c', 'Mine', -1)
    const saved = (e: NamedScenario) => (e.id === 'a' ? a : e.id === 'c' ? undefined : e)
    const m = mergeTabs(base, [editing, b, mine], [named('a', 'Shop', 500), b], { saved })
    expect(m.scenarios.map((s) => s.scenario.demand.contactsPerWeek)).toEqual([500, 150, -1])
    expect([...m.oursOnly]).toEqual(['c'])
    // A never-valid one under an id the other tab also made moves aside, not away.
    const both = mergeTabs(base, [a, b, mine], [a, b, named('c', 'Theirs')], { saved })
    expect(ids(both.scenarios)).toEqual(['a:Shop', 'b:Evenings', 'c:Theirs', 'tab-1:Mine'])
  })

  it('a rename there is a change there', () => {
    const m = mergeTabs(base, [a, b], [{ ...a, name: 'Shop, weekdays' }, b])
    expect(ids(m.scenarios)).toEqual(['a:Shop, weekdays', 'b:Evenings'])
    expect(m.taken).toEqual(['Shop, weekdays'])
  })

  describe('with the saves’ generations', () => {
    // This tab knows "Shop" and "Evenings" saved in generation 3, "Shop" changed there.
    const known = baseOf(
      [a, b],
      new Map([
        ['a', 3],
        ['b', 1],
      ]),
    )
    const clock = (generation: number, stamps: Record<string, number>) => ({
      clock: { generation, stamps: new Map(Object.entries(stamps)) },
    })

    it('an older copy written back by a tab that had not seen the newer one is no change there', () => {
      const older = named('a', 'Shop', 100)
      const m = mergeTabs(known, [a, b], [older, b], clock(3, { a: 2, b: 1 }))
      expect(m.changed).toBe(false)
      expect(m.scenarios).toEqual([a, b])
      expect(m.base.get('a')).toEqual(known.get('a'))
    })

    it('a copy stamped later is a change there, and becomes what is known', () => {
      const later = named('a', 'Shop', 900)
      const m = mergeTabs(known, [a, b], [later, b], clock(4, { a: 4, b: 1 }))
      expect(m.scenarios.map((s) => s.scenario.demand.contactsPerWeek)).toEqual([900, 150])
      expect(m.base.get('a')?.stamp).toBe(4)
    })

    it('missing from a save made before that tab could see it: not removed there', () => {
      // "Shop" stamped 3; a save of generation 3 was made without having seen it.
      expect(mergeTabs(known, [a, b], [b], clock(3, { b: 1 })).removed).toEqual([])
      expect(mergeTabs(known, [a, b], [b], clock(4, { b: 1 })).removed).toEqual(['Shop'])
    })

    it('removed here: an older copy from the other tab stays removed, a later change comes back', () => {
      const gone = new Map(known).set('b', { version: undefined, stamp: 1 })
      expect(mergeTabs(gone, [a], [a, b], clock(3, { a: 3, b: 1 })).changed).toBe(false)
      const back = mergeTabs(gone, [a], [a, named('b', 'Evenings', 60)], clock(4, { a: 3, b: 4 }))
      expect(ids(back.scenarios)).toEqual(['a:Shop', 'b:Evenings'])
    })

    it('two versions saved in one generation: both tabs keep the same one in place, the other beside it', () => {
      const x = named('b', 'Evenings', 200)
      const y = named('b', 'Evenings', 700)
      // Tab X saved x, tab Y saved y, both in generation 2, each without the other's.
      const inX = mergeTabs(baseOf([a, x], new Map([['b', 2]])), [a, x], [a, y], clock(2, { b: 2 }))
      const inY = mergeTabs(baseOf([a, y], new Map([['b', 2]])), [a, y], [a, x], clock(2, { b: 2 }))
      const kept = (m: ReturnType<typeof mergeTabs>) =>
        m.scenarios.map((s) => s.scenario.demand.contactsPerWeek).slice(0, 2)
      // "…200…" sorts before "…700…": x keeps the place in both tabs.
      expect(kept(inX)).toEqual([150, 200])
      expect(inX.changed).toBe(false)
      expect(ids(inY.scenarios)).toEqual([
        'a:Shop',
        'b:Evenings',
        'tab-1:Evenings (conflicted copy)',
      ])
      expect(inY.scenarios.map((s) => s.scenario.demand.contactsPerWeek)).toEqual([150, 200, 700])
    })
  })
})
