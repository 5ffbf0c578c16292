import { describe, expect, it } from 'vitest'
import { applySelfService } from '../self-service'
import { makeBusiness } from '../../__tests__/support/factory'

describe('self-service', () => {
  const business = makeBusiness({ costPerHour: 30 })

  it('answers its share before any channel sees a contact, and costs its upkeep', () => {
    // 1 000 contacts, 20 % deflected: 200 answered by the FAQ, 800 go on to the channels.
    // Upkeep 2 h × 30 = 60; tool 13 a month × 12/52 = 3; 63 a week.
    const r = applySelfService(
      1000,
      { enabled: true, deflectionShare: 0.2, upkeepHoursPerWeek: 2, toolCostPerMonth: 13 },
      business,
    )
    expect(r).toEqual({
      contactsRemaining: 800,
      contactsDeflected: 200,
      upkeepHoursPerWeek: 2,
      costPerWeek: 60 + 3,
    })
  })

  it('does nothing and costs nothing when switched off', () => {
    const r = applySelfService(
      1000,
      { enabled: false, deflectionShare: 0.2, upkeepHoursPerWeek: 2, toolCostPerMonth: 13 },
      business,
    )
    expect(r).toEqual({
      contactsRemaining: 1000,
      contactsDeflected: 0,
      upkeepHoursPerWeek: 0,
      costPerWeek: 0,
    })
  })
})
