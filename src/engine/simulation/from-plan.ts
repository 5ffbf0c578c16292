/** The simulation input that replays an analytic evaluation's own plan. */
import type { ChannelEvaluationInput, ChannelResult } from '../channels/evaluate'
import type { SimulationInput } from './types'

/**
 * The simulation input matching an analytic evaluation: the same contacts (repeats included)
 * and the staffing plan the analytic model chose (agents per hour, or the looks: interval,
 * people, and the share of contacts fixed hours let them answer). A plan of several teams is
 * simulated as one of them: the teams are alike and independent.
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
  const team = input.onSite
  if (team) {
    // Alongside other work the people on site do everything: the looks come with them.
    const looks =
      plan.kind === 'looks'
        ? {
            lookIntervalMinutes: plan.lookIntervalMinutes,
            people: plan.people,
            answeredShare: plan.answeredShare > 0 ? plan.answeredShare : undefined,
          }
        : undefined
    return { ...base, staffing: { kind: 'on-site', team, looks } }
  }
  if (plan.kind === 'looks') {
    // A plan of several equal teams: one team, with its share of the contacts and people.
    return {
      ...base,
      contactsPerWeek: result.contactsOffered / plan.teams,
      staffing: {
        kind: 'looks',
        lookIntervalMinutes: plan.lookIntervalMinutes,
        people: plan.people / plan.teams,
        answeredShare: plan.answeredShare > 0 ? plan.answeredShare : undefined,
      },
    }
  }
  const agents = plan.kind === 'agents' ? plan.agentsByHour : []
  return { ...base, staffing: { kind: 'agents', agents } }
}
