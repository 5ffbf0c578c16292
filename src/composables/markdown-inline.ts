/**
 * Inline markdown: code spans, emphasis, links, as typed runs (never HTML). Split from
 * markdown.ts, which parses the blocks around them.
 */
import type { Inline } from './markdown'

/** Only web links and in-page anchors become links; javascript:, data: and relative paths do not. */
export function safeHref(raw: string): string | null {
  const url = raw.trim()
  if (/^#\S+$/.test(url)) return url
  if (!/^https?:\/\//i.test(url)) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}

const PUNCTUATION = /[!-/:-@[-`{-~]/
const WORD = /[\p{L}\p{N}]/u

function runLength(src: string, at: number, ch: string): number {
  let end = at
  while (src[end] === ch) end++
  return end - at
}

/** `code` spans: a run of n backticks closed by the next run of exactly n. */
function codeSpan(src: string, at: number): { text: string; end: number } | null {
  const n = runLength(src, at, '`')
  for (let j = src.indexOf('`', at + n); j >= 0; j = src.indexOf('`', j)) {
    const m = runLength(src, j, '`')
    if (m === n) {
      let text = src.slice(at + n, j)
      if (/^ .*[^ ].* $/.test(text)) text = text.slice(1, -1)
      return { text, end: j + m }
    }
    j += m
  }
  return null
}

function skipCode(src: string, at: number): number {
  return codeSpan(src, at)?.end ?? at + runLength(src, at, '`')
}

// Flanking, simplified from CommonMark: `_` never opens or closes inside a word, so t_k and
// Σ_{i=1} in the methodology stay text.
function canOpen(src: string, at: number, n: number, ch: string): boolean {
  const next = src[at + n]
  if (next === undefined || /\s/.test(next)) return false
  return ch === '*' || !WORD.test(src[at - 1] ?? '')
}

function canClose(src: string, at: number, n: number, ch: string): boolean {
  const prev = src[at - 1]
  if (prev === undefined || /\s/.test(prev)) return false
  return ch === '*' || !WORD.test(src[at + n] ?? '')
}

/** Where the delimiter opened before `from` closes; nested runs of the same char are skipped. */
function findCloser(src: string, from: number, ch: string, size: number): number {
  let j = from
  while (j < src.length) {
    const c = src[j]
    if (c === '\\') j += 2
    else if (c === '`') j = skipCode(src, j)
    else if (c !== ch) j++
    else {
      const r = runLength(src, j, ch)
      const opens = canOpen(src, j, r, ch)
      if (canClose(src, j, r, ch) && (r === size || (r > size && !opens))) return j
      const nested = opens ? findCloser(src, j + r, ch, r) : -1
      j = nested < 0 ? j + r : nested + r
    }
  }
  return -1
}

/** `[label](destination "title")`; null when the brackets are not a link. */
function link(src: string, at: number): { node: Inline; end: number } | null {
  let depth = 0
  let j = at
  for (; j < src.length; j++) {
    const c = src[j]
    if (c === '\\') j++
    else if (c === '`') j = skipCode(src, j) - 1
    else if (c === '[') depth++
    else if (c === ']' && --depth === 0) break
  }
  if (j >= src.length || src[j + 1] !== '(') return null
  const label = src.slice(at + 1, j)
  const rest = src.slice(j + 2)
  const match =
    /^\s*(?:<([^<>\n]*)>|((?:\\.|\([^()\s]*\)|[^\s()\\])*))(?:\s+("[^"]*"|'[^']*'))?\s*\)/.exec(
      rest,
    )
  if (!match) return null
  const destination = (match[1] ?? match[2] ?? '').replace(/\\(.)/g, '$1')
  return {
    node: { type: 'link', href: safeHref(destination), children: parseInlines(label) },
    end: j + 2 + match[0].length,
  }
}

export function parseInlines(src: string): Inline[] {
  const out: Inline[] = []
  let text = ''
  const push = (node: Inline) => {
    if (text) out.push({ type: 'text', text })
    text = ''
    out.push(node)
  }
  let found: ReturnType<typeof link> = null
  let i = 0
  while (i < src.length) {
    const ch = src[i] ?? ''
    if (ch === '\\' && PUNCTUATION.test(src[i + 1] ?? '')) {
      text += src[i + 1]
      i += 2
    } else if (ch === '`') {
      const span = codeSpan(src, i)
      if (span) push({ type: 'code', text: span.text })
      else text += src.slice(i, i + runLength(src, i, '`'))
      i = span?.end ?? i + runLength(src, i, '`')
    } else if (ch === '[' && (found = link(src, i))) {
      push(found.node)
      i = found.end
    } else if (ch === '*' || ch === '_') {
      const n = runLength(src, i, ch)
      let matched = false
      for (const size of n >= 2 ? [2, 1] : [1]) {
        const close = canOpen(src, i, n, ch) ? findCloser(src, i + size, ch, size) : -1
        if (close > i + size) {
          const children = parseInlines(src.slice(i + size, close))
          push(size === 2 ? { type: 'strong', children } : { type: 'em', children })
          i = close + size
          matched = true
          break
        }
      }
      if (!matched) {
        text += src.slice(i, i + n)
        i += n
      }
    } else {
      text += ch
      i++
    }
  }
  if (text) out.push({ type: 'text', text })
  return out
}
