import { describe, expect, it } from 'vitest'
import type { Recommendation, Scenario } from '@/engine'
import {
  defined,
  fixtureRecommendation,
  fixtureScenario,
  phoneEmailExact,
} from '@/components/__tests__/fixtures/answer'
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

/** The fixture's three candidates, Phone and Email renamed with hostile names. */
function scenario(): Scenario {
  const s = fixtureScenario()
  defined(
    s.channels.find((c) => c.id === 'phone'),
    'Phone',
  ).name = NASTY
  defined(
    s.channels.find((c) => c.id === 'email'),
    'Email',
  ).name = FORMULA
  return s
}

// Recommended (and best of any size): Phone + Email, exact. Today: Phone + Live chat. Seven
// sets in all; see the table at the top of the fixtures module.
const s = scenario()
const r = fixtureRecommendation()

const HEADER = [
  'Rank',
  'Channels',
  'Size',
  'Staff hours a week',
  'Cost a week (EUR)',
  'Staff cost a week (EUR)',
  'Tools a week (EUR)',
  'Setup a week (EUR)',
  'Training a week (EUR)',
  'Self-service a week (EUR)',
  'Lost customers a week',
  'Unserved contacts a week',
  'Value lost a week (EUR)',
  'Cost with lost value a week (EUR)',
  'Share within target',
  'Weighted share within target',
  'Targets met',
  'Current set',
  'Recommended',
  'Exact evaluation',
]

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
    const [header, ...body] = parseCsv(text)
    expect(header).toEqual(HEADER)
    expect(body.map((row) => [row[0], row[1], row.length])).toEqual([
      ['1', `${NASTY} + ${FORMULA}`, 20],
      ['2', `'${FORMULA} + Live chat`, 20],
      ['3', `${NASTY} + ${FORMULA} + Live chat`, 20],
      ['4', `'${FORMULA}`, 20],
      ['5', NASTY, 20],
      ['6', `${NASTY} + Live chat`, 20],
      ['7', 'Live chat', 20],
    ])
  })

  it('keeps hostile channel names intact as text, guarded', () => {
    // Two names, then every cell of the header and the seven sets.
    expect.assertions(2 + 8 * HEADER.length)
    const rows = parseCsv(portfolioCsv(r, s))
    // Only the start of a cell matters to a spreadsheet: a set that starts with Email is
    // guarded as a whole, the formula inside another set's name is plain text.
    expect(rows[4]?.[1]).toBe(`'${FORMULA}`)
    expect(rows[1]?.[1]).toBe(`${NASTY} + ${FORMULA}`)
    // No cell of the file starts a formula.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/)
  })

  it('flags the current set, the recommended one, and the rows evaluated exactly', () => {
    const rows = parseCsv(portfolioCsv(r, s)).slice(1)
    // Current set, Recommended, Exact evaluation: Phone + Email (rank 1) is recommended and
    // the best of any size; Phone + Live chat (rank 6) is today's.
    expect(rows.map((row) => row.slice(17).join(' '))).toEqual([
      'no yes yes',
      'no no no',
      'no no no',
      'no no no',
      'no no no',
      'yes no yes',
      'no no no',
    ])
  })

  it('writes the figures as plain numbers, the exact ones for the sets the answer shows', () => {
    const rows = parseCsv(portfolioCsv(r, s))
    // Phone + Email, exact: 180 of 200 within target (the sweep has 176); 0 lost + 1 who gives
    // up; 2 unserved; 1 × €20 lost value.
    expect(rows[1]).toEqual([
      '1',
      `${NASTY} + ${FORMULA}`,
      '2',
      '16',
      '448',
      '448',
      '0',
      '0',
      '0',
      '0',
      '1',
      '2',
      '20',
      '468',
      '0.9',
      '0.9',
      'yes',
      'no',
      'yes',
      'yes',
    ])
    // Email + Live chat, from the sweep: €392 staff + €20 tool; 8 lost × €20.
    expect(rows[2]).toEqual([
      '2',
      `'${FORMULA} + Live chat`,
      '2',
      '14',
      '412',
      '392',
      '20',
      '0',
      '0',
      '0',
      '8',
      '0',
      '160',
      '572',
      '0.75',
      '0.75',
      'no',
      'no',
      'no',
      'no',
    ])
    // Today's Phone + Live chat: 8 lost + 2 who give up, of 4 unserved; (8 + 2) × €20.
    expect(rows[6]).toEqual([
      '6',
      `${NASTY} + Live chat`,
      '2',
      '18',
      '524',
      '504',
      '20',
      '0',
      '0',
      '0',
      '10',
      '4',
      '200',
      '724',
      '0.75',
      '0.75',
      'no',
      'yes',
      'no',
      'yes',
    ])
  })

  it('rounds money and hours to cents, shares to four decimals', () => {
    const third = { ...phoneEmailExact(), staffHours: 50 / 3, attainment: 2 / 3 }
    const odd: Recommendation = { ...r, recommended: third, bestOfAnySize: third }
    const row = parseCsv(portfolioCsv(odd, s))[1] ?? []
    expect([row[3], row[14]]).toEqual(['16.67', '0.6667'])
  })
})

describe('channelCsv', () => {
  const CHANNEL_HEADER = [
    'Portfolio',
    'Channel',
    'Contacts offered a week',
    'Contacts handled a week',
    'Contacts unserved a week',
    'Staff hours a week',
    'Share within target',
    'Target met',
  ]

  it('lists each channel of the recommended, current and best sets', () => {
    // Phone 108 of 120 and Email 72 of 80 within target (0.9); today Phone 99 of 132 and Live
    // chat 45 of 60 (0.75), both short of their targets.
    expect(parseCsv(channelCsv(r, s))).toEqual([
      CHANNEL_HEADER,
      ['Recommended', NASTY, '120', '118', '2', '10', '0.9', 'yes'],
      ['Recommended', `'${FORMULA}`, '80', '80', '0', '6', '0.9', 'yes'],
      ['Current', NASTY, '132', '130', '2', '10', '0.75', 'no'],
      ['Current', 'Live chat', '60', '58', '2', '8', '0.75', 'no'],
      ['Best of any size', NASTY, '120', '118', '2', '10', '0.9', 'yes'],
      ['Best of any size', `'${FORMULA}`, '80', '80', '0', '6', '0.9', 'yes'],
    ])
  })

  it('leaves the share empty for a channel offered no contacts', () => {
    const pair = phoneEmailExact()
    const email = defined(pair.channels[1], 'Email')
    email.figures = { ...email.figures, contactsOffered: 0, contactsHandled: 0, withinTarget: 0 }
    const quiet: Recommendation = { ...r, recommended: pair }
    const rows = parseCsv(channelCsv(quiet, s))
    expect(rows[2]).toEqual(['Recommended', `'${FORMULA}`, '0', '0', '0', '6', '', 'yes'])
  })

  it('leaves out the current set when nothing is offered today', () => {
    const none: Recommendation = { ...r, current: undefined }
    const rows = parseCsv(channelCsv(none, s))
    expect(rows.map((row) => row[0])).toEqual([
      'Portfolio',
      'Recommended',
      'Recommended',
      'Best of any size',
      'Best of any size',
    ])
  })
})
