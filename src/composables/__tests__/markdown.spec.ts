import { describe, expect, it } from 'vitest'
import methodology from '../../../docs/methodology.md?raw'
import {
  parseInlines,
  parseMarkdown,
  plainText,
  safeHref,
  slugify,
  tableOfContents,
  type Block,
  type Inline,
} from '../markdown'

const text = (t: string): Inline => ({ type: 'text', text: t })
const only = (md: string): Block => {
  const blocks = parseMarkdown(md)
  expect(blocks).toHaveLength(1)
  return blocks[0]!
}

describe('inline runs', () => {
  it('parses code, strong and both kinds of emphasis', () => {
    expect(parseInlines('a `x*y` **b** _c_ *d*')).toEqual([
      text('a '),
      { type: 'code', text: 'x*y' },
      text(' '),
      { type: 'strong', children: [text('b')] },
      text(' '),
      { type: 'em', children: [text('c')] },
      text(' '),
      { type: 'em', children: [text('d')] },
    ])
  })

  it('nests emphasis inside strong and strong inside emphasis', () => {
    expect(parseInlines('**a _b_ c**')).toEqual([
      { type: 'strong', children: [text('a '), { type: 'em', children: [text('b')] }, text(' c')] },
    ])
    expect(parseInlines('*a **b** c*')).toEqual([
      { type: 'em', children: [text('a '), { type: 'strong', children: [text('b')] }, text(' c')] },
    ])
    expect(parseInlines('***x***')).toEqual([
      { type: 'strong', children: [{ type: 'em', children: [text('x')] }] },
    ])
  })

  it('spans emphasis across the joined lines of a paragraph', () => {
    const [p] = parseMarkdown('The looks are the _fixed\n  floor_ of a channel.')
    expect(p).toEqual({
      type: 'paragraph',
      children: [
        text('The looks are the '),
        { type: 'em', children: [text('fixed floor')] },
        text(' of a channel.'),
      ],
    })
  })

  it('leaves underscores inside words alone (t_k, Σ_{i=1}) and unmatched delimiters as text', () => {
    expect(parseInlines('weights t_k/S and Σ_{i=1}^{k+1} 1/(a+i)')).toEqual([
      text('weights t_k/S and Σ_{i=1}^{k+1} 1/(a+i)'),
    ])
    expect(parseInlines('snake_case_name')).toEqual([text('snake_case_name')])
    expect(parseInlines('2 * 3 and **open and `unclosed')).toEqual([
      text('2 * 3 and **open and `unclosed'),
    ])
  })

  it('honours backslash escapes and double-backtick code spans', () => {
    expect(parseInlines('\\*not em\\* and \\[no link\\]')).toEqual([text('*not em* and [no link]')])
    expect(parseInlines('``a ` b``')).toEqual([{ type: 'code', text: 'a ` b' }])
    expect(parseInlines('` `` `')).toEqual([{ type: 'code', text: '``' }])
  })

  it('keeps HTML as literal text', () => {
    const src = '<script>alert(1)</script> <img src=x onerror="alert(1)">'
    expect(parseInlines(src)).toEqual([text(src)])
  })

  it('makes links of web and in-page targets, with inline content in the label', () => {
    expect(parseInlines('see [the **docs**](https://example.com/a_b "Title") now')).toEqual([
      text('see '),
      {
        type: 'link',
        href: 'https://example.com/a_b',
        children: [text('the '), { type: 'strong', children: [text('docs')] }],
      },
      text(' now'),
    ])
    expect(parseInlines('[up](#notation)')).toEqual([
      { type: 'link', href: '#notation', children: [text('up')] },
    ])
    expect(parseInlines('[wiki](https://en.wikipedia.org/wiki/Erlang_(unit))')).toEqual([
      {
        type: 'link',
        href: 'https://en.wikipedia.org/wiki/Erlang_(unit)',
        children: [text('wiki')],
      },
    ])
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox',
    '../shared/DEFAULTS.md',
    '//evil.example.com',
    'mailto:a@b.c',
    '#',
  ])('turns a link to %j into plain text', (url) => {
    expect(safeHref(url)).toBeNull()
    const runs = parseInlines(`[click me](<${url}>)`)
    expect(runs).toEqual([{ type: 'link', href: null, children: [text('click me')] }])
  })

  it('accepts http and https links in any case, normalised by the URL parser', () => {
    expect(safeHref('HTTPS://Example.com/x')).toBe('https://example.com/x')
    expect(safeHref('http://example.com')).toBe('http://example.com/')
  })

  it('leaves brackets that are not links as text', () => {
    expect(parseInlines('E[queue] and [a] (b)')).toEqual([text('E[queue] and [a] (b)')])
  })
})

