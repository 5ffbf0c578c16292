/** Self-service (FAQ, knowledge base): answers its share before any channel sees a contact, and costs its upkeep. */
import type { Business, SelfService } from '../model/types'
import { MONTHS_PER_WEEK } from './cost'

export interface SelfServiceResult {
  contactsRemaining: number
  contactsDeflected: number
  upkeepHoursPerWeek: number
  costPerWeek: number
}

export function applySelfService(
  contactsPerWeek: number,
  selfService: SelfService,
  business: Business,
): SelfServiceResult {
  if (!selfService.enabled) {
    return {
      contactsRemaining: contactsPerWeek,
      contactsDeflected: 0,
      upkeepHoursPerWeek: 0,
      costPerWeek: 0,
    }
  }
  const deflected = contactsPerWeek * selfService.deflectionShare
  return {
    contactsRemaining: contactsPerWeek - deflected,
    contactsDeflected: deflected,
    upkeepHoursPerWeek: selfService.upkeepHoursPerWeek,
    costPerWeek:
      selfService.upkeepHoursPerWeek * business.costPerHour +
      selfService.toolCostPerMonth * MONTHS_PER_WEEK,
  }
}
