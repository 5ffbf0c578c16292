import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import methodology from '../../../docs/methodology.md?raw'
import rendered from 'virtual:methodology'
import { RESERVED_IDS } from '@/components/method/method-page-ids'
import { sectionOf, type MarkdownElement, type MarkdownNode } from '../markdown'
import { plainText, renderMarkdown, safeHref, slugify } from '../markdown-build'

const nodes = (md: string) => renderMarkdown(md).nodes
const only = (md: string): MarkdownNode => {
  const tree = nodes(md)
  expect(tree).toHaveLength(1)
  return tree[0]!
}
const elements = (tree: readonly MarkdownNode[]): MarkdownElement[] =>
  tree.flatMap((n) => (typeof n === 'string' ? [] : [n, ...elements(n.children ?? [])]))

describe('inline markdown', () => {
  it('makes code, strong and both kinds of emphasis', () => {
    expect(only('a `x*y` **b** _c_ *d*')).toEqual({
      tag: 'p',
      children: [
        'a ',
        { tag: 'code', children: ['x*y'] },
        ' ',
        { tag: 'strong', children: ['b'] },
        ' ',
        { tag: 'em', children: ['c'] },
        ' ',
        { tag: 'em', children: ['d'] },
      ],
    })
  })

  it('spans emphasis across the joined lines of a paragraph', () => {
    expect(only('The looks are the _fixed\n  floor_ of a channel.')).toEqual({
      tag: 'p',
      children: ['The looks are the ', { tag: 'em', children: ['fixed floor'] }, ' of a channel.'],
    })
  })

  it('leaves underscores inside words alone (t_k, Σ_{i=1}) and unmatched delimiters as text', () => {
    expect(only('weights t_k/S and Σ_{i=1}^{k+1} 1/(a+i)')).toEqual({
      tag: 'p',
      children: ['weights t_k/S and Σ_{i=1}^{k+1} 1/(a+i)'],
    })
    expect(only('2 * 3 and **open and `unclosed')).toEqual({
      tag: 'p',
      children: ['2 * 3 and **open and `unclosed'],
    })
  })

  it('keeps HTML as literal text, inline and as a block', () => {
    const src = '<script>alert(1)</script> <img src=x onerror="alert(1)">'
    expect(only(src)).toEqual({ tag: 'p', children: [src] })
    expect(nodes('<div onclick="x()">\n\n*hi*\n\n</div>')).toEqual([
      { tag: 'p', children: ['<div onclick="x()">'] },
      { tag: 'p', children: [{ tag: 'em', children: ['hi'] }] },
      { tag: 'p', children: ['</div>'] },
    ])
  })

  it('makes links of web and in-page targets; only external ones get rel', () => {
    expect(only('see [the **docs**](https://example.com/a_b "Title") and [up](#notation)')).toEqual(
      {
        tag: 'p',
        children: [
          'see ',
          {
            tag: 'a',
            attrs: { href: 'https://example.com/a_b', rel: 'noopener noreferrer' },
            children: ['the ', { tag: 'strong', children: ['docs'] }],
          },
          ' and ',
          { tag: 'a', attrs: { href: '#notation' }, children: ['up'] },
        ],
      },
    )
    expect(only('[wiki](https://en.wikipedia.org/wiki/Erlang_(unit))')).toMatchObject({
      children: [{ tag: 'a', attrs: { href: 'https://en.wikipedia.org/wiki/Erlang_(unit)' } }],
    })
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox',
    '../shared/DEFAULTS.md',
    'defaults.md',
    '//evil.example.com',
    'mailto:a@b.c',
    '#',
  ])('turns a link to %j into plain text', (url) => {
    expect(safeHref(url)).toBeNull()
    expect(only(`[click me](<${url}>)`)).toEqual({ tag: 'p', children: ['click me'] })
  })

  it('accepts http and https links in any case, normalised by the URL parser', () => {
    expect(safeHref('HTTPS://Example.com/x')).toBe('https://example.com/x')
    expect(safeHref('http://example.com')).toBe('http://example.com/')
  })

  it('shows an image’s description instead of loading it', () => {
    expect(only('![a chart](https://example.com/x.png)')).toEqual({
      tag: 'p',
      children: ['a chart'],
    })
  })

  it('leaves brackets that are not links as text', () => {
    expect(only('E[queue] and [a] (b)')).toEqual({ tag: 'p', children: ['E[queue] and [a] (b)'] })
  })
})

