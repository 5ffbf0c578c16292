/**
 * The escalation note: shown only when escalation is set, its lines from escalation-text (worded
 * and checked there), and the one-target choice as a button on screen, words only in print.
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { fixtureRecommendation, fixtureWithFacebook } from '@/components/__tests__/fixtures/answer'
import EscalationNote from '../EscalationNote.vue'

describe('EscalationNote', () => {
  it('says nothing when escalation is not set', () => {
    const w = mount(EscalationNote, {
      props: { recommendation: fixtureRecommendation(), scenario: fixtureWithFacebook() },
    })
    expect(w.find('[data-testid="escalation"]').exists()).toBe(false)
  })

  it('lists each set shown, and its button asks for one target', async () => {
    const w = mount(EscalationNote, {
      props: { recommendation: fixtureRecommendation(), scenario: fixtureWithFacebook(0.2) },
    })
    expect(w.get('h3').text()).toBe('Customers moving to faster public pages')
    expect(w.findAll('li')).toHaveLength(2)
    await w.get('[data-testid="one-target"]').trigger('click')
    expect(w.emitted('one-target')).toHaveLength(1)
  })

  it('in print: the choice in words, with no button', () => {
    const w = mount(EscalationNote, {
      props: {
        recommendation: fixtureRecommendation(),
        scenario: fixtureWithFacebook(0.2),
        printed: true,
      },
    })
    expect(w.text()).toContain('One response target across channels stops it')
    expect(w.find('button').exists()).toBe(false)
  })
})
