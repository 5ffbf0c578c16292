import { describe, expect, it } from 'vitest'
import { sampleScenario } from '@/engine'
import type { NamedScenario } from '@/schemas/saved-state'
import { canonical, mergeTabs, versions } from '../other-tabs'

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
  const base = versions([a, b])

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
    const blank = versions([{ ...a, name: '' }])
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
})
