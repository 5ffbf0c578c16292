import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { h } from 'vue'
import BaseDisclosure from '../BaseDisclosure.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('BaseDisclosure', () => {
  it('a button says its label and shows and hides the text under it', async () => {
    const w = mount(BaseDisclosure, {
      props: { block: 'note', label: 'Source: handle time', text: 'Default 6 minutes.' },
      attachTo: document.body,
    })
    expect(w.classes()).toContain('note')
    const button = w.get('button.note__button')
    expect(button.attributes('type')).toBe('button')
    expect(button.text()).toBe('Source: handle time')
    expect(button.attributes('aria-expanded')).toBe('false')
    const note = w.get(`#${button.attributes('aria-controls')}`)
    expect(note.classes()).toContain('note__note')
    expect(note.attributes('role')).toBe('note')
    expect(note.text()).toBe('Default 6 minutes.')
    expect(note.isVisible()).toBe(false)
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(note.isVisible()).toBe(true)
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(note.isVisible()).toBe(false)
  })

  it('Escape hides the text', async () => {
    const w = mount(BaseDisclosure, {
      props: { block: 'note', label: 'Source: target', text: 'Default 80 %.' },
      attachTo: document.body,
    })
    const button = w.get('button')
    await button.trigger('click')
    await button.trigger('keydown', { key: 'Escape' })
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(w.get('[role="note"]').isVisible()).toBe(false)
  })

  it('with a mark, shows only the mark and keeps the label for screen readers', () => {
    const w = mount(BaseDisclosure, {
      props: { block: 'help', label: 'What is shrinkage?', mark: '?' },
      slots: { default: '<strong>Shrinkage:</strong> time paid but not answering.' },
    })
    const button = w.get('button')
    expect(button.text()).toBe('? What is shrinkage?')
    expect(button.get('.visually-hidden').text()).toBe('What is shrinkage?')
    expect(w.get('[role="note"] strong').text()).toBe('Shrinkage:')
  })

  it('gives each note on a page its own id', () => {
    const w = mount({
      render: () => [
        h(BaseDisclosure, { block: 'note', label: 'A', text: 'a' }),
        h(BaseDisclosure, { block: 'note', label: 'B', text: 'b' }),
      ],
    })
    const controls = w.findAll('button').map((b) => b.attributes('aria-controls'))
    const ids = w.findAll('[role="note"]').map((n) => n.attributes('id'))
    expect(new Set(controls).size).toBe(2)
    expect(ids).toEqual(controls)
  })
})
