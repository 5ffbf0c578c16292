/**
 * Messages of bounded length. A file or a link can hold anything (thirty thousand unknown
 * fields, a key a megabyte long), and a message that quotes it must stay readable: each quoted
 * piece is cut short, a list names the first few and counts the rest, and no message or field
 * path runs past a fixed length.
 */
import { messageNumber } from '@/composables/format'

/** A piece of someone else's text quoted in a message: at most this many characters. */
export const QUOTED_CHARS = 40
/** Things listed by name before the rest are counted. */
export const LISTED = 5
/** One problem's message at most. */
export const MESSAGE_CHARS = 300
/** A field path at most ("channels.3.affinity.…"). */
export const PATH_CHARS = 120

/** `text` cut to at most `max` characters, ending in "…" when cut (never mid-character). */
export function shorten(text: string, max: number): string {
  const chars = [...text]
  if (chars.length <= max) return text
  return `${chars.slice(0, Math.max(1, max - 1)).join('')}…`
}

/** Someone else's text in quotes, cut short: "a very long ke…". */
export function quoted(text: string): string {
  return `"${shorten(text, QUOTED_CHARS)}"`
}

/** "a, b, c, d, e and 29 995 more": the first few by name, the rest as a count. */
export function listSome(items: readonly string[], max = LISTED): string {
  const named = items.slice(0, max).map((item) => shorten(item, QUOTED_CHARS))
  const rest = items.length - named.length
  return rest > 0 ? `${named.join(', ')} and ${count(rest)} more` : named.join(', ')
}

/** A count in a message: "29 995". */
export function count(n: number): string {
  return messageNumber(n, { digits: 0, thinSpaces: true })
}

/** One problem: a field path and a message, each within its length. */
export function boundedIssue<T extends { path: string; message: string }>(issue: T): T {
  return {
    ...issue,
    path: shorten(issue.path, PATH_CHARS),
    message: shorten(issue.message, MESSAGE_CHARS),
  }
}

/**
 * Problems in one sentence for a notice: the first few messages, then how many more ("…; and
 * 29 997 more problems").
 */
export function problemsText(issues: readonly { message: string }[], max = 3): string {
  const named = issues.slice(0, max).map((i) => shorten(i.message, MESSAGE_CHARS))
  const rest = issues.length - named.length
  const more = rest > 0 ? `; and ${count(rest)} more ${rest === 1 ? 'problem' : 'problems'}` : ''
  return `${named.join('; ')}${more}`
}
