/**
 * Number formatting for display, in the reader's locale (Intl). No NaN or Infinity ever
 * reaches the page: every formatter says in words what such a value means.
 */
export interface Formatters {
  integer(value: number): string
  decimal(value: number, digits?: number): string
  percent(share: number, digits?: number): string
  seconds(value: number): string
  /** Money in the given currency, whole units ("€1,234"). */
  money(value: number): string
  /** Hours to one decimal below 10, whole above ("7.5 h", "31 h"). */
  hours(value: number): string
}

export function createFormatters(locale?: string, currency = 'EUR'): Formatters {
  const cache = new Map<string, Intl.NumberFormat>()
  const get = (key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
    let f = cache.get(key)
    if (!f) {
      f = new Intl.NumberFormat(locale, options)
      cache.set(key, f)
    }
    return f
  }
  const guard = (value: number, render: (v: number) => string): string => {
    if (Number.isNaN(value)) return 'not available'
    if (!Number.isFinite(value)) return 'no limit'
    return render(value)
  }
  return {
    integer: (v) => guard(v, (x) => get('int', { maximumFractionDigits: 0 }).format(x)),
    decimal: (v, digits = 1) =>
      guard(v, (x) =>
        get(`dec${digits}`, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(x),
      ),
    percent: (share, digits = 1) =>
      guard(share, (x) =>
        get(`pct${digits}`, {
          style: 'percent',
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(x),
      ),
    money: (v) =>
      guard(v, (x) => {
        try {
          return get('money', { style: 'currency', currency, maximumFractionDigits: 0 }).format(x)
        } catch {
          // An unknown currency code still shows the amount.
          return `${get('int', { maximumFractionDigits: 0 }).format(x)} ${currency}`
        }
      }),
    hours: (v) =>
      guard(
        v,
        (x) =>
          `${get(Math.abs(x) < 10 ? 'dec1' : 'int', { minimumFractionDigits: 0, maximumFractionDigits: Math.abs(x) < 10 ? 1 : 0 }).format(x)} h`,
      ),
    // The SI symbol reads the same in every language ("7.8 s"); Intl's unit names vary.
    seconds: (v) =>
      guard(
        v,
        (x) =>
          `${get(x < 10 ? 'sec1' : 'sec0', { maximumFractionDigits: x < 10 ? 1 : 0 }).format(x)}\u00a0s`,
      ),
  }
}

/** The page's formatters, in the browser's locale. */
export const format = createFormatters()
