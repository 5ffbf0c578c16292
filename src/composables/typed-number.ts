/**
 * A number typed by a person into a text field, read from its text (the scenario's decimal
 * fields in schemas/decimal-field.ts share the plain syntax). Reading says only what the text
 * is (a number, empty, a comma where a point belongs, not a number); each field words its own
 * message and checks its own range.
 *
 * Two ways of reading, as the fields need them:
 * - `plain` (the scenario's fields, like the schema's decimal fields): digits with at most one
 *   decimal point and an optional leading minus ("12", "-3", "12.", ".5"). Text with a comma is
 *   told apart, so the field can ask for a point instead.
 * - `lenient` (the guided New, the share fields): the first comma is a decimal point ("7,5"
 *   is 7.5), then anything JavaScript's Number reads as a finite number is one ("1e3", "+5",
 *   "0x10"). Any other text, a second comma included, is not a number.
 *
 * Spaces around the text never count; `percent` drops a "%" at its end too ("40 %" is 40).
 */

/** Plain decimal text: digits with at most one decimal point, optional leading minus. */
export const PLAIN_DECIMAL = /^-?(\d+\.?\d*|\.\d+)$/

export type TypedNumber =
  | { kind: 'number'; value: number }
  | { kind: 'empty' }
  /** Only when reading `plain`: the text has a comma (a decimal comma or a thousands separator). */
  | { kind: 'comma' }
  | { kind: 'not-a-number' }

export interface TypedNumberOptions {
  syntax: 'plain' | 'lenient'
  /** A "%" at the end of the text is dropped (spaces before it too). */
  percent?: boolean
}

export function readTypedNumber(
  text: string,
  { syntax, percent }: TypedNumberOptions,
): TypedNumber {
  let t = text.trim()
  if (percent) t = t.replace(/%$/, '').trim()
  if (t === '') return { kind: 'empty' }
  if (syntax === 'lenient') {
    const value = Number(t.replace(',', '.'))
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'not-a-number' }
  }
  if (t.includes(',')) return { kind: 'comma' }
  if (!PLAIN_DECIMAL.test(t)) return { kind: 'not-a-number' }
  return { kind: 'number', value: Number(t) }
}