describe('blocks', () => {
  it('gives headings unique GitHub-style slug ids, avoiding reserved ids', () => {
    const blocks = parseMarkdown(
      '# Glossary\n## Erlang C: waiting (M/M/n)\n## Phone (`phone`, live) ##\n## Notes\n## Notes',
      ['glossary'],
    )
    expect(blocks.map((b) => (b.type === 'heading' ? [b.level, b.id, b.text] : null))).toEqual([
      [1, 'glossary-1', 'Glossary'],
      [2, 'erlang-c-waiting-mmn', 'Erlang C: waiting (M/M/n)'],
      [2, 'phone-phone-live', 'Phone (phone, live)'],
      [2, 'notes', 'Notes'],
      [2, 'notes-1', 'Notes'],
    ])
    expect(slugify('Öffnungszeiten & Kosten')).toBe('öffnungszeiten--kosten')
  })

  it('joins paragraph lines and splits paragraphs at blank lines', () => {
    expect(parseMarkdown('one\ntwo\n\nthree')).toEqual([
      { type: 'paragraph', children: [text('one two')] },
      { type: 'paragraph', children: [text('three')] },
    ])
  })

  it('parses a tight bullet list with continuation lines', () => {
    expect(only('- first\n  continued\n- **second**')).toEqual({
      type: 'list',
      ordered: false,
      start: 1,
      tight: true,
      items: [
        [{ type: 'paragraph', children: [text('first continued')] }],
        [{ type: 'paragraph', children: [{ type: 'strong', children: [text('second')] }] }],
      ],
    })
  })

  it('parses an ordered list with its start number and lazy continuation', () => {
    const list = only('3. three\nlazy\n4. four')
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 3, tight: true })
    expect(
      list.type === 'list' &&
        list.items.map((i) =>
          plainText(i.flatMap((b) => (b.type === 'paragraph' ? b.children : []))),
        ),
    ).toEqual(['three lazy', 'four'])
  })

  it('nests a list one level down and marks a list with blank lines as loose', () => {
    const list = only('- outer\n  - inner a\n  - inner b\n\n- next')
    expect(list).toMatchObject({ type: 'list', tight: false })
    if (list.type !== 'list') return
    expect(list.items).toHaveLength(2)
    expect(list.items[0]).toEqual([
      { type: 'paragraph', children: [text('outer')] },
      {
        type: 'list',
        ordered: false,
        start: 1,
        tight: true,
        items: [
          [{ type: 'paragraph', children: [text('inner a')] }],
          [{ type: 'paragraph', children: [text('inner b')] }],
        ],
      },
    ])
  })

  it('does not let "2." start a list inside a paragraph', () => {
    expect(parseMarkdown('In 2014 it rose\n2. then fell')).toHaveLength(1)
  })

  it('parses a pipe table with alignment, code and escaped pipes, padding short rows', () => {
    const table = only(
      '| a | b | c |\n| :-- | :-: | --: |\n| `x \\| y` | **2** | 3 |\n| only |\n| 1 | 2 | 3 | 4 |',
    )
    expect(table).toMatchObject({
      type: 'table',
      label: 'Table',
      align: ['left', 'center', 'right'],
    })
    if (table.type !== 'table') return
    expect(table.header.map(plainText)).toEqual(['a', 'b', 'c'])
    expect(table.rows.map((r) => r.map(plainText))).toEqual([
      ['x | y', '2', '3'],
      ['only', '', ''],
      ['1', '2', '3'],
    ])
  })

  it('names tables after the heading above them, uniquely', () => {
    const blocks = parseMarkdown('## Rates\n\n| a |\n| - |\n| 1 |\n\n| b |\n| - |\n| 2 |')
    expect(blocks.flatMap((b) => (b.type === 'table' ? [b.label] : []))).toEqual([
      'Rates',
      'Rates (table 2)',
    ])
  })

  it('keeps fenced and indented code verbatim, markup and all', () => {
    expect(only('```ts\nconst a = **1** <b>\n\n  x\n```')).toEqual({
      type: 'code',
      lang: 'ts',
      text: 'const a = **1** <b>\n\n  x',
    })
    expect(only('~~~\nunclosed `fence`')).toEqual({
      type: 'code',
      lang: '',
      text: 'unclosed `fence`',
    })
    expect(parseMarkdown('para\n\n    B(0) = 1\n      t_k\n\nafter')).toEqual([
      { type: 'paragraph', children: [text('para')] },
      { type: 'code', lang: '', text: 'B(0) = 1\n  t_k' },
      { type: 'paragraph', children: [text('after')] },
    ])
  })

  it('parses block quotes with blocks inside, and thematic breaks', () => {
    expect(parseMarkdown('> quoted\n> - item\n\n---')).toEqual([
      {
        type: 'quote',
        children: [
          { type: 'paragraph', children: [text('quoted')] },
          {
            type: 'list',
            ordered: false,
            start: 1,
            tight: true,
            items: [[{ type: 'paragraph', children: [text('item')] }]],
          },
        ],
      },
      { type: 'rule' },
    ])
  })

  it('lists the second-level headings for a table of contents', () => {
    const toc = tableOfContents(parseMarkdown('# T\n## A\n### A1\n## B'))
    expect(toc).toEqual([
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
    ])
  })

  it('handles CRLF line ends and tabs', () => {
    expect(parseMarkdown('- a\r\n\tcontinued\r\n')).toMatchObject([
      { type: 'list', items: [[{ type: 'paragraph', children: [text('a continued')] }]] },
    ])
  })
})

