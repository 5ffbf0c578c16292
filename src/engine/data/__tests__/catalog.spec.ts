import { describe, expect, it } from 'vitest'
import { CONCURRENCY_EFFICIENCY } from '../../channels/chat-efficiency'
import { coveredHours } from '../../model/week'
import {
  CATALOG_CHANNEL_IDS,
  channelCatalog,
  channelFromCatalog,
  selfServiceCatalog,
} from '../catalog'
import { type SourcedValue } from '../catalog-entry'

const entries = Object.values(channelCatalog)
const sum = (values: readonly number[]) => values.reduce((acc, v) => acc + v, 0)

function expectWellSourced(field: string, s: SourcedValue) {
  const [low, high] = s.range
  expect(low, `${field} range`).toBeLessThanOrEqual(high)
  expect(s.value, `${field} ≥ low`).toBeGreaterThanOrEqual(low)
  expect(s.value, `${field} ≤ high`).toBeLessThanOrEqual(high)
  expect(s.source.trim(), `${field} source`).not.toBe('')
}

describe('channelCatalog', () => {
  it('has the ten catalog channels, in catalog order, each keyed by its id', () => {
    expect(Object.keys(channelCatalog)).toEqual([...CATALOG_CHANNEL_IDS])
    expect(CATALOG_CHANNEL_IDS).toHaveLength(10)
    for (const [id, e] of Object.entries(channelCatalog)) {
      expect(e.id).toBe(id)
      expect(e.defaults.catalogId).toBe(id)
      expect(e.defaults.name).toBe(e.name)
      expect(e.defaults.kind).toBe(e.kind)
      expect(e.description).not.toBe('')
    }
  })

  it.each(entries)('$id: every numeric default is sourced, within its range', (e) => {
    const numeric = Object.entries(e.defaults).filter(([, v]) => typeof v === 'number')
    expect(Object.keys(e.sources).sort()).toEqual(numeric.map(([field]) => field).sort())
    for (const [field, value] of numeric) {
      const s = e.sources[field as keyof typeof e.sources]
      expect(s, field).toBeDefined()
      if (s === undefined) continue
      expect(s.value, field).toBe(value)
      expectWellSourced(`${e.id}.${field}`, s)
    }
  })

  it.each(entries)('$id: patience for live and chat only; concurrency fits the kind', (e) => {
    const d = e.defaults
    expect(d.patienceSeconds !== undefined).toBe(e.kind !== 'async')
    expect(d.concurrencyEfficiency).toBeGreaterThanOrEqual(1)
    expect(d.concurrencyEfficiency).toBeLessThanOrEqual(d.concurrency)
    if (e.kind === 'chat') {
      // The efficiency is the Call Centre Helper table's value at the default concurrency.
      const k = d.concurrency as keyof typeof CONCURRENCY_EFFICIENCY
      expect(d.concurrencyEfficiency).toBe(CONCURRENCY_EFFICIENCY[k])
    } else {
      expect([d.concurrency, d.concurrencyEfficiency]).toEqual([1, 1])
    }
    if (e.kind === 'async') expect(d.minutesPerCheck).toBeGreaterThan(0)
    if (!d.isPublic) expect(d.privateHandoffShare).toBe(0)
  })

  it.each(entries)('$id: affinity names other catalog channels, weights summing to 1', (e) => {
    const weights = Object.entries(e.affinity)
    expect(weights.length).toBeGreaterThan(0)
    for (const [id, w] of weights) {
      expect(CATALOG_CHANNEL_IDS).toContain(id)
      expect(id).not.toBe(e.id)
      expect(w).toBeGreaterThan(0)
    }
    expect(sum(weights.map(([, w]) => w ?? NaN))).toBeCloseTo(1, 12)
    expect(e.defaults.lossShare).toBeGreaterThanOrEqual(0.05)
    expect(e.defaults.lossShare).toBeLessThanOrEqual(0.15)
  })

  it('phone: ContactBabel 6 min, 80 % in 20 s, patience from "two-thirds hang up within 2 min"', () => {
    const d = channelCatalog.phone.defaults
    expect(d.handleMinutes).toBe(6) // UK ≈ 5:00, US 6:21: the middle of 5–6.5
    expect([d.targetShare, d.targetSeconds]).toEqual([0.8, 20])
    // Exponential patience: 1 − e^{−120/m} = 2/3 ⇒ m = 120/ln 3 = 109.23 s, stored as 110.
    expect(Math.abs((d.patienceSeconds ?? NaN) - 120 / Math.log(3))).toBeLessThan(1)
    expect(d.expectationHours).toBeCloseTo(2 / 60, 15) // 2 minutes
  })

  it('live chat and messaging: Comm100 12 min; 2 chats ≈ 1.7×, 3 ≈ 2.5×', () => {
    const chat = channelCatalog['live-chat'].defaults
    expect([chat.kind, chat.handleMinutes, chat.concurrency, chat.concurrencyEfficiency]).toEqual([
      'chat',
      12,
      2,
      1.7,
    ])
    expect([chat.targetShare, chat.targetSeconds]).toEqual([0.8, 60])
    const msg = channelCatalog.messaging.defaults
    expect([msg.kind, msg.concurrency, msg.concurrencyEfficiency]).toEqual(['chat', 3, 2.5])
  })

  it('email and web form: 5 min, 80 % within 4 h, expectation 4 h (Toister)', () => {
    for (const id of ['email', 'web-form'] as const) {
      const d = channelCatalog[id].defaults
      expect([d.kind, d.handleMinutes, d.targetShare]).toEqual(['async', 5, 0.8])
      expect(d.targetSeconds).toBe(14_400) // 4 × 3600
      expect(d.expectationHours).toBe(4)
      expect(d.isPublic).toBe(false)
    }
    // The web form pays for a help-desk tool; plain email does not.
    expect(channelCatalog['web-form'].defaults.toolCostPerMonth).toBeGreaterThan(
      channelCatalog.email.defaults.toolCostPerMonth,
    )
  })

  it('social pages are public, with a 1-hour target and expectation', () => {
    for (const id of ['facebook', 'instagram', 'x'] as const) {
      const d = channelCatalog[id].defaults
      expect([d.kind, d.isPublic, d.targetSeconds, d.expectationHours]).toEqual([
        'async',
        true,
        3600, // 42 % expect ≤ 60 min; 53 % on Twitter want < 1 h
        1,
      ])
      expect(d.privateHandoffShare).toBeGreaterThan(0)
      expect(d.repeatRate).toBeGreaterThan(0)
    }
  })

  it('reviews: public, 48 h target, no repeats; forum: public, 24 h', () => {
    const r = channelCatalog.reviews.defaults
    expect([r.isPublic, r.targetSeconds, r.repeatRate]).toEqual([true, 172_800, 0]) // 48 × 3600
    const f = channelCatalog.forum.defaults
    expect([f.isPublic, f.targetSeconds]).toEqual([true, 86_400]) // 24 × 3600
  })

  it('is frozen, so no scenario can change the defaults by accident', () => {
    const d = channelCatalog.phone.defaults as { handleMinutes: number }
    expect(() => {
      d.handleMinutes = 1
    }).toThrow(TypeError)
    expect(Object.isFrozen(channelCatalog.phone.sources.handleMinutes.range)).toBe(true)
  })
})