describe('block markdown', () => {
  it('gives headings unique GitHub-style slug ids, avoiding reserved ids', () => {
    const doc = renderMarkdown(
      '# Glossary\n## Erlang C: waiting (M/M/n)\n## Phone (`phone`, live) ##\n## Notes\n## Notes',
      { reservedIds: ['glossary'] },
    )
    expect(doc.headings.map((h) => [h.level, h.id, h.text])).toEqual([
      [1, 'glossary-1', 'Glossary'],
      [2, 'erlang-c-waiting-mmn', 'Erlang C: waiting (M/M/n)'],
      [2, 'phone-phone-live', 'Phone (phone, live)'],
      [2, 'notes', 'Notes'],
      [2, 'notes-1', 'Notes'],
    ])
    expect(doc.nodes[0]).toEqual({
      tag: 'h2',
      attrs: { id: 'glossary-1', tabindex: '-1' },
      children: ['Glossary'],
    })
    expect(slugify('Öffnungszeiten & Kosten')).toBe('öffnungszeiten--kosten')
  })

  it('moves headings down by the offset, capped at h6', () => {
    const tags = (offset: number) =>
      renderMarkdown('# a\n## b\n##### c\n###### d', { headingOffset: offset }).nodes.map((n) =>
        typeof n === 'string' ? n : n.tag,
      )
    expect(tags(1)).toEqual(['h2', 'h3', 'h6', 'h6'])
    expect(tags(2)).toEqual(['h3', 'h4', 'h6', 'h6'])
  })

  it('joins paragraph lines and splits paragraphs at blank lines', () => {
    expect(nodes('one\ntwo\n\nthree')).toEqual([
      { tag: 'p', children: ['one two'] },
      { tag: 'p', children: ['three'] },
    ])
  })

  it('puts a tight list’s text straight into its items, a loose list’s into paragraphs', () => {
    expect(only('- first\n  continued\n- **second**')).toEqual({
      tag: 'ul',
      children: [
        { tag: 'li', children: ['first continued'] },
        { tag: 'li', children: [{ tag: 'strong', children: ['second'] }] },
      ],
    })
    expect(only('3. three\n\n4. four')).toEqual({
      tag: 'ol',
      attrs: { start: '3' },
      children: [
        { tag: 'li', children: [{ tag: 'p', children: ['three'] }] },
        { tag: 'li', children: [{ tag: 'p', children: ['four'] }] },
      ],
    })
    expect(only('- outer\n  - inner')).toEqual({
      tag: 'ul',
      children: [
        {
          tag: 'li',
          children: ['outer', { tag: 'ul', children: [{ tag: 'li', children: ['inner'] }] }],
        },
      ],
    })
  })

  it('does not let "2." start a list inside a paragraph', () => {
    expect(nodes('In 2014 it rose\n2. then fell')).toHaveLength(1)
  })

  it('makes a labelled, focusable region of a pipe table, with alignment and escaped pipes', () => {
    const table = only(
      '| a | b | c |\n| :-- | :-: | --: |\n| `x \\| y` | **2** | 3 |\n| only |\n| 1 | 2 | 3 | 4 |',
    )
    expect(table).toMatchObject({
      tag: 'div',
      attrs: { class: 'md-table', role: 'region', tabindex: '0', 'aria-label': 'Table' },
    })
    const cells = (tag: 'th' | 'td') => elements([table]).filter((e) => e.tag === tag)
    expect(cells('th').map((th) => [plainText([th]), th.attrs])).toEqual([
      ['a', { scope: 'col', class: 'md-align-left' }],
      ['b', { scope: 'col', class: 'md-align-center' }],
      ['c', { scope: 'col', class: 'md-align-right' }],
    ])
    // Short rows are padded and long ones cut to the header's width, as GFM says.
    expect(cells('td').map((td) => plainText([td]))).toEqual([
      'x | y',
      '2',
      '3',
      'only',
      '',
      '',
      '1',
      '2',
      '3',
    ])
  })

  it('names tables after the heading above them, uniquely', () => {
    const labels = elements(nodes('## Rates\n\n| a |\n| - |\n| 1 |\n\n| b |\n| - |\n| 2 |'))
      .filter((e) => e.attrs?.role === 'region')
      .map((e) => e.attrs?.['aria-label'])
    expect(labels).toEqual(['Rates', 'Rates (table 2)'])
  })

  it('keeps fenced and indented code verbatim, markup and all', () => {
    const code = (text: string) => ({ tag: 'pre', children: [{ tag: 'code', children: [text] }] })
    expect(only('```ts\nconst a = **1** <b>\n\n  x\n```')).toEqual(
      code('const a = **1** <b>\n\n  x'),
    )
    expect(nodes('para\n\n    B(0) = 1\n      t_k\n\nafter')).toEqual([
      { tag: 'p', children: ['para'] },
      code('B(0) = 1\n  t_k'),
      { tag: 'p', children: ['after'] },
    ])
  })

  it('makes block quotes with blocks inside, and thematic breaks', () => {
    expect(nodes('> quoted\n> - item\n\n---')).toEqual([
      {
        tag: 'blockquote',
        children: [
          { tag: 'p', children: ['quoted'] },
          { tag: 'ul', children: [{ tag: 'li', children: ['item'] }] },
        ],
      },
      { tag: 'hr' },
    ])
  })

  it('takes a section: the nodes after its heading up to the next heading as high', () => {
    const doc = renderMarkdown(
      '# T\n\n## A\n\na\n\n## Sources\n\n- one\n\n### Sub\n\nx\n\n## Next\n\nz',
    )
    expect(sectionOf(doc, 'Sources').map((n) => plainText([n]))).toEqual(['one', 'Sub', 'x'])
    expect(sectionOf(doc, 'Next').map((n) => plainText([n]))).toEqual(['z'])
    expect(sectionOf(doc, 'Missing')).toEqual([])
  })

  it('handles CRLF line ends and tabs', () => {
    expect(only('- a\r\n\tcontinued\r\n')).toEqual({
      tag: 'ul',
      children: [{ tag: 'li', children: ['a continued'] }],
    })
  })
})

