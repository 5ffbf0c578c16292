/**
 * Build time only: turns markdown into the tree of markdown.ts with markdown-it. vite.config.ts
 * runs it on docs/methodology.md and ships the result as the module `virtual:methodology`, so
 * the browser never loads markdown-it. App code must not import this file (a test checks).
 *
 * Raw HTML in the source stays text (`html: false`), and the tree is made only of the elements
 * and attributes markdown.ts allows: a token of any other kind fails the build rather than
 * vanishing from the page.
 */
import MarkdownIt, { type Token } from 'markdown-it'
import type {
  MarkdownAttrs,
  MarkdownDocument,
  MarkdownElement,
  MarkdownHeading,
  MarkdownNode,
} from './markdown'

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

/** GitHub's rule, so anchors written against the rendered doc on GitHub work here too. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

export function plainText(nodes: readonly MarkdownNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : plainText(n.children ?? []))).join('')
}

export interface RenderOptions {
  /** Ids the page uses itself: no heading's slug takes one of them. */
  reservedIds?: Iterable<string>
  /** Headings move down this many levels (capped at h6): the page owns the higher ones. */
  headingOffset?: number
}

// GFM tables and strikethrough on; raw HTML, autolinking of bare URLs and smart quotes off.
const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false })
// Every link target reaches safeHref below, which keeps an unsafe one's label as plain text
// (markdown-it's own check would leave the whole `[label](javascript:…)` on the page instead).
md.validateLink = () => true

const HEADING_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const

/** An element being filled; `out` is what its parent receives (a table comes in a region). */
interface Frame {
  el: MarkdownElement | null
  out: MarkdownElement | null
  children: MarkdownNode[]
  /** The heading's source level, for a heading frame. */
  heading?: number
}

class TreeBuilder {
  private readonly used: Set<string>
  private readonly tables = new Map<string, number>()
  private readonly offset: number
  private lastHeading = ''
  readonly root: MarkdownNode[] = []
  readonly headings: MarkdownHeading[] = []
  private readonly stack: Frame[] = [{ el: null, out: null, children: this.root }]

  constructor(options: RenderOptions) {
    this.used = new Set(options.reservedIds ?? [])
    this.offset = options.headingOffset ?? 1
  }

  private get top(): Frame {
    const frame = this.stack[this.stack.length - 1]
    if (!frame) throw new Error('markdown: unbalanced tokens')
    return frame
  }

  /** Adjacent text joins into one string, so the tree stays small. */
  private push(node: MarkdownNode) {
    const into = this.top.children
    const last = into[into.length - 1]
    if (typeof node === 'string' && typeof last === 'string') into[into.length - 1] = last + node
    else if (node !== '') into.push(node)
  }

  private open(el: MarkdownElement | null, out: MarkdownElement | null = el, heading?: number) {
    this.stack.push({ el, out, children: [], heading })
  }

  private close() {
    const frame = this.stack.pop()
    if (!frame || this.stack.length === 0) throw new Error('markdown: unbalanced tokens')
    if (frame.el && frame.children.length > 0) frame.el.children = frame.children
    if (frame.heading !== undefined && frame.el) this.nameHeading(frame.el, frame.heading)
    if (frame.out) this.push(frame.out)
    else for (const child of frame.children) this.push(child)
  }

  private nameHeading(el: MarkdownElement, level: number) {
    const text = plainText(el.children ?? [])
    const base = slugify(text) || 'section'
    let id = base
    for (let n = 1; this.used.has(id); n++) id = `${base}-${n}`
    this.used.add(id)
    el.attrs = { id, tabindex: '-1' }
    this.lastHeading = text
    if (this.stack.length === 1) this.headings.push({ id, text, level, at: this.root.length })
  }

  /** Tables take their accessible name from the heading above them, made unique. */
  private tableLabel(): string {
    const base = this.lastHeading || 'Table'
    const count = (this.tables.get(base) ?? 0) + 1
    this.tables.set(base, count)
    return count === 1 ? base : `${base} (table ${count})`
  }