describe('docs/methodology.md', () => {
  const blocks = parseMarkdown(methodology)

  it('starts with its title and has the expected sections', () => {
    expect(blocks[0]).toMatchObject({ type: 'heading', level: 1, text: 'Methodology' })
    const sections = tableOfContents(blocks).map((e) => e.text)
    expect(sections).toContain('Erlang C: waiting without giving up (M/M/n)')
    expect(sections).toContain('Channel defaults and their sources')
  })

  it('finds every table of the source, each with as many cells per row as headers', () => {
    const tables = blocks.filter((b) => b.type === 'table')
    const delimiterRows = methodology.split('\n').filter((l) => /^\|\s*:?-{3,}/.test(l))
    expect(tables).toHaveLength(delimiterRows.length)
    for (const t of tables) {
      expect(t.header.length).toBeGreaterThan(1)
      for (const row of t.rows) expect(row).toHaveLength(t.header.length)
    }
    expect(new Set(tables.map((t) => t.label)).size).toBe(tables.length)
  })

  it('reads the formula blocks as code, not paragraphs', () => {
    const code = blocks.filter((b) => b.type === 'code')
    expect(code.some((c) => c.text.startsWith('B(0) = 1,'))).toBe(true)
    expect(code.some((c) => c.text.includes('P(wait)     = E·S / (1 + E·(S − 1))'))).toBe(true)
  })
})
