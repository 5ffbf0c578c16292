import { describe, expect, it } from 'vitest'
import { createFormatters, messageNumber, moneyText, percentText, plainNumber } from '../format'

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
    expect(f.hours(Number.NaN)).toBe('not available')
    expect(f.money(Infinity)).toBe('no limit')
  })

  it('never shows "-0": -0 itself, or a negative that rounds to zero at the decimals shown', () => {
    expect(f.percent(-0)).toBe('0.0%')
    expect(f.percent(-0.00004)).toBe('0.0%')
    expect(f.money(-0.3)).toBe('€0')
    expect(f.integer(-0.4)).toBe('0')
    expect(f.decimal(-0.04)).toBe('0.0')
    expect(f.hours(-0.01)).toBe('0 h')
    expect(f.seconds(-0)).toBe('0\u00a0s')
    expect(percentText(-0, 'en-GB')).toBe('0%')
    expect(plainNumber(-0.001, 'en-GB')).toBe('0')
    expect(moneyText(-0.2, 'en-IE', 'EUR')).toBe('€0')
    expect(moneyText(-0.001, 'en-IE', 'EUR', { cents: 'as-needed' })).toBe('€0')
    expect(messageNumber(-0)).toBe('0')
    // Half a unit or more is a real amount, and keeps its sign (Intl rounds away from zero).
    expect(f.money(-0.5)).toBe('-€1')
    expect(moneyText(-27.5, 'en-IE', 'EUR', { cents: 'as-needed' })).toBe('-€27.50')
  })

  it('a response time nobody had (no contact answered) reads "none answered"', () => {
    expect(f.responseTime(null)).toBe('none answered')
    expect(f.responseTime(0)).toBe('0\u00a0s')
    expect(f.responseTime(42.4)).toBe('42\u00a0s')
  })

  it('hours keep their own digits whatever was formatted before', () => {
    const g = createFormatters('en-GB')
    expect(g.decimal(5, 1)).toBe('5.0')
    expect(g.hours(5)).toBe('5 h')
    expect(g.hours(7.46)).toBe('7.5 h')
    expect(g.hours(31.4)).toBe('31 h')
  })

  it('money in whole units, in the currency; an unknown locale falls back, never throws', () => {
    expect(createFormatters('en-IE', 'EUR').money(1234.4)).toBe('€1,234')
    expect(createFormatters('en-GB', 'GBP').money(12)).toBe('£12')
    expect(() => createFormatters('not a locale!').integer(3)).not.toThrow()
  })
})

describe('text for the handout and the room', () => {
  it('plain numbers with up to two decimals', () => {
    expect(plainNumber(6, 'en-GB')).toBe('6')
    expect(plainNumber(1.7, 'en-GB')).toBe('1.7')
    expect(plainNumber(0.054, 'en-GB')).toBe('0.05')
    expect(plainNumber(1.5, 'de-DE')).toBe('1,5')
    expect(plainNumber(Number.NaN, 'en-GB')).toBe('not available')
  })

  it('percentages with a decimal only when they have one', () => {
    expect(percentText(0.8, 'en-GB')).toBe('80%')
    expect(percentText(0.925, 'en-GB')).toBe('92.5%')
    expect(percentText(Infinity, 'en-GB')).toBe('not available')
  })

  it('money with cents as needed, or whole', () => {
    expect(moneyText(27.5, 'en-IE', 'EUR', { cents: 'as-needed' })).toBe('€27.50')
    expect(moneyText(28, 'en-IE', 'EUR', { cents: 'as-needed' })).toBe('€28')
    expect(moneyText(27.5, 'en-IE', 'EUR')).toBe('€28')
    expect(moneyText(35, 'xx-bad-tag-!', 'EUR')).toMatch(/35/)
    expect(moneyText(Number.NaN, 'en-IE', 'EUR')).toBe('not available')
  })
})

describe('numbers in messages', () => {
  it('read the same in every browser', () => {
    expect(messageNumber(4_000_000)).toBe('4,000,000')
    expect(messageNumber(1_000_000, { thinSpaces: true })).toBe('1\u2009000\u2009000')
    expect(messageNumber(1.25, { digits: 1 })).toBe('1.3')
    expect(messageNumber(0.1234)).toBe('0.123')
  })
})
