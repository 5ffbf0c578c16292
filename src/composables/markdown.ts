/**
 * A small markdown parser for the app's own documents (docs/methodology.md). It returns a typed
 * tree that components render as elements and text nodes only: raw HTML in the source stays
 * literal text, because nothing here ever produces markup strings (no v-html anywhere).
 *
 * Supported: ATX headings (with unique GitHub-style slug ids), paragraphs, bullet and ordered
 * lists (nested through their indented content), GFM pipe tables, fenced and indented code,
 * block quotes, thematic breaks; inline code, **strong**, _em_ / *em*, [links](url) and
 * backslash escapes. Not supported (rendered as text): setext headings, HTML, entities,
 * images, autolinks, reference links, hard line breaks.
 */
import { parseInlines } from './markdown-inline'

export { parseInlines, safeHref } from './markdown-inline'

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  /** href is null when the target is not safe to link to: the label then renders as text. */
  | { type: 'link'; href: string | null; children: Inline[] }

export type Align = 'left' | 'center' | 'right' | null

export type Block =
  | { type: 'heading'; level: number; id: string; text: string; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; tight: boolean; items: Block[][] }
  | { type: 'table'; label: string; align: Align[]; header: Inline[][]; rows: Inline[][][] }
  | { type: 'code'; lang: string; text: string }
  | { type: 'quote'; children: Block[] }
  | { type: 'rule' }

export interface TocEntry {
  id: string
  text: string
}

export function plainText(runs: readonly Inline[]): string {
  return runs.map((r) => ('children' in r ? plainText(r.children) : r.text)).join('')
}

/** GitHub's rule, so anchors written against the rendered doc on GitHub work here too. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

/** The document's headings at one level (2 = `##`), for a table of contents. */
export function tableOfContents(blocks: readonly Block[], level = 2): TocEntry[] {
  return blocks.flatMap((b) =>
    b.type === 'heading' && b.level === level ? [{ id: b.id, text: b.text }] : [],
  )
}

// ---------------------------------------------------------------- blocks

interface Context {
  /** Ids already given out, so every heading's id is unique on the page. */
  used: Set<string>
  /** The latest heading's text: tables take their accessible name from it. */
  heading: string
  tables: Map<string, number>
}

type Step = [Block, number]
type Parser = (lines: readonly string[], at: number, ctx: Context) => Step

