/**
 * The charts' colours, shared so a channel or a cause looks the same in every chart.
 *
 * Based on the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies),
 * with its light members darkened or replaced so every colour has at least 3:1 contrast
 * against the white page (WCAG 1.4.11, graphical objects), extended with Paul Tol's darker
 * colours for up to twelve channels. Twelve categories cannot all stay distinct for every
 * reader: the legend order and the table under each chart carry the same information.
 */

/** One colour per channel, by the channel's position in the scenario (up to 12 candidates). */
export const CHANNEL_COLORS = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#B07800', // orange, darkened
  '#332288', // indigo
  '#882255', // wine
  '#117733', // green
  '#AA4499', // purple
  '#5F6B7A', // slate
  '#999933', // olive
  '#A0522D', // sienna
] as const

/** The causes of a portfolio's weekly cost, in stacking order (bottom first). */
export const CAUSE_KEYS = [
  'work',
  'fixedFloor',
  'queueHeadroom',
  'coverageMisses',
  'lostCustomers',
  'publicMisses',
] as const

export type CauseKey = (typeof CAUSE_KEYS)[number]

export const CAUSE_LABELS: Readonly<Record<CauseKey, string>> = {
  work: 'Work on contacts',
  fixedFloor: 'Fixed floor',
  queueHeadroom: 'Queue headroom',
  coverageMisses: 'Coverage misses',
  lostCustomers: 'Lost customers',
  publicMisses: 'Public misses',
}

/** Neighbouring causes in the stack differ in hue and in lightness. */
export const CAUSE_COLORS: Readonly<Record<CauseKey, string>> = {
  work: '#0072B2',
  fixedFloor: '#B07800',
  queueHeadroom: '#332288',
  coverageMisses: '#CC79A7',
  lostCustomers: '#D55E00',
  publicMisses: '#117733',
}

/** The recommended set, and the comparison it is set against. */
export const RECOMMENDED_COLOR = '#0072B2'
export const COMPARISON_COLOR = '#5F6B7A'
/** Lines drawn over bars (the share answered within target). */
export const LINE_COLOR = '#111827'
/** Gaps between stacked segments, so neighbours never rely on colour alone to separate. */
export const SEGMENT_BORDER = '#ffffff'

export function channelColor(index: number): string {
  const n = CHANNEL_COLORS.length
  return CHANNEL_COLORS[((index % n) + n) % n] ?? CHANNEL_COLORS[0]
}

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16)
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ]
  return (hi + 0.05) / (lo + 0.05)
}
