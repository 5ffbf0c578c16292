import { mount, type VueWrapper } from '@vue/test-utils'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  recommend,
  sampleScenario,
  type PortfolioTotals,
  type Recommendation,
  type Scenario,
} from '@/engine'
import PortfolioTable from '../PortfolioTable.vue'
import { plain } from './chart-stub'

let scenario: Scenario
let rec: Recommendation
beforeAll(() => {
  scenario = sampleScenario()
  rec = recommend(scenario)
})

const mountTable = (props: {
  limit?: number
  currentMask?: number
  recommendedMask?: number
  exact?: PortfolioTotals[]
}) => mount(PortfolioTable, { props: { analysis: rec.analysis, scenario, ...props } })

const column = (w: VueWrapper, index: number) =>
  w.findAll('tbody tr').map((r) => plain(r.findAll('th, td')[index]?.text()))

const header = (w: VueWrapper, label: string) => {
  const th = w.findAll('thead th').find((c) => c.text().startsWith(label))
  if (!th) throw new Error(`no column ${label}`)
  return th
}

describe('PortfolioTable', () => {
  it('shows the top 15 sets in rank order, formatted', () => {
    const w = mountTable({})
    expect(w.findAll('tbody tr')).toHaveLength(15)
    expect(column(w, 0)).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)))
    const best = rec.analysis.portfolios[0]
    expect(best?.channelIds).toEqual(['email'])
    const first = w
      .findAll('tbody tr')[0]
      ?.findAll('th, td')
      .map((c) => plain(c.text()))
    expect(first).toEqual(['1', 'Email', '72 h', '€2,039', '30.9%', '28', '€3,021', 'no'])
    expect(w.get('caption').text()).toBe(
      'The 15 best sets of channels, ranked by cost with lost value. Select a column heading to sort.',
    )
  })

  it("shows a set's exact figures when given them (the sweep interpolates)", () => {
    // Email alone: the sweep says €2,039 and €3,021; the exact evaluation €2,038 and €3,021.
    const w = mountTable({ exact: [rec.recommended] })
    const first = w
      .findAll('tbody tr')[0]
      ?.findAll('td')
      .map((c) => plain(c.text()))
    expect(first?.[2]).toBe('€2,038')
    expect(first?.[5]).toBe('€3,021')
  })

  it('marks the recommended set and the current set in words, adding the current set below', () => {
    const currentMask = rec.current?.mask
    const currentRank = rec.analysis.portfolios.findIndex((p) => p.mask === currentMask) + 1
    // The sample's current set (Phone, Email, Facebook, Instagram) ranks well below 15.
    expect(currentRank).toBeGreaterThan(15)
    const w = mountTable({ currentMask, recommendedMask: rec.recommended.mask })
    const rows = w.findAll('tbody tr')
    expect(rows).toHaveLength(16)
    expect(rows[0]?.text()).toContain('Recommended')
    expect(rows[0]?.classes()).toContain('portfolio-table__row--recommended')
    expect(rows[15]?.get('th').text()).toBe(String(currentRank))
    expect(rows[15]?.text()).toContain('Phone, Email, Facebook, Instagram')
    expect(rows[15]?.text()).toContain('Your current set')
    expect(w.get('caption').text()).toMatch(/with your current set below them/)
  })

  it('honours a smaller limit', () => {
    expect(mountTable({ limit: 5 }).findAll('tbody tr')).toHaveLength(5)
  })

  it('puts a keyboard-reachable button in every header, aria-sort on the sorted one only', () => {
    const w = mountTable({})
    const headers = w.findAll('thead th')
    expect(headers).toHaveLength(8)
    expect(headers.every((th) => th.find('button[type="button"]').exists())).toBe(true)
    expect(headers.map((th) => th.attributes('aria-sort'))).toEqual([
      'ascending',
      ...Array(7).fill(undefined),
    ])
  })

  it('sorts by a column when its button is clicked, and reverses on a second click', async () => {
    const w = mountTable({})
    const hours = () =>
      w
        .findAll('tbody tr')
        .map((r) => rec.analysis.portfolios[Number(r.get('th').text()) - 1]?.staffHours ?? NaN)
    await header(w, 'Staff hours').get('button').trigger('click')
    expect(header(w, 'Staff hours').attributes('aria-sort')).toBe('ascending')
    expect(header(w, 'Rank').attributes('aria-sort')).toBeUndefined()
    const up = hours()
    expect(up).toEqual([...up].sort((a, b) => a - b))
    await header(w, 'Staff hours').get('button').trigger('click')
    expect(header(w, 'Staff hours').attributes('aria-sort')).toBe('descending')
    const down = hours()
    expect(down).toEqual([...up].sort((a, b) => b - a))
  })

  it('sorts channel names alphabetically and the yes/no targets column', async () => {
    const w = mountTable({})
    await header(w, 'Channels').get('button').trigger('click')
    const names = column(w, 1)
    expect(names).toEqual([...names].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'en-IE')))
    await header(w, 'Targets met').get('button').trigger('click')
    const met = column(w, 7)
    expect(met).toEqual([...met].sort((a, b) => (a === b ? 0 : a === 'yes' ? -1 : 1)))
  })
})
