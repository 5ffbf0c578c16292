/**
 * Names must show something. JavaScript's `trim` keeps a zero-width space, a joiner, a byte-order
 * mark or a lone combining mark, so a name of only those passes a "not blank" check and shows as
 * nothing: such names are refused like empty ones.
 */

/**
 * Characters that show nothing on their own: white space, controls, format characters (zero-width
 * space and joiners, bidirectional marks, the byte-order mark, the soft hyphen, tags), marks
 * with no letter to sit on, and the letters drawn blank (Hangul fillers, the braille blank).
 */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu

/** Does the text show at least one character? */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '') !== ''
}

/** Why a name shows nothing: empty (or spaces only), or only invisible characters. */
export function blankName(name: string): 'empty' | 'invisible' | undefined {
  if (hasVisibleText(name)) return undefined
  return name.trim() === '' ? 'empty' : 'invisible'
}

/** What to say of a name of invisible characters, after "… shows nothing: it". */
export const INVISIBLE_ONLY =
  'holds only invisible characters (like a zero-width space); type at least one visible character'

/** A name as listed: "(no name)" for one that shows nothing, never a blank line. */
export function shownName(name: string): string {
  return hasVisibleText(name) ? name : '(no name)'
}
