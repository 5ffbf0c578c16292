/**
 * Escalation to public pages in words: which public pages promise a quicker answer than which
 * private channels, how many customers move to them a week today and with the recommended set,
 * and the one response target that stops it.
 */
import {
  escalationPaths,
  oneResponseTarget,
  type PortfolioTotals,
  type Recommendation,
  type Scenario,
} from '@/engine'
import { durationText } from '@/components/print/scenario-text'
import { joined } from './dropped-text'
import { createFormatters } from './format'
import { setName } from './sensitivity-text'

export interface EscalationText {
  /** "20 % of a private channel's customers write to a public page that promises a quicker answer: …" */
  lead: string
  /** One line for each set shown: "Today (Email, Facebook and Instagram): 28 a week move". */
  sets: { key: string; text: string }[]
  /** The choice of one response target, when there is one to make. */
  oneTarget: { text: string; button: string } | undefined
}

/** Undefined when escalation is not set (or set to 0). */
export function escalationText(
  recommendation: Pick<Recommendation, 'recommended' | 'current' | 'bestOfAnySize'>,
  scenario: Scenario,
): EscalationText | undefined {
  const share = scenario.analysis.escalationShare ?? 0
  if (!(share > 0)) return undefined
  const fmt = createFormatters(scenario.business.locale, scenario.business.currency)
  const locale = scenario.business.locale
  const channel = (id: string) => scenario.channels.find((c) => c.id === id)
  const named = (id: string) => {
    const c = channel(id)
    return c ? `${c.name} (${durationText(c.targetSeconds, locale)})` : id
  }
  const paths = escalationPaths(scenario)
  const byPage = new Map<string, string[]>()
  for (const p of paths) {
    byPage.set(p.toChannelId, [...(byPage.get(p.toChannelId) ?? []), p.fromChannelId])
  }
  // Pages faster than the same private channels go in one clause.
  const byChannels = new Map<string, { pages: string[]; from: string[] }>()
  for (const [to, from] of byPage) {
    const key = from.join('|')
    const group = byChannels.get(key) ?? { pages: [], from }
    group.pages.push(to)
    byChannels.set(key, group)
  }
  const faster = [...byChannels.values()].map(
    ({ pages, from }) =>
      `${joined(pages.map(named))} ${pages.length === 1 ? 'promises' : 'promise'} a quicker answer than ${joined(from.map(named))}`,
  )
  const lead =
    faster.length > 0
      ? `${fmt.percent(share, 0)} of a private channel's customers write to a public page that promises a quicker answer instead: ${faster.join('; ')}.`
      : `${fmt.percent(share, 0)} of a private channel's customers would write to a public page that promised a quicker answer; no public page's target time is shorter than a private channel's, so nobody moves.`
  const moved = (p: PortfolioTotals) =>
    p.escalated < 0.5
      ? 'nobody moves to a public page'
      : `${fmt.integer(p.escalated)} ${Math.round(p.escalated) === 1 ? 'customer moves' : 'customers move'} to a public page a week`
  const sets: EscalationText['sets'] = []
  const { current, recommended, bestOfAnySize } = recommendation
  if (current && current.mask !== recommended.mask) {
    sets.push({
      key: 'current',
      text: `Today (${setName(scenario, current.channelIds)}): ${moved(current)}.`,
    })
  }
  sets.push({
    key: 'recommended',
    text: `Recommended (${setName(scenario, recommended.channelIds)}): ${moved(recommended)}.`,
  })
  if (bestOfAnySize.mask !== recommended.mask) {
    sets.push({
      key: 'best',
      text: `Best of any size (${setName(scenario, bestOfAnySize.channelIds)}): ${moved(bestOfAnySize)}.`,
    })
  }
  const one = oneResponseTarget(scenario)
  const oneTarget = one
    ? {
        text: `One response target across channels stops it: give ${joined(one.channelIds.map((id) => channel(id)?.name ?? id))} the target time of ${channel(one.fromChannelId)?.name ?? one.fromChannelId}, ${durationText(one.targetSeconds, locale)}, so no page promises a quicker answer than your private channels.`,
        button: `Use one target time (${durationText(one.targetSeconds, locale)})`,
      }
    : undefined
  return { lead, sets, oneTarget }
}
