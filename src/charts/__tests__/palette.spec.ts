import { describe, expect, it } from 'vitest'
import {
  CAUSE_COLORS,
  CAUSE_KEYS,
  CHANNEL_COLORS,
  COMPARISON_COLOR,
  LINE_COLOR,
  RECOMMENDED_COLOR,
  channelColor,
  contrastRatio,
} from '../palette'

describe('chart palette', () => {
  it('computes WCAG contrast: black on white is 21:1, white on white 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5)
    // A known value: #767676 is the lightest grey with 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })

  it('gives every colour at least 3:1 against the white page (WCAG 1.4.11)', () => {
    expect.hasAssertions()
    const all = [
      ...CHANNEL_COLORS,
      ...Object.values(CAUSE_COLORS),
      RECOMMENDED_COLOR,
      COMPARISON_COLOR,
      LINE_COLOR,
    ]
    for (const color of all) expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(3)
  })

  it('has a distinct colour for each of up to twelve channels and each cause', () => {
    expect(new Set(CHANNEL_COLORS.map((c) => c.toLowerCase())).size).toBe(12)
    expect(new Set(CAUSE_KEYS.map((k) => CAUSE_COLORS[k].toLowerCase())).size).toBe(6)
  })

  it('gives a channel the same colour by position, wrapping past twelve', () => {
    expect(channelColor(0)).toBe(CHANNEL_COLORS[0])
    expect(channelColor(12)).toBe(CHANNEL_COLORS[0])
    expect(channelColor(-1)).toBe(CHANNEL_COLORS[11])
  })
})
