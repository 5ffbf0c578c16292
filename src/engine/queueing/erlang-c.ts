/**
 * Erlang C (M/M/n, waiting customers never give up).
 *
 *   C = n·B / (n − A·(1 − B))                 probability of waiting, B = Erlang B(n, A)
 *   service level = 1 − C·exp(−(n − A)·t / h)  share answered within t
 *   ASA = C·h / (n − A)                         mean wait over all contacts
 *   occupancy = A / n
 *
 * n ≤ A (with A > 0) is unstable: the queue grows without bound.
 */
import { erlangBUnchecked } from './erlang-b'
import { requireAgentCount, requireNonNegative, requirePositive } from '../model/validate'

export interface ErlangCInput {
  agents: number
  trafficErlangs: number
  handleSeconds: number
  targetSeconds: number
}

export interface ErlangCResult {
  probabilityOfWait: number
  serviceLevel: number
  averageSpeedOfAnswerSeconds: number
  occupancy: number
  stable: boolean
}

export function checkErlangCInput(p: ErlangCInput): void {
  requireAgentCount('agents', p.agents)
  requireNonNegative('trafficErlangs', p.trafficErlangs)
  requirePositive('handleSeconds', p.handleSeconds)
  requireNonNegative('targetSeconds', p.targetSeconds)
}

/** Erlang C from a known Erlang B value (lets staffing searches step B incrementally). */
export function erlangCFromB(p: ErlangCInput, blocking: number): ErlangCResult {
  const { agents: n, trafficErlangs: a, handleSeconds: h, targetSeconds: t } = p
  if (a === 0) {
    return {
      probabilityOfWait: 0,
      serviceLevel: 1,
      averageSpeedOfAnswerSeconds: 0,
      occupancy: 0,
      stable: true,
    }
  }
  if (n <= a) {
    return {
      probabilityOfWait: 1,
      serviceLevel: 0,
      averageSpeedOfAnswerSeconds: Infinity,
      occupancy: 1,
      stable: false,
    }
  }
  const spare = n - a
  const c = (n * blocking) / (spare + a * blocking)
  return {
    probabilityOfWait: c,
    serviceLevel: 1 - c * Math.exp((-spare * t) / h),
    averageSpeedOfAnswerSeconds: (c * h) / spare,
    occupancy: a / n,
    stable: true,
  }
}

export function erlangC(p: ErlangCInput): ErlangCResult {
  checkErlangCInput(p)
  return erlangCFromB(p, erlangBUnchecked(p.agents, p.trafficErlangs))
}