  private cell(token: Token, tag: 'th' | 'td'): MarkdownElement {
    const align = /text-align:\s*(left|center|right)/.exec(String(token.attrGet('style') ?? ''))
    const attrs: MarkdownAttrs = tag === 'th' ? { scope: 'col' } : {}
    if (align?.[1]) attrs.class = `md-align-${align[1]}`
    return Object.keys(attrs).length > 0 ? { tag, attrs } : { tag }
  }

  private link(token: Token): MarkdownElement | null {
    const href = safeHref(String(token.attrGet('href') ?? ''))
    if (href === null) return null
    // External links open normally; rel keeps the new page from reaching back into this one.
    return href.startsWith('#')
      ? { tag: 'a', attrs: { href } }
      : { tag: 'a', attrs: { href, rel: 'noopener noreferrer' } }
  }

  private code(text: string): MarkdownElement {
    return { tag: 'pre', children: [{ tag: 'code', children: [text.replace(/\n$/, '')] }] }
  }

  add(tokens: readonly Token[]) {
    for (const token of tokens) this.token(token)
  }

  private token(token: Token) {
    if (token.nesting === -1) return this.close()
    switch (token.type) {
      case 'inline':
        return this.add(token.children ?? [])
      case 'text':
        return this.push(token.content)
      case 'softbreak':
        return this.push(' ')
      case 'hardbreak':
        return this.push({ tag: 'br' })
      case 'code_inline':
        return this.push({ tag: 'code', children: [token.content] })
      case 'fence':
      case 'code_block':
        return this.push(this.code(token.content))
      case 'hr':
        return this.push({ tag: 'hr' })
      // An image would be a request for a file: the page shows its description instead.
      case 'image':
        return this.add(token.children ?? [])
      case 'heading_open': {
        const level = Number(token.tag.slice(1))
        const tag = HEADING_TAGS[Math.min(6, level + this.offset) - 2] ?? 'h2'
        const heading: MarkdownElement = { tag }
        return this.open(heading, heading, level)
      }
      // Inside a tight list item a paragraph is just the item's text, without a <p>.
      case 'paragraph_open':
        return this.open(token.hidden ? null : { tag: 'p' })
      case 'bullet_list_open':
        return this.open({ tag: 'ul' })
      case 'ordered_list_open': {
        const start = Number(token.attrGet('start') ?? 1)
        return this.open(
          start === 1 ? { tag: 'ol' } : { tag: 'ol', attrs: { start: String(start) } },
        )
      }
      case 'list_item_open':
        return this.open({ tag: 'li' })
      case 'blockquote_open':
        return this.open({ tag: 'blockquote' })
      case 'table_open': {
        // Wide tables scroll inside their own region, so the page never scrolls sideways.
        const table: MarkdownElement = { tag: 'table' }
        const region: MarkdownElement = {
          tag: 'div',
          attrs: {
            class: 'md-table',
            role: 'region',
            tabindex: '0',
            'aria-label': this.tableLabel(),
          },
          children: [table],
        }
        return this.open(table, region)
      }
      case 'thead_open':
        return this.open({ tag: 'thead' })
      case 'tbody_open':
        return this.open({ tag: 'tbody' })
      case 'tr_open':
        return this.open({ tag: 'tr' })
      case 'th_open':
        return this.open(this.cell(token, 'th'))
      case 'td_open':
        return this.open(this.cell(token, 'td'))
      case 'strong_open':
        return this.open({ tag: 'strong' })
      case 'em_open':
        return this.open({ tag: 'em' })
      case 's_open':
        return this.open({ tag: 's' })
      // An unsafe target (javascript:, data:, a relative path) keeps only its label, as text.
      case 'link_open':
        return this.open(this.link(token))
      default:
        throw new Error(`markdown: no rendering for a "${token.type}" token`)
    }
  }
}

/** Renders markdown to the tree the page shows, with the document's top-level headings. */
export function renderMarkdown(source: string, options: RenderOptions = {}): MarkdownDocument {
  const builder = new TreeBuilder(options)
  builder.add(md.parse(source, {}))
  return { nodes: builder.root, headings: builder.headings }
}
