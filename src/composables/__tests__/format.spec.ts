import { describe, expect, it } from 'vitest'
import { createFormatters } from '../format'

describe('formatters', () => {
  const f = createFormatters('en-GB')

  it('formats in the locale', () => {
    expect(f.integer(50014)).toBe('50,014')
    expect(f.decimal(10, 2)).toBe('10.00')
    expect(f.percent(0.88835)).toBe('88.8%')
    expect(f.seconds(7.8359)).toBe('7.8\u00a0s')
    expect(f.seconds(122.8)).toBe('123\u00a0s')
    expect(createFormatters('de-DE').percent(0.5)).toBe('50,0\u00a0%')
  })

  it('never shows NaN or Infinity', () => {
    expect(f.seconds(Infinity)).toBe('no limit')
    expect(f.percent(Number.NaN)).toBe('not available')
    expect(f.integer(-Infinity)).toBe('no limit')
  })
})
