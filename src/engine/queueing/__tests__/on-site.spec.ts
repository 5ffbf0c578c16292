import { describe, expect, it } from 'vitest'
import { erlangB } from '../erlang-b'
import { meanOnContacts, missedShare, onSiteSteadyState } from '../on-site'

const team = (people: number, otherWorkShare: number, otherWorkMinutes: number) => ({
  people,
  otherWorkShare,
  otherWorkMinutes,
})

describe('people answering alongside other work: the share of contacts missed', () => {
  it('one person: missed = (b/(1 − b) + λh) / (1 + b/(1 − b) + λh)', () => {
    // Three states: free F, other work O, on a contact C. Balance: π_O/d = π_F·b/((1 − b)d),
    // π_C/h = π_F·λ, so π_F = 1 / (1 + b/(1 − b) + λh). b = ½, λ = 1/50 a minute, h = 5:
    // b/(1 − b) = 1, λh = 0.1, missed = 1 − 1/2.1 = 1.1/2.1 = 11/21.
    expect(missedShare(team(1, 0.5, 5), 1 / 50, 5)).toBeCloseTo(11 / 21, 14)
  })

  it('with no other work it is Erlang B: two people, 1 Erlang, miss 1/5', () => {
    // B(2, 1) = (1/2) / (1 + 1 + 1/2) = 0.2 (published Erlang B tables: 2 lines, 1 E, 20 %).
    expect(missedShare(team(2, 0, 5), 1 / 5, 5)).toBeCloseTo(0.2, 14)
    expect(missedShare(team(6, 0, 3), 0.8, 4)).toBeCloseTo(erlangB(6, 3.2), 13)
  })

  it('with hardly any contacts it is the chance that everyone is busy at once, bᵖ', () => {
    // People are independent when no contact ties them: P(all p on other work) = bᵖ.
    expect(missedShare(team(3, 0.6, 4), 1e-9, 5)).toBeCloseTo(0.6 ** 3, 8)
    expect(missedShare(team(2, 0.7, 3), 1e-9, 5)).toBeCloseTo(0.49, 8)
  })

  it('matches exact rational solutions of the steady state (scripts/on_site_reference.py)', () => {
    // Solved in fractions, printed by the script: p, b, d, λ a minute, h → missed share.
    expect(missedShare(team(2, 0.7, 3), 1 / 30, 5)).toBeCloseTo(17629 / 34681, 13)
    expect(missedShare(team(3, 0.6, 20), 1 / 10, 6)).toBeCloseTo(79291863 / 259720253, 13)
    expect(missedShare(team(4, 0.5, 10), 1 / 2, 4)).toBeCloseTo(178951521 / 654898051, 13)
  })

  it('a café: two people busy 70 % of the time miss about half the calls', () => {
    // 2 people, b = 0.7, 3-minute spells, one call every 30 minutes of 5 minutes: 17629/34681
    // = 50.8 % missed, a little above the 49 % (0.7²) they would miss for other work alone.
    const missed = missedShare(team(2, 0.7, 3), 1 / 30, 5)
    expect(missed).toBeGreaterThan(0.49)
    expect(missed).toBeCloseTo(0.5083, 4)
  })

  it('the steady state sums to 1 and puts λh(1 − missed) people on contacts (Little)', () => {
    // Contacts answered a minute × minutes each = mean number on contacts.
    const t = team(4, 0.55, 8)
    const pi = onSiteSteadyState(t, 0.3, 6)
    expect(pi.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 13)
    const missed = missedShare(t, 0.3, 6)
    expect(meanOnContacts(t, 0.3, 6)).toBeCloseTo(0.3 * 6 * (1 - missed), 12)
  })

  it('more people, or less other work, never miss more', () => {
    for (const lambda of [0.01, 0.1, 0.5, 2]) {
      let previous = 1
      for (let p = 1; p <= 12; p++) {
        const m = missedShare(team(p, 0.6, 5), lambda, 5)
        expect(m).toBeLessThanOrEqual(previous + 1e-15)
        previous = m
      }
      expect(missedShare(team(3, 0.4, 5), lambda, 5)).toBeLessThan(
        missedShare(team(3, 0.6, 5), lambda, 5),
      )
    }
  })

  it('refuses teams it cannot solve with a message', () => {
    expect(() => missedShare(team(0, 0.5, 5), 0.1, 5)).toThrow(/whole number from 1 to 20/)
    expect(() => missedShare(team(21, 0.5, 5), 0.1, 5)).toThrow(/whole number from 1 to 20/)
    expect(() => missedShare(team(2, 1, 5), 0.1, 5)).toThrow(/0 ≤ b < 1/)
    expect(() => missedShare(team(2, 0.5, 0), 0.1, 5)).toThrow(/d > 0/)
  })
})
