import { describe, expect, it } from 'vitest'
import { PLAIN_DECIMAL, readTypedNumber, type TypedNumberOptions } from '../typed-number'

const PLAIN: TypedNumberOptions = { syntax: 'plain' }
const LENIENT: TypedNumberOptions = { syntax: 'lenient' }
const SHARE: TypedNumberOptions = { syntax: 'lenient', percent: true }

const value = (text: string, options: TypedNumberOptions) => {
  const read = readTypedNumber(text, options)
  return read.kind === 'number' ? read.value : read.kind
}

describe('a typed number, read plain (the scenario’s fields)', () => {
  it('takes plain decimals, spaces around them aside', () => {
    expect(readTypedNumber('12', PLAIN)).toEqual({ kind: 'number', value: 12 })
    expect(value(' 12.5 ', PLAIN)).toBe(12.5)
    expect(value('-3', PLAIN)).toBe(-3)
    expect(value('12.', PLAIN)).toBe(12)
    expect(value('.5', PLAIN)).toBe(0.5)
    expect(value('007', PLAIN)).toBe(7)
  })

  it('tells empty text and a comma apart from text that is not a number', () => {
    expect(readTypedNumber('', PLAIN)).toEqual({ kind: 'empty' })
    expect(readTypedNumber('   ', PLAIN)).toEqual({ kind: 'empty' })
    expect(readTypedNumber('12,5', PLAIN)).toEqual({ kind: 'comma' })
    expect(readTypedNumber('1,000', PLAIN)).toEqual({ kind: 'comma' })
    for (const text of ['lots', '1e3', '+5', '0x10', '1 000', '1.2.3', '.', '-', 'Infinity']) {
      expect(readTypedNumber(text, PLAIN), text).toEqual({ kind: 'not-a-number' })
    }
  })

  it('does not drop a "%" unless asked to', () => {
    expect(value('40%', PLAIN)).toBe('not-a-number')
    expect(value('40 %', { syntax: 'plain', percent: true })).toBe(40)
  })

  it('is the same plain decimal the schema’s decimal fields take', () => {
    for (const text of ['12', '12.5', '-3', '12.', '.5'])
      expect(PLAIN_DECIMAL.test(text)).toBe(true)
    for (const text of ['', '1e3', '+5', '1,5', '1 000', '.', '-']) {
      expect(PLAIN_DECIMAL.test(text), text).toBe(false)
    }
  })
})

describe('a typed number, read leniently (the guided New, the share fields)', () => {
  it('takes a decimal comma or point, spaces around them aside', () => {
    expect(readTypedNumber('120', LENIENT)).toEqual({ kind: 'number', value: 120 })
    expect(value(' 7,5 ', LENIENT)).toBe(7.5)
    expect(value('7.5', LENIENT)).toBe(7.5)
    expect(value(',5', LENIENT)).toBe(0.5)
    expect(value('-3', LENIENT)).toBe(-3)
  })

  it('reads the first comma only: "1,000" is 1 and "1,000,5" no number', () => {
    expect(value('1,000', LENIENT)).toBe(1)
    expect(value('1,000,5', LENIENT)).toBe('not-a-number')
    expect(value('1.5,5', LENIENT)).toBe('not-a-number')
  })

  it('takes what JavaScript reads as a finite number', () => {
    expect(value('1e3', LENIENT)).toBe(1000)
    expect(value('+5', LENIENT)).toBe(5)
    expect(value('0x10', LENIENT)).toBe(16)
  })

  it('says when the text is empty or not a finite number', () => {
    expect(readTypedNumber('', LENIENT)).toEqual({ kind: 'empty' })
    expect(readTypedNumber(' \t ', LENIENT)).toEqual({ kind: 'empty' })
    for (const text of ['lots', '1 000', '.', '-', 'Infinity', '1e999', '12 a', '40%']) {
      expect(readTypedNumber(text, LENIENT), text).toEqual({ kind: 'not-a-number' })
    }
  })

  it('drops a "%" at the end when asked to, and only there', () => {
    expect(value('40%', SHARE)).toBe(40)
    expect(value(' 40 % ', SHARE)).toBe(40)
    expect(value('12,5 %', SHARE)).toBe(12.5)
    expect(value('%', SHARE)).toBe('empty')
    expect(value('%40', SHARE)).toBe('not-a-number')
    expect(value('40%%', SHARE)).toBe('not-a-number')
  })
})
