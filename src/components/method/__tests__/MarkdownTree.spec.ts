import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '@/composables/markdown-build'
import MarkdownTree from '../MarkdownTree.vue'

// The build-time pipeline end to end: markdown-it's tokens, the tree, and the elements on the page.
const render = (md: string, headingOffset = 1) =>
  mount(MarkdownTree, { props: { nodes: renderMarkdown(md, { headingOffset }).nodes } })

describe('MarkdownTree', () => {
  it('shows HTML written in the document as text, never as elements', () => {
    const md = [
      '<script>alert(1)</script>',
      '',
      '- <img src=x onerror="alert(1)">',
      '',
      '| a |',
      '| - |',
      '| <iframe src="https://example.com"></iframe> |',
      '',
      '    <style>body{display:none}</style>',
    ].join('\n')
    const w = render(md)
    for (const tag of ['script', 'img', 'iframe', 'style']) expect(w.find(tag).exists()).toBe(false)
    expect(w.text()).toContain('<script>alert(1)</script>')
    expect(w.text()).toContain('<img src=x onerror="alert(1)">')
    expect(w.text()).toContain('<iframe src="https://example.com"></iframe>')
    expect(w.get('pre').text()).toBe('<style>body{display:none}</style>')
    expect(w.findAll('*').every((el) => el.attributes('onerror') === undefined)).toBe(true)
  })

  it('links web and in-page targets only; others keep their label as text', () => {
    const w = render(
      '[ext](https://example.com/x) [in](#notation) [bad](javascript:alert(1)) ' +
        '[data](data:text/html,hi) [rel](../shared/DEFAULTS.md)',
    )
    const links = w.findAll('a')
    expect(links.map((a) => a.attributes('href'))).toEqual(['https://example.com/x', '#notation'])
    expect(links[0]!.attributes('rel')).toBe('noopener noreferrer')
    expect(links[0]!.attributes('target')).toBeUndefined()
    expect(links[1]!.attributes('rel')).toBeUndefined()
    expect(w.text()).toBe('ext in bad data rel')
  })

  it('moves headings down a level, with ids, capped at h6', () => {
    const w = render('# Title\n## Part\n#### Deep\n###### Deepest')
    expect(
      w.findAll('h2, h3, h4, h5, h6').map((h) => [h.element.tagName, h.attributes('id')]),
    ).toEqual([
      ['H2', 'title'],
      ['H3', 'part'],
      ['H5', 'deep'],
      ['H6', 'deepest'],
    ])
    expect(w.find('h1').exists()).toBe(false)
  })

  it('wraps each table in a focusable, labelled scroll region with a header row', () => {
    const w = render('## Rates\n\n| name | value |\n| :-- | --: |\n| **a** | `1` |')
    const region = w.get('[role="region"]')
    expect(region.attributes('tabindex')).toBe('0')
    expect(region.attributes('aria-label')).toBe('Rates')
    expect(region.findAll('thead th').map((th) => [th.text(), th.attributes('scope')])).toEqual([
      ['name', 'col'],
      ['value', 'col'],
    ])
    expect(region.get('tbody td strong').text()).toBe('a')
    expect(region.get('tbody td code').text()).toBe('1')
    expect(region.findAll('tbody td')[1]!.classes()).toContain('md-align-right')
  })

  it('renders tight list items without paragraphs, loose ones with them, nested lists inside', () => {
    const tight = render('- one\n  - inner\n- two')
    expect(tight.findAll('ul > li').length).toBe(3)
    expect(tight.find('li p').exists()).toBe(false)
    expect(tight.get('ul > li > ul > li').text()).toBe('inner')
    const loose = render('1. one\n\n2. two')
    expect(loose.findAll('ol > li > p').map((p) => p.text())).toEqual(['one', 'two'])
    expect(render('3. three').get('ol').attributes('start')).toBe('3')
    expect(loose.get('ol').attributes('start')).toBeUndefined()
  })

  it('renders code blocks verbatim, quotes and breaks', () => {
    const w = render('```\n  a  **b**\n```\n\n> quoted _text_\n\n---')
    expect(w.get('pre code').element.textContent).toBe('  a  **b**')
    expect(w.get('blockquote em').text()).toBe('text')
    expect(w.find('hr').exists()).toBe(true)
  })
})