describe('CONCURRENCY_EFFICIENCY', () => {
  it('is the Call Centre Helper table: rising, never above the number of chats', () => {
    expect(CONCURRENCY_EFFICIENCY).toEqual({ 1: 1, 2: 1.7, 3: 2.5, 4: 2.9, 5: 3.5 })
    const rows = Object.entries(CONCURRENCY_EFFICIENCY).map(([k, e]) => [Number(k), e] as const)
    rows.forEach(([k, e], i) => {
      expect(e).toBeLessThanOrEqual(k)
      if (i > 0) expect(e).toBeGreaterThan(rows[i - 1]?.[1] ?? Infinity)
    })
  })
})

describe('selfServiceCatalog', () => {
  it('every default is sourced, within its range; off until the user turns it on', () => {
    const { defaults, sources } = selfServiceCatalog
    expect(defaults.enabled).toBe(false)
    expect(defaults.deflectionShare).toBe(0.1)
    for (const [field, s] of Object.entries(sources)) {
      expect(defaults[field as keyof typeof sources]).toBe(s.value)
      expectWellSourced(`faq.${field}`, s)
    }
  })
})

describe('channelFromCatalog', () => {
  it('builds a full channel: coverage from its preset, affinity by catalog id', () => {
    const c = channelFromCatalog('phone')
    expect(c.id).toBe('phone')
    expect([c.candidate, c.offeredToday]).toEqual([true, false])
    expect(c.coverage).toHaveLength(168)
    expect(coveredHours(c.coverage)).toBe(40) // weekday-office: 5 × 8
    expect(c.affinity).toEqual({ 'live-chat': 0.4, messaging: 0.3, email: 0.3 })
    expect(c.patienceSeconds).toBe(110)
    expect('coveragePreset' in c).toBe(false)
  })

  it('applies overrides and leaves patience out for async channels', () => {
    const c = channelFromCatalog('email', { id: 'email-2', candidate: false, offeredToday: true })
    expect([c.id, c.catalogId, c.candidate, c.offeredToday]).toEqual([
      'email-2',
      'email',
      false,
      true,
    ])
    expect('patienceSeconds' in c).toBe(false)
  })

  it('returns a channel the caller may edit without touching the catalog', () => {
    const a = channelFromCatalog('facebook')
    a.coverage[0] = true
    a.affinity.email = 1
    a.handleMinutes = 99
    const b = channelFromCatalog('facebook')
    expect(b.coverage[0]).toBe(false)
    expect(b.affinity.email).toBe(0.3)
    expect(b.handleMinutes).toBe(5)
  })
})
