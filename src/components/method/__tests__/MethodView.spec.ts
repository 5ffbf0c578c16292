import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import methodology from '../../../../docs/methodology.md?raw'
import MethodView from '@/views/MethodView.vue'

const GLOSSARY_TERMS = [
  'Attainment',
  'Shrinkage',
  'Occupancy',
  'Coverage',
  'Handle time',
  'Target (share within a time)',
  'Staff hours (paid)',
  'Erlang',
  'Contact',
  'Channel',
  'Portfolio',
  'Spread-thin curve',
  'Fixed floor',
  'Work on contacts',
  'Coverage misses',
  'Lost customers',
  'Public misses',
  'Queue headroom (lost pooling)',
  'Dedicated vs blended staffing',
  'Meet targets vs fixed hours',
  'Public miss weight',
  'Value at risk per lost contact',
  'Loss share',
  'Repeat contacts',
  'Hand-off to a private channel',
  'Throughput of chats at once',
  'Patience',
  'Time per look',
  'Customer expectation',
  'Channel upkeep (tools, setup and training)',
]

// Every element the page may contain: anything else could only have come from raw HTML.
const ALLOWED_TAGS = new Set(
  'article header h2 h3 h4 h5 h6 p nav ol ul li a section dl div dt dd strong em code pre table thead tbody tr th td blockquote hr'.split(
    ' ',
  ),
)

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

/** The source line as it should read on the page: markdown syntax removed, nothing else. */
function expectedText(line: string): string[] {
  const cleaned = (s: string) =>
    squash(
      s
        .replace(/`/g, '')
        .replace(/\*\*/g, '')
        .replace(/(^|[\s(])_(?=\S)/g, '$1') // an opening _emphasis_ delimiter
        .replace(/(?<=\S)_(?=$|[\s.,;:)])/g, ''), // a closing one
    )
  if (/^\s*\|/.test(line)) {
    if (/^\s*\|\s*:?-+/.test(line)) return [] // the delimiter row
    return line.split('|').slice(1, -1).map(cleaned).filter(Boolean)
  }
  const body = line.replace(/^#{1,6}\s+/, '').replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
  return [cleaned(body)].filter(Boolean)
}

describe('MethodView', () => {
  let w: VueWrapper
  afterEach(() => w?.unmount())
  const page = () => (w = mount(MethodView, { attachTo: document.body }))

  it('has the page heading and the document headings one level down, with no h1', () => {
    page()
    expect(w.find('h1').exists()).toBe(false)
    const h2s = w.findAll('h2').map((h) => h.text())
    expect(h2s).toEqual(['How the planner works', 'Methodology'])
    const h3s = w.findAll('h3').map((h) => h.text())
    expect(h3s).toContain('Glossary')
    expect(h3s).toContain('Erlang C: waiting without giving up (M/M/n)')
    expect(h3s).toContain('Channel defaults and their sources')
    expect(w.findAll('h4').map((h) => h.text())).toContain('Live channels (phone, video call)')
    expect(w.findAll('h5').map((h) => h.text())).toContain('Phone (phone, live)')
  })

  it('lists every ## section in the contents, each linking to a heading on the page', () => {
    page()
    const sections = methodology
      .split('\n')
      .filter((l) => l.startsWith('## '))
      .map((l) => l.slice(3).replace(/`/g, ''))
    const links = w.get('nav').findAll('li li a')
    expect(links.map((a) => a.text())).toEqual(sections)
    for (const a of w.get('nav').findAll('a')) {
      const target = document.getElementById(a.attributes('href')!.slice(1))
      expect(target?.tagName, a.text()).toMatch(/^H[2-6]$/)
    }
  })

  it('moves focus to the target of an in-page link without leaving the page', () => {
    page()
    const link = w
      .get('nav')
      .findAll('a')
      .find((a) => a.text().startsWith('Erlang C'))!
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    link.element.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
    expect(document.activeElement?.textContent).toBe('Erlang C: waiting without giving up (M/M/n)')
  })

  it('contains no element made from raw HTML', () => {
    page()
    const elements = [...(w.element as Element).querySelectorAll('*')]
    const tags = new Set(elements.map((el) => el.localName))
    expect([...tags].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([])
    const handlers = elements.flatMap((el) =>
      el.getAttributeNames().filter((n) => n.startsWith('on')),
    )
    expect(handlers).toEqual([])
  })

  it('renders every table with a header row inside a region named by its heading', () => {
    page()
    const tableCount = methodology.split('\n').filter((l) => /^\|\s*:?-{3,}/.test(l)).length
    const regions = w.findAll('[role="region"]')
    expect(regions).toHaveLength(tableCount)
    let heading = ''
    const root = w.element as Element
    for (const el of root.querySelectorAll('h2, h3, h4, h5, h6, [role="region"]')) {
      if (el.getAttribute('role') !== 'region') {
        heading = el.textContent ?? ''
        continue
      }
      expect(el.getAttribute('tabindex')).toBe('0')
      expect(el.getAttribute('aria-label')).toBe(heading)
      const columns = el.querySelectorAll('thead th[scope="col"]').length
      expect(columns).toBeGreaterThan(1)
      for (const row of el.querySelectorAll('tbody tr')) {
        expect(row.querySelectorAll('td')).toHaveLength(columns)
      }
    }
  })

  it('drops no text of the document', () => {
    page()
    const rendered = squash(w.get('.method__document').text())
    const expected = methodology.split('\n').flatMap(expectedText)
    // About 440 prose and code lines and 630 table cells: the check below is not vacuous.
    expect(expected.length).toBeGreaterThan(1000)
    expect(expected.filter((line) => !rendered.includes(line))).toEqual([])
  })

  it('has the glossary, every term with an id, linked to an existing section', () => {
    page()
    const terms = w.get('dl').findAll('dt')
    expect(terms.map((t) => t.text()).sort()).toEqual([...GLOSSARY_TERMS].sort())
    for (const t of terms) expect(t.attributes('id')).toMatch(/^glossary-/)
    for (const a of w.get('dl').findAll('a')) {
      expect(document.getElementById(a.attributes('href')!.slice(1))).not.toBeNull()
    }
    // Only "Contact" has no section of its own to point to.
    expect(w.get('dl').findAll('a')).toHaveLength(GLOSSARY_TERMS.length - 1)
  })
})
