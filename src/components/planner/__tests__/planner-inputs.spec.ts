import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { channelFromCatalog } from '@/engine'
import { rebalance } from '@/composables/shares'
import ChannelCard from '../ChannelCard.vue'
import PlannerNumberField from '../PlannerNumberField.vue'
import ShareSliders from '../ShareSliders.vue'
import SourceNote from '../SourceNote.vue'
import WeekHeatMap from '../WeekHeatMap.vue'

describe('PlannerNumberField', () => {
  const mountField = (props: Record<string, unknown> = {}) =>
    mount(PlannerNumberField, {
      props: { id: 'f', label: 'Target share', unit: '%', value: 0.8, scale: 100, ...props },
    })

  it('shows the value in display units and writes back in scenario units', async () => {
    const w = mountField()
    const input = w.get('input')
    expect((input.element as HTMLInputElement).value).toBe('80')
    await input.setValue('92.5')
    expect(w.emitted('update:value')?.at(-1)).toEqual([0.925])
  })

  it('refuses text that is not a number beside the field, and changes nothing', async () => {
    const w = mountField()
    await w.get('input').setValue('lots')
    expect(w.get('#f-error').text()).toBe('Target share must be a number, like 12.5')
    expect(w.get('input').attributes('aria-invalid')).toBe('true')
    expect(w.emitted('update:value')).toBeUndefined()
    await w.get('input').setValue('1,5')
    expect(w.get('#f-error').text()).toMatch(/Use a point for decimals/)
  })

  it('tells its owner when its text is refused, and when it is a number again', async () => {
    const w = mountField()
    await w.get('input').setValue('lots')
    expect(w.emitted('invalid')?.at(-1)).toEqual(['Target share must be a number, like 12.5'])
    await w.get('input').setValue('')
    expect(w.emitted('invalid')?.at(-1)).toEqual(['Target share is required'])
    await w.get('input').setValue('90')
    expect(w.emitted('invalid')?.at(-1)).toEqual([undefined])
    expect(w.emitted('update:value')?.at(-1)).toEqual([0.9])
  })

  it('a refusal ends when a new value replaces the text, or the field goes', async () => {
    const w = mountField()
    await w.get('input').setValue('lots')
    await w.setProps({ value: 0.5 })
    expect((w.get('input').element as HTMLInputElement).value).toBe('50')
    expect(w.emitted('invalid')?.at(-1)).toEqual([undefined])

    const onInvalid = vi.fn()
    const going = mountField({ onInvalid })
    await going.get('input').setValue('lots')
    expect(onInvalid).toHaveBeenLastCalledWith('Target share must be a number, like 12.5')
    going.unmount()
    expect(onInvalid).toHaveBeenLastCalledWith(undefined)
  })

  it('shows the schema’s message for a number out of range', () => {
    const w = mountField({ error: 'Target share must be between 1 and 99.9 %' })
    expect(w.get('#f-error').text()).toBe('Target share must be between 1 and 99.9 %')
  })

  it('an optional field left empty means "not set"', async () => {
    const w = mountField({ optional: true, value: 120, scale: 1, label: 'Patience' })
    await w.get('input').setValue('')
    expect(w.emitted('update:value')?.at(-1)).toEqual([undefined])
  })
})

