import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { GLOSSARY } from '@/content/glossary'
import TermHelp from '../TermHelp.vue'

describe('TermHelp', () => {
  it('a named button shows and hides the glossary definition in place', async () => {
    const w = mount(TermHelp, { props: { term: 'glossary-fixed-floor' }, attachTo: document.body })
    const button = w.get('button')
    expect(button.text()).toBe('? What is fixed floor?')
    expect(button.attributes('aria-expanded')).toBe('false')
    const definition = w.get(`#${button.attributes('aria-controls')}`)
    expect(definition.isVisible()).toBe(false)
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(definition.isVisible()).toBe(true)
    const entry = GLOSSARY.find((g) => g.id === 'glossary-fixed-floor')
    expect(definition.text()).toContain(entry?.definition)
    expect(definition.get('a').attributes('href')).toBe('#method')
    await button.trigger('keydown', { key: 'Escape' })
    expect(button.attributes('aria-expanded')).toBe('false')
  })

  it('shows nothing for a term the glossary does not have', () => {
    expect(
      mount(TermHelp, { props: { term: 'glossary-nothing' } })
        .find('button')
        .exists(),
    ).toBe(false)
  })
})
