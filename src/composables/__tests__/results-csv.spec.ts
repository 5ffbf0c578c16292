import { beforeAll, describe, expect, it } from 'vitest'
import { recommend, sampleScenario, type Recommendation } from '@/engine'
import type { Scenario } from '@/engine'
import { channelCsv, csvNumber, portfolioCsv, toCsv } from '../results-csv'

/**
 * A minimal RFC 4180 reader, to check the writer against: quoted fields may hold commas, CRLF
 * and doubled quotes; every record ends in CRLF.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  while (i < text.length) {
    let value = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        const c = text[i]
        if (c === undefined) throw new Error('unterminated quote')
        if (c === '"' && text[i + 1] === '"') {
          value += '"'
          i += 2
        } else if (c === '"') {
          i++
          break
        } else {
          value += c
          i++
        }
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${text[i]} at ${i}`)
        value += text[i]
        i++
      }
    }
    row.push(value)
    if (text[i] === ',') {
      i++
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row)
      row = []
      i += 2
    } else {
      throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`)
    }
  }
  if (row.length > 0) throw new Error('last record has no CRLF')
  return rows
}

const NASTY = 'Sales, "VIP"\nline'
const FORMULA = '=HYPERLINK("x")'

/** Four candidates, two with hostile names; phone and email offered today. */
function scenario(): Scenario {
  const s = sampleScenario()
  const keep = new Set(['phone', 'email', 'live-chat', 'facebook'])
  for (const c of s.channels) {
    c.candidate = keep.has(c.id)
    c.offeredToday = c.id === 'phone' || c.id === 'email'
  }
  const phone = s.channels.find((c) => c.id === 'phone')
  const email = s.channels.find((c) => c.id === 'email')
  if (!phone || !email) throw new Error('sample changed')
  phone.name = NASTY
  email.name = FORMULA
  return s
}

let s: Scenario
let r: Recommendation
beforeAll(() => {
  s = scenario()
  r = recommend(s)
})

describe('toCsv and csvNumber', () => {
  it('quotes only what needs it, doubles quotes, ends every line in CRLF', () => {
    expect(toCsv([['a', 'b,c', 'd"e', 'f\rg', 'h\ni']])).toBe('a,"b,c","d""e","f\rg","h\ni"\r\n')
    expect(toCsv([['x'], ['y']])).toBe('x\r\ny\r\n')
  })

  it('guards text that a spreadsheet would run as a formula', () => {
    const cells = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'a=b', ' =x']
    expect(parseCsv(toCsv([cells]))[0]).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      'a=b',
      ' =x',
    ])
  })

  it('writes numbers plainly, negatives unguarded, booleans as yes and no', () => {
    expect(toCsv([[-3, 1234567, true, false]])).toBe('-3,1234567,yes,no\r\n')
    expect(csvNumber(1234.5678, 2)).toBe('1234.57')
    expect(csvNumber(0.1 + 0.2, 4)).toBe('0.3')
    expect(csvNumber(2, 2)).toBe('2')
    expect(csvNumber(-0.001, 2)).toBe('0')
    expect(csvNumber(1e-9, 4)).toBe('0')
    expect(csvNumber(Number.NaN, 2)).toBe('')
    expect(csvNumber(Number.POSITIVE_INFINITY, 2)).toBe('')
  })
})

describe('portfolioCsv', () => {
  it('has a header and one row per portfolio, best first', () => {
    const text = portfolioCsv(r, s)
    expect(text.endsWith('\r\n')).toBe(true)
    const rows = parseCsv(text)
    const [header, ...body] = rows
    expect(header?.[0]).toBe('Rank')
    expect(header).toContain('Cost a week (EUR)')
    expect(body).toHaveLength(r.analysis.portfolios.length)
    expect(body).toHaveLength(15) // 2^4 − 1 portfolios of four candidates
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0)
    expect(body.map((row) => row[0])).toEqual(body.map((_, i) => String(i + 1)))
  })

  it('keeps hostile channel names intact as text, guarded', () => {
    const rows = parseCsv(portfolioCsv(r, s))
    const sets = rows.slice(1).map((row) => row[1] ?? '')
    expect(sets).toContain(NASTY)
    expect(sets).toContain(`'${FORMULA}`)
    expect(sets.some((set) => set.includes(` + ${FORMULA}`) || set.startsWith(`${NASTY} + `))).toBe(
      true,
    )
    // No cell of the file starts a formula.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/)
  })

  it('writes machine-readable numbers and flags the current and recommended sets', () => {
    const rows = parseCsv(portfolioCsv(r, s))
    const header = rows[0] ?? []
    const col = (name: string) => header.indexOf(name)
    const body = rows.slice(1)
    for (const row of body) {
      for (const name of ['Staff hours a week', 'Cost a week (EUR)', 'Share within target']) {
        expect(row[col(name)]).toMatch(/^-?\d+(\.\d+)?$/)
      }
    }
    const recommended = body.filter((row) => row[col('Recommended')] === 'yes')
    const current = body.filter((row) => row[col('Current set')] === 'yes')
    expect(recommended).toHaveLength(1)
    expect(current).toHaveLength(1)
    const rec = r.recommended
    const recRow = recommended[0] ?? []
    expect(Number(recRow[col('Cost a week (EUR)')])).toBeCloseTo(rec.cost.total, 2)
    expect(Number(recRow[col('Staff hours a week')])).toBeCloseTo(rec.staffHours, 2)
    expect(recRow[col('Targets met')]).toBe(rec.targetsMet ? 'yes' : 'no')
    expect(recRow[col('Exact evaluation')]).toBe('yes')
    const exactRows = body.filter((row) => row[col('Exact evaluation')] === 'yes')
    expect(exactRows.length).toBeGreaterThanOrEqual(1)
    expect(exactRows.length).toBeLessThanOrEqual(3)
    // Only the start of a cell matters to a spreadsheet: the formula inside is plain text here.
    expect(current[0]?.[col('Channels')]).toBe(`${NASTY} + ${FORMULA}`)
  })
})

describe('channelCsv', () => {
  it('lists each channel of the recommended, current and best sets', () => {
    const rows = parseCsv(channelCsv(r, s))
    const [header, ...body] = rows
    expect(header).toEqual([
      'Portfolio',
      'Channel',
      'Contacts offered a week',
      'Contacts handled a week',
      'Contacts unserved a week',
      'Staff hours a week',
      'Share within target',
      'Target met',
    ])
    const count = (label: string) => body.filter((row) => row[0] === label).length
    expect(count('Recommended')).toBe(r.recommended.size)
    expect(count('Current')).toBe(r.current?.size ?? 0)
    expect(count('Best of any size')).toBe(r.bestOfAnySize.size)
    const current = body.filter((row) => row[0] === 'Current').map((row) => row[1])
    expect(current).toEqual([NASTY, `'${FORMULA}`])
    for (const row of body) {
      expect(row[2]).toMatch(/^\d+(\.\d+)?$/)
      expect(row[6]).toMatch(/^(\d+(\.\d+)?)?$/)
      expect(['yes', 'no']).toContain(row[7])
    }
  })

  it('leaves out the current set when nothing is offered today', () => {
    const none: Recommendation = { ...r, current: undefined }
    const rows = parseCsv(channelCsv(none, s))
    expect(rows.some((row) => row[0] === 'Current')).toBe(false)
  })
})
