import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { sampleScenario } from '@/engine'
import type { Scenario } from '@/engine'
import { decodeScenarioLink } from '@/composables/share-link'
import { stubDialog } from '@/components/__tests__/fixtures/dialog'
import ShareDialog from '../ShareDialog.vue'

beforeAll(stubDialog)

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

/** One channel: a short link and a small QR code, quick to render in jsdom. */
function smallScenario(): Scenario {
  const s = sampleScenario()
  s.channels = s.channels.filter((c) => c.id === 'phone').map((c) => ({ ...c, affinity: {} }))
  s.demand.shares = { phone: 1 }
  return s
}

/** The QR code is drawn for real in the first test only: thousands of rects are slow in jsdom. */
async function openDialog(scenario: Scenario = smallScenario(), drawQr = false) {
  const w = mount(ShareDialog, {
    props: { scenario },
    attachTo: document.body,
    global: { stubs: drawQr ? {} : { QrCode: true } },
  })
  await w.get('button.share-open').trigger('click')
  // The link is compressed by a stream: wait for it rather than for a fixed number of ticks.
  await vi.waitFor(() => {
    if ((w.get('input[readonly]').element as HTMLInputElement).value === '') throw new Error()
  })
  await flushPromises()
  return w
}

function linkField(w: Awaited<ReturnType<typeof openDialog>>): HTMLInputElement {
  return w.get('input[readonly]').element as HTMLInputElement
}

describe('ShareDialog', () => {
  it('opens a modal dialog with the link to this page and the scenario in its fragment', async () => {
    window.history.replaceState(null, '', '/tools/planner/?utm=x#method')
    const w = await openDialog(sampleScenario(), true)
    const dialog = w.get('dialog')
    expect(dialog.attributes('open')).toBeDefined()
    expect(dialog.attributes('aria-labelledby')).toBe(w.get('h2').attributes('id'))
    const link = linkField(w).value
    // The sample itself: the short link, which names it and holds no change.
    expect(link.startsWith(`${window.location.origin}/tools/planner/#b=sample&d=`)).toBe(true)
    const result = await decodeScenarioLink(new URL(link).hash)
    expect(result).toEqual({ ok: true, scenario: sampleScenario() })
    // The field is labelled and has the focus, its text selected for copying.
    const label = w.get(`label[for="${linkField(w).id}"]`)
    expect(label.text()).toBe('Link')
    expect(document.activeElement).toBe(linkField(w))
    expect(w.find('svg[role="img"]').exists()).toBe(true)
  })

  it('copies the link with the clipboard API', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const w = await openDialog()
    const copy = w.findAll('button').find((b) => b.text() === 'Copy link')
    await copy?.trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(linkField(w).value)
    expect(w.get('[role="status"]').text()).toBe('Link copied.')
  })

  it('selects the link and says how to copy it when there is no clipboard', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined })
    const w = await openDialog()
    linkField(w).setSelectionRange(0, 0)
    await w
      .findAll('button')
      .find((b) => b.text() === 'Copy link')
      ?.trigger('click')
    await flushPromises()
    expect(w.get('[role="status"]').text()).toMatch(/Press Ctrl\+C to copy/)
    const field = linkField(w)
    expect(field.selectionStart).toBe(0)
    expect(field.selectionEnd).toBe(field.value.length)
  })

  it('falls back the same way when the clipboard refuses', async () => {
    const writeText = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')))
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const w = await openDialog()
    await w
      .findAll('button')
      .find((b) => b.text() === 'Copy link')
      ?.trigger('click')
    await flushPromises()
    expect(w.get('[role="status"]').text()).toMatch(/Press Ctrl\+C to copy/)
  })

  it('closes with the Close button and gives the focus back to Share', async () => {
    const w = await openDialog()
    await w
      .findAll('button')
      .find((b) => b.text() === 'Close')
      ?.trigger('click')
    expect(w.get('dialog').attributes('open')).toBeUndefined()
    expect(document.activeElement).toBe(w.get('button.share-open').element)
  })

  it('gives the focus back when the browser closes it (Escape)', async () => {
    const w = await openDialog()
    // Escape on a modal dialog: the browser fires cancel, then closes it, which fires close.
    const dialog = w.get('dialog').element as HTMLDialogElement
    dialog.dispatchEvent(new Event('cancel'))
    dialog.close()
    expect(document.activeElement).toBe(w.get('button.share-open').element)
  })
})