describe('shares that add up to 100 %', () => {
  it('moving one share rescales the others in proportion', () => {
    // a 0.5, b 0.3, c 0.2 → a 0.8: b and c share 0.2 as 3 : 2 → 0.12 and 0.08.
    const next = rebalance({ a: 0.5, b: 0.3, c: 0.2 }, ['a', 'b', 'c'], 'a', 0.8)
    expect(next.a).toBe(0.8)
    expect(next.b).toBeCloseTo(0.12, 12)
    expect(next.c).toBeCloseTo(0.08, 12)
    expect((next.a ?? 0) + (next.b ?? 0) + (next.c ?? 0)).toBe(1)
  })

  it('a locked share keeps its value; the free ones fill what is left', () => {
    // c locked at 0.2; a → 0.5: b is the only free one, 1 − 0.5 − 0.2 = 0.3.
    const next = rebalance({ a: 0.4, b: 0.4, c: 0.2 }, ['a', 'b', 'c'], 'a', 0.5, new Set(['c']))
    expect(next.c).toBe(0.2)
    expect(next.a).toBe(0.5)
    expect(next.b).toBeCloseTo(0.3, 12)
    // a asks for 0.9 but the lock leaves 0.8.
    expect(rebalance({ a: 0.4, b: 0.4, c: 0.2 }, ['a', 'b', 'c'], 'a', 0.9, new Set(['c'])).a).toBe(
      0.8,
    )
    // Every other share locked: a is what they leave, whatever is asked.
    expect(
      rebalance({ a: 0.4, b: 0.4, c: 0.2 }, ['a', 'b', 'c'], 'a', 0.9, new Set(['b', 'c'])),
    ).toEqual({ a: expect.closeTo(0.4, 12), b: 0.4, c: 0.2 })
  })

  it('when the others are all zero they share the rest equally', () => {
    const next = rebalance({ a: 1, b: 0, c: 0 }, ['a', 'b', 'c'], 'a', 0.4)
    expect(next).toEqual({ a: 0.4, b: 0.3, c: 0.3 })
  })

  it('the sliders emit shares summing to exactly 1', async () => {
    const channels = [
      channelFromCatalog('phone'),
      channelFromCatalog('email'),
      channelFromCatalog('x'),
    ]
    const w = mount(ShareSliders, {
      props: { channels, shares: { phone: 0.5, email: 0.3, x: 0.2 } },
    })
    await w.get('#share-email').setValue('70')
    const shares = w.emitted('update:shares')?.at(-1)?.[0] as Record<string, number>
    expect(shares.email).toBeCloseTo(0.7, 12)
    expect(Object.values(shares).reduce((s, x) => s + x, 0)).toBe(1)
    const numbers = () =>
      w.findAll('input.share-sliders__field').map((i) => (i.element as HTMLInputElement).value)
    expect(numbers()).toEqual(['50', '30', '20'])
  })

  it('takes a share typed as a number; refuses one that is not, beside its field', async () => {
    const channels = [
      channelFromCatalog('phone'),
      channelFromCatalog('email'),
      channelFromCatalog('x'),
    ]
    const w = mount(ShareSliders, {
      props: { channels, shares: { phone: 0.5, email: 0.3, x: 0.2 } },
    })
    // setValue sends input and change, as typing and then Enter or Tab do.
    const field = w.get('#share-phone-number')
    expect(field.attributes('aria-label')).toBe('Phone: share in %')
    await field.setValue('60')
    // Phone 60 %: email and X share 40 % as 3 : 2 → 24 % and 16 %.
    const shares = w.emitted('update:shares')?.at(-1)?.[0] as Record<string, number>
    expect(shares.phone).toBeCloseTo(0.6, 12)
    expect(shares.email).toBeCloseTo(0.24, 12)
    expect(shares.x).toBeCloseTo(0.16, 12)
    for (const bad of ['', 'lots', '120', '-5']) {
      await field.setValue(bad)
      expect(w.get('#share-phone-error').text()).toBe('Enter a share from 0 to 100 %')
      expect(field.attributes('aria-invalid')).toBe('true')
    }
    expect(w.emitted('update:shares')).toHaveLength(1)
    await field.setValue('45 %')
    expect(w.get('#share-phone-error').text()).toBe('')
    expect(w.emitted('update:shares')).toHaveLength(2)
  })

  it('a locked share stays while the others move, and caps what they can take', async () => {
    const channels = [
      channelFromCatalog('phone'),
      channelFromCatalog('email'),
      channelFromCatalog('x'),
    ]
    const w = mount(ShareSliders, {
      props: { channels, shares: { phone: 0.5, email: 0.3, x: 0.2 } },
    })
    await w.findAll('.share-sliders__lock input')[2]?.setValue(true)
    expect(w.get('#share-x').attributes('disabled')).toBeDefined()
    await w.get('#share-email').setValue('40')
    // X locked at 20 %: email 40 %, phone the rest, 40 %.
    let shares = w.emitted('update:shares')?.at(-1)?.[0] as Record<string, number>
    expect(shares).toEqual({ x: 0.2, email: 0.4, phone: expect.closeTo(0.4, 12) })
    await w.setProps({ shares })
    await w.get('#share-email').setValue('95')
    // At most 80 %: X keeps its 20 %, phone gets nothing.
    shares = w.emitted('update:shares')?.at(-1)?.[0] as Record<string, number>
    expect(shares.email).toBeCloseTo(0.8, 12)
    expect(shares.x).toBe(0.2)
    expect(shares.phone).toBeCloseTo(0, 12)
    expect(w.get('.share-sliders__note').text()).toBe(
      'Email is at 80 %: the locked channels keep the rest.',
    )
  })
})

describe('WeekHeatMap', () => {
  const flat = new Array<number>(168).fill(1)

  it('has one cell per hour, each described in words, and one tab stop', () => {
    const w = mount(WeekHeatMap, { props: { pattern: flat, label: 'Week' } })
    const cells = w.findAll('button')
    expect(cells).toHaveLength(168)
    expect(cells[9]?.attributes('aria-label')).toBe('Mon 09:00–10:00: 100 % of the busiest hour')
    expect(cells.filter((c) => c.attributes('tabindex') === '0')).toHaveLength(1)
  })

  it('minus lowers an hour a step, and the pattern stays non-empty', async () => {
    const w = mount(WeekHeatMap, { props: { pattern: flat, label: 'Week' } })
    await w.findAll('button')[9]?.trigger('keydown', { key: '-' })
    const next = w.emitted('update:pattern')?.at(-1)?.[0] as number[]
    expect(next[9]).toBeCloseTo(0.75, 12)
    expect(next[10]).toBe(1)
  })
})

