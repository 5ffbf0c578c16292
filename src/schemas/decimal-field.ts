import { z } from './zod'
import { messageNumber } from '@/composables/format'
import { PLAIN_DECIMAL } from '@/composables/typed-number'

export interface DecimalBounds {
  /** What the field is called in messages, capitalised: "Handle time". */
  label: string
  min: number
  max: number
  /** Unit in messages, after the number: "minutes", "%". */
  unit: string
}

function formatBound(value: number): string {
  // A fixed locale keeps messages stable; thin spaces group thousands readably in any language.
  return messageNumber(value, { digits: 3, thinSpaces: true })
}

export function rangeMessage({ label, min, max, unit }: DecimalBounds): string {
  const u = unit === '%' ? '\u2009%' : ` ${unit}`
  return `${label} must be between ${formatBound(min)} and ${formatBound(max)}${u}`
}

/**
 * A form field holding decimal text, validated into a number within bounds. Every failure
 * carries a message a user can act on, shown beside the field.
 */
export function decimalField(bounds: DecimalBounds) {
  const range = rangeMessage(bounds)
  return (
    z
      .string()
      .trim()
      .min(1, `${bounds.label} is required`)
      .refine((text) => !/,/.test(text), {
        message: 'Use a point for decimals (like 12.5) and no thousands separators',
      })
      .refine((text) => /,/.test(text) || PLAIN_DECIMAL.test(text), {
        message: `${bounds.label} must be a number, like 12.5`,
      })
      // "-0" is zero (no "-0" anywhere after); 400 digits make Infinity, out of range like any too-large number.
      .transform((text) => Number(text) + 0)
      .pipe(z.number({ error: range }).min(bounds.min, range).max(bounds.max, range))
  )
}

/** As decimalField, but an empty field means "not set" (undefined). */
export function optionalDecimalField(bounds: DecimalBounds) {
  const filled = decimalField(bounds)
  return z.string().transform((text, ctx): number | undefined => {
    if (text.trim() === '') return undefined
    const parsed = filled.safeParse(text)
    if (parsed.success) return parsed.data
    for (const issue of parsed.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message })
    return z.NEVER
  })
}
