/**
 * The analysis as CSV files for a spreadsheet: every portfolio, and every channel of the
 * portfolios the answer shows. RFC 4180: fields holding a comma, quote, CR or LF are quoted with
 * quotes doubled, and lines end in CRLF. Numbers are plain with a decimal point and no grouping
 * (machine-readable in any locale); text comes from the user (channel names) and is guarded
 * against formula injection.
 */
import type { PortfolioTotals, Recommendation } from '@/engine'
import type { Scenario } from '@/engine'

/** A number with the decimals it is written with (rounded); integers may be plain numbers. */
interface Decimal {
  value: number
  digits: number
}
type Cell = string | number | boolean | Decimal

/**
 * Spreadsheets (Excel, LibreOffice, Google Sheets) run a cell that starts with `=`, `+`, `-` or
 * `@` as a formula, and some treat a leading tab or CR the same way after trimming. A channel
 * name is whatever the user (or whoever sent them a scenario file) typed, so a name like
 * `=HYPERLINK("http://…")` would become a live link or worse when the CSV is opened. A leading
 * apostrophe makes the spreadsheet show the text as text (OWASP's advice for CSV injection).
 * Only text cells are guarded: numbers, negative ones included, are written as numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/

function textCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/**
 * Rounded, plain decimal with no trailing zeros; empty when not finite. (`toFixed` writes plain
 * digits below 10^21, far beyond any weekly figure here.)
 */
export function csvNumber(value: number, digits: number): string {
  if (!Number.isFinite(value)) return ''
  const fixed = value.toFixed(digits)
  const trimmed = digits > 0 ? fixed.replace(/\.?0+$/, '') : fixed
  return trimmed === '-0' ? '0' : trimmed
}

function field(cell: Cell): string {
  const text =
    typeof cell === 'boolean'
      ? cell
        ? 'yes'
        : 'no'
      : typeof cell === 'number'
        ? csvNumber(cell, 0)
        : typeof cell === 'string'
          ? textCell(cell)
          : csvNumber(cell.value, cell.digits)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows to RFC 4180 text, CRLF after every line (the last too). */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(field).join(',') + '\r\n').join('')
}

/** Money, hours and contacts to 2 decimals (cents; minutes are noise), shares to 4 (0.01 %). */
const money = (value: number): Decimal => ({ value, digits: 2 })
const hours = money
const contacts = money
const share = (value: number): Decimal => ({ value, digits: 4 })

function channelNames(scenario: Scenario): Map<string, string> {
  return new Map(scenario.channels.map((c) => [c.id, c.name]))
}

function setLabel(p: PortfolioTotals, names: Map<string, string>): string {
  return p.channelIds.map((id) => names.get(id) ?? id).join(' + ')
}

/**
 * One row per portfolio of the analysis, in its rank order. The sweep's figures are interpolated
 * on channel curves; the recommendation's three sets (recommended, current, best of any size)
 * were evaluated exactly, and their rows carry those figures, as the portfolio table does, so
 * the file agrees with the recommendation to the cent. The rank stays the sweep's.
 */
export function portfolioCsv(recommendation: Recommendation, scenario: Scenario): string {
  const names = channelNames(scenario)
  const exact = new Map<number, PortfolioTotals>()
  for (const p of [
    recommendation.recommended,
    recommendation.current,
    recommendation.bestOfAnySize,
  ]) {
    if (p) exact.set(p.mask, p)
  }
  const currency = scenario.business.currency
  const current = recommendation.analysis.current?.mask
  const recommended = recommendation.recommended.mask
  const header = [
    'Rank',
    'Channels',
    'Size',
    'Staff hours a week',
    `Cost a week (${currency})`,
    `Staff cost a week (${currency})`,
    `Tools a week (${currency})`,
    `Setup a week (${currency})`,
    `Training a week (${currency})`,
    `Self-service a week (${currency})`,
    'Lost customers a week',
    'Unserved contacts a week',
    `Value lost a week (${currency})`,
    `Cost with lost value a week (${currency})`,
    'Share within target',
    'Weighted share within target',
    'Targets met',
    'Current set',
    'Recommended',
    'Exact evaluation',
  ]
  const rows: Cell[][] = [header]
  recommendation.analysis.portfolios.forEach((swept, i) => {
    const p = exact.get(swept.mask) ?? swept
    rows.push([
      i + 1,
      setLabel(p, names),
      p.size,
      hours(p.staffHours),
      money(p.cost.total),
      money(p.cost.staff),
      money(p.cost.tools),
      money(p.cost.setup),
      money(p.cost.training),
      money(p.cost.selfService),
      contacts(p.lost + p.unservedLost),
      contacts(p.unserved),
      money(p.lostValue),
      money(p.totalWithLostValue),
      share(p.attainment),
      share(p.weightedAttainment),
      p.targetsMet,
      p.mask === current,
      p.mask === recommended,
      exact.has(p.mask),
    ])
  })
  return toCsv(rows)
}

/**
 * One row per channel of the recommended portfolio, the current one (when the business offers
 * any channel today) and the best of any size; the first column says which. A portfolio may
 * appear under two labels (the recommendation is often the best of any size too).
 */
export function channelCsv(recommendation: Recommendation, scenario: Scenario): string {
  const names = channelNames(scenario)
  const sets: Array<[string, PortfolioTotals | undefined]> = [
    ['Recommended', recommendation.recommended],
    ['Current', recommendation.current],
    ['Best of any size', recommendation.bestOfAnySize],
  ]
  const rows: Cell[][] = [
    [
      'Portfolio',
      'Channel',
      'Contacts offered a week',
      'Contacts handled a week',
      'Contacts unserved a week',
      'Staff hours a week',
      'Share within target',
      'Target met',
    ],
  ]
  for (const [label, p] of sets) {
    if (!p) continue
    for (const ch of p.channels) {
      const f = ch.figures
      rows.push([
        label,
        names.get(ch.channelId) ?? ch.channelId,
        contacts(f.contactsOffered),
        contacts(f.contactsHandled),
        contacts(f.contactsUnserved),
        hours(ch.staffHours),
        // No contacts offered: no share to speak of (an empty cell, not a made-up 100 %).
        f.contactsOffered > 0 ? share(f.withinTarget / f.contactsOffered) : '',
        f.targetMet,
      ])
    }
  }
  return toCsv(rows)
}
