import { mount, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { PortfolioAnalysis, PortfolioTotals, Scenario } from '@/engine'
import {
  emailAlone,
  fixtureAnalysis,
  fixtureRecommendation,
  fixtureScenario,
  maskOf,
} from '@/components/__tests__/fixtures/answer'
import PortfolioTable from '../PortfolioTable.vue'
import { plain } from './chart-stub'

// The fixture's seven sets, best first: see the table at the top of the fixtures module.
const scenario = fixtureScenario()
const analysis = fixtureAnalysis()
const recommendation = fixtureRecommendation()

const mountTable = (
  props: {
    limit?: number
    currentMask?: number
    recommendedMask?: number
    exact?: PortfolioTotals[]
    analysis?: PortfolioAnalysis
    scenario?: Scenario
  } = {},
) => mount(PortfolioTable, { props: { analysis, scenario, ...props } })

const cells = (w: VueWrapper) =>
  w.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => plain(c.text())))

const column = (w: VueWrapper, index: number) => cells(w).map((row) => row[index])

const header = (w: VueWrapper, label: string) => {
  const th = w.findAll('thead th').find((c) => c.text().startsWith(label))
  if (!th) throw new Error(`no column ${label}`)
  return th
}

describe('PortfolioTable', () => {
  it('shows the sets in rank order, formatted', () => {
    const w = mountTable()
    // Lost customers are the lost plus those who give up unanswered: 0 + 1 and 8 + 2.
    expect(cells(w)).toEqual([
      ['1', 'Phone, Email', 'yes', '16 h', '€448', '88.0%', '1', '€468'],
      ['2', 'Email, Live chat', 'as far as cover allows', '14 h', '€412', '75.0%', '8', '€572'],
      ['3', 'Phone, Email, Live chat', 'yes', '20 h', '€580', '95.0%', '0', '€580'],
      ['4', 'Email', 'yes', '10 h', '€280', '80.0%', '20', '€680'],
      ['5', 'Phone', 'as far as cover allows', '14 h', '€392', '75.0%', '16', '€712'],
      ['6', 'Phone, Live chat', 'as far as cover allows', '18 h', '€524', '75.0%', '10', '€724'],
      ['7', 'Live chat', 'as far as cover allows', '12 h', '€356', '50.0%', '24', '€836'],
    ])
    expect(w.get('caption').text()).toBe(
      'The 7 best sets of channels, ranked by targets met (as far as their hours of cover allow) first, then by cost with lost value. Select a column heading to sort.',
    )
  })

  it('shows the top 15 by default', () => {
    const portfolios = Array.from({ length: 16 }, (_, i) => ({ ...emailAlone(), mask: 8 + i }))
    const w = mountTable({ analysis: { ...analysis, portfolios } })
    expect(column(w, 0)).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)))
    expect(w.get('caption').text()).toMatch(/^The 15 best sets of channels,/)
  })

  it("shows a set's exact figures when given them (the sweep interpolates)", () => {
    // Phone + Email: the sweep says 88.0 % within target, the exact evaluation 90.0 %.
    const w = mountTable({ exact: [recommendation.recommended] })
    expect(cells(w)[0]).toEqual(['1', 'Phone, Email', 'yes', '16 h', '€448', '90.0%', '1', '€468'])
  })

  it('marks the recommended set and the current set in words, adding the current set below', () => {
    // Today's Phone + Live chat ranks 6th, below a limit of 3.
    const w = mountTable({
      limit: 3,
      currentMask: maskOf(['phone', 'live-chat']),
      recommendedMask: recommendation.recommended.mask,
    })
    const rows = w.findAll('tbody tr')
    expect(column(w, 0)).toEqual(['1', '2', '3', '6'])
    expect(rows[0]?.text()).toContain('Recommended')
    expect(rows[0]?.classes()).toContain('portfolio-table__row--recommended')
    expect(rows[3]?.get('td').text()).toBe('Phone, Live chat Your current set')
    expect(rows[3]?.classes()).toContain('portfolio-table__row--current')
    expect(w.findAll('.portfolio-table__mark').map((m) => m.text())).toEqual([
      'Recommended',
      'Your current set',
    ])
    expect(w.get('caption').text()).toBe(
      'The 3 best sets of channels, ranked by targets met (as far as their hours of cover allow) first, then by cost with lost value, with your current set below them. Select a column heading to sort.',
    )
  })

  it('adds a recommended set below the limit too, before the current one', () => {
    const w = mountTable({
      limit: 1,
      currentMask: maskOf(['phone', 'live-chat']),
      recommendedMask: maskOf(['email']),
    })
    expect(column(w, 0)).toEqual(['1', '4', '6'])
    expect(w.get('caption').text()).toBe(
      'The best set of channels, ranked by targets met (as far as their hours of cover allow) first, then by cost with lost value, with the recommended set and your current set below them. Select a column heading to sort.',
    )
  })

  it('honours a smaller limit', () => {
    expect(column(mountTable({ limit: 5 }), 0)).toEqual(['1', '2', '3', '4', '5'])
  })

  it('with the hours we have: ranked by the share of all customers served well, a column it shows', () => {
    const fixed: Scenario = { ...scenario, analysis: { ...scenario.analysis, mode: 'fixed-hours' } }
    const w = mountTable({ scenario: fixed })
    expect(w.get('caption').text()).toMatch(
      /ranked by the share of all customers served within target, then by cost with lost value\./,
    )
    // Served well: within target of all 200 customers (the fixture's table): 176, 144, 190, 144,
    // 138, 144 and 88 of 200, so all three first, then Phone + Email, then the three at 72 % by
    // cost, then Phone, then Live chat.
    expect(header(w, 'All customers served within target').exists()).toBe(true)
    expect(column(w, 2)).toEqual(['95.0%', '88.0%', '72.0%', '72.0%', '72.0%', '69.0%', '44.0%'])
    expect(column(w, 1)).toEqual([
      'Phone, Email, Live chat',
      'Phone, Email',
      'Email, Live chat',
      'Email',
      'Phone, Live chat',
      'Phone',
      'Live chat',
    ])
    expect(column(w, 0)).toEqual(['1', '2', '3', '4', '5', '6', '7'])
  })

  it('meet targets: a set that misses a target it could reach ranks after those that reach theirs, whatever it costs', () => {
    // Email + Live chat (€572, 2nd by cost) misses a target its cover allows: last, and says so.
    const portfolios = analysis.portfolios.map((p) =>
      p.mask === maskOf(['email', 'live-chat']) ? { ...p, targetsReached: false } : p,
    )
    const w = mountTable({ analysis: { ...analysis, portfolios } })
    expect(column(w, 1)).toEqual([
      'Phone, Email',
      'Phone, Email, Live chat',
      'Email',
      'Phone',
      'Phone, Live chat',
      'Live chat',
      'Email, Live chat',
    ])
    expect(cells(w)[6]?.[2]).toBe('no')
  })

  it('puts a keyboard-reachable button in every header, aria-sort on the sorted one only', () => {
    const w = mountTable()
    const headers = w.findAll('thead th')
    expect(headers).toHaveLength(8)
    expect(headers.every((th) => th.find('button[type="button"]').exists())).toBe(true)
    expect(headers.map((th) => th.attributes('aria-sort'))).toEqual([
      'ascending',
      ...Array(7).fill(undefined),
    ])
  })

  it('sorts by a column when its button is clicked, and reverses on a second click', async () => {
    const w = mountTable()
    await header(w, 'Staff hours').get('button').trigger('click')
    expect(header(w, 'Staff hours').attributes('aria-sort')).toBe('ascending')
    expect(header(w, 'Rank').attributes('aria-sort')).toBeUndefined()
    // Equal hours (Email + Live chat and Phone, 14 h) keep their rank order either way.
    expect(column(w, 3)).toEqual(['10 h', '12 h', '14 h', '14 h', '16 h', '18 h', '20 h'])
    expect(column(w, 0)).toEqual(['4', '7', '2', '5', '1', '6', '3'])
    await header(w, 'Staff hours').get('button').trigger('click')
    expect(header(w, 'Staff hours').attributes('aria-sort')).toBe('descending')
    expect(column(w, 0)).toEqual(['3', '6', '1', '2', '5', '7', '4'])
  })

  it('sorts channel names alphabetically and the targets column: met, as far as cover allows, missed', async () => {
    const w = mountTable()
    await header(w, 'Channels').get('button').trigger('click')
    expect(column(w, 1)).toEqual([
      'Email',
      'Email, Live chat',
      'Live chat',
      'Phone',
      'Phone, Email',
      'Phone, Email, Live chat',
      'Phone, Live chat',
    ])
    await header(w, 'Targets met').get('button').trigger('click')
    // Met first (ranks 1, 3, 4), then met as far as cover allows, each in rank order.
    expect(column(w, 0)).toEqual(['1', '3', '4', '2', '5', '6', '7'])
    expect(column(w, 2)).toEqual([
      'yes',
      'yes',
      'yes',
      'as far as cover allows',
      'as far as cover allows',
      'as far as cover allows',
      'as far as cover allows',
    ])
  })
})

describe('PortfolioTable: what the columns mean', () => {
  it('explains every figure column, in the order of the table, with the glossary’s words', () => {
    const w = mountTable()
    const terms = w.get('[data-testid="portfolio-terms"]')
    const headings = w
      .findAll('thead th')
      .slice(2)
      .map((th) =>
        th
          .get('button')
          .text()
          .replace(/\s*[▲▼↕]$/, '')
          .trim(),
      )
    expect(terms.findAll('dt').map((d) => d.text())).toEqual(headings)
    const meaning = (label: string) =>
      terms
        .findAll('div')
        .find((d) => d.get('dt').text() === label)
        ?.get('dd')
        .text()
    expect(meaning('Staff hours a week')).toMatch(/^The hours you pay people for a week/)
    expect(meaning('Contacts answered within target')).toMatch(
      /^The share of all the week’s contacts/,
    )
    expect(meaning('Cost with lost value')).toMatch(/what meeting the targets is ranked by/)
    for (const d of terms.findAll('dd')) expect(d.text().length).toBeGreaterThan(40)
  })
})
