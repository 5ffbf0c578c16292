/** The simulation input that replays an analytic evaluation's own plan. */
import type { ChannelEvaluationInput, ChannelResult } from '../channels/evaluate'
import type { SimulationInput } from './types'

/**
 * The simulation input matching an analytic evaluation: the same contacts (repeats included)
 * and the staffing plan the analytic model chose (agents per hour, or staff presence per
 * covered hour).
 */
export function simulationInputFor(
  input: ChannelEvaluationInput,
  result: ChannelResult,
): SimulationInput {
  const { channel, business } = input
  const base = {
    channel,
    contactsPerWeek: result.contactsOffered,
    pattern: input.pattern,
    business,
  }
  const plan = result.plan
  if (plan.kind === 'allowance') {
    return {
      ...base,
      staffing: {
        kind: 'allowance',
        allowanceMinutesPerHour: plan.allowanceMinutesPerHour,
        lookIntervalMinutes: plan.lookIntervalMinutes,
      },
    }
  }
  return { ...base, staffing: { kind: 'agents', agents: plan.agentsByHour } }
}
