import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { GLOSSARY } from '@/content/glossary'
import GlossaryList from '../GlossaryList.vue'

describe('GlossaryList', () => {
  it('lists every term once, alphabetically, each with an id and a definition', () => {
    const w = mount(GlossaryList)
    const terms = w.findAll('dt').map((dt) => dt.text())
    expect(terms).toHaveLength(GLOSSARY.length)
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en')))
    const ids = w.findAll('dt').map((dt) => dt.attributes('id'))
    expect(new Set(ids).size).toBe(GLOSSARY.length)
    expect(ids.every((id) => id?.startsWith('glossary-'))).toBe(true)
    expect(w.findAll('dd').every((dd) => dd.text().length > 40)).toBe(true)
  })

  it('links a term to its methodology section only when that section is known', () => {
    const w = mount(GlossaryList, {
      props: {
        entries: [
          { id: 'g-a', term: 'Alpha', definition: 'First.', section: 'notation' },
          { id: 'g-b', term: 'Beta', definition: 'Second.', section: 'missing' },
        ],
        sectionTitles: { notation: 'Notation' },
      },
    })
    const links = w.findAll('a')
    expect(links.map((a) => [a.attributes('href'), a.text()])).toEqual([['#notation', 'Notation']])
    expect(w.findAll('dd')[1]!.text()).toBe('Second.')
  })
})
