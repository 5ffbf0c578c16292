import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { QUIET_ZONE, qrMatrix, qrRuns } from '@/composables/qr'
import QrCode from '../QrCode.vue'

describe('QrCode', () => {
  it('draws the code as rects in an svg image with a label and a quiet zone', () => {
    const value = 'https://example.org/#s=abcdefg'
    const w = mount(QrCode, { props: { value, label: 'QR code of the link' } })
    const svg = w.get('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toBe('QR code of the link')
    const m = qrMatrix(value)
    if (!m) throw new Error('no code')
    const side = m.size + 2 * QUIET_ZONE
    expect(svg.attributes('viewBox')).toBe(`0 0 ${side} ${side}`)
    const rects = w.findAll('rect')
    // A light background over the whole code and quiet zone, then one rect per dark run.
    expect(rects[0]?.attributes()).toMatchObject({ x: '0', y: '0', width: `${side}` })
    expect(rects).toHaveLength(1 + qrRuns(m).length)
    // Every dark module lies inside the quiet zone's frame.
    for (const r of rects.slice(1)) {
      expect(Number(r.attributes('x'))).toBeGreaterThanOrEqual(QUIET_ZONE)
      expect(Number(r.attributes('y'))).toBeGreaterThanOrEqual(QUIET_ZONE)
      expect(Number(r.attributes('x')) + Number(r.attributes('width'))).toBeLessThanOrEqual(
        side - QUIET_ZONE,
      )
    }
    // The top-left finder's first row: seven dark modules after the quiet zone.
    expect(rects[1]?.attributes()).toMatchObject({
      x: `${QUIET_ZONE}`,
      y: `${QUIET_ZONE}`,
      width: '7',
    })
  })

  it('says so in words when the text is too long for any QR code', () => {
    const w = mount(QrCode, { props: { value: 'a'.repeat(5000), label: 'QR code' } })
    expect(w.find('svg').exists()).toBe(false)
    expect(w.text()).toMatch(/too long for a QR code/)
  })
})