const BLANK = /^\s*$/
const FENCE = /^( {0,3})(`{3,}|~{3,})[ \t]*([^\s`]*)[^`]*$/
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const QUOTE = /^ {0,3}> ?(.*)$/
const ITEM = /^( {0,3})([-+*]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/
const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/

const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0

interface ItemStart {
  key: string
  ordered: boolean
  start: number
  /** Column where the item's content starts: its continuation lines are indented this far. */
  content: number
  text: string
}

function itemStart(line: string): ItemStart | null {
  const m = ITEM.exec(line)
  if (!m) return null
  const [, lead = '', marker = '', gap = '', text = ''] = m
  const ordered = /\d/.test(marker)
  return {
    key: ordered ? marker.slice(-1) : marker,
    ordered,
    start: ordered ? Number.parseInt(marker, 10) : 1,
    content: lead.length + marker.length + (gap.length > 4 ? 1 : Math.max(1, gap.length)),
    text,
  }
}

function splitRow(line: string): string[] {
  let row = line.trim()
  if (row.startsWith('|')) row = row.slice(1)
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1)
  // GFM: `\|` is a literal pipe inside a cell, code spans included.
  return row.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'))
}

function isTableStart(lines: readonly string[], at: number): boolean {
  const head = lines[at] ?? ''
  const delimiter = lines[at + 1] ?? ''
  return (
    head.includes('|') &&
    delimiter.includes('|') &&
    DELIMITER_ROW.test(delimiter) &&
    splitRow(head).length === splitRow(delimiter).length
  )
}

/** CommonMark: only a list starting at 1 (or a bullet) with content may cut a paragraph short. */
function interrupts(lines: readonly string[], at: number): boolean {
  const line = lines[at] ?? ''
  if ([BLANK, FENCE, HEADING, RULE, QUOTE].some((re) => re.test(line))) return true
  const item = itemStart(line)
  if (item && item.text.trim() !== '' && (!item.ordered || item.start === 1)) return true
  return isTableStart(lines, at)
}

function heading(lines: readonly string[], at: number, ctx: Context): Step {
  const m = HEADING.exec(lines[at] ?? '')
  const children = parseInlines((m?.[2] ?? '').trim())
  const text = plainText(children)
  const base = slugify(text) || 'section'
  let id = base
  for (let n = 1; ctx.used.has(id); n++) id = `${base}-${n}`
  ctx.used.add(id)
  ctx.heading = text
  return [{ type: 'heading', level: m?.[1]?.length ?? 1, id, text, children }, at + 1]
}

function fencedCode(lines: readonly string[], at: number): Step {
  const [, lead = '', marks = '```', lang = ''] = FENCE.exec(lines[at] ?? '') ?? []
  const closer = new RegExp(`^ {0,3}${marks[0] === '~' ? '~' : '`'}{${marks.length},}[ \\t]*$`)
  const body: string[] = []
  let i = at + 1
  for (; i < lines.length && !closer.test(lines[i] ?? ''); i++) {
    const line = lines[i] ?? ''
    body.push(line.slice(Math.min(lead.length, indentOf(line))))
  }
  return [{ type: 'code', lang, text: body.join('\n') }, i + 1]
}

function indentedCode(lines: readonly string[], at: number): Step {
  const body: string[] = []
  let i = at
  for (; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (!BLANK.test(line) && indentOf(line) < 4) break
    body.push(line.slice(4))
  }
  while (body.length > 0 && BLANK.test(body[body.length - 1] ?? '')) body.pop()
  return [{ type: 'code', lang: '', text: body.join('\n') }, i]
}

function quote(lines: readonly string[], at: number, ctx: Context): Step {
  const body: string[] = []
  let i = at
  for (; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const m = QUOTE.exec(line)
    const last = body[body.length - 1] ?? ''
    if (m) body.push(m[1] ?? '')
    else if (!BLANK.test(last) && !interrupts(lines, i))
      body.push(line) // lazy continuation
    else break
  }
  return [{ type: 'quote', children: parseBlocks(body, ctx) }, i]
}

/** Each item's indented lines are parsed as blocks of their own, which is how lists nest. */
function list(lines: readonly string[], at: number, ctx: Context): Step {
  const first = itemStart(lines[at] ?? '')
  const items: Block[][] = []
  let tight = true
  let i = at
  for (let start = first; start && start.key === first?.key; start = itemStart(lines[i] ?? '')) {
    const body = start.text.trim() === '' ? [] : [start.text]
    for (i++; i < lines.length; i++) {
      const line = lines[i] ?? ''
      const afterBlank = body.length === 0 || body[body.length - 1] === ''
      if (BLANK.test(line)) body.push('')
      else if (indentOf(line) >= start.content) body.push(line.slice(start.content))
      else if (!afterBlank && !interrupts(lines, i) && !itemStart(line)) body.push(line.trim())
      else break
    }
    let trailing = 0
    for (; body[body.length - 1] === ''; trailing++) body.pop()
    if (body.includes('') || (trailing > 0 && itemStart(lines[i] ?? '')?.key === first?.key)) {
      tight = false
    }
    items.push(parseBlocks(body, ctx))
  }
  const ordered = first?.ordered ?? false
  return [{ type: 'list', ordered, start: first?.start ?? 1, tight, items }, i]
}

function table(lines: readonly string[], at: number, ctx: Context): Step {
  const header = splitRow(lines[at] ?? '')
  const align = splitRow(lines[at + 1] ?? '').map((cell): Align => {
    const left = cell.startsWith(':')
    const right = cell.endsWith(':')
    return left && right ? 'center' : right ? 'right' : left ? 'left' : null
  })
  const rows: Inline[][][] = []
  let i = at + 2
  for (; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (BLANK.test(line) || !line.includes('|') || interrupts(lines, i)) break
    const cells = splitRow(line)
    rows.push(header.map((_, c) => parseInlines(cells[c] ?? '')))
  }
  const base = ctx.heading || 'Table'
  const count = (ctx.tables.get(base) ?? 0) + 1
  ctx.tables.set(base, count)
  const label = count === 1 ? base : `${base} (table ${count})`
  return [{ type: 'table', label, align, header: header.map((c) => parseInlines(c)), rows }, i]
}

function paragraph(lines: readonly string[], at: number): Step {
  const body = [(lines[at] ?? '').trim()]
  let i = at + 1
  for (; i < lines.length && !interrupts(lines, i); i++) body.push((lines[i] ?? '').trim())
  return [{ type: 'paragraph', children: parseInlines(body.join(' ')) }, i]
}

// The first rule whose test matches a line starts the next block; anything else is a paragraph.
const RULES: [(line: string, lines: readonly string[], at: number) => boolean, Parser][] = [
  [(line) => indentOf(line) >= 4, indentedCode],
  [(line) => FENCE.test(line), fencedCode],
  [(line) => HEADING.test(line), heading],
  [(line) => RULE.test(line), (_, at) => [{ type: 'rule' }, at + 1]],
  [(line) => QUOTE.test(line), quote],
  [(line) => itemStart(line) !== null, list],
  [(_, lines, at) => isTableStart(lines, at), table],
]

function parseBlocks(lines: readonly string[], ctx: Context): Block[] {
  const blocks: Block[] = []
  for (let i = 0; i < lines.length;) {
    const line = lines[i] ?? ''
    if (BLANK.test(line)) {
      i++
      continue
    }
    const parse = RULES.find(([test]) => test(line, lines, i))?.[1] ?? paragraph
    const [block, next] = parse(lines, i, ctx)
    blocks.push(block)
    i = next
  }
  return blocks
}

/**
 * Parses a markdown document. `reservedIds` are ids the page already uses, so no heading's slug
 * collides with them.
 */
export function parseMarkdown(source: string, reservedIds: Iterable<string> = []): Block[] {
  const lines = source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+/, (lead) => lead.replace(/\t/g, '    ')))
  return parseBlocks(lines, { used: new Set(reservedIds), heading: '', tables: new Map() })
}
