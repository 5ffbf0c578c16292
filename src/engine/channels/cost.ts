/** What a channel costs a week besides the answers: staff hours at the hourly cost, tools, setup, training. */
import type { Business, Channel } from '../model/types'

export const WEEKS_PER_YEAR = 52
export const MONTHS_PER_WEEK = 12 / WEEKS_PER_YEAR

export interface ChannelCost {
  staff: number
  tools: number
  /** One-off setup hours spread over a year. */
  setup: number
  training: number
  total: number
}

export function weeklyCost(channel: Channel, business: Business, staffHours: number): ChannelCost {
  const staff = staffHours * business.costPerHour
  const tools = channel.toolCostPerMonth * MONTHS_PER_WEEK
  const setup = (channel.setupHours * business.costPerHour) / WEEKS_PER_YEAR
  const training = channel.trainingHoursPerMonth * MONTHS_PER_WEEK * business.costPerHour
  return { staff, tools, setup, training, total: staff + tools + setup + training }
}
