/**
 * The app's own documents (docs/methodology.md) as a tree of elements and text, made at build
 * time by markdown-build.ts and shipped as data: the browser gets no markdown parser, and the
 * page renders the tree with h() (MarkdownTree.vue), so no markup string is ever parsed as HTML.
 *
 * This file holds only what the page needs at run time: the tree's types and a helper.
 */

/** Every element the tree may hold. No h1: the page around a document owns the top heading. */
export type MarkdownTag =
  | 'h2'
  | 'h3'
  | 'h4'
  | 'h5'
  | 'h6'
  | 'p'
  | 'ul'
  | 'ol'
  | 'li'
  | 'blockquote'
  | 'hr'
  | 'pre'
  | 'code'
  | 'div'
  | 'table'
  | 'thead'
  | 'tbody'
  | 'tr'
  | 'th'
  | 'td'
  | 'a'
  | 'strong'
  | 'em'
  | 's'
  | 'br'

/** Every attribute the tree may set: no event handlers, no styles, no sources to load. */
export type MarkdownAttrs = Partial<
  Record<
    'id' | 'class' | 'tabindex' | 'href' | 'rel' | 'role' | 'aria-label' | 'scope' | 'start',
    string
  >
>

export interface MarkdownElement {
  tag: MarkdownTag
  attrs?: MarkdownAttrs
  children?: MarkdownNode[]
}

/** A string is a text node. */
export type MarkdownNode = string | MarkdownElement

export interface MarkdownHeading {
  /** The heading's unique id on the page, a GitHub-style slug of its text. */
  id: string
  text: string
  /** As written in the source: 1 for `#`, 2 for `##`. */
  level: number
  /** Where the heading stands in the document's top-level nodes. */
  at: number
}

export interface MarkdownDocument {
  nodes: MarkdownNode[]
  /** The document's top-level headings, in order. */
  headings: MarkdownHeading[]
}

/**
 * The nodes of the section under the heading `title`, up to the next heading of the same level
 * or higher; empty when there is no such heading.
 */
export function sectionOf(doc: MarkdownDocument, title: string): MarkdownNode[] {
  const start = doc.headings.findIndex((h) => h.text === title)
  const heading = doc.headings[start]
  if (!heading) return []
  const next = doc.headings.slice(start + 1).find((h) => h.level <= heading.level)
  return doc.nodes.slice(heading.at + 1, next?.at)
}