describe('docs/methodology.md, as the page gets it', () => {
  const all = elements(rendered.nodes)

  it('is the document rendered with the page’s ids reserved', () => {
    expect(rendered).toEqual(renderMarkdown(methodology, { reservedIds: RESERVED_IDS }))
    const ids = all.flatMap((e) => (e.attrs?.id ? [e.attrs.id] : []))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.filter((id) => RESERVED_IDS.includes(id))).toEqual([])
  })

  it('starts with its title and has the expected sections', () => {
    expect(rendered.headings[0]).toMatchObject({ level: 1, text: 'Methodology', at: 0 })
    const sections = rendered.headings.filter((h) => h.level === 2).map((h) => h.text)
    expect(sections).toContain('Erlang C: waiting without giving up (M/M/n)')
    expect(sections).toContain('Channel defaults and their sources')
    for (const h of rendered.headings) {
      expect(rendered.nodes[h.at]).toMatchObject({ attrs: { id: h.id } })
    }
  })

  it('has every table of the source, each row as wide as its header', () => {
    const tables = all.filter((e) => e.tag === 'table')
    const delimiterRows = methodology.split('\n').filter((l) => /^\|\s*:?-{3,}/.test(l))
    expect(tables).toHaveLength(delimiterRows.length)
    for (const t of tables) {
      const rows = elements([t]).filter((e) => e.tag === 'tr')
      const width = rows[0]?.children?.length ?? 0
      expect(width).toBeGreaterThan(1)
      for (const row of rows) expect(row.children).toHaveLength(width)
    }
  })

  it('reads the formula blocks as code, not paragraphs', () => {
    const code = all.filter((e) => e.tag === 'pre').map((e) => plainText([e]))
    expect(code.some((c) => c.startsWith('B(0) = 1,'))).toBe(true)
    expect(code.some((c) => c.includes('P(wait)     = E·S / (1 + E·(S − 1))'))).toBe(true)
  })

  it('links nowhere but to the web and to headings on the page', () => {
    const ids = new Set(all.flatMap((e) => (e.attrs?.id ? [e.attrs.id] : [])))
    for (const a of all.filter((e) => e.tag === 'a')) {
      const href = a.attrs?.href ?? ''
      if (href.startsWith('#')) expect(ids.has(href.slice(1)), href).toBe(true)
      else expect(href).toMatch(/^https?:\/\//)
    }
  })
})

describe('the browser gets no markdown parser', () => {
  it('no app file imports markdown-it or the build-time renderer', () => {
    const root = resolve(__dirname, '../..')
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.(ts|vue)$/.test(f) && !f.includes('__tests__') && !f.endsWith('markdown-build.ts'),
    )
    expect(files.length).toBeGreaterThan(50)
    const importers = files.filter((f) =>
      /from\s+['"](markdown-it|[^'"]*markdown-build(\.ts)?)['"]/.test(
        readFileSync(join(root, f), 'utf8'),
      ),
    )
    expect(importers).toEqual([])
  })
})
