/**
 * Numbers and money for people to read: the one place the app formats them.
 *
 * - On the page, in the handout and in the presentation, numbers follow the scenario's locale
 *   (Intl). A locale tag Intl does not know falls back to the browser's, and a currency it does
 *   not know still shows the amount, so a hand-edited file never breaks a page.
 * - No NaN or Infinity ever reaches a reader: every function says in words what such a value
 *   means.
 * - No "-0" either: a value that rounds to zero at the decimals shown (a tiny negative amount,
 *   -0 typed in a field) shows as 0, "€0" and "0 %", never "-€0".
 * - Messages (validation, refusals) use one fixed locale instead, so a message reads the same
 *   wherever it is shown and tests can name it: `messageNumber`.
 */

const formats = new Map<string, Intl.NumberFormat>()

/** Intl's number format, made once per locale and options; an unknown locale falls back. */
export function numberFormat(
  locale: string | undefined,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let made = formats.get(key)
  if (!made) {
    try {
      made = new Intl.NumberFormat(locale, options)
    } catch (error) {
      // A locale tag Intl does not know: the browser's own. Other mistakes (a currency code
      // that is not one) are for the caller.
      if (locale === undefined) throw error
      made = new Intl.NumberFormat(undefined, options)
    }
    formats.set(key, made)
  }
  return made
}

/** What a value that is not a number shows as. */
function inWords(value: number, infinite: string): string | undefined {
  if (Number.isNaN(value)) return 'not available'
  if (!Number.isFinite(value)) return infinite
  return undefined
}

/**
 * The value, or 0 where it would show as "-0" with `digits` decimals: -0 itself, or a negative
 * value that rounds to zero. (Intl rounds half away from zero, so -0.5 at no decimals stays.)
 */
export function unsignedZero(value: number, digits: number): number {
  return Math.abs(value) * 10 ** digits < 0.5 ? 0 : value
}

/** Intl's format of a value, with no "-0" at the decimals the options show. */
function formatted(format: Intl.NumberFormat, value: number): string {
  const { maximumFractionDigits = 0, style } = format.resolvedOptions()
  return format.format(unsignedZero(value, maximumFractionDigits + (style === 'percent' ? 2 : 0)))
}

/** Up to two decimals, none when whole: "6", "1.7", "0.05". */
export function plainNumber(value: number, locale?: string): string {
  return (
    inWords(value, 'not available') ??
    formatted(numberFormat(locale, { maximumFractionDigits: 2 }), value)
  )
}

/** A share as a percentage, with one decimal only when it has one: "80 %", "92.5 %". */
export function percentText(share: number, locale?: string): string {
  const words = inWords(share, 'not available')
  if (words) return words
  const digits = Math.abs(Math.round(share * 1000) % 10) === 0 ? 0 : 1
  return formatted(
    numberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }),
    share,
  )
}

export interface MoneyOptions {
  /** "whole": whole units always ("€1,234"); "as-needed": cents unless whole ("€27.50", "€28"). */
  cents?: 'whole' | 'as-needed'
  /** Shown for ±Infinity. */
  infinite?: string
}

/** An amount in the currency (ISO 4217 code). */
export function moneyText(
  value: number,
  locale: string | undefined,
  currency: string,
  { cents = 'whole', infinite = 'not available' }: MoneyOptions = {},
): string {
  const words = inWords(value, infinite)
  if (words) return words
  const amount = unsignedZero(value, cents === 'as-needed' ? 2 : 0)
  const digits = cents === 'as-needed' && !Number.isInteger(amount) ? 2 : 0
  const fraction = { minimumFractionDigits: digits, maximumFractionDigits: digits }
  try {
    return formatted(numberFormat(locale, { style: 'currency', currency, ...fraction }), amount)
  } catch {
    // A currency code Intl does not know still shows the amount.
    return `${formatted(numberFormat(locale, fraction), amount)} ${currency}`
  }
}

/** The one locale of messages. */
export const MESSAGE_LOCALE = 'en-GB'

export interface MessageNumberOptions {
  /** Decimals at most. */
  digits?: number
  /** Group thousands with thin spaces ("1 000 000"), readable in any language, not commas. */
  thinSpaces?: boolean
}

/** A number in a message: the same in every browser ("4,000,000", "12.5", "1 000"). */
export function messageNumber(
  value: number,
  { digits = 3, thinSpaces = false }: MessageNumberOptions = {},
): string {
  const words = inWords(value, 'no limit')
  if (words) return words
  const text = formatted(numberFormat(MESSAGE_LOCALE, { maximumFractionDigits: digits }), value)
  return thinSpaces ? text.replace(/,/g, '\u2009') : text
}

/** The formatters of one locale and currency, for a page, a chart or a table. */
export interface Formatters {
  integer(value: number): string
  decimal(value: number, digits?: number): string
  percent(share: number, digits?: number): string
  seconds(value: number): string
  /** A response time in seconds; null (nobody was answered, so there is none) in words. */
  responseTime(value: number | null): string
  /** Money in the given currency, whole units ("€1,234"). */
  money(value: number): string
  /** Hours to one decimal below 10, whole above ("7.5 h", "31 h"). */
  hours(value: number): string
}

export function createFormatters(locale?: string, currency = 'EUR'): Formatters {
  const show = (value: number, options: Intl.NumberFormatOptions): string =>
    inWords(value, 'no limit') ?? formatted(numberFormat(locale, options), value)
  const fixed = (digits: number) => ({
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
  const seconds = (v: number): string => {
    const text = show(v, { maximumFractionDigits: v < 10 ? 1 : 0 })
    return Number.isFinite(v) ? `${text}\u00a0s` : text
  }
  return {
    integer: (v) => show(v, { maximumFractionDigits: 0 }),
    decimal: (v, digits = 1) => show(v, fixed(digits)),
    percent: (share, digits = 1) => show(share, { style: 'percent', ...fixed(digits) }),
    money: (v) => moneyText(v, locale, currency, { infinite: 'no limit' }),
    hours: (v) => {
      const text = show(v, { maximumFractionDigits: Math.abs(v) < 10 ? 1 : 0 })
      return Number.isFinite(v) ? `${text} h` : text
    },
    // The SI symbol reads the same in every language ("7.8 s"); Intl's unit names vary.
    seconds,
    responseTime: (v) => (v === null ? 'none answered' : seconds(v)),
  }
}

/** The page's formatters, in the browser's locale. */
export const format = createFormatters()