describe('ChannelCard', () => {
  const email = channelFromCatalog('email', { offeredToday: true })

  it('shows the inputs that matter in front, async targets in hours', () => {
    const w = mount(ChannelCard, { props: { channel: email, index: 1, errorAt: () => undefined } })
    expect(w.get('h3').text()).toBe(email.name)
    const target = w.get(`#channel-email-target-time`).element as HTMLInputElement
    expect(target.value).toBe(String(email.targetSeconds / 3600))
    expect(w.text()).toContain('Offered today')
  })

  it('writes a target typed in hours back in seconds', async () => {
    const w = mount(ChannelCard, { props: { channel: email, index: 1, errorAt: () => undefined } })
    await w.get('#channel-email-target-time').setValue('24')
    expect(w.emitted('change')?.at(-1)).toEqual([{ targetSeconds: 86_400 }])
  })

  it('shows the schema’s message beside the field it belongs to', () => {
    const w = mount(ChannelCard, {
      props: {
        channel: email,
        index: 1,
        errorAt: (path: string) =>
          path === 'channels.1.handleMinutes'
            ? 'Handle time must be between 0.1 and 240 minutes'
            : undefined,
      },
    })
    expect(w.get('#channel-email-handle-error').text()).toBe(
      'Handle time must be between 0.1 and 240 minutes',
    )
  })

  it('shows where a default comes from, on request, one chip per figure named', async () => {
    const w = mount(ChannelCard, { props: { channel: email, index: 1, errorAt: () => undefined } })
    const chips = w.findAll('.source-note__button').map((b) => b.text().replace(/\s+/g, ' '))
    expect(chips.slice(0, 2)).toEqual(['Source: handle time', 'Source: target'])
    expect(new Set(chips).size).toBe(chips.length)
    const button = w.findAll('.source-note__button')[0]
    expect(button?.attributes('aria-expanded')).toBe('false')
    await button?.trigger('click')
    expect(button?.attributes('aria-expanded')).toBe('true')
    expect(w.text()).toMatch(/Default \d/)
  })

  it('explains each input in place: a "?" beside it shows what it means', async () => {
    const names = (channel: ReturnType<typeof channelFromCatalog>) =>
      mount(ChannelCard, { props: { channel, index: 0, errorAt: () => undefined } })
        .findAll('.term-help__button .visually-hidden')
        .map((b) => b.text())
    expect(names(email)).toEqual([
      'What is handle time?',
      'What is target (share within a time)?',
      'What is coverage?',
      'What is time per look?',
      'What is customer expectation?',
      'What is repeat contacts?',
      'What is loss share?',
      'What is channel upkeep (tools, setup and training)?',
    ])
    // A chat and a public page: what applies to them only.
    const chat = names(channelFromCatalog('live-chat'))
    expect(chat).toContain('What is throughput of chats at once?')
    expect(chat).toContain('What is patience?')
    expect(chat).not.toContain('What is time per look?')
    expect(names(channelFromCatalog('facebook'))).toContain(
      'What is hand-off to a private channel?',
    )

    const w = mount(ChannelCard, { props: { channel: email, index: 1, errorAt: () => undefined } })
    const coverage = w
      .findAll('.term-help__button')
      .find((b) => b.text().includes('What is coverage?'))
    await coverage?.trigger('click')
    expect(w.text()).toContain('The hours in the week when someone looks after a channel')
  })

  it('says every unit: the tools in the currency a month, setup once, training a month', () => {
    const w = mount(ChannelCard, {
      props: { channel: email, index: 1, errorAt: () => undefined, currency: 'GBP' },
    })
    const unitOf = (id: string) =>
      w
        .get(`#channel-email-${id}`)
        .element.closest('.planner-field')
        ?.textContent?.replace(/\s+/g, ' ')
    expect(unitOf('tools')).toMatch(/GBP a month/)
    expect(unitOf('setup')).toMatch(/h, once/)
    expect(unitOf('training')).toMatch(/h a month/)
  })
})

describe('SourceNote', () => {
  it('names the figure it sources, shows the source on request and hides it on Escape', async () => {
    const w = mount(SourceNote, {
      props: { label: 'handle time', text: 'Default 6 minutes: a call centre benchmark.' },
      attachTo: document.body,
    })
    const button = w.get('button.source-note__button')
    expect(button.text()).toBe('Source: handle time')
    const note = w.get(`#${button.attributes('aria-controls')}`)
    expect(note.attributes('role')).toBe('note')
    expect(note.isVisible()).toBe(false)
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(note.text()).toBe('Default 6 minutes: a call centre benchmark.')
    expect(note.isVisible()).toBe(true)
    await button.trigger('keydown', { key: 'Escape' })
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(note.isVisible()).toBe(false)
    w.unmount()
  })
})
